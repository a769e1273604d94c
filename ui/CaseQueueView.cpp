#include "CaseQueueView.h"

#include "DecisionClock.h"
#include "FormParts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

const QList<CaseStatus> openStatuses = {CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended,
                                        CaseStatus::Referred};

QComboBox* newCombo(QWidget* parent, const QString& name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CaseQueueView::CaseQueueView(CaseStore& store, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(session.actor)
    , m_model(new CaseQueueModel(store, this))
    , m_status(newCombo(this, u"statusFilter"_s))
    , m_urgency(newCombo(this, u"urgencyFilter"_s))
    , m_line(newCombo(this, u"lineFilter"_s))
    , m_assignee(newCombo(this, u"assigneeFilter"_s))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_assignToMe(new QPushButton(tr("Assign to &Me"), this))
    , m_unassign(new QPushButton(tr("U&nassign"), this))
{
    // Status choices: a list of statuses each, kept as ids joined by commas.
    const auto statusIds = [](const QList<CaseStatus>& statuses) {
        QStringList ids;
        for (CaseStatus s : statuses)
            ids.append(caseStatusId(s));
        return ids.join(u',');
    };
    m_status->addItem(tr("Open cases"), statusIds(openStatuses));
    m_status->addItem(tr("All cases"), QString());
    for (CaseStatus s : {CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended,
                         CaseStatus::Referred, CaseStatus::Approved, CaseStatus::PartiallyApproved,
                         CaseStatus::Denied, CaseStatus::Withdrawn})
        m_status->addItem(caseStatusText(s), caseStatusId(s));
    if (session.actor.role == roleId(Role::MedicalDirector))
        m_status->setCurrentIndex(m_status->findData(caseStatusId(CaseStatus::Referred)));

    m_urgency->addItem(tr("Any urgency"), QString());
    for (const QString& u : urgencyIds())
        m_urgency->addItem(urgencyText(u), u);
    m_line->addItem(tr("Any line of business"), QString());
    for (const QString& l : lineOfBusinessIds())
        m_line->addItem(lineOfBusinessText(l), l);
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Assigned to me (%1)").arg(session.actor.account),
                        session.actor.account);
    if (const Result<QList<Account>> accounts = AccountStore(session.database).accounts()) {
        for (const Account& a : accounts.value()) {
            if (a.userName != session.actor.account &&
                (a.hasRole(Role::ReviewNurse) || a.hasRole(Role::MedicalDirector)))
                m_assignee->addItem(u"%1 (%2)"_s.arg(a.fullName, a.userName), a.userName);
        }
    }
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Case number, or any part of a name or member id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto* filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("S&how:"), m_status, this));
    filters->addWidget(m_status);
    filters->addWidget(m_urgency);
    filters->addWidget(m_line);
    filters->addWidget(buddyLabel(tr("Assi&gnee:"), m_assignee, this));
    filters->addWidget(m_assignee);
    filters->addSpacing(12);
    filters->addWidget(buddyLabel(tr("Sea&rch:"), m_search, this));
    filters->addWidget(m_search, 1);

    m_table->setObjectName(u"queue"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(CaseQueueModel::TimeLeft, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the longest text each column shows (reading every row to measure would
    // defeat the lazy model), or its header with the sort arrow, whichever is wider.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics plain(m_table->font());
    const QFontMetrics heavy(bold);
    // The longest deadlines said in the interface's language: nearly a day left, two weeks late.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int timeLeft = std::max(
        heavy.horizontalAdvance(
            TimeLeft::of(true, now.addDays(-10), now.addSecs(23 * 3600 + 59 * 60), now).text),
        heavy.horizontalAdvance(
            TimeLeft::of(true, now.addDays(-30), now.addSecs(-(13 * 86400 + 23 * 3600)), now)
                .text));
    const std::pair<int, int> widths[] = {
        {CaseQueueModel::CaseNumber, plain.horizontalAdvance(u"PA-2026-000000"_s)},
        {CaseQueueModel::Member, plain.horizontalAdvance(u"Grace Placeholder (FAKE00000000)"_s)},
        {CaseQueueModel::Drug, plain.horizontalAdvance(u"Leqselvi"_s)},
        {CaseQueueModel::Policy, plain.horizontalAdvance(u"BCBSMS L.5.01.513"_s)},
        {CaseQueueModel::LineOfBusiness,
         plain.horizontalAdvance(lineOfBusinessText(u"medicarePartD"))},
        {CaseQueueModel::Urgency, heavy.horizontalAdvance(urgencyText(u"expedited"))},
        {CaseQueueModel::Status,
         std::max(plain.horizontalAdvance(caseStatusText(CaseStatus::Referred)),
                  plain.horizontalAdvance(statusText(CaseStatus::Pended, QDate(2026, 12, 28))))},
        {CaseQueueModel::TimeLeft, timeLeft},
    };
    const QFontMetrics header(m_table->horizontalHeader()->font());
    for (const auto& [column, width] : widths) {
        const int title =
            header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_table->setColumnWidth(column, std::max(width, title + 24) + 12);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    m_count->setObjectName(u"queueCount"_s);
    m_assignToMe->setObjectName(u"assignToMe"_s);
    m_unassign->setObjectName(u"unassign"_s);
    auto* below = new QHBoxLayout;
    below->addWidget(m_count, 1);
    below->addWidget(m_assignToMe);
    below->addWidget(m_unassign);
    layout->addLayout(below);
    const auto enableAssignment = [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        m_assignToMe->setEnabled(any);
        m_unassign->setEnabled(any);
    };
    enableAssignment();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            enableAssignment);
    connect(m_assignToMe, &QPushButton::clicked, this, &CaseQueueView::assignSelectedToMe);
    connect(m_unassign, &QPushButton::clicked, this, &CaseQueueView::unassignSelected);

    for (QComboBox* combo : {m_status, m_urgency, m_line, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseQueueView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CaseQueueView::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilters();
        if (m_model->rowCount() == 1) // a case number or member id: straight to the case
            Q_EMIT openCase(
                m_model->data(m_model->index(0, 0), CaseQueueModel::CaseIdRole).toLongLong());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openCase(m_model->data(index, CaseQueueModel::CaseIdRole).toLongLong());
    });
    connect(m_model, &CaseQueueModel::countChanged, this, [this](qint64 count) {
        if (!m_model->lastError().isEmpty())
            m_count->setText(tr("The queue cannot be read: %1").arg(m_model->lastError()));
        else if (!m_model->filter().search.isEmpty())
            m_count->setText(tr("%n cases found, in every status", nullptr, int(count)));
        else
            m_count->setText(tr("%n cases", nullptr, int(count)));
    });
    applyFilters();
}

void CaseQueueView::applyFilters()
{
    CaseFilter f;
    f.search = m_search->text().trimmed();
    // A case number from a phone call must be found whatever its status: a search looks at
    // every case, and the status choice is set aside while it does.
    m_status->setEnabled(f.search.isEmpty());
    const QString statuses = f.search.isEmpty() ? m_status->currentData().toString() : QString();
    for (const QString& id : statuses.split(u',', Qt::SkipEmptyParts)) {
        if (const auto s = caseStatusFromId(id))
            f.statuses.append(*s);
    }
    f.urgency = m_urgency->currentData().toString();
    f.lineOfBusiness = m_line->currentData().toString();
    f.assignee = m_assignee->currentData().toString();
    m_model->setFilter(f);
}

QList<CaseSummary> CaseQueueView::selectedCases() const
{
    QList<CaseSummary> cases;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        if (const CaseSummary* c = m_model->summary(row.row()))
            cases.append(*c);
    }
    return cases;
}

void CaseQueueView::assignSelectedToMe()
{
    const QString& me = m_actor.account;
    QStringList others;
    for (const CaseSummary& c : selectedCases()) {
        if (!c.assignee.isEmpty() && c.assignee != me)
            others.append(tr("%1 (%2)").arg(c.caseNumber, c.assignee));
    }
    if (!others.isEmpty() &&
        QMessageBox::question(this, tr("Assign to Me"),
                              tr("%n of the selected cases are assigned to someone else: %1. "
                                 "Assign them to you instead?",
                                 nullptr, int(others.size()))
                                  .arg(others.join(u", "))) != QMessageBox::Yes)
        return;
    assignSelected(me);
}

void CaseQueueView::unassignSelected()
{
    assignSelected({});
}

void CaseQueueView::assignSelected(const QString& assignee)
{
    QStringList refused;
    const QList<CaseSummary> selected = selectedCases();
    QList<int> rows;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        rows.append(row.row());
    for (const CaseSummary& c : selected) {
        if (c.assignee == assignee)
            continue;
        if (const Done d = m_store.assign(m_actor, c.id, assignee); !d)
            refused.append(d.error());
    }
    refresh();
    // The same cases stay selected where the filter still shows them, for the next action.
    // Reading their old rows finds them when they have not moved.
    for (int row : rows)
        m_model->summary(row);
    QItemSelection still;
    for (const CaseSummary& c : selected) {
        if (const int row = m_model->rowOfCase(c.id); row >= 0)
            still.select(m_model->index(row, 0),
                         m_model->index(row, CaseQueueModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(still, QItemSelectionModel::ClearAndSelect);
    Q_EMIT casesChanged();
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Not Assigned"), refused.join(u'\n'));
}

qint64 CaseQueueView::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->data(current, CaseQueueModel::CaseIdRole).toLongLong() : 0;
}

void CaseQueueView::refresh()
{
    const qint64 selected = selectedCase();
    const int oldRow = m_table->currentIndex().row();
    m_model->refresh();
    if (selected == 0)
        return;
    // Reading the old row's page finds the case when it has not moved far.
    const bool stayed =
        m_model->data(m_model->index(oldRow, 0), CaseQueueModel::CaseIdRole).toLongLong() ==
        selected;
    const int row = stayed ? oldRow : m_model->rowOfCase(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

} // namespace urdesk
