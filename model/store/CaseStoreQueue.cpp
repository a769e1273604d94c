// The queue: which cases a filter finds, in what order, and how many.
#include "CaseStore.h"

#include "CaseStoreRows.h"
#include "IdNames.h"
#include "StoredTime.h"
#include "TextFold.h"

using namespace Qt::StringLiterals;

namespace urdesk {

using namespace caseStoreRows;

namespace {

// The column each order sorts by first. The due date sorts next (first, for DueAt), then the id.
constexpr IdName<CaseSort> sortColumns[] = {{CaseSort::CaseNumber, u"case_number"},
                                            {CaseSort::MemberName, u"member_name COLLATE NOCASE"},
                                            {CaseSort::Drug, u"drug"},
                                            {CaseSort::Policy, u"policy_id"},
                                            {CaseSort::LineOfBusiness, u"line_of_business"},
                                            {CaseSort::Urgency, u"urgency"},
                                            {CaseSort::Status, u"status"},
                                            {CaseSort::Assignee, u"assignee"}};

// The WHERE clause of a queue filter and its values, in order.
QString whereClause(const CaseFilter& f, QVariantList* values)
{
    QStringList terms;
    if (!f.statuses.isEmpty()) {
        // In one order, so that the open-cases filter matches its partial index.
        QList<CaseStatus> statuses = f.statuses;
        std::sort(statuses.begin(), statuses.end());
        statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
        // Written in, not bound: SQLite uses a partial index only for values it can see when
        // it plans. They come from the fixed list of statuses, never from what a user types.
        QStringList ids;
        for (CaseStatus s : std::as_const(statuses))
            ids.append(u'\'' + caseStatusId(s) + u'\'');
        terms.append(u"status IN (%1)"_s.arg(ids.join(u", ")));
    }
    const std::pair<const QString*, QString> equal[] = {
        {&f.urgency, u"urgency = ?"_s},
        {&f.lineOfBusiness, u"line_of_business = ?"_s},
        {&f.assignee, u"assignee = ?"_s},
    };
    for (const auto& [value, term] : equal) {
        if (!value->isEmpty()) {
            terms.append(term);
            values->append(*value);
        }
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // A case number whole, or every word somewhere in the member's name or member id,
        // accents and case set aside: "lopez maria" finds "María López Ruiz". Words of three
        // letters or more are looked up in the trigram index (schema version 10); shorter
        // ones, which a trigram cannot hold, are matched by reading member_search.
        QStringList phrases;
        QStringList patterns;
        for (QString word : foldForSearch(search).split(u' ', Qt::SkipEmptyParts)) {
            if (word.toUcs4().size() >= 3) {
                phrases.append(u'"' + word.replace(u'"', u"\"\""_s) + u'"');
            } else {
                word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
                patterns.append(u'%' + word + u'%');
            }
        }
        QStringList byMember(patterns.size(), u"member_search LIKE ? ESCAPE '\\'"_s);
        if (!phrases.isEmpty()) {
            byMember.prepend(u"id IN (SELECT rowid FROM member_search_index "
                             "WHERE member_search_index MATCH ?)"_s);
        }
        terms.append(byMember.isEmpty()
                         ? u"case_number = ?"_s
                         : u"(case_number = ? OR (%1))"_s.arg(byMember.join(u" AND "_s)));
        *values << search;
        if (!phrases.isEmpty())
            *values << phrases.join(u' ');
        for (const QString& p : std::as_const(patterns))
            *values << p;
    }
    return terms.isEmpty() ? QString() : u"WHERE "_s + terms.join(u" AND "_s) + u' ';
}
} // namespace

QString CaseStore::queueStatement(const CaseFilter& filter, QVariantList* values)
{
    const QString where = whereClause(filter, values);
    *values << filter.limit << filter.offset;
    // Each order has an index that serves it (schema versions 1 and 5); every term goes the
    // same direction so that SQLite can walk the index backwards for a descending sort.
    QStringList terms;
    if (const QString column = idOf(sortColumns, filter.sort); !column.isEmpty())
        terms << column;
    if (filter.sort != CaseSort::CaseNumber && filter.sort != CaseSort::MemberName)
        terms << u"due_at"_s;
    terms << u"id"_s;
    if (filter.descending) {
        for (QString& t : terms)
            t += u" DESC"_s;
    }
    return u"SELECT id, case_number, member_id, member_name, drug, policy_id, "
           "line_of_business, urgency, status, received_at, due_at, assignee, "_s +
           informationDueColumn + u" FROM cases "_s + where + u"ORDER BY "_s + terms.join(u", "_s) +
           u" LIMIT ? OFFSET ?"_s;
}

Result<QList<CaseSummary>> CaseStore::queue(const CaseFilter& filter) const
{
    QVariantList values;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(queueStatement(filter, &values));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<CaseSummary>>::failure(sqlError(q));
    QList<CaseSummary> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(),
                    caseStatusFromId(q.value(8).toString()).value_or(CaseStatus::New),
                    storedTime::read(q.value(9)), storedTime::read(q.value(10)),
                    q.value(11).toString(),
                    QDate::fromString(q.value(12).toString(), Qt::ISODate)});
    }
    return out;
}

Result<qint64> CaseStore::count(const CaseFilter& filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT count(*) FROM cases "_s + where);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

} // namespace urdesk
