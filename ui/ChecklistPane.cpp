#include "ChecklistPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

constexpr int NodeRole = Qt::UserRole + 1;

enum Column
{
    CriterionColumn,
    StatusColumn,
    ReasonColumn
};

// A round badge with a sign, so that the status never rests on colour alone.
QIcon badge(const QColor& colour, QChar sign)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 28, 28);
    QFont font;
    font.setPixelSize(20);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, QString(sign));
    return QIcon(pixmap);
}

QIcon statusIcon(Status status, bool condition)
{
    static const QIcon met = badge(QColor(0x2e, 0x7d, 0x32), QChar(0x2713));
    static const QIcon notMet = badge(QColor(0xc6, 0x28, 0x28), QChar(0x2717));
    static const QIcon missing = badge(QColor(0xef, 0x8f, 0x00), u'?');
    static const QIcon notApplicable = badge(QColor(0x9e, 0x9e, 0x9e), QChar(0x2013));
    switch (status) {
    case Status::Met:
        return condition ? notMet : met; // a condition not covered that applies is bad news
    case Status::NotMet:
        return condition ? met : notMet;
    case Status::Missing:
        return missing;
    case Status::NotApplicable:
        return notApplicable;
    }
    return {};
}

// Wraps long criteria and reasons over several lines. QTreeView asks a delegate for a row's
// height without the column's width, so the delegate takes the width from the view.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        int width = m_view->columnWidth(index.column()) - 8;
        if (index.column() == 0) {
            int depth = 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            width -= (depth + 1) * m_view->indentation();
        }
        if (!index.data(Qt::DecorationRole).isNull())
            width -= m_view->iconSize().width() + 6;
        const QString text = index.data(Qt::DisplayRole).toString();
        if (width > 20 && !text.isEmpty()) {
            QFont font = option.font;
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            const QRect needed =
                QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
            size.setHeight(std::max(size.height(), needed.height() + 6));
        }
        return size;
    }

private:
    QTreeView* m_view;
};

} // namespace

ChecklistPane::ChecklistPane(std::shared_ptr<const Policy> policy, QWidget* parent)
    : QWidget(parent)
    , m_policy(std::move(policy))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_detail(new QLabel(this))
{
    m_summary->setObjectName(u"determination"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(6);

    m_tree->setObjectName(u"checklist"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Criterion"), tr("Status"), tr("Reason")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(CriterionColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(CriterionColumn, 320);
    QFont bold = font();
    bold.setBold(true);
    m_tree->setColumnWidth(
        StatusColumn,
        QFontMetrics(bold).horizontalAdvance(urdesk::statusText(Status::Missing, false)) + 40);
    // Rows are as tall as their wrapped text at the columns' widths.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree,
            [this] { m_tree->doItemsLayout(); });

    const Policy& p = *m_policy;
    auto* criteria = new QTreeWidgetItem(m_tree, {tr("Criteria: %1").arg(p.title)});
    criteria->setFirstColumnSpanned(true);
    addNode(criteria, p.root, false);
    if (!p.conditionsNotCovered.isEmpty()) {
        auto* conditions = new QTreeWidgetItem(m_tree, {tr("Conditions not covered")});
        conditions->setFirstColumnSpanned(true);
        for (int c : p.conditionsNotCovered)
            addNode(conditions, c, true);
    }
    m_tree->expandAll();

    m_detail->setObjectName(u"criterionDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(6);
    m_detail->setText(tr("Select a criterion to see the policy's text and the questions it "
                         "depends on."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistPane::showDetail);
}

void ChecklistPane::addNode(QTreeWidgetItem* parent, int node, bool condition)
{
    const CriterionNode& n = m_policy->nodes.at(size_t(node));
    if (n.hidden)
        return;
    auto* item = new QTreeWidgetItem(parent);
    const QString label = n.label.isEmpty() ? n.id : n.label;
    item->setText(CriterionColumn,
                  n.text.startsWith(label) ? n.text : u"%1 %2"_s.arg(label, n.text));
    item->setToolTip(CriterionColumn, u"%1 — %2"_s.arg(n.id, n.text));
    item->setData(CriterionColumn, NodeRole, node);
    m_items.insert(node, item);
    m_isCondition.insert(node, condition);
    for (int child : n.children)
        addNode(item, child, condition);
}

void ChecklistPane::showEvaluation(const Evaluation& evaluation,
                                   const QList<CriterionOverride>& overrides)
{
    m_evaluation = evaluation;
    m_overrides = overrides;
    const Determination& d = evaluation.determination;
    QString kind;
    QString colour;
    switch (d.kind) {
    case Determination::Kind::Approvable:
        kind = tr("Approvable");
        colour = u"#2e7d32"_s;
        break;
    case Determination::Kind::Pend:
        kind = tr("Pend for information");
        colour = u"#b26a00"_s;
        break;
    case Determination::Kind::Refer:
        kind = tr("Refer to a medical director");
        colour = u"#c62828"_s;
        break;
    }
    m_summary->setText(tr("<b>Now: <span style=\"color:%1\">%2</span></b><br>%3")
                           .arg(colour, kind, d.summary.toHtmlEscaped()));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const int node = it.key();
        QTreeWidgetItem* item = it.value();
        const NodeOutcome& o = evaluation.node(node);
        const bool condition = m_isCondition.value(node);
        QString word = urdesk::statusText(o.status, condition);
        QString reason = o.reason;
        Status shown = o.status;
        for (const CriterionOverride& ov : overrides) {
            if (ov.criterionId == m_policy->nodes.at(size_t(node)).id) {
                shown = ov.met ? Status::Met : Status::NotMet;
                word = tr("%1 (overridden)").arg(urdesk::statusText(shown, condition));
                reason = tr("Overridden by %1: %2. Evaluation: %3")
                             .arg(ov.decidedBy, ov.rationale, o.reason);
            }
        }
        item->setIcon(StatusColumn, statusIcon(shown, condition));
        item->setText(StatusColumn, word);
        item->setText(ReasonColumn, reason);
        item->setToolTip(ReasonColumn, reason);
        QFont font = item->font(StatusColumn);
        font.setBold(shown == Status::NotMet || shown == Status::Missing);
        item->setFont(StatusColumn, font);
        item->setForeground(CriterionColumn, shown == Status::NotApplicable
                                                 ? palette().brush(QPalette::PlaceholderText)
                                                 : palette().brush(QPalette::Text));
        // Another diagnosis's or request type's branch folds to its one line.
        const bool applies = shown != Status::NotApplicable || condition;
        if (m_applied.value(node, true) != applies && item->childCount() > 0)
            item->setExpanded(applies);
        m_applied.insert(node, applies);
    }
    showDetail();
}

int ChecklistPane::selectedNode() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(CriterionColumn, NodeRole).isValid()
               ? item->data(CriterionColumn, NodeRole).toInt()
               : -1;
}

void ChecklistPane::selectNode(int node)
{
    if (QTreeWidgetItem* item = m_items.value(node))
        m_tree->setCurrentItem(item);
}

QString ChecklistPane::statusText(int node) const
{
    const QTreeWidgetItem* item = m_items.value(node);
    return item ? item->text(StatusColumn) : QString();
}

void ChecklistPane::showDetail()
{
    const int node = selectedNode();
    if (node < 0 || m_evaluation.nodes.empty())
        return;
    const CriterionNode& n = m_policy->nodes.at(size_t(node));
    QStringList questions;
    for (int f : n.facts)
        questions.append(m_policy->facts.at(f).questionText().toHtmlEscaped());
    QString html = tr("<b>%1</b> %2").arg(n.id.toHtmlEscaped(), n.text.toHtmlEscaped());
    if (!n.source.isEmpty())
        html += tr("<br><i>Policy text: %1</i>").arg(n.source.toHtmlEscaped());
    const QTreeWidgetItem* item = m_items.value(node);
    html += tr("<br><b>%1.</b> %2")
                .arg(item->text(StatusColumn).toHtmlEscaped(),
                     item->text(ReasonColumn).toHtmlEscaped());
    if (!questions.isEmpty())
        html += tr("<br>Depends on: %1").arg(questions.join(u"; "_s));
    m_detail->setText(html);
    Q_EMIT nodeSelected(node);
    Q_EMIT factsSelected(n.facts);
}

} // namespace urdesk
