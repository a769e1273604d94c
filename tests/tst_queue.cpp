// The case queue as a reviewer uses it: a lazy table over the store that sorts by any
// column, filters, searches, shows the deadline in words and colour, opens a case from the
// keyboard, and follows changes another program makes to the database.
#include "AuditTrail.h"
#include "CaseQueueView.h"
#include "CaseSeeder.h"
#include "DecisionClock.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestQueue : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsLazilyAndSorts();
    void filtersAndSearch();
    void searchAndEnterOpensTheCase();
    void deadlinesInWordsAndColour();
    void medicalDirectorStartsOnReferredCases();
    void followsChangesFromAnotherProgram();
    void assignsTheSelectedCasesToMeAndBack();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    static constexpr int seeded = 1200; // more than a few pages
};

void TestQueue::initTestCase()
{
    m_db = test::openTestDatabase(m_dir.filePath(u"queue.db"_s));
    m_store = std::make_unique<CaseStore>(m_db, test::builtinCatalog());
    QCOMPARE(CaseSeeder::seed(*m_store, test::admin, seeded, 7).value(), seeded);
}

void TestQueue::readsLazilyAndSorts()
{
    CaseQueueView view(*m_store, test::sessionOf(m_db, test::nurse));
    CaseQueueModel& model = view.model();
    CaseFilter open;
    open.statuses = {CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended,
                     CaseStatus::Referred};
    QCOMPARE(model.rowCount(), int(m_store->count(open).value()));
    QVERIFY(model.rowCount() > 2 * CaseQueueModel::pageSize);
    // The last row is read without the ones before it.
    const QModelIndex last = model.index(model.rowCount() - 1, CaseQueueModel::CaseNumber);
    QVERIFY(last.data().toString().startsWith(u"PA-"_s));

    model.sort(CaseQueueModel::Member, Qt::AscendingOrder);
    QStringList names;
    // The column shows "name (member id)"; the order is by name, and for equal names by due
    // date, so only the names are in order.
    for (int row : {0, 1, 250, 251, model.rowCount() - 1})
        names.append(
            model.index(row, CaseQueueModel::Member).data().toString().section(u" ("_s, 0, 0));
    for (int i = 1; i < names.size(); ++i)
        QVERIFY2(names.at(i - 1).compare(names.at(i), Qt::CaseInsensitive) <= 0,
                 qPrintable(names.at(i - 1) + u" > "_s + names.at(i)));
    model.sort(CaseQueueModel::Member, Qt::DescendingOrder);
    QCOMPARE(model.index(model.rowCount() - 1, CaseQueueModel::Member)
                 .data()
                 .toString()
                 .section(u" ("_s, 0, 0),
             names.first());
}

void TestQueue::filtersAndSearch()
{
    CaseQueueView view(*m_store, test::sessionOf(m_db, test::nurse));
    auto* status = view.findChild<QComboBox*>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"pended"_s));
    auto* line = view.findChild<QComboBox*>(u"lineFilter"_s);
    line->setCurrentIndex(line->findData(u"medicaid"_s));
    CaseQueueModel& model = view.model();
    QVERIFY(model.rowCount() > 0);
    view.resize(1366, 500);
    test::keepScreenshot(&view, u"queue-pended"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        // With the day the information asked for is due back.
        const QString shown = model.index(row, CaseQueueModel::Status).data().toString();
        QVERIFY2(shown.startsWith(u"Pended: due back "_s), qPrintable(shown));
        QCOMPARE(model.index(row, CaseQueueModel::LineOfBusiness).data().toString(), u"Medicaid"_s);
    }
    status->setCurrentIndex(status->findData(QString())); // all cases
    line->setCurrentIndex(0);
    QCOMPARE(model.rowCount(), seeded);
    const QString member = model.index(5, CaseQueueModel::Member).data().toString();
    const QString firstName = member.section(u' ', 0, 0);
    QTest::keyClicks(view.findChild<QLineEdit*>(u"search"_s), firstName.toLower());
    QTRY_VERIFY(model.rowCount() < seeded); // after the typing pause
    // Any part of a name: "sam" finds Sam Notreal and Alex Sampleton alike.
    for (int row = 0; row < std::min(model.rowCount(), 50); ++row) {
        const QString found = model.index(row, CaseQueueModel::Member).data().toString();
        QVERIFY2(found.section(u" ("_s, 0, 0).contains(firstName, Qt::CaseInsensitive),
                 qPrintable(found));
    }
}

void TestQueue::searchAndEnterOpensTheCase()
{
    CaseQueueView view(*m_store, test::sessionOf(m_db, test::nurse));
    const CaseRecord wanted = m_store->findCase(u"PA-2026-000042"_s).value();
    QSignalSpy opened(&view, &CaseQueueView::openCase);
    auto* search = view.findChild<QLineEdit*>(u"search"_s);
    QTest::keyClicks(search, wanted.caseNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), wanted.id);

    // From the table: arrow keys and Enter.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    search->returnPressed();
    view.table().setFocus();
    view.table().setCurrentIndex(view.model().index(0, 0));
    QTest::keyClick(&view.table(), Qt::Key_Down);
    QTest::keyClick(&view.table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().first().toLongLong(),
             view.model().index(1, 0).data(CaseQueueModel::CaseIdRole).toLongLong());
}

void TestQueue::deadlinesInWordsAndColour()
{
    CaseQueueView view(*m_store, test::sessionOf(m_db, test::nurse));
    CaseQueueModel& model = view.model();
    const QModelIndex first = model.index(0, CaseQueueModel::TimeLeft);
    const CaseRecord c =
        m_store->loadCase(first.data(CaseQueueModel::CaseIdRole).toLongLong()).value();
    model.setNow(c.dueAt.addSecs(-60 * 60)); // one hour before the deadline
    QVERIFY2(first.data().toString().startsWith(u"due soon: 1 h 0 min left"_s),
             qPrintable(first.data().toString()));
    QVERIFY(first.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    model.setNow(c.dueAt.addSecs(2 * 3600));
    QCOMPARE(first.data().toString(), u"OVERDUE by 2 h 0 min"_s);
    const QColor overdue = first.data(Qt::BackgroundRole).value<QBrush>().color();
    model.setNow(c.dueAt.addSecs(-60 * 60));
    QVERIFY(first.data(Qt::BackgroundRole).value<QBrush>().color() != overdue);
}

void TestQueue::medicalDirectorStartsOnReferredCases()
{
    CaseQueueView view(*m_store, test::sessionOf(m_db, test::director));
    QCOMPARE(view.findChild<QComboBox*>(u"statusFilter"_s)->currentData().toString(),
             u"referred"_s);
    QVERIFY(view.model().rowCount() > 0);
    for (int row = 0; row < view.model().rowCount(); ++row)
        QCOMPARE(view.model().index(row, CaseQueueModel::Status).data().toString(),
                 caseStatusText(CaseStatus::Referred));
}

void TestQueue::followsChangesFromAnotherProgram()
{
    MainWindow window(test::builtinCatalog(), test::sessionOf(m_db, test::nurse));
    CaseQueueModel& model = window.queue().model();
    const int before = model.rowCount();
    window.queue().table().selectRow(3);
    const qint64 selected = model.index(3, 0).data(CaseQueueModel::CaseIdRole).toLongLong();
    {
        // Another program: its own connection to the same file.
        const auto other = Database::open(m_db->path()).value();
        CaseStore elsewhere(other, test::builtinCatalog());
        Intake late = test::sampleIntake();
        late.receivedAt = QDateTime::currentDateTimeUtc().addDays(30); // due last
        QVERIFY(elsewhere.createCase(test::otherNurse, late).ok());
    }
    QTRY_COMPARE(model.rowCount(), before + 1);
    const QModelIndex current = window.queue().table().currentIndex();
    QCOMPARE(current.data(CaseQueueModel::CaseIdRole).toLongLong(), selected);
}

void TestQueue::assignsTheSelectedCasesToMeAndBack()
{
    CaseQueueView view(*m_store, test::sessionOf(m_db, test::nurse));
    CaseQueueModel& model = view.model();
    auto* assignee = view.findChild<QComboBox*>(u"assigneeFilter"_s);
    assignee->setCurrentIndex(assignee->findData(test::nurse.account)); // mine
    const int mineBefore = model.rowCount();
    assignee->setCurrentIndex(0); // anyone
    QList<qint64> ids;
    for (int row = 0; row < 3; ++row)
        ids.append(model.index(row, 0).data(CaseQueueModel::CaseIdRole).toLongLong());
    QVERIFY(m_store->assign(test::otherNurse, ids.at(1), test::otherNurse.account).ok());
    int alreadyMine = 0;
    for (qint64 id : ids)
        alreadyMine += m_store->loadCase(id)->intake.assignee == test::nurse.account ? 1 : 0;
    view.refresh();
    auto* assignToMe = view.findChild<QPushButton*>(u"assignToMe"_s);
    QVERIFY(!assignToMe->isEnabled()); // nothing selected
    view.table().selectionModel()->select(
        QItemSelection(model.index(0, 0), model.index(2, CaseQueueModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    QVERIFY(assignToMe->isEnabled());

    // Taking a colleague's case is asked first.
    QString asked;
    test::whenShown<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    assignToMe->click();
    QVERIFY2(asked.contains(test::otherNurse.account), qPrintable(asked));
    for (qint64 id : ids)
        QCOMPARE(m_store->loadCase(id)->intake.assignee, test::nurse.account);
    QCOMPARE(view.table().selectionModel()->selectedRows().size(), 3);
    QCOMPARE(AuditTrail::forCase(m_db->connection(), ids.at(1)).last().action, u"case.assigned"_s);
    assignee->setCurrentIndex(assignee->findData(test::nurse.account));
    QCOMPARE(model.rowCount(), mineBefore + 3 - alreadyMine);

    // Unassigned from the "mine" view: they leave it.
    view.table().selectionModel()->select(
        QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.findChild<QPushButton*>(u"unassign"_s)->click();
    QCOMPARE(model.rowCount(), 0);
    for (qint64 id : ids)
        QVERIFY(m_store->loadCase(id)->intake.assignee.isEmpty());
}

QTEST_MAIN(TestQueue)
#include "tst_queue.moc"
