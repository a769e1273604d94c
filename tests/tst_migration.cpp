// Migrations: a database written at every earlier schema version, with data in it, opens in
// this URDesk, is brought up to date, and keeps everything it held, audit trail included.
#include "AuditTrail.h"
#include "Schema.h"
#include "StoreSupport.h"
#include "StrictTest.h"
#include "TextFold.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestMigration : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
};

void TestMigration::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Database::schemaVersion; ++v)
        QTest::newRow(qPrintable(u"version %1"_s.arg(v))) << v;
}

void TestMigration::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        // The database as URDesk at `version` wrote it: its schema and its data.
        const QString name = u"old-writer"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
            QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(0x55524453)));
            for (int v = 1; v <= version; ++v) {
                for (const QString& statement : schema::migrationTo(v))
                    QVERIFY2(q.exec(statement), qPrintable(sqlError(q)));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
            // The columns of version 1: later versions add theirs with defaults.
            QVERIFY2(q.exec(uR"(INSERT INTO cases (id, case_number, line_of_business, urgency,
                received_at, due_at, member_id, member_name, member_birth_date, drug, quantity,
                days_supply, channel, prescriber_name, prescriber_npi, prescriber_specialty,
                policy_id, policy_revision, request_type, status, assignee, created_at,
                updated_at) VALUES (1, 'PA-2025-000001', 'commercial',
                'standard', '2025-05-01T10:00:00.000Z', '2025-05-16T10:00:00.000Z', 'FAKE1',
                'Ruth Notreal', '1950-01-01', 'Dupixent', NULL, NULL, NULL, 'Dr. Ben Imaginary',
                '0123456789', 'pulmonology', 'bcbsms-l.5.01.513-dupixent', '2025-10-01',
                'initial', 'inReview', 'nurse.okafor', '2025-05-01T10:00:00.000Z',
                '2025-05-01T10:05:00.000Z'))"_s),
                     qPrintable(sqlError(q)));
            if (version >= 9) { // from version 9 URDesk keeps what a member is found by
                QVERIFY(q.exec(u"UPDATE cases SET member_search = '%1'"_s.arg(
                    memberSearchText(u"Ruth Notreal"_s, u"FAKE1"_s))));
            }
            QVERIFY(q.exec(uR"(INSERT INTO case_facts VALUES (1, 'eosinophils', '310', 'entered',
                'nurse.okafor', '2025-05-01T10:03:00.000Z'))"_s));
            QVERIFY(q.exec(uR"(INSERT INTO notes VALUES (1, 1, 'nurse.okafor', 'review nurse',
                '2025-05-01T10:04:00.000Z', 'Asked for spirometry.'))"_s));
            const auto entry = AuditTrail::append(db, test::nurse, 1, u"case.created"_s,
                                                  QJsonObject{{u"new"_s, u"PA-2025-000001"_s}}, {});
            QVERIFY(entry.ok());
            QVERIFY(AuditTrail::recordCommitted(path, entry.value()).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    const auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::schemaVersion);
    const CaseStore store(db.value(), test::builtinCatalog());
    const auto c = store.findCase(u"PA-2025-000001"_s);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    // Cases from before the member's language was asked get letters in English.
    QCOMPARE(c->intake.memberLanguage, u"en"_s);
    QCOMPARE(c->intake.strength, QString());
    QCOMPARE(c->intake.memberName, u"Ruth Notreal"_s);
    QCOMPARE(c->status, CaseStatus::InReview);
    CaseFilter byName; // found by any part of the name, as cases saved since are
    byName.search = u"NOTREAL"_s;
    QCOMPARE(store.count(byName).value(), 1);
    QCOMPARE(store.facts(c->id)->first().value.toInt(), 310);
    QCOMPARE(store.notes(c->id)->first().text, u"Asked for spirometry."_s);
    QVERIFY(store.decisions(c->id).ok()); // tables of later versions are there
    QVERIFY(store.attachments(c->id).ok());
    AuditTrail::Verification v = AuditTrail::verify(*db.value());
    QVERIFY2(v.intact, qPrintable(v.problem));
    // The rows are sealed as they stand, on record, and an edit to them shows from then on.
    QCOMPARE(v.rows, 2);
    QCOMPARE(test::auditActions(*db.value()).last(), u"urdesk database.upgraded"_s);
    QCOMPARE(v.sealedRows, 3); // the case, its answer and its note
    QVERIFY(q.exec(u"UPDATE case_facts SET value = '311'"_s));
    v = AuditTrail::verify(*db.value());
    QVERIFY(!v.intact);
    QCOMPARE(v.table, u"case_facts"_s);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
