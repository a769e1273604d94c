#pragma once

#include "Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace urdesk {

// Seals on the rows of every table that records a fact, a decision or who may do what: the
// hash of each row as the action that last wrote it left it, kept in row_seals under that
// action's audit row, whose own hash covers them. An edit to any of those rows outside
// URDesk, however small, no longer matches its seal, and verification names the table and
// the row.
class RowSeals final
{
public:
    struct Seal
    {
        QString table;
        QString key;  // the row's primary key as SQLite's json_array: [12] or [12,"bsaPercent"]
        QString hash; // empty: the action deleted the row
    };

    // Per connection: temporary triggers note every row written to a sealed table, so that no
    // way of writing can forget to seal. They live in the connection, never in the file.
    static Done watch(const QSqlDatabase& db);
    // Notes every row of every sealed table as written, so that the next action seals the
    // database as it stands (after an upgrade, which may change the rows' shape).
    static Done touchEverything(const QSqlDatabase& db);
    // The seals of the rows written since the last take; forgets them.
    static Result<QList<Seal>> takeTouched(const QSqlDatabase& db);
    // What an audit row's hash covers of its seals; empty for none.
    static QString digestOf(QList<Seal> seals);
    static Done store(const QSqlDatabase& db, qint64 auditRow, const QList<Seal>& seals);

    // Reads the stored seals in audit-row order, beside a walk of the trail.
    class Walk final
    {
    public:
        explicit Walk(const QSqlDatabase& db);
        bool ok() const { return m_error.isEmpty(); }
        const QString& error() const { return m_error; }
        // The seals stored under `auditRow`. Seals under an earlier row that were not taken
        // belong to no row of the trail: `stray` is set to the first such row.
        QList<Seal> take(qint64 auditRow, qint64* stray);
        // The first audit row, after everything was taken, that seals belong to: 0 for none.
        qint64 leftOver() const { return m_has ? m_auditRow : 0; }

    private:
        void advance();
        QSqlQuery m_query;
        QString m_error;
        bool m_has = false;
        qint64 m_auditRow = 0;
        Seal m_seal;
    };

    struct Mismatch
    {
        QString table;
        QString row;     // the key in words: "id 12", "case_id 12, fact_id bsaPercent"
        QString problem; // what is wrong, in words, table and row included
    };
    // Checks every row of every sealed table against its newest seal. `rows` counts the rows
    // checked.
    static std::optional<Mismatch> check(const QSqlDatabase& db, qint64* rows);
};

} // namespace urdesk
