#include "RowSeals.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::RowSeals)
};

struct SealedTable
{
    QString name;
    QStringList key; // the primary key's columns
};

// Every table whose rows are a fact, a decision, a document or who may do what. A new such
// table goes here; the search index and the trail itself do not (the trail has its hash chain).
const QList<SealedTable>& sealedTables()
{
    static const QList<SealedTable> tables = {
        {u"cases"_s, {u"id"_s}},
        {u"case_facts"_s, {u"case_id"_s, u"fact_id"_s}},
        {u"notes"_s, {u"id"_s}},
        {u"decisions"_s, {u"id"_s}},
        {u"overrides"_s, {u"id"_s}},
        {u"attachments"_s, {u"id"_s}},
        {u"information_requests"_s, {u"id"_s}},
        {u"accounts"_s, {u"id"_s}},
        {u"account_roles"_s, {u"account_id"_s, u"role"_s}},
        {u"settings"_s, {u"key"_s}},
    };
    return tables;
}

const SealedTable* sealedTable(const QString& name)
{
    for (const SealedTable& t : sealedTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

// The key as SQLite's json_array of the columns, each prefixed: "new.", "old.", "cases.".
QString keyOf(const SealedTable& t, const QString& prefix)
{
    QStringList columns;
    for (const QString& c : t.key)
        columns.append(prefix + c);
    return u"json_array(%1)"_s.arg(columns.join(u", "_s));
}

// "case_id = json_extract(?, '$[0]') AND fact_id = json_extract(?, '$[1]')", for one key
// bound once per column, or with `keyColumn` in place of the placeholders.
QString whereKey(const SealedTable& t, const QString& keyColumn = u"?"_s)
{
    QStringList parts;
    for (int i = 0; i < t.key.size(); ++i)
        parts.append(
            u"%1.%2 = json_extract(%3, '$[%4]')"_s.arg(t.name, t.key[i], keyColumn).arg(i));
    return parts.join(u" AND "_s);
}

// The row's values from column `first` on, each with its SQLite type, so that changing a
// value's type is a change too.
QString rowHash(const QSqlQuery& q, int first)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int columns = q.record().count();
    for (int i = first; i < columns; ++i) {
        const QVariant v = q.value(i);
        QByteArray bytes;
        char type = 't';
        if (v.isNull()) {
            type = 'n';
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            type = 'i';
            bytes = QByteArray::number(v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            type = 'r';
            bytes = QByteArray::number(v.toDouble(), 'g', 17);
        } else if (v.typeId() == QMetaType::QByteArray) {
            type = 'b';
            bytes = v.toByteArray();
        } else {
            bytes = v.toString().toUtf8();
        }
        hash.addData(QByteArrayView(&type, 1));
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// "id 12" or "case_id 12, fact_id bsaPercent".
QString rowInWords(const SealedTable& t, const QString& key)
{
    const QJsonArray values = QJsonDocument::fromJson(key.toUtf8()).array();
    QStringList parts;
    for (int i = 0; i < t.key.size(); ++i) {
        const QJsonValue v = values.at(i);
        parts.append(t.key[i] + u' ' +
                     (v.isString() ? v.toString() : QString::number(v.toInteger())));
    }
    return parts.join(u", "_s);
}

RowSeals::Mismatch mismatch(const SealedTable& t, const QString& key, const QString& what)
{
    const QString row = rowInWords(t, key);
    return {t.name, row, Text::tr("table %1, row %2: %3").arg(t.name, row, what)};
}

} // namespace

Done RowSeals::watch(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    QStringList statements = {uR"(CREATE TEMP TABLE IF NOT EXISTS sealing_touched (
        table_name TEXT NOT NULL, row_key TEXT NOT NULL, PRIMARY KEY (table_name, row_key)))"_s};
    // Unqualified: SQLite allows no schema name inside a trigger's body. Not "OR IGNORE": an
    // upsert's own conflict clause would override it.
    const QString note =
        u"INSERT INTO sealing_touched SELECT '%1', %2 WHERE NOT EXISTS "
        "(SELECT 1 FROM sealing_touched WHERE table_name = '%1' AND row_key = %2);"_s;
    for (const SealedTable& t : sealedTables()) {
        const QString head =
            u"CREATE TEMP TRIGGER IF NOT EXISTS sealing_%1_%2 AFTER %3 ON main.%1 BEGIN "_s;
        statements.append(head.arg(t.name, u"insert"_s, u"INSERT"_s) +
                          note.arg(t.name, keyOf(t, u"new."_s)) + u" END"_s);
        statements.append(head.arg(t.name, u"update"_s, u"UPDATE"_s) +
                          note.arg(t.name, keyOf(t, u"old."_s)) +
                          note.arg(t.name, keyOf(t, u"new."_s)) + u" END"_s);
        statements.append(head.arg(t.name, u"delete"_s, u"DELETE"_s) +
                          note.arg(t.name, keyOf(t, u"old."_s)) + u" END"_s);
    }
    for (const QString& statement : statements) {
        if (!q.exec(statement))
            return Done::failure(
                Text::tr("cannot watch the rows that need sealing: %1").arg(sqlError(q)));
    }
    return done();
}

Done RowSeals::touchEverything(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    for (const SealedTable& t : sealedTables()) {
        if (!q.exec(u"INSERT OR IGNORE INTO sealing_touched SELECT '%1', %2 FROM main.%1"_s.arg(
                t.name, keyOf(t, t.name + u'.'))))
            return Done::failure(sqlError(q));
    }
    return done();
}

Result<QList<RowSeals::Seal>> RowSeals::takeTouched(const QSqlDatabase& db)
{
    using R = Result<QList<Seal>>;
    QList<Seal> seals;
    QSqlQuery touched(db);
    touched.setForwardOnly(true);
    if (!touched.exec(u"SELECT table_name, row_key FROM sealing_touched"_s))
        return R::failure(sqlError(touched));
    QSqlQuery row(db);
    row.setForwardOnly(true);
    while (touched.next()) {
        Seal seal{touched.value(0).toString(), touched.value(1).toString(), {}};
        const SealedTable* t = sealedTable(seal.table);
        if (!t)
            return R::failure(Text::tr("internal error: %1 is not a sealed table").arg(seal.table));
        row.prepare(u"SELECT * FROM main.%1 WHERE %2"_s.arg(t->name, whereKey(*t)));
        for (int i = 0; i < t->key.size(); ++i)
            row.addBindValue(seal.key);
        if (!row.exec())
            return R::failure(sqlError(row));
        if (row.next())
            seal.hash = rowHash(row, 0);
        seals.append(seal);
    }
    touched.finish();
    if (!touched.exec(u"DELETE FROM sealing_touched"_s))
        return R::failure(sqlError(touched));
    return seals;
}

QString RowSeals::digestOf(QList<Seal> seals)
{
    if (seals.isEmpty())
        return {};
    std::sort(seals.begin(), seals.end(), [](const Seal& a, const Seal& b) {
        return std::pair(a.table.toUtf8(), a.key.toUtf8()) <
               std::pair(b.table.toUtf8(), b.key.toUtf8());
    });
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const Seal& s : seals)
        digest.addData(QStringList{s.table, s.key, s.hash}.join(QChar(0x1f)).toUtf8() + '\x1e');
    return QString::fromLatin1(digest.result().toHex());
}

Done RowSeals::store(const QSqlDatabase& db, qint64 auditRow, const QList<Seal>& seals)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO row_seals (audit_id, table_name, row_key, hash) VALUES (?, ?, ?, ?)"_s);
    for (const Seal& s : seals) {
        q.addBindValue(auditRow);
        q.addBindValue(s.table);
        q.addBindValue(s.key);
        q.addBindValue(s.hash.isNull() ? u""_s : s.hash); // a null string would be NULL
        if (!q.exec())
            return Done::failure(Text::tr("the rows could not be sealed: %1").arg(sqlError(q)));
    }
    return done();
}

RowSeals::Walk::Walk(const QSqlDatabase& db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.exec(u"SELECT audit_id, table_name, row_key, hash FROM row_seals "
                      "ORDER BY audit_id"_s))
        m_error = sqlError(m_query);
    else
        advance();
}

void RowSeals::Walk::advance()
{
    m_has = m_query.next();
    if (m_has) {
        m_auditRow = m_query.value(0).toLongLong();
        m_seal = {m_query.value(1).toString(), m_query.value(2).toString(),
                  m_query.value(3).toString()};
    }
}

QList<RowSeals::Seal> RowSeals::Walk::take(qint64 auditRow, qint64* stray)
{
    QList<Seal> out;
    for (; m_has && m_auditRow <= auditRow; advance()) {
        if (m_auditRow < auditRow) {
            if (stray && *stray == 0)
                *stray = m_auditRow;
            continue;
        }
        out.append(m_seal);
    }
    return out;
}

std::optional<RowSeals::Mismatch> RowSeals::check(const QSqlDatabase& db, qint64* rows)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const SealedTable& t : sealedTables()) {
        const QString key = keyOf(t, t.name + u'.');
        // The newest seal of each row, as "audit row:hash".
        if (!q.exec(u"SELECT (SELECT audit_id || ':' || hash FROM row_seals "
                    "WHERE table_name = '%1' AND row_key = %2 ORDER BY audit_id DESC LIMIT 1), "
                    "%2, * FROM main.%1"_s.arg(t.name, key)))
            return Mismatch{t.name, {}, sqlError(q)};
        while (q.next()) {
            const QString sealed = q.value(0).toString();
            const QString rowKey = q.value(1).toString();
            const qsizetype colon = sealed.indexOf(u':');
            const QString sealedBy = sealed.left(colon);
            const QString sealedHash = colon < 0 ? QString() : sealed.mid(colon + 1);
            if (sealed.isEmpty())
                return mismatch(t, rowKey,
                                Text::tr("added outside URDesk (no action of URDesk wrote it)"));
            if (sealedHash.isEmpty())
                return mismatch(
                    t, rowKey,
                    Text::tr("added outside URDesk after audit row %1 deleted it").arg(sealedBy));
            if (rowHash(q, 2) != sealedHash)
                return mismatch(
                    t, rowKey,
                    Text::tr("changed outside URDesk since audit row %1 wrote it").arg(sealedBy));
            if (rows)
                ++*rows;
        }
        // A row whose newest seal says it is there, but is not.
        if (!q.exec(u"SELECT s.row_key, s.audit_id FROM row_seals s WHERE s.table_name = '%1' "
                    "AND s.hash <> '' AND s.audit_id = (SELECT max(audit_id) FROM row_seals "
                    "WHERE table_name = s.table_name AND row_key = s.row_key) "
                    "AND NOT EXISTS (SELECT 1 FROM main.%1 WHERE %2) LIMIT 1"_s.arg(
                        t.name, whereKey(t, u"s.row_key"_s))))
            return Mismatch{t.name, {}, sqlError(q)};
        if (q.next())
            return mismatch(t, q.value(0).toString(),
                            Text::tr("deleted outside URDesk after audit row %1 wrote it")
                                .arg(q.value(1).toLongLong()));
    }
    return std::nullopt;
}

} // namespace urdesk
