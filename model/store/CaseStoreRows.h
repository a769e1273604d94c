#pragma once

// What the parts of CaseStore (CaseStore*.cpp) share: the texts' translation context, how
// values become SQL columns, and reading the rows of one case. Private to the store.

#include "Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace urdesk::caseStoreRows {

using namespace Qt::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::CaseStore)
};

inline QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

inline QVariant optional(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

// An optional text column: NULL when empty.
inline QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// A required text column: never NULL, even for a null QString.
inline QVariant required(const QString& s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

inline QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A JSON value kept by compact().
inline QJsonValue parseValue(const QString& text)
{
    return QJsonDocument::fromJson((u'[' + text + u']').toUtf8()).array().first();
}

// The rows of one case from `sql` (a SELECT with one placeholder, the case id), each made
// into a T by `make`.
template <typename T, typename Make>
Result<QList<T>> rowsOfCase(const QSqlDatabase& db, const QString& sql, qint64 caseId, Make make)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<QList<T>>::failure(sqlError(q));
    QList<T> out;
    while (q.next())
        out.append(make(q));
    return out;
}

// A pended case's latest request for information's due date (NULL otherwise).
inline const QString informationDueColumn =
    u"CASE WHEN status = 'pended' THEN (SELECT due_on FROM information_requests r "
    "WHERE r.case_id = cases.id ORDER BY r.id DESC LIMIT 1) END"_s;

} // namespace urdesk::caseStoreRows
