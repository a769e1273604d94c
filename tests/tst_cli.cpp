// urdesk-cli as a script would use it: exit codes, messages on standard error, JSON output.
#include "StoreSupport.h"
#include "StrictTest.h"
#include "TestSupport.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs urdesk-cli; `input` is its standard input (a password, for commands that sign in).
Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/urdesk-tst-cli-config"_s);
    // A Qt warning in the command (a connection removed in use) aborts it, and the test fails.
    env.insert(u"QT_FATAL_WARNINGS"_s, u"1"_s);
    // As in a desktop session; without it Qt warns at start (CI runs as root, with none).
    const QString runtime = QDir::tempPath() + u"/urdesk-tst-cli-runtime"_s;
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(URDESK_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return f.fileName();
}

} // namespace

class TestCli : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void usage();
    void theWindowsHelpAndVersionNeedNoDisplay();
    void listsPolicies();
    void lintsGoodAndBadFiles();
    void evaluatesText();
    void evaluatesJson();
    void checkReportsDifferences();
    void badCaseFile();
    void extraPolicyFolder();
    void seedsListsAndVerifies();
    void seedingAnExistingDatabaseNeedsAnAdministrator();
    void exportsOneCaseAndABatch();
    void noPasswordIsNoAttempt();
    void aListingIsRecordedBeforeItIsShown();
    void aDateOptionTakesADayAndNothingElse();
    void anOptionsValueIsNeverEmpty();
    void loosePermissionsAreReportedAndRepaired();
    void refusesABadDatabase();
    void aMistypedDatabaseIsNotCreated();
};

void TestCli::usage()
{
    Run r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"Usage: urdesk-cli"_s));
    r = cli({u"frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"unknown command \"frobnicate\""_s));
    r = cli({u"evaluate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"name one case file"_s));
    r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"evaluate CASE.json"_s));
    r = cli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"urdesk-cli %1\n"_s.arg(QStringLiteral(URDESK_VERSION)));
}

void TestCli::theWindowsHelpAndVersionNeedNoDisplay()
{
    // As on a terminal with no display: no X, no Wayland, no platform chosen.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/urdesk-tst-cli-config"_s);
    for (const QString& option : {u"--help"_s, u"--version"_s}) {
        QProcess urdesk;
        urdesk.setProcessEnvironment(env);
        urdesk.start(QStringLiteral(URDESK_GUI_PATH), {option});
        QVERIFY(urdesk.waitForFinished(60'000));
        const QString out = QString::fromUtf8(urdesk.readAllStandardOutput());
        QVERIFY2(urdesk.exitStatus() == QProcess::NormalExit && urdesk.exitCode() == 0,
                 qPrintable(option + u": "_s + QString::fromUtf8(urdesk.readAllStandardError())));
        QVERIFY2(out.contains(option == u"--help"
                                  ? u"--database <FILE>"_s
                                  : u"URDesk %1"_s.arg(QStringLiteral(URDESK_VERSION))),
                 qPrintable(out));
    }
}

void TestCli::listsPolicies()
{
    const Run r = cli({u"policies"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 4);
    QStringList numbers;
    for (const QJsonValue& v : list)
        numbers.append(v.toObject().value(u"number"_s).toString());
    numbers.sort();
    QCOMPARE(numbers, QStringList({u"DQM015"_s, u"IP0369"_s, u"IP0751"_s, u"L.5.01.513"_s}));
    const Run text = cli({u"policies"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"cigna-ip0751-leqselvi  Cigna IP0751  revision 2025-10-01"_s));
}

void TestCli::lintsGoodAndBadFiles()
{
    QTemporaryDir dir;
    const QString bad =
        writeFile(dir, u"bad.json"_s, "{\"format\": \"urdesk-policy/1\",\n \"id\": ");
    const QString good = test::sourcePath(u"resources/policies/cigna-dqm015-anzupgo.json"_s);
    Run r = cli({u"lint"_s, good});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"cigna-dqm015-anzupgo.json: ok"_s));
    r = cli({u"lint"_s, good, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bad + u": line 2, column"_s), qPrintable(r.err));
    r = cli({u"lint"_s, dir.filePath(u"missing.json"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"missing.json: cannot read"_s));
}

void TestCli::evaluatesText()
{
    const Run r =
        cli({u"evaluate"_s, test::sourcePath(u"examples/opzelura/ad-initial-approvable.json"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(u"Determination: Approvable under 1. Mild to Moderate Atopic Dermatitis"_s),
        qPrintable(r.out));
    QVERIFY(r.out.contains(u"[met] 1.A Age 12 years or older"_s));
    QVERIFY(r.out.contains(u"age 14 y on 2026-03-02 ≥ 12"_s));
}

void TestCli::evaluatesJson()
{
    const Run r = cli({u"evaluate"_s, u"--json"_s,
                       test::sourcePath(u"examples/opzelura/ad-initial-approvable.json"_s)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject d = o.value(u"determination"_s).toObject();
    QCOMPARE(d.value(u"outcome"_s).toString(), u"approvable"_s);
    QCOMPARE(d.value(u"approval"_s).toObject().value(u"end"_s).toString(), u"2026-09-01"_s);
    QCOMPARE(o.value(u"policy"_s).toObject().value(u"revision"_s).toString(), u"2024-11-15"_s);
    bool sawLeaf = false;
    for (const QJsonValue& v : o.value(u"checklist"_s).toArray()) {
        if (v.toObject().value(u"id"_s) == u"1.B"_s) {
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"met"_s);
            QCOMPARE(v.toObject().value(u"facts"_s).toArray().first().toString(), u"bsaPercent"_s);
            sawLeaf = true;
        }
    }
    QVERIFY(sawLeaf);
}

void TestCli::checkReportsDifferences()
{
    QTemporaryDir dir;
    QByteArray text = test::readSource(u"examples/opzelura/ad-initial-approvable.json"_s);
    text.replace("\"determination\": \"approvable\"", "\"determination\": \"refer\"");
    const QString path = writeFile(dir, u"wrong.json"_s, text);
    const Run r = cli({u"evaluate"_s, u"--check"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"determination: expected refer, got approvable"_s), qPrintable(r.err));
}

void TestCli::badCaseFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"case.json"_s, R"({"format": "urdesk-case/1",
        "policy": "cigna-ip0369-opzelura", "requestDate": "2026-03-02",
        "facts": {"bsaPercent": 250}})");
    const Run r = cli({u"evaluate"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path + u": $.facts.bsaPercent: 250 is above the maximum 100 %"_s),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::extraPolicyFolder()
{
    QTemporaryDir dir;
    QByteArray text = test::readSource(u"resources/policies/cigna-dqm015-anzupgo.json"_s);
    text.replace("\"revision\": \"2026-02-01\"", "\"revision\": \"2026-07-01\"");
    text.replace("\"effectiveDate\": \"2026-02-01\"", "\"effectiveDate\": \"2026-07-01\"");
    writeFile(dir, u"anzupgo-july.json"_s, text);
    writeFile(dir, u"broken.json"_s, "not json");
    const Run r = cli({u"--policies"_s, dir.path(), u"policies"_s});
    QCOMPARE(r.exitCode, 1); // a file did not load: scripts must notice
    QVERIFY(r.out.contains(u"revision 2026-07-01"_s));
    QVERIFY(r.out.contains(u"cigna-ip0369-opzelura"_s));
    QVERIFY2(r.err.contains(u"broken.json: line 1, column 2: illegal value"_s), qPrintable(r.err));
}

// A new file becomes a demonstration database. Fictitious cases in an existing one are an
// administrator's doing: signed in, and recorded as theirs.
void TestCli::seedingAnExistingDatabaseNeedsAnAdministrator()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cases.db"_s);
    Run r = cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"2"_s, u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    // --list: one line for each case and letter, once saved.
    QCOMPARE(r.out.count(QRegularExpression(u"^case PA-\\d{4}-\\d{6} \\w+$"_s,
                                            QRegularExpression::MultilineOption)),
             2);

    r = cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"2"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"already exists; adding fictitious cases to it needs an "
                            "administrator's sign-in (--user NAME)"_s),
             qPrintable(r.err));
    r = cli({u"--database"_s, db, u"--user"_s, u"nurse"_s, u"seed"_s, u"--cases"_s, u"2"_s},
            "demo-nurse-2026\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"nurse does not have the role administrator"_s), qPrintable(r.err));

    // A second administrator, so that "who did it" is not the demo account by default.
    {
        const auto opened = Database::open(db);
        QVERIFY(opened.ok());
        AccountStore accounts(opened.value());
        NewAccount second;
        second.userName = u"admin2"_s;
        second.fullName = u"Second Administrator"_s;
        second.roles = {Role::Administrator};
        const auto created = accounts.createAccount({u"admin"_s, u"administrator"_s}, second,
                                                    u"another-admin-2026"_s);
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }
    r = cli({u"--database"_s, db, u"--user"_s, u"admin2"_s, u"seed"_s, u"--cases"_s, u"3"_s},
            "another-admin-2026\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"3 fictitious cases added"_s), qPrintable(r.out + r.err));
    const auto opened = Database::open(db);
    QVERIFY(opened.ok());
    QSqlQuery q(opened.value()->connection());
    QVERIFY(q.exec(u"SELECT account, count(*) FROM audit WHERE action = 'case.imported' "
                   "GROUP BY account ORDER BY account"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"admin"_s);
    QCOMPARE(q.value(1).toInt(), 2);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"admin2"_s);
    QCOMPARE(q.value(1).toInt(), 3);
}

void TestCli::seedsListsAndVerifies()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cases.db"_s);
    Run r = cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"250"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"250 fictitious cases added"_s), qPrintable(r.out + r.err));
    // A few decided cases have their letter filed: a PDF with its hash, by their decider.
    QVERIFY2(r.out.contains(u"6 letters filed with their cases"_s), qPrintable(r.out + r.err));
    {
        const auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(
            q.exec(u"SELECT a.content, a.sha256, a.added_by, d.decided_by, c.status "
                   "FROM attachments a JOIN cases c ON c.id = a.case_id "
                   "JOIN decisions d ON d.case_id = a.case_id WHERE a.origin = 'sentLetter'"_s));
        QSet<QString> outcomes;
        int letters = 0;
        for (; q.next(); ++letters) {
            const QByteArray pdf = q.value(0).toByteArray();
            QVERIFY(pdf.startsWith("%PDF"));
            QCOMPARE(q.value(1).toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(q.value(2).toString(), q.value(3).toString());
            outcomes.insert(q.value(4).toString());
        }
        QCOMPARE(letters, 6);
        QCOMPARE(outcomes, (QSet<QString>{u"approved"_s, u"partiallyApproved"_s, u"denied"_s}));
        // A nurse's approval is of a case the checklist found approvable; any other approval
        // is a director's, with the reason written.
        QVERIFY(q.exec(u"SELECT role, rationale, evaluation FROM decisions"_s));
        int directors = 0;
        while (q.next()) {
            const QString outcome = QJsonDocument::fromJson(q.value(2).toByteArray())
                                        .object()
                                        .value(u"determination"_s)
                                        .toObject()
                                        .value(u"outcome"_s)
                                        .toString();
            if (q.value(0).toString() == u"reviewNurse") {
                QCOMPARE(outcome, u"approvable"_s);
            } else if (outcome != u"approvable") {
                ++directors;
                QVERIFY(!q.value(1).toString().isEmpty());
            }
        }
        QVERIFY(directors > 0);
    }

    // The demo accounts that seeding created sign in; their passwords come on standard input.
    const QStringList nurse = {u"--database"_s, db, u"--user"_s, u"nurse"_s};
    const QStringList admin = {u"--database"_s, db, u"--user"_s, u"admin"_s};
    const QByteArray nursePassword = "demo-nurse-2026\n";
    const QByteArray adminPassword = "demo-admin-2026\n";
    r = cli({u"--database"_s, db, u"cases"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"say who you are with --user NAME"_s), qPrintable(r.err));
    r = cli(nurse + QStringList{u"cases"_s}, "wrong password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cases: cannot sign in: wrong user name or password"_s),
             qPrintable(r.err));
    r = cli(admin + QStringList{u"cases"_s}, adminPassword);
    QCOMPARE(r.exitCode, 1); // administrators manage accounts; they do not read cases
    QVERIFY2(r.err.contains(u"admin does not have the role review nurse"_s), qPrintable(r.err));
    r = cli(nurse + QStringList{u"backup"_s, dir.filePath(u"nurse-copy.db"_s)}, nursePassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"nurse does not have the role administrator"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(u"nurse-copy.db"_s)));

    r = cli(nurse + QStringList{u"cases"_s, u"--json"_s}, nursePassword);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(all.size(), 250);
    QString previousDue;
    for (const QJsonValue& v : all) { // by due date
        const QString due = v.toObject().value(u"dueAt"_s).toString();
        QVERIFY(previousDue <= due);
        previousDue = due;
    }
    r = cli(nurse + QStringList{u"cases"_s, u"--json"_s, u"--status"_s, u"referred"_s,
                                u"--status"_s, u"pended"_s},
            nursePassword);
    const QJsonArray some = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!some.isEmpty() && some.size() < 250);
    for (const QJsonValue& v : some)
        QVERIFY(QStringList({u"referred"_s, u"pended"_s})
                    .contains(v.toObject().value(u"status"_s).toString()));
    r = cli({u"--database"_s, db, u"cases"_s, u"--status"_s, u"lost"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"unknown status \"lost\""_s));

    r = cli(admin + QStringList{u"audit"_s, u"verify"_s}, adminPassword);
    QCOMPARE(r.exitCode, 0);
    // 3 accounts, 250 cases, 6 letters filed, 3 failed and 3 successful sign-ins, 2 listings.
    QVERIFY2(r.out.contains(u"audit trail intact: 267 rows"_s), qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"newest hash: "_s));
    QVERIFY2(r.out.contains(u"as the trail's actions left them: "_s), qPrintable(r.out));
    const QString copy = dir.filePath(u"copy.db"_s);
    r = cli(admin + QStringList{u"backup"_s, copy}, adminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"(checked)"_s), qPrintable(r.out + r.err));
    // An existing backup is never replaced by accident.
    const QByteArray firstCopy = test::fileHash(copy);
    r = cli(admin + QStringList{u"backup"_s, copy}, adminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(copy + u" already exists; add --force to replace it"_s),
             qPrintable(r.err));
    QCOMPARE(test::fileHash(copy), firstCopy);
    r = cli(admin + QStringList{u"backup"_s, copy, u"--force"_s}, adminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(test::fileHash(copy) != firstCopy);
    const QString restored = dir.filePath(u"restored.db"_s);
    r = cli({u"--database"_s, restored, u"--user"_s, u"admin"_s, u"restore"_s, copy},
            "wrong password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(restored));
    r = cli({u"--database"_s, restored, u"--user"_s, u"admin"_s, u"restore"_s, copy},
            adminPassword);
    QCOMPARE(r.exitCode, 0);
    r = cli({u"--database"_s, restored, u"--user"_s, u"nurse"_s, u"cases"_s, u"--json"_s},
            nursePassword);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 250);

    // A decision's dates edited with the sqlite3 library: the table and the row are named.
    {
        test::RawConnection raw(restored);
        QVERIFY(raw.exec(u"UPDATE decisions SET approval_end = '2099-12-31' "
                         "WHERE approval_end IS NOT NULL AND id = (SELECT min(id) FROM decisions "
                         "WHERE approval_end IS NOT NULL)"_s));
    }
    r = cli({u"--database"_s, restored, u"--user"_s, u"admin"_s, u"audit"_s, u"verify"_s},
            adminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"audit trail BROKEN: table decisions, row id "_s), qPrintable(r.err));

    QVERIFY(QFile::remove(db + u".audit-head"_s));
    r = cli(admin + QStringList{u"audit"_s, u"verify"_s}, adminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"audit trail BROKEN"_s));
}

// A script run without input gives no password: told so (exit 2), and no attempt is counted
// towards locking the account.
void TestCli::noPasswordIsNoAttempt()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cases.db"_s);
    QCOMPARE(cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"1"_s}).exitCode, 0);
    const QStringList nurse = {u"--database"_s, db, u"--user"_s, u"nurse"_s, u"cases"_s};
    for (const QByteArray& input : {QByteArray(), QByteArray("\n")}) {
        for (int i = 0; i < AccountStore::failuresBeforeLock; ++i) {
            const Run r = cli(nurse, input);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"cases: no password given for nurse"_s), qPrintable(r.err));
        }
    }
    const Run r = cli(nurse, "demo-nurse-2026\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // not locked
    const Run restore = cli({u"--database"_s, dir.filePath(u"restored.db"_s), u"--user"_s,
                             u"admin"_s, u"restore"_s, db});
    QCOMPARE(restore.exitCode, 2);
    QVERIFY2(restore.err.contains(u"restore: no password given for admin"_s),
             qPrintable(restore.err));
}

// What `cases` shows is in the audit trail before it is shown: when the listing cannot be
// recorded, nothing is shown.
void TestCli::aListingIsRecordedBeforeItIsShown()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cases.db"_s);
    QCOMPARE(cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"3"_s}).exitCode, 0);
    {
        test::RawConnection raw(db);
        QVERIFY(raw.exec(u"CREATE TRIGGER no_listing BEFORE INSERT ON audit "
                         "WHEN NEW.action = 'cases.listed' "
                         "BEGIN SELECT RAISE(ABORT, 'listing refused'); END"_s));
    }
    for (const QStringList& format : {QStringList(), QStringList{u"--json"_s}}) {
        const Run r =
            cli(QStringList{u"--database"_s, db, u"--user"_s, u"nurse"_s, u"cases"_s} + format,
                "demo-nurse-2026\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"listing refused"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"PA-"_s), qPrintable(r.out));
    }
}

// A database copied by hand may be readable by every user of the computer: every command
// says so, and an administrator's repair-permissions makes it owner-only, on record.
void TestCli::loosePermissionsAreReportedAndRepaired()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cases.db"_s);
    QCOMPARE(cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"1"_s}).exitCode, 0);
    const auto worldReadable = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(db, worldReadable));
    const QStringList nurse = {u"--database"_s, db, u"--user"_s, u"nurse"_s, u"cases"_s};
    Run r = cli(nurse, "demo-nurse-2026\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"warning: other users of this computer can read the database's "
                            "files: "_s +
                            db + u" (0644)"_s),
             qPrintable(r.err));
    const QStringList repair = {u"--database"_s, db, u"--user"_s, u"nurse"_s,
                                u"repair-permissions"_s};
    r = cli(repair, "demo-nurse-2026\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QFile::permissions(db) & QFileDevice::ReadOther);
    r = cli({u"--database"_s, db, u"--user"_s, u"admin"_s, u"repair-permissions"_s},
            "demo-admin-2026\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"made owner-only: "_s + db + u" (0644)"_s), qPrintable(r.out));
    QCOMPARE(QFile::permissions(db) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    r = cli(nurse, "demo-nurse-2026\n");
    QVERIFY2(!r.err.contains(u"warning"_s), qPrintable(r.err));
    const auto opened = Database::open(db);
    QVERIFY(test::auditActions(*opened.value()).contains(u"admin database.permissionsRepaired"_s));
}

void TestCli::aDateOptionTakesADayAndNothingElse()
{
    QTemporaryDir dir;
    for (const QString& day : {u"2026-01-01garbage"_s, u"2026-01-01T10:00"_s, u" 2026-01-01"_s,
                               u"2026-1-1"_s, u"2026-02-30"_s}) {
        const Run r =
            cli({u"--database"_s, dir.filePath(u"none.db"_s), u"--user"_s, u"md"_s, u"export"_s,
                 u"--record"_s, u"--decided-since"_s, day, u"--out-dir"_s, dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--decided-since takes a day as YYYY-MM-DD"_s),
                 qPrintable(day + u": "_s + r.err));
    }
}

// `--database=$DB` with DB unset must not open the default database: an empty value, or none,
// is refused, naming the option.
void TestCli::anOptionsValueIsNeverEmpty()
{
    const QList<std::pair<QStringList, QString>> lines{
        {{u"--database="_s, u"cases"_s}, u"--database: the FILE given is empty"_s},
        {{u"--database"_s, u""_s, u"cases"_s}, u"--database: the FILE given is empty"_s},
        {{u"--user="_s, u"cases"_s}, u"--user: the NAME given is empty"_s},
        {{u"--policies="_s, u"policies"_s}, u"--policies: the DIR given is empty"_s},
        {{u"--role"_s}, u"--role needs a ROLE after it"_s},
        {{u"--database"_s, u"--user"_s, u"nurse"_s, u"cases"_s},
         u"--database needs a FILE after it"_s},
        {{u"--databse=x.db"_s, u"cases"_s}, u"unknown option --databse=x.db"_s},
    };
    for (const auto& [arguments, expected] : lines) {
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(expected + u'\n'), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

// urdesk-cli export: one case's record or letter to a file, a batch to a folder with a
// progress line; each file audited; what is asked wrongly refused with the reason.
void TestCli::exportsOneCaseAndABatch()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cases.db"_s);
    QCOMPARE(cli({u"--database"_s, db, u"seed"_s, u"--cases"_s, u"60"_s}).exitCode, 0);
    const QStringList md = {u"--database"_s, db, u"--user"_s, u"md"_s};
    const QByteArray password = "demo-md-2026\n";
    Run r = cli(md + QStringList{u"cases"_s, u"--json"_s, u"--status"_s, u"denied"_s}, password);
    const QJsonArray denied = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!denied.isEmpty());
    const QString caseNumber = denied.first().toObject().value(u"caseNumber"_s).toString();

    const QString letter = dir.filePath(u"letter.pdf"_s);
    r = cli(md + QStringList{u"export"_s, caseNumber, u"--letter"_s, u"--out"_s, letter}, password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"wrote "_s) && r.out.contains(u"SHA-256 "_s),
             qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(letter));

    const QString out = dir.filePath(u"batch"_s);
    r = cli(md + QStringList{u"export"_s, u"--record"_s, u"--letter"_s, u"--status"_s, u"denied"_s,
                             u"--out-dir"_s, out},
            password);
    QCOMPARE(r.exitCode, 0);
    const int documents = int(denied.size()) * 2;
    QVERIFY2(r.err.contains(u"%1 of %1 documents written, 0 failed"_s.arg(documents)),
             qPrintable(r.err));
    QCOMPARE(QDir(out).entryList({u"*.pdf"_s}).size(), documents);
    QVERIFY(QFile::exists(out + u'/' + caseNumber + u"-record.pdf"_s));

    // Decided since tomorrow: nothing.
    r = cli(md + QStringList{u"export"_s, u"--record"_s, u"--decided-since"_s,
                             QDate::currentDate().addDays(1).toString(Qt::ISODate), u"--out-dir"_s,
                             dir.filePath(u"none"_s)},
            password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"0 documents written"_s), qPrintable(r.out));

    // Wrong usage says what is wrong.
    const QList<std::pair<QStringList, QString>> wrong{
        {{u"export"_s, caseNumber, u"--out"_s, letter}, u"--record, --letter or both"_s},
        {{u"export"_s, caseNumber, u"--record"_s}, u"--out FILE.pdf"_s},
        {{u"export"_s, u"--record"_s, u"--status"_s, u"lost"_s, u"--out-dir"_s, out},
         u"unknown status \"lost\""_s},
        {{u"export"_s, u"--record"_s, u"--decided-since"_s, u"yesterday"_s, u"--out-dir"_s, out},
         u"YYYY-MM-DD"_s},
        {{u"export"_s, u"--record"_s}, u"--out-dir DIR"_s}};
    for (const auto& [args, message] : wrong) {
        r = cli(md + args, password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    r = cli(md + QStringList{u"export"_s, u"PA-1999-000001"_s, u"--record"_s, u"--out"_s, letter},
            password);
    QCOMPARE(r.exitCode, 1);

    // Every file written is in the trail with its SHA-256, and the trail holds.
    r = cli({u"--database"_s, db, u"--user"_s, u"admin"_s, u"audit"_s, u"verify"_s},
            "demo-admin-2026\n");
    QCOMPARE(r.exitCode, 0);
    const auto opened = Database::open(db);
    QVERIFY(opened.ok());
    QSqlQuery q(opened.value()->connection());
    // (The letters the seed filed were not written to files.)
    QVERIFY(q.exec(u"SELECT detail FROM audit WHERE action = 'case.exported' "
                   "AND json_extract(detail, '$.file') IS NOT NULL ORDER BY id"_s));
    QStringList hashes;
    while (q.next())
        hashes.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                          .object()
                          .value(u"sha256"_s)
                          .toString());
    QCOMPARE(hashes.size(), 1 + documents);
    QFile written(letter);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(hashes.first(),
             QString::fromLatin1(
                 QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex()));
}

void TestCli::aMistypedDatabaseIsNotCreated()
{
    QTemporaryDir dir;
    const QString typo = dir.filePath(u"cases.bd"_s);
    Run r = cli({u"--database"_s, typo, u"--user"_s, u"nurse"_s, u"cases"_s}, "password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no database at %1; use --init to create one"_s.arg(typo)),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(typo));
    r = cli({u"--database"_s, typo, u"--init"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(typo + u" is ready"_s), qPrintable(r.out + r.err));
    QVERIFY(QFileInfo::exists(typo));
}

void TestCli::refusesABadDatabase()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"notes.db"_s, QByteArray(300, 'x'));
    const Run r = cli({u"--database"_s, path, u"--user"_s, u"nurse"_s, u"cases"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path + u": not a URDesk database (not an SQLite file)"_s),
             qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(300, 'x'));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
