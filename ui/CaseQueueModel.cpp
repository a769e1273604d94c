#include "CaseQueueModel.h"

#include "DecisionClock.h"
#include "FormParts.h"
#include "PolicyCatalog.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

CaseSort sortOf(int column)
{
    switch (column) {
    case CaseQueueModel::CaseNumber:
        return CaseSort::CaseNumber;
    case CaseQueueModel::Member:
        return CaseSort::MemberName;
    case CaseQueueModel::Drug:
        return CaseSort::Drug;
    case CaseQueueModel::Policy:
        return CaseSort::Policy;
    case CaseQueueModel::LineOfBusiness:
        return CaseSort::LineOfBusiness;
    case CaseQueueModel::Urgency:
        return CaseSort::Urgency;
    case CaseQueueModel::Status:
        return CaseSort::Status;
    case CaseQueueModel::Assignee:
        return CaseSort::Assignee;
    default:
        return CaseSort::DueAt;
    }
}

QFont boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace

CaseQueueModel::CaseQueueModel(const CaseStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void CaseQueueModel::setFilter(const CaseFilter& filter)
{
    const CaseSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    const Result<qint64> count = m_store.count(m_filter);
    m_count = count ? count.value() : 0;
    m_error = count ? QString() : count.error();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void CaseQueueModel::refresh()
{
    const Result<qint64> count = m_store.count(m_filter);
    if (!count) {
        m_error = count.error();
        return;
    }
    const qint64 before = m_count;
    m_pages.clear();
    m_recentPages.clear();
    // Rows are added or removed at the end only, so that the view keeps its place; the
    // rows themselves are read again as they are shown.
    if (count.value() > before) {
        beginInsertRows({}, int(before), int(count.value() - 1));
        m_count = count.value();
        endInsertRows();
    } else if (count.value() < before) {
        beginRemoveRows({}, int(count.value()), int(before - 1));
        m_count = count.value();
        endRemoveRows();
    }
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_count - 1), ColumnCount - 1));
    if (m_count != before)
        Q_EMIT countChanged(m_count);
}

void CaseQueueModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, TimeLeft), index(int(m_count - 1), TimeLeft));
}

QDateTime CaseQueueModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int CaseQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CaseQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseSummary* CaseQueueModel::summary(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        CaseFilter f = m_filter;
        f.limit = pageSize;
        f.offset = page * pageSize;
        Result<QList<CaseSummary>> rows = m_store.queue(f);
        if (!rows)
            return nullptr;
        if (m_recentPages.size() >= pagesKept)
            m_pages.remove(m_recentPages.takeFirst());
        it = m_pages.insert(page, std::move(rows).value());
    }
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    const int within = row % pageSize;
    return within < it->size() ? &it->at(within) : nullptr;
}

int CaseQueueModel::rowOfCase(qint64 caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == caseId)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}

QVariant CaseQueueModel::data(const QModelIndex& index, int role) const
{
    const CaseSummary* c = index.isValid() ? summary(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CaseIdRole)
        return c->id;
    if (index.column() == TimeLeft)
        return timeLeftData(*c, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CaseNumber:
            return c->caseNumber;
        case Member:
            return u"%1 (%2)"_s.arg(c->memberName, c->memberId);
        case Drug:
            return c->drug;
        case Policy: {
            const auto policy = m_store.catalog().find(c->policyId);
            return policy ? u"%1 %2"_s.arg(policy->payer, policy->number) : c->policyId;
        }
        case LineOfBusiness:
            return lineOfBusinessText(c->lineOfBusiness);
        case Urgency:
            return urgencyText(c->urgency);
        case Status:
            return statusText(c->status, c->informationDue);
        case Assignee:
            return c->assignee.isEmpty() ? tr("unassigned") : c->assignee;
        }
    }
    if (role == Qt::FontRole && index.column() == Urgency && c->urgency == u"expedited")
        return boldFont();
    return {};
}

// The deadline column: worked out only for the roles that show it, as the view asks every
// cell for several roles on each paint.
QVariant CaseQueueModel::timeLeftData(const CaseSummary& c, int role) const
{
    if (role == Qt::ToolTipRole && c.dueAt.isValid())
        return tr("Due %1").arg(shortDateTime(c.dueAt));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole &&
        role != Qt::ForegroundRole && role != Qt::FontRole)
        return {};
    const urdesk::TimeLeft left =
        urdesk::TimeLeft::of(isOpen(c.status), c.receivedAt, c.dueAt, now());
    const bool overdue = left.state == TimeLeft::State::Overdue;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return left.text;
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xf8, 0xd0, 0xd0));
        if (left.state == TimeLeft::State::DueSoon)
            return QBrush(QColor(0xfc, 0xe8, 0xb8));
        return {};
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0x8b, 0x00, 0x00))) : QVariant();
    default: // Qt::FontRole
        return overdue ? QVariant(boldFont()) : QVariant();
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseNumber:
        return tr("Case");
    case Member:
        return tr("Member");
    case Drug:
        return tr("Drug");
    case Policy:
        return tr("Policy");
    case LineOfBusiness:
        return tr("Line of business");
    case Urgency:
        return tr("Urgency");
    case Status:
        return tr("Status");
    case TimeLeft:
        return tr("Time left");
    case Assignee:
        return tr("Assignee");
    }
    return {};
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    CaseFilter f = m_filter;
    m_filter.sort = sortOf(column);
    m_filter.descending = order == Qt::DescendingOrder;
    f.sort = m_filter.sort;
    f.descending = m_filter.descending;
    setFilter(f);
}

} // namespace urdesk
