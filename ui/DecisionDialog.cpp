#include "DecisionDialog.h"

#include "CaseStore.h"
#include "FormParts.h"
#include "Translations.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

DecisionDialog::DecisionDialog(CaseStatus outcome, const CaseRecord& record, const Policy& policy,
                               const Evaluation& evaluation, bool rationaleRequired, Save save,
                               QWidget* parent)
    : QDialog(parent)
    , m_outcome(outcome)
    , m_save(std::move(save))
    , m_rationale(new QPlainTextEdit(this))
    , m_problem(newProblemLabel(this))
{
    const Determination& d = evaluation.determination;
    setWindowTitle(tr("%1 — %2").arg(caseStatusText(outcome), record.caseNumber));
    auto* layout = new QVBoxLayout(this);
    auto* what =
        new QLabel(tr("<b>%1</b> %2 for %3 (%4)<br>Evaluation: %5")
                       .arg(caseStatusText(outcome), record.intake.drug.toHtmlEscaped(),
                            record.intake.memberName.toHtmlEscaped(),
                            record.intake.memberId.toHtmlEscaped(), d.summary.toHtmlEscaped()),
                   this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    if (outcome != CaseStatus::Denied) {
        // The policy's period when the evaluation found one. Otherwise (an approval the
        // criteria do not support) no period is assumed: the director chooses the last day.
        const QDate from = d.approvalStart.isValid() ? d.approvalStart : evaluation.requestDate;
        m_start = new QDateEdit(from, this);
        m_end = new QDateEdit(this);
        for (QDateEdit* e : {m_start, m_end}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(shortDateFormat());
        }
        if (d.approvalEnd.isValid()) {
            m_end->setDate(d.approvalEnd);
        } else {
            // The day before the first is "not chosen"; the calendar opens next to it.
            m_end->setMinimumDate(from.addDays(-1));
            m_end->setSpecialValueText(tr("— choose the last day —"));
            m_end->setDate(m_end->minimumDate());
        }
        m_start->setObjectName(u"approvalStart"_s);
        m_end->setObjectName(u"approvalEnd"_s);
        form->addRow(tr("Approved &from:"), m_start);
        form->addRow(tr("Approved &to (last day):"), m_end);
        const std::optional<double> requested = record.intake.quantity;
        if (requested || d.quantity.evaluated) {
            m_quantity = new QDoubleSpinBox(this);
            m_quantity->setObjectName(u"approvedQuantity"_s);
            m_quantity->setDecimals(1);
            m_quantity->setRange(0.1, 100000);
            m_quantity->setValue(d.quantity.evaluated && d.quantity.approvable > 0
                                     ? d.quantity.approvable
                                     : requested.value_or(1));
            if (const QString unit = policy.unitIn(interfaceLanguage()).many; !unit.isEmpty())
                m_quantity->setSuffix(u' ' + unit);
            form->addRow(tr("Approved &quantity:"), m_quantity);
        }
    } else {
        m_criteria = new QListWidget(this);
        m_criteria->setObjectName(u"denialCriteria"_s);
        QList<int> candidates = d.unmetCriteria;
        candidates += d.conditionsApplying;
        for (int node : candidates) {
            const CriterionNode& n = policy.nodes.at(size_t(node));
            auto* item = new QListWidgetItem(
                u"%1 %2 — %3"_s.arg(n.id, n.text, evaluation.node(node).reason), m_criteria);
            item->setData(Qt::UserRole, n.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        m_criteria->setWordWrap(true);
        auto* label = new QLabel(tr("The denial rests on these criteria (at least one; they go "
                                    "into the letter in plain language):"),
                                 this);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(m_criteria);
    }
    layout->addLayout(form);
    auto* rationaleLabel = new QLabel(
        rationaleRequired ? tr("&Rationale (required):") : tr("&Rationale (optional):"), this);
    rationaleLabel->setBuddy(m_rationale);
    m_rationale->setObjectName(u"rationale"_s);
    m_rationale->setTabChangesFocus(true);
    layout->addWidget(rationaleLabel);
    layout->addWidget(m_rationale);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // No mnemonic: Alt+R is the rationale's; the button is the default, and next after it.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record: %1").arg(caseStatusText(outcome)));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    layout->addWidget(buttons);
    takeWheelOnlyWhenFocused(this);
    setMinimumWidth(560);
}

Decision DecisionDialog::entered() const
{
    Decision decision;
    decision.outcome = m_outcome;
    decision.rationale = m_rationale->toPlainText().trimmed();
    if (m_start) {
        decision.approvalStart = m_start->date();
        if (!periodUnchosen())
            decision.approvalEnd = m_end->date();
    }
    if (m_quantity)
        decision.approvedQuantity = m_quantity->value();
    if (m_criteria) {
        for (int i = 0; i < m_criteria->count(); ++i) {
            if (m_criteria->item(i)->checkState() == Qt::Checked)
                decision.criteria.append(m_criteria->item(i)->data(Qt::UserRole).toString());
        }
    }
    return decision;
}

bool DecisionDialog::periodUnchosen() const
{
    return m_end && !m_end->specialValueText().isEmpty() && m_end->date() == m_end->minimumDate();
}

void DecisionDialog::accept()
{
    if (periodUnchosen()) {
        showProblem(m_problem, tr("choose the approval's last day: the criteria are not all "
                                  "met, so the policy gives no period"));
        m_end->setFocus();
        return;
    }
    const Done saved = m_save(entered());
    showProblem(m_problem, saved ? QString() : saved.error());
    if (saved)
        QDialog::accept();
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& prompt,
                               const QString& prefill, bool required)
{
    QDialog dialog(parent);
    auto* text = new QPlainTextEdit(prefill, &dialog);
    text->setObjectName(u"text"_s);
    text->setTabChangesFocus(true);
    QVBoxLayout* layout = newPromptLayout(dialog, title, prompt, text);
    layout->addWidget(text);
    dialog.setMinimumSize(520, 320);
    text->setFocus();
    const bool given = execChecked(dialog, layout, [&] {
        return required && text->toPlainText().trimmed().isEmpty()
                   ? QObject::tr("this needs a written note")
                   : QString();
    });
    if (!given)
        return std::nullopt;
    return text->toPlainText().trimmed();
}

std::optional<AskedInformation> askInformation(QWidget* parent, const QStringList& prefill,
                                               const QDateTime& decisionDue)
{
    QDialog dialog(parent);
    auto* items = new QPlainTextEdit(prefill.join(u'\n'), &dialog);
    items->setObjectName(u"items"_s);
    items->setTabChangesFocus(true);
    QVBoxLayout* layout = newPromptLayout(
        dialog, QObject::tr("Pend for Information"),
        QObject::tr("What the prescriber is to &send, one thing a line (edit as needed):"), items);
    layout->addWidget(items);
    // Due back in three days, in time to decide before the case's own deadline; never
    // before tomorrow. The reviewer changes it as the plan's practice asks.
    const QDate today = QDate::currentDate();
    const QDate beforeDeadline = decisionDue.toLocalTime().date().addDays(-1);
    auto* due = new QDateEdit(
        std::max(today.addDays(1), std::min(today.addDays(3), beforeDeadline)), &dialog);
    due->setObjectName(u"dueOn"_s);
    due->setDateRange(today.addDays(1), today.addDays(CaseStore::maximumInformationDays));
    due->setDisplayFormat(shortDateFormat());
    due->setCalendarPopup(true);
    auto* dueLabel = new QLabel(QObject::tr("&Due back on:"), &dialog);
    dueLabel->setBuddy(due);
    auto* row = new QHBoxLayout;
    row->addWidget(dueLabel);
    row->addWidget(due);
    row->addWidget(new QLabel(
        QObject::tr("(the decision is due %1)").arg(shortDateTime(decisionDue)), &dialog));
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(new QLabel(QObject::tr("The case is pended and the letter to the "
                                             "prescriber shown, to save and send."),
                                 &dialog));
    dialog.setMinimumSize(560, 340);
    takeWheelOnlyWhenFocused(&dialog);
    items->setFocus();
    const bool given = execChecked(dialog, layout, [&] {
        return items->toPlainText().trimmed().isEmpty()
                   ? QObject::tr("name at least one thing the prescriber is to send")
                   : QString();
    });
    if (!given)
        return std::nullopt;
    AskedInformation asked{{}, due->date()};
    for (const QString& line : items->toPlainText().split(u'\n')) {
        // The prefill's bullets are the letter's to draw.
        const QString item = line.trimmed().remove(QRegularExpression(u"^[-•*]\\s*"_s));
        if (!item.isEmpty())
            asked.items.append(item);
    }
    return asked;
}

} // namespace urdesk
