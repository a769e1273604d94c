#include "Schema.h"

#include "TextFold.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace urdesk::schema {

namespace {

// Version 1: cases, their answers and notes, and the audit trail.
QStringList version1()
{
    return {
        uR"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE,
            line_of_business TEXT NOT NULL
                CHECK (line_of_business IN ('commercial', 'medicarePartD', 'medicaid')),
            urgency TEXT NOT NULL CHECK (urgency IN ('standard', 'expedited')),
            received_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            member_id TEXT NOT NULL,
            member_name TEXT NOT NULL,
            member_birth_date TEXT NOT NULL,
            drug TEXT NOT NULL,
            quantity REAL,
            days_supply INTEGER,
            channel TEXT,
            prescriber_name TEXT NOT NULL,
            prescriber_npi TEXT NOT NULL,
            prescriber_specialty TEXT NOT NULL,
            policy_id TEXT NOT NULL,
            policy_revision TEXT NOT NULL,
            request_type TEXT NOT NULL CHECK (request_type IN ('initial', 'continuation')),
            status TEXT NOT NULL CHECK (status IN ('new', 'inReview', 'pended', 'referred',
                'approved', 'partiallyApproved', 'denied', 'withdrawn')),
            assignee TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"_s,
        // The queue: open cases by due date, and each filter with it.
        u"CREATE INDEX cases_by_due ON cases (due_at)"_s,
        u"CREATE INDEX cases_by_status ON cases (status, due_at)"_s,
        // The reviewers' main view, open cases by due date, without sorting them all.
        uR"(CREATE INDEX cases_open_by_due ON cases (due_at, id)
            WHERE status IN ('new', 'inReview', 'pended', 'referred'))"_s,
        u"CREATE INDEX cases_by_urgency ON cases (urgency, due_at)"_s,
        u"CREATE INDEX cases_by_line ON cases (line_of_business, due_at)"_s,
        u"CREATE INDEX cases_by_assignee ON cases (assignee, due_at)"_s,
        u"CREATE INDEX cases_by_member_id ON cases (member_id)"_s,
        u"CREATE INDEX cases_by_member_name ON cases (member_name COLLATE NOCASE)"_s,
        uR"(CREATE TABLE case_facts (
            case_id INTEGER NOT NULL REFERENCES cases (id),
            fact_id TEXT NOT NULL,
            value TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('entered', 'carriedOver', 'imported')),
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, fact_id)))"_s,
        uR"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            author TEXT NOT NULL,
            role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0)))"_s,
        u"CREATE INDEX notes_by_case ON notes (case_id, id)"_s,
        uR"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            account TEXT NOT NULL,
            role TEXT NOT NULL,
            case_id INTEGER REFERENCES cases (id),
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            reason TEXT NOT NULL,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_s,
        u"CREATE INDEX audit_by_case ON audit (case_id, id)"_s,
        // SQLite triggers; PostgreSQL needs its own trigger functions for the same rule.
        uR"(CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)"_s,
        uR"(CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)"_s,
    };
}

// Version 2: decisions with the evaluation they were made on, overrides of single criteria,
// and the documents the prescriber sent.
QStringList version2()
{
    return {
        uR"(CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'partiallyApproved', 'denied')),
            decided_by TEXT NOT NULL,
            role TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            rationale TEXT NOT NULL,
            approval_start TEXT,
            approval_end TEXT,
            approved_quantity REAL,
            evaluation TEXT NOT NULL))"_s,
        u"CREATE INDEX decisions_by_case ON decisions (case_id, id)"_s,
        uR"(CREATE TABLE overrides (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            criterion_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('met', 'notMet')),
            decided_by TEXT NOT NULL,
            role TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0)))"_s,
        u"CREATE INDEX overrides_by_case ON overrides (case_id, id)"_s,
        uR"(CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            content BLOB NOT NULL))"_s,
        u"CREATE INDEX attachments_by_case ON attachments (case_id, id)"_s,
    };
}

// Version 3: personal accounts and their roles. Accounts are disabled, never deleted, so the
// audit trail keeps its names.
QStringList version3()
{
    return {
        uR"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            user_name TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            licence_type TEXT NOT NULL,
            licence_number TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE account_roles (
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            role TEXT NOT NULL CHECK (role IN ('reviewNurse', 'medicalDirector', 'administrator')),
            PRIMARY KEY (account_id, role)))"_s,
        uR"(CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
            BEGIN SELECT RAISE(ABORT, 'accounts are disabled, never deleted'); END)"_s,
    };
}

// Version 4: settings that belong to the plan's database rather than to one workstation,
// such as how long the screen may stay idle before it locks.
QStringList version4()
{
    return {
        uR"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
    };
}

// Version 5: the queue sorts by drug and by policy as fast as by the other columns.
QStringList version5()
{
    return {
        u"CREATE INDEX cases_by_drug ON cases (drug, due_at)"_s,
        u"CREATE INDEX cases_by_policy ON cases (policy_id, due_at)"_s,
    };
}

// Version 6: a denial names the specific criteria it rests on.
QStringList version6()
{
    return {
        u"ALTER TABLE decisions ADD COLUMN criteria TEXT NOT NULL DEFAULT '[]'"_s,
    };
}

// Version 7: the strength and form requested, for the review record and the letters.
QStringList version7()
{
    return {
        u"ALTER TABLE cases ADD COLUMN strength TEXT NOT NULL DEFAULT ''"_s,
    };
}

// Version 8: the language the member reads letters in.
QStringList version8()
{
    return {
        u"ALTER TABLE cases ADD COLUMN member_language TEXT NOT NULL DEFAULT 'en' "
        "CHECK (member_language IN ('en', 'es'))"_s,
    };
}

// Version 9: a member is found by any part of the name or member id, whatever the accents
// and case (filled in code: completeMigrationTo).
QStringList version9()
{
    return {
        u"ALTER TABLE cases ADD COLUMN member_search TEXT NOT NULL DEFAULT ''"_s,
    };
}

// Version 10: search answers from an index rather than reading every case. A trigram index
// finds a word of three or more letters anywhere in member_search; triggers keep it in step
// with the cases table whatever writes to it.
QStringList version10()
{
    return {
        uR"(CREATE VIRTUAL TABLE member_search_index USING fts5 (
            member_search, tokenize = 'trigram'))"_s,
        uR"(INSERT INTO member_search_index (rowid, member_search)
            SELECT id, member_search FROM cases)"_s,
        uR"(CREATE TRIGGER member_search_on_insert AFTER INSERT ON cases BEGIN
            INSERT INTO member_search_index (rowid, member_search)
                VALUES (new.id, new.member_search); END)"_s,
        uR"(CREATE TRIGGER member_search_on_update AFTER UPDATE OF member_search ON cases BEGIN
            UPDATE member_search_index SET member_search = new.member_search
                WHERE rowid = new.id; END)"_s,
        uR"(CREATE TRIGGER member_search_on_delete AFTER DELETE ON cases BEGIN
            DELETE FROM member_search_index WHERE rowid = old.id; END)"_s,
    };
}

// Version 11: the letters URDesk sent are filed with the documents received, told apart.
QStringList version11()
{
    return {
        u"ALTER TABLE attachments ADD COLUMN origin TEXT NOT NULL DEFAULT 'received' "
        "CHECK (origin IN ('received', 'sentLetter'))"_s,
    };
}

// Version 12: what a pended case asks the prescriber for, and by when.
QStringList version12()
{
    return {
        uR"(CREATE TABLE information_requests (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            requested_by TEXT NOT NULL,
            role TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            due_on TEXT NOT NULL,
            items TEXT NOT NULL CHECK (json_array_length(items) > 0)))"_s,
        u"CREATE INDEX information_requests_by_case ON information_requests (case_id, id)"_s,
    };
}

// Version 13: every row that records a fact, a decision, a document or who may do what is
// sealed by the audit row of the action that last wrote it (RowSeals), and that row's hash
// covers its seals.
QStringList version13()
{
    return {
        u"ALTER TABLE audit ADD COLUMN seals_digest TEXT NOT NULL DEFAULT ''"_s,
        uR"(CREATE TABLE row_seals (
            audit_id INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            hash TEXT NOT NULL))"_s,
        // Not unique: after rows of the trail were deleted outside URDesk, saving goes on
        // (AuditTrail::action), and the next rows take the deleted rows' numbers.
        u"CREATE INDEX row_seals_by_row ON row_seals (table_name, row_key, audit_id)"_s,
        u"CREATE INDEX row_seals_by_audit ON row_seals (audit_id)"_s,
        uR"(CREATE TRIGGER row_seals_no_update BEFORE UPDATE ON row_seals
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)"_s,
        uR"(CREATE TRIGGER row_seals_no_delete BEFORE DELETE ON row_seals
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)"_s,
    };
}

} // namespace

QString completeMigrationTo(int version, const QSqlDatabase& db)
{
    if (version != 9)
        return {};
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, member_name, member_id FROM cases"_s))
        return read.lastError().text();
    QSqlQuery write(db);
    write.prepare(u"UPDATE cases SET member_search = ? WHERE id = ?"_s);
    while (read.next()) {
        write.addBindValue(memberSearchText(read.value(1).toString(), read.value(2).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return write.lastError().text();
    }
    return {};
}

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    case 11:
        return version11();
    case 12:
        return version12();
    case 13:
        return version13();
    default:
        return {};
    }
}

QStringList tablesAt(int version)
{
    static const QRegularExpression created(u"^\\s*CREATE TABLE (\\w+)"_s);
    QStringList tables;
    for (int v = 1; v <= version; ++v) {
        for (const QString& statement : migrationTo(v)) {
            if (const QRegularExpressionMatch m = created.match(statement); m.hasMatch())
                tables.append(m.captured(1));
        }
    }
    return tables;
}

} // namespace urdesk::schema
