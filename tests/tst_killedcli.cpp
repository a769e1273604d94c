// Nothing acknowledged is lost, through the program people run: `urdesk-cli seed --list` adds
// cases (intake, answers, decisions, notes) and files letters, printing a line for each once
// it is saved. It is killed (SIGKILL) at 300 random moments, from start-up and sign-in to the
// middle of a save; after each kill the database opens, passes SQLite's integrity check and
// the audit trail's verification, and holds every case and letter the program acknowledged.
#include "AuditTrail.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestKilledCli : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedCliLosesNothingAcknowledged();

private:
    QProcess* startCli(const QStringList& extra);
    // Takes one line of the program's output: a case or a letter it acknowledged.
    void take(const QString& line);
    void checkDatabase();
    void auditVerifiesThroughTheCli();

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_password = u"kill-test-2026"_s;
    QHash<QString, QString> m_cases; // case number -> status
    QSet<QString> m_letters;         // "case number file name"
};

QProcess* TestKilledCli::startCli(const QStringList& extra)
{
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(URDESK_CLI_PATH), QStringList{u"--database"_s, m_path} + extra);
    return p;
}

void TestKilledCli::take(const QString& line)
{
    const QStringList words = line.split(u' ');
    if (words.size() == 3 && words.first() == u"case")
        m_cases.insert(words.at(1), words.at(2));
    else if (words.size() == 3 && words.first() == u"letter")
        m_letters.insert(words.at(1) + u' ' + words.at(2));
}

void TestKilledCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"killed.db"_s);
    // The demonstration database the killed runs add to, made by one run left to finish.
    QProcess* first = startCli({u"seed"_s, u"--cases"_s, u"4"_s, u"--list"_s});
    QVERIFY(first->waitForFinished(120000));
    QCOMPARE(first->exitCode(), 0);
    for (const QByteArray& line : first->readAllStandardOutput().split('\n'))
        take(QString::fromUtf8(line).trimmed());
    QCOMPARE(m_cases.size(), 4);
    // The killed runs sign in as an administrator whose password takes 1,000 rounds to check,
    // not 600,000: under the sanitizers that is a fraction of a second instead of seconds.
    const auto db = Database::open(m_path, Database::IfMissing::Refuse);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    AccountStore accounts(db.value());
    accounts.setPasswordIterations(1000);
    const NewAccount killer{u"killer"_s, u"Kill Test"_s, {Role::Administrator}, {}, {}};
    const auto created =
        accounts.createAccount({u"admin"_s, u"administrator"_s}, killer, m_password);
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

void TestKilledCli::killedCliLosesNothingAcknowledged()
{
    QRandomGenerator random(20261206);
    constexpr int kills = 300;
    int killed = 0;
    int finished = 0;
    for (int run = 0; killed < kills; ++run) {
        QProcess* seed = startCli({u"--user"_s, u"killer"_s, u"seed"_s, u"--cases"_s, u"6"_s,
                                   u"--random-seed"_s, QString::number(run), u"--list"_s});
        QVERIFY2(seed->waitForStarted(), qPrintable(seed->errorString()));
        seed->write(m_password.toUtf8() + '\n');
        seed->closeWriteChannel();
        // Kill after a varying number of acknowledgements: 0 kills it while it starts or
        // signs in. A run with fewer lines than that finishes, and is counted as such.
        const int acknowledgements = int(random.bounded(10));
        int seen = 0;
        while (seen < acknowledgements && seed->state() == QProcess::Running) {
            if (!seed->canReadLine() && !seed->waitForReadyRead(60000) &&
                seed->state() == QProcess::Running)
                QFAIL(qPrintable(u"urdesk-cli went quiet: "_s +
                                 QString::fromUtf8(seed->readAllStandardError())));
            while (seed->canReadLine()) {
                take(QString::fromUtf8(seed->readLine()).trimmed());
                ++seen;
            }
        }
        if (seed->state() == QProcess::Running) {
            // Not a wait for anything: it moves the kill to a random point of the next save.
            QThread::usleep(random.bounded(3000));
            seed->kill(); // SIGKILL
        }
        QVERIFY(seed->waitForFinished(60000));
        if (seed->exitStatus() == QProcess::CrashExit) {
            ++killed;
        } else {
            QVERIFY2(seed->exitCode() == 0, seed->readAllStandardError().constData());
            ++finished;
        }
        // What it acknowledged but we had not read yet counts too.
        for (const QByteArray& line : seed->readAllStandardOutput().split('\n'))
            take(QString::fromUtf8(line).trimmed());
        delete seed;
        checkDatabase();
        if (QTest::currentTestFailed())
            return;
        if (killed % 100 == 99)
            auditVerifiesThroughTheCli();
    }
    qInfo("%d runs killed, %d finished; %lld cases and %lld letters acknowledged", killed, finished,
          qlonglong(m_cases.size()), qlonglong(m_letters.size()));
    QVERIFY(m_cases.size() > kills); // work did get done between kills
    QVERIFY(!m_letters.isEmpty());
    auditVerifiesThroughTheCli();
}

void TestKilledCli::checkDatabase()
{
    const auto db = Database::open(m_path, Database::IfMissing::Refuse);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QHash<QString, QString> cases;
    QVERIFY(q.exec(u"SELECT case_number, status FROM cases"_s));
    while (q.next())
        cases.insert(q.value(0).toString(), q.value(1).toString());
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        QVERIFY2(cases.contains(it.key()), qPrintable(u"acknowledged case lost: "_s + it.key()));
        QCOMPARE(cases.value(it.key()), it.value());
    }
    QSet<QString> letters;
    QVERIFY(q.exec(u"SELECT c.case_number, a.file_name FROM attachments a "
                   "JOIN cases c ON c.id = a.case_id WHERE a.origin = 'sentLetter'"_s));
    while (q.next())
        letters.insert(q.value(0).toString() + u' ' + q.value(1).toString());
    for (const QString& letter : std::as_const(m_letters))
        QVERIFY2(letters.contains(letter), qPrintable(u"acknowledged letter lost: "_s + letter));
    const AuditTrail::Verification v = AuditTrail::verify(*db.value());
    QVERIFY2(v.intact, qPrintable(v.problem));
}

void TestKilledCli::auditVerifiesThroughTheCli()
{
    QProcess* verify = startCli({u"--user"_s, u"killer"_s, u"audit"_s, u"verify"_s});
    verify->write(m_password.toUtf8() + '\n');
    verify->closeWriteChannel();
    QVERIFY(verify->waitForFinished(120000));
    QVERIFY2(verify->exitStatus() == QProcess::NormalExit && verify->exitCode() == 0,
             verify->readAllStandardError().constData());
    QVERIFY(verify->readAllStandardOutput().contains("audit trail intact"));
    delete verify;
}

QTEST_GUILESS_MAIN(TestKilledCli)
#include "tst_killedcli.moc"
