// Personal accounts: PBKDF2 passwords, the first administrator, who may create accounts,
// sign-in with lockout after five wrong passwords, disabled accounts, the lock screen, the
// idle-lock setting and opening a case; every event audited.
#include "AccountStore.h"
#include "DecisionClock.h"
#include "DemoAccounts.h"
#include "Passwords.h"
#include "SecuritySettings.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestAccounts : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passwordsArePbkdf2WithSaltAndEnoughIterations();
    void firstAdministratorOnlyOnAnEmptyDatabase();
    void onlyAnAdministratorCreatesAccounts();
    void refusesIncompleteAccounts_data();
    void refusesIncompleteAccounts();
    void signInAndItsAudit();
    void fiveWrongPasswordsLockForAWhile();
    void failedSignInsLookAlike();
    void anEmptyPasswordIsNoAttempt();
    void aTriedNameIsKeptShortAndEscaped();
    void disabledAccountsCannotSignInOrAct();
    void accountsAreNeverDeleted();
    void lockAndUnlockAreAudited();
    void wrongPasswordsAtTheLockScreenCount();
    void unlockRefusedWhenTheRoleWasTakenAway();
    void administratorChangesRolesAndLicence();
    void administratorsKeepTheirOwnAccess();
    void idleLockIsSetByAnAdministrator();
    void openingACaseIsAudited();
    void demoDatabaseHasItsAccountsAndEveryStatus();
    void demoDatabaseLooksLikeAWorkingDay();

private:
    QStringList actions() const;
    // Why the trail says the newest failed sign-in failed.
    QString lastFailureReason() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    QDateTime m_now;
};

void TestAccounts::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(u"accounts.db"_s)).value();
    m_accounts = std::make_unique<AccountStore>(m_db);
    m_accounts->setPasswordIterations(1000);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_accounts->setClock([this] { return m_now; });
}

void TestAccounts::cleanup()
{
    m_accounts.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestAccounts::actions() const
{
    return test::auditActions(*m_db);
}

QString TestAccounts::lastFailureReason() const
{
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT json_extract(detail, '$.why') FROM audit WHERE action IN "
           "('signIn.failed', 'account.locked') ORDER BY id DESC LIMIT 1"_s);
    return q.next() ? q.value(0).toString() : QString();
}

// Every refused sign-in says the same and costs one password check, whatever the reason:
// neither the answer nor its time tells a stranger that a name has an account.
const QString signInRefused =
    u"wrong user name or password, or the account is locked or disabled"_s;

void TestAccounts::passwordsArePbkdf2WithSaltAndEnoughIterations()
{
    const QString stored = passwords::hash(u"correct horse battery"_s);
    const QStringList parts = stored.split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), u"pbkdf2-sha256"_s);
    QVERIFY(parts.at(1).toInt() >= 600000);
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QVERIFY(passwords::verify(u"correct horse battery"_s, stored));
    QVERIFY(!passwords::verify(u"correct horse batterY"_s, stored));
    QVERIFY(passwords::hash(u"same"_s, 1000) != passwords::hash(u"same"_s, 1000)); // salted
    QVERIFY(!passwords::verify(u"x"_s, u"plain-text"_s));
    QVERIFY(!passwords::verify(u"x"_s, u"pbkdf2-sha256$0$AA==$AA=="_s));
}

void TestAccounts::firstAdministratorOnlyOnAnEmptyDatabase()
{
    QVERIFY(!m_accounts->hasAccounts().value());
    auto nurseFirst = m_accounts->createFirstAdministrator(
        {u"nurse.rivera"_s, u"Rosa Rivera"_s, {Role::ReviewNurse}, u"RN"_s, u"RN-1"_s},
        test::testPassword);
    QVERIFY2(nurseFirst.error().contains(u"must be an administrator"_s),
             qPrintable(nurseFirst.error()));
    const auto admin = m_accounts->createFirstAdministrator(
        {test::admin.account, u"Ife Okoro"_s, {Role::Administrator}, {}, {}}, test::testPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const auto second = m_accounts->createFirstAdministrator(
        {u"someone"_s, u"Some One"_s, {Role::Administrator}, {}, {}}, test::testPassword);
    QVERIFY2(second.error().contains(u"has accounts already"_s), qPrintable(second.error()));
    QCOMPARE(actions(), QStringList{u"admin.okoro account.created"_s});
}

void TestAccounts::onlyAnAdministratorCreatesAccounts()
{
    test::addTestAccounts(m_db);
    const NewAccount extra{u"nurse.new"_s, u"New Nurse"_s, {Role::ReviewNurse}, u"RN"_s, u"RN-9"_s};
    QVERIFY(!m_accounts->createAccount(test::nurse, extra, test::testPassword).ok());
    // A role claimed, not held, is refused by the store too.
    const Actor pretender{test::nurse.account, roleId(Role::Administrator)};
    const auto claimed = m_accounts->createAccount(pretender, extra, test::testPassword);
    QVERIFY2(claimed.error().contains(u"not an account with the role administrator"_s),
             qPrintable(claimed.error()));
    const auto created = m_accounts->createAccount(test::admin, extra, test::testPassword);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(created->hasRole(Role::ReviewNurse));
    QCOMPARE(created->licenceNumber, u"RN-9"_s);
    const auto again = m_accounts->createAccount(test::admin, extra, test::testPassword);
    QVERIFY2(again.error().contains(u"the user name nurse.new is taken"_s),
             qPrintable(again.error()));
}

void TestAccounts::refusesIncompleteAccounts_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("licence");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad user name")
        << u"Rosa Rivera"_s << u"RN-1"_s << test::testPassword << u"a user name is"_s;
    QTest::newRow("clinician without licence") << u"rosa"_s << QString() << test::testPassword
                                               << u"licence type and number are required"_s;
    QTest::newRow("short password")
        << u"rosa"_s << u"RN-1"_s << u"short"_s << u"at least 10 characters"_s;
}

void TestAccounts::refusesIncompleteAccounts()
{
    QFETCH(QString, userName);
    QFETCH(QString, licence);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    test::addTestAccounts(m_db);
    const auto r = m_accounts->createAccount(test::admin,
                                             {userName,
                                              u"Rosa"_s,
                                              {Role::ReviewNurse},
                                              licence.isEmpty() ? QString() : u"RN"_s,
                                              licence},
                                             password);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

void TestAccounts::signInAndItsAudit()
{
    test::addTestAccounts(m_db);
    const auto ok = m_accounts->signIn(test::nurse.account, test::testPassword, Role::ReviewNurse);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(ok->role, u"reviewNurse"_s);
    const auto wrong =
        m_accounts->signIn(test::nurse.account, u"not the password"_s, Role::ReviewNurse);
    QCOMPARE(wrong.error(), signInRefused);
    const auto unknown = m_accounts->signIn(u"nobody"_s, test::testPassword, Role::ReviewNurse);
    QCOMPARE(unknown.error(), signInRefused); // says nothing of who exists
    const auto notHeld =
        m_accounts->signIn(test::nurse.account, test::testPassword, Role::MedicalDirector);
    QVERIFY2(notHeld.error().contains(u"does not have the role medical director"_s),
             qPrintable(notHeld.error()));
    const QStringList log = actions().mid(4);
    QCOMPARE(log, QStringList({u"nurse.rivera signIn.succeeded"_s, u"nurse.rivera signIn.failed"_s,
                               u"nobody signIn.failed"_s, u"nurse.rivera signIn.failed"_s}));
    QVERIFY(AuditTrail::verify(*m_db).intact);
}

void TestAccounts::fiveWrongPasswordsLockForAWhile()
{
    test::addTestAccounts(m_db);
    for (int i = 1; i < AccountStore::failuresBeforeLock; ++i)
        QCOMPARE(
            m_accounts->signIn(test::nurse.account, u"wrong password"_s, Role::ReviewNurse).error(),
            signInRefused);
    const auto fifth =
        m_accounts->signIn(test::nurse.account, u"wrong password"_s, Role::ReviewNurse);
    QCOMPARE(fifth.error(), signInRefused);
    QVERIFY(actions().contains(u"nurse.rivera account.locked"_s));
    // Locked: even the right password is refused, and the refusal is audited.
    m_now = m_now.addSecs(14 * 60);
    QVERIFY(!m_accounts->signIn(test::nurse.account, test::testPassword, Role::ReviewNurse).ok());
    m_now = m_now.addSecs(61);
    QVERIFY(m_accounts->signIn(test::nurse.account, test::testPassword, Role::ReviewNurse).ok());
    QCOMPARE(m_accounts->account(test::nurse.account)->failedAttempts, 0);
}

void TestAccounts::failedSignInsLookAlike()
{
    test::addTestAccounts(m_db);
    QVERIFY(m_accounts->setDisabled(test::admin, test::otherNurse.account, true, {}).ok());
    const auto attempt = [&](const QString& name, const QString& password) {
        const int before = passwords::derivations();
        const auto r = m_accounts->signIn(name, password, Role::ReviewNurse);
        QCOMPARE(r.error(), signInRefused);
        QCOMPARE(passwords::derivations() - before, 1);
    };
    attempt(u"nobody"_s, test::testPassword);
    QCOMPARE(lastFailureReason(), u"unknown account"_s);
    attempt(test::otherNurse.account, test::testPassword);
    QCOMPARE(lastFailureReason(), u"account disabled"_s);
    for (int i = 0; i < AccountStore::failuresBeforeLock; ++i)
        attempt(test::nurse.account, u"wrong password"_s);
    QCOMPARE(lastFailureReason(), u"wrong password"_s);
    QVERIFY(actions().contains(u"nurse.rivera account.locked"_s));
    attempt(test::nurse.account, test::testPassword); // right, but locked
    QCOMPARE(lastFailureReason(), u"account locked"_s);
}

// A script run with nothing on its input sends an empty password: that is no attempt, and
// counts towards no lock.
void TestAccounts::anEmptyPasswordIsNoAttempt()
{
    test::addTestAccounts(m_db);
    const int rows = int(actions().size());
    for (int i = 0; i < 2 * AccountStore::failuresBeforeLock; ++i) {
        const auto r = m_accounts->signIn(test::nurse.account, QString(), Role::ReviewNurse);
        QCOMPARE(r.error(), u"no password given"_s);
    }
    QCOMPARE(actions().size(), rows);
    QCOMPARE(m_accounts->account(test::nurse.account)->failedAttempts, 0);
    QVERIFY(m_accounts->signIn(test::nurse.account, test::testPassword, Role::ReviewNurse).ok());
}

// A password typed into the user-name field, or a name built to reorder the trail's text,
// is kept short and visible.
void TestAccounts::aTriedNameIsKeptShortAndEscaped()
{
    const QString typed = u"\u202Egnp.exe\nfake row\t"_s + u"x"_s.repeated(10000);
    QVERIFY(!m_accounts->signIn(typed, u"some password"_s, Role::ReviewNurse).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT account FROM audit WHERE action = 'signIn.failed'"_s) && q.next());
    const QString kept = q.value(0).toString();
    QVERIFY2(kept.startsWith(u"\\u{202e}gnp.exe\\u{000a}fake row\\u{0009}xxx"_s), qPrintable(kept));
    QVERIFY2(kept.size() < 100 && kept.endsWith(u"x\u2026"_s), qPrintable(kept));
    for (QChar c : kept)
        QVERIFY(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    QVERIFY(AuditTrail::verify(*m_db).intact);
}

void TestAccounts::disabledAccountsCannotSignInOrAct()
{
    test::addTestAccounts(m_db);
    QVERIFY(!m_accounts->setDisabled(test::nurse, test::otherNurse.account, true, {}).ok());
    QVERIFY(m_accounts->setDisabled(test::admin, test::otherNurse.account, true, u"left the plan"_s)
                .ok());
    const auto r =
        m_accounts->signIn(test::otherNurse.account, test::testPassword, Role::ReviewNurse);
    QCOMPARE(r.error(), signInRefused);
    QCOMPARE(lastFailureReason(), u"account disabled"_s);
    CaseStore store(m_db, test::builtinCatalog());
    const auto c = store.createCase(test::otherNurse, test::sampleIntake());
    QVERIFY2(c.error().contains(u"the account nurse.okafor is disabled"_s), qPrintable(c.error()));
    QVERIFY(
        m_accounts->resetPassword(test::admin, test::nurse.account, u"a new long password"_s).ok());
    QVERIFY(
        m_accounts->signIn(test::nurse.account, u"a new long password"_s, Role::ReviewNurse).ok());
}

void TestAccounts::accountsAreNeverDeleted()
{
    test::addTestAccounts(m_db);
    test::RawConnection raw(m_db->path());
    QVERIFY(!raw.exec(u"DELETE FROM accounts WHERE user_name = 'nurse.rivera'"_s));
    QVERIFY2(raw.error().contains(u"accounts are disabled, never deleted"_s),
             qPrintable(raw.error()));
}

void TestAccounts::lockAndUnlockAreAudited()
{
    test::addTestAccounts(m_db);
    QVERIFY(m_accounts->recordLocked(test::nurse, u"idle"_s).ok());
    QCOMPARE(m_accounts->unlock(test::nurse, u"not the password"_s).error(),
             u"wrong user name or password"_s);
    QVERIFY(m_accounts->unlock(test::nurse, test::testPassword).ok());
    QVERIFY(m_accounts->recordSignedOut(test::nurse).ok());
    QCOMPARE(
        actions().mid(4),
        QStringList({u"nurse.rivera session.locked"_s, u"nurse.rivera signIn.failed"_s,
                     u"nurse.rivera session.unlocked"_s, u"nurse.rivera session.signedOut"_s}));
    QVERIFY(AuditTrail::verify(*m_db).intact);
}

void TestAccounts::wrongPasswordsAtTheLockScreenCount()
{
    test::addTestAccounts(m_db);
    for (int i = 1; i < AccountStore::failuresBeforeLock; ++i)
        QVERIFY(!m_accounts->unlock(test::nurse, u"wrong password"_s).ok());
    const Done fifth = m_accounts->unlock(test::nurse, u"wrong password"_s);
    QVERIFY2(fifth.error().contains(u"locked until"_s), qPrintable(fifth.error()));
    // The right password no longer helps until the lock runs out.
    QVERIFY(!m_accounts->unlock(test::nurse, test::testPassword).ok());
    QVERIFY(actions().contains(u"nurse.rivera account.locked"_s));
}

void TestAccounts::unlockRefusedWhenTheRoleWasTakenAway()
{
    test::addTestAccounts(m_db);
    QVERIFY(m_accounts
                ->changeAccount(test::admin,
                                {test::director.account,
                                 u"Maja Lindqvist"_s,
                                 {Role::ReviewNurse},
                                 u"RN"_s,
                                 u"RN-1"_s},
                                u"moved to nursing"_s)
                .ok());
    const Done unlocked = m_accounts->unlock(test::director, test::testPassword);
    QVERIFY2(unlocked.error().contains(u"not an account with the role medicalDirector"_s),
             qPrintable(unlocked.error()));
}

void TestAccounts::administratorChangesRolesAndLicence()
{
    test::addTestAccounts(m_db);
    const NewAccount both{test::nurse.account,
                          u"Rosa Rivera"_s,
                          {Role::ReviewNurse, Role::MedicalDirector},
                          u"MD"_s,
                          u"MD-7"_s};
    QVERIFY(!m_accounts->changeAccount(test::nurse, both, {}).ok());
    NewAccount noLicence = both;
    noLicence.licenceNumber.clear();
    QVERIFY2(m_accounts->changeAccount(test::admin, noLicence, {})
                 .error()
                 .contains(u"licence type and number are required"_s),
             "a clinician without a licence");
    QVERIFY(m_accounts->changeAccount(test::admin, both, u"board certified"_s).ok());
    const Account changed = m_accounts->account(test::nurse.account).value();
    QCOMPARE(changed.roles, QList<Role>({Role::MedicalDirector, Role::ReviewNurse}));
    QCOMPARE(changed.licenceNumber, u"MD-7"_s);
    QVERIFY(
        m_accounts->signIn(test::nurse.account, test::testPassword, Role::MedicalDirector).ok());
    QVERIFY(actions().contains(u"admin.okoro account.changed"_s));
    QVERIFY(!m_accounts
                 ->changeAccount(test::admin,
                                 {u"nobody"_s, u"No Body"_s, {Role::Administrator}, {}, {}}, {})
                 .ok());
}

void TestAccounts::administratorsKeepTheirOwnAccess()
{
    test::addTestAccounts(m_db);
    const Done disabled = m_accounts->setDisabled(test::admin, test::admin.account, true, {});
    QVERIFY2(disabled.error().contains(u"cannot disable your own account"_s),
             qPrintable(disabled.error()));
    const Done demoted = m_accounts->changeAccount(
        test::admin, {test::admin.account, u"Ife Okoro"_s, {Role::ReviewNurse}, u"RN"_s, u"1"_s},
        {});
    QVERIFY2(demoted.error().contains(u"cannot remove your own administrator role"_s),
             qPrintable(demoted.error()));
    QVERIFY(m_accounts->account(test::admin.account)->hasRole(Role::Administrator));
}

void TestAccounts::idleLockIsSetByAnAdministrator()
{
    test::addTestAccounts(m_db);
    QCOMPARE(SecuritySettings::idleLockMinutes(*m_db).value(), 10);
    QVERIFY(!SecuritySettings::setIdleLockMinutes(*m_db, test::nurse, 30).ok());
    QVERIFY(!SecuritySettings::setIdleLockMinutes(*m_db, test::admin, 0).ok());
    const Done tooLong = SecuritySettings::setIdleLockMinutes(*m_db, test::admin, 61);
    QVERIFY2(tooLong.error().contains(u"1 to 60 minutes, not 61"_s), qPrintable(tooLong.error()));
    QVERIFY(SecuritySettings::setIdleLockMinutes(*m_db, test::admin, 5).ok());
    QCOMPARE(SecuritySettings::idleLockMinutes(*m_db).value(), 5);
    QCOMPARE(actions().last(), u"admin.okoro settings.changed"_s);
    // A value written by hand outside the range falls back to the default.
    test::RawConnection raw(m_db->path());
    QVERIFY(raw.exec(u"UPDATE settings SET value = '9999'"_s));
    QCOMPARE(SecuritySettings::idleLockMinutes(*m_db).value(), 10);
}

void TestAccounts::openingACaseIsAudited()
{
    test::addTestAccounts(m_db);
    CaseStore store(m_db, test::builtinCatalog());
    const CaseRecord c = store.createCase(test::nurse, test::sampleIntake()).value();
    QVERIFY(store.openCase(test::director, c.id).ok());
    QVERIFY(!store.openCase(test::admin, c.id).ok());
    const QList<AuditEntry> rows = AuditTrail::forCase(m_db->connection(), c.id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).account, test::director.account);
    QCOMPARE(rows.at(1).action, u"case.opened"_s);
    QVERIFY(rows.at(1).detail.contains(u"FAKE00000001"_s));
    QCOMPARE(rows.at(2).action, u"permission.refused"_s);
}

void TestAccounts::demoDatabaseLooksLikeAWorkingDay()
{
    QVERIFY(demo::prepareDatabase(m_db, test::builtinCatalog()).value());
    CaseStore store(m_db, test::builtinCatalog());
    CaseFilter open;
    open.statuses = {CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended,
                     CaseStatus::Referred};
    const QList<CaseSummary> cases = store.queue(open).value();
    QVERIFY(cases.size() >= 20);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int overdue = 0;
    int dueSoon = 0;
    int dueToday = 0;
    for (const CaseSummary& c : cases) {
        // A pended case waits for information asked for, due back on a day to come.
        if (c.status == CaseStatus::Pended)
            QVERIFY2(c.informationDue > now.toLocalTime().date(), qPrintable(c.caseNumber));
        const TimeLeft left = TimeLeft::of(true, c.receivedAt, c.dueAt, now);
        overdue += left.state == TimeLeft::State::Overdue;
        dueSoon += left.state == TimeLeft::State::DueSoon;
        dueToday += left.state != TimeLeft::State::Overdue &&
                    c.dueAt.toLocalTime().date() == now.toLocalTime().date();
    }
    QVERIFY2(overdue >= 1 && overdue * 100 <= 15 * cases.size(),
             qPrintable(u"%1 of %2 overdue"_s.arg(overdue).arg(cases.size())));
    QVERIFY2(dueSoon * 100 >= 20 * cases.size(),
             qPrintable(u"%1 of %2 due soon"_s.arg(dueSoon).arg(cases.size())));
    // Within the last hour of a day nothing can be due later "today"; there is no such day
    // to check.
    if (now.toLocalTime().time() < QTime(23, 0))
        QVERIFY2(dueToday * 100 >= 15 * cases.size(),
                 qPrintable(u"%1 of %2 due today"_s.arg(dueToday).arg(cases.size())));

    CaseFilter referred;
    referred.statuses = {CaseStatus::Referred};
    const QList<CaseSummary> toDirector = store.queue(referred).value();
    QVERIFY(!toDirector.isEmpty());
    for (const CaseSummary& c : toDirector) {
        const QList<Note> notes = store.notes(c.id).value();
        QVERIFY2(std::ranges::any_of(notes,
                                     [](const Note& n) {
                                         return n.role == roleId(Role::ReviewNurse) &&
                                                n.text.contains(u"Referred"_s);
                                     }),
                 qPrintable(c.caseNumber));
    }
}

void TestAccounts::demoDatabaseHasItsAccountsAndEveryStatus()
{
    QCOMPARE(demo::prepareDatabase(m_db, test::builtinCatalog()).value(), true);
    QCOMPARE(demo::prepareDatabase(m_db, test::builtinCatalog()).value(), false); // once only
    CaseStore store(m_db, test::builtinCatalog());
    QCOMPARE(store.count({}).value(), demo::demoCases);
    for (CaseStatus status :
         {CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended, CaseStatus::Referred,
          CaseStatus::Approved, CaseStatus::PartiallyApproved, CaseStatus::Denied,
          CaseStatus::Withdrawn}) {
        CaseFilter only;
        only.statuses = {status};
        QVERIFY2(store.count(only).value() > 0, qPrintable(caseStatusId(status)));
    }
    for (const demo::DemoAccount& a : demo::accounts())
        QVERIFY(m_accounts->signIn(a.account.userName, a.password, a.account.roles.first()).ok());
    // A plan's own database is not turned into a demonstration one.
    QTemporaryDir other;
    const auto own = Database::open(other.filePath(u"own.db"_s)).value();
    test::addTestAccounts(own);
    const Result<bool> refused = demo::prepareDatabase(own, test::builtinCatalog());
    QVERIFY2(refused.error().contains(u"has its own accounts"_s), qPrintable(refused.error()));
    QCOMPARE(CaseStore(own, test::builtinCatalog()).count({}).value(), 0);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
