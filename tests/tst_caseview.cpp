// A case under review, as a nurse works it: opening it (audited), the guided form showing
// only what the case needs, answers saved at once and checked as typed, the checklist
// following every edit, undo and redo through the store, and the therapy-history table.
#include "CaseActions.h"
#include "CaseFilesPane.h"
#include "CaseView.h"
#include "ChecklistPane.h"
#include "GuidedForm.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace urdesk;
using namespace Qt::StringLiterals;

class TestCaseView : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openingIsAudited();
    void questionsAppearAsAnswersMakeThemRelevant();
    void checklistFoldsBranchesThatDoNotApply();
    void anAnswerToTheRequestChangesTheRequest();
    void numbersAreCheckedAsTypedAndSavedAtOnce();
    void wheelOverAnUnfocusedFormChangesNoAnswer();
    void undoAndRedoGoThroughTheStore();
    void therapyHistoryTable();
    void drugsAreRecognisedOrClassified();
    void closingTheWindowMidEditSavesTheAnswer();
    void notesTimeline();
    void aFullDiskRefusesTheSaveAndTheWindowGoesOn();
    void assignedToMeAndBack();
    void attachmentsAreKeptAndOpenedPrivately();
    void newCaseCarriesOverTheMembersAnswers();
    void newCaseOfEveryPolicyStartsWithNoAnswers();
    void followsAnswersGivenElsewhere();
    void quantityCarriesItsUnit();

private:
    std::optional<QJsonValue> stored(const QString& factId) const;
    QString statusOf(const QString& nodeId) const;
    int factIndex(const QString& id) const { return m_view->facts().policy().fact(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    CaseView* m_view = nullptr;
    qint64 m_case = 0;
};

void TestCaseView::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTestDatabase(m_dir->filePath(u"case.db"_s));
    CaseStore store(m_db, test::builtinCatalog());
    const CaseRecord c = store.createCase(test::nurse, test::sampleIntake()).value();
    m_case = c.id;
    QVERIFY(
        store.setFact(test::nurse, c.id, u"diagnosis"_s, u"atopicDermatitis"_s, FactSource::Entered)
            .ok());
    const Session nurse{m_db, test::nurse, AccountStore(m_db).account(test::nurse.account).value(),
                        false};
    m_window = std::make_unique<MainWindow>(test::builtinCatalog(), nurse);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->openCase(c.id);
    QVERIFY(m_view);
}

void TestCaseView::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
}

std::optional<QJsonValue> TestCaseView::stored(const QString& factId) const
{
    CaseStore store(m_db, test::builtinCatalog());
    for (const StoredFact& f : store.facts(m_case).value()) {
        if (f.factId == factId)
            return f.value;
    }
    return std::nullopt;
}

QString TestCaseView::statusOf(const QString& nodeId) const
{
    return m_view->checklist().statusText(m_view->facts().policy().node(nodeId));
}

void TestCaseView::openingIsAudited()
{
    const QList<AuditEntry> rows = AuditTrail::forCase(m_db->connection(), m_case);
    QCOMPARE(rows.last().action, u"case.opened"_s);
    QCOMPARE(rows.last().account, test::nurse.account);
    // Opening it again brings its tab forward; it is not opened twice.
    const int tabs = m_window->findChild<QTabWidget*>(u"workspace"_s)->count();
    QCOMPARE(m_window->openCase(m_case), m_view);
    QCOMPARE(m_window->findChild<QTabWidget*>(u"workspace"_s)->count(), tabs);
}

void TestCaseView::questionsAppearAsAnswersMakeThemRelevant()
{
    const int response = factIndex(u"beneficialResponse"_s);
    QVERIFY(!m_view->form().isShown(response)); // a reauthorization question
    QVERIFY(m_view->form().isShown(factIndex(u"bsaPercent"_s)));
    auto* type = qobject_cast<QComboBox*>(m_view->form().editorOf(factIndex(u"request.type"_s)));
    QVERIFY(type);
    type->setCurrentIndex(type->findData(u"continuation"_s));
    type->activated(type->currentIndex());
    QCOMPARE(stored(u"request.type"_s)->toString(), u"continuation"_s);
    QVERIFY(m_view->form().isShown(response));
    type->setCurrentIndex(type->findData(u"initial"_s));
    type->activated(type->currentIndex());
    QVERIFY(!m_view->form().isShown(response));
}

// Another diagnosis's branch folds to its one line, and unfolds when the diagnosis changes.
void TestCaseView::checklistFoldsBranchesThatDoNotApply()
{
    auto* tree = m_view->checklist().findChild<QTreeWidget*>(u"checklist"_s);
    QVERIFY(tree);
    const Policy& p = m_view->facts().policy();
    const auto item = [&](const QString& id) {
        const QList<QTreeWidgetItem*> found = tree->findItems(
            p.nodes[size_t(p.node(id))].text, Qt::MatchContains | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    };
    QTreeWidgetItem* eczema = item(u"1"_s);
    QTreeWidgetItem* vitiligo = item(u"2"_s);
    QVERIFY(eczema && vitiligo);
    QVERIFY(eczema->isExpanded());
    QVERIFY(!vitiligo->isExpanded());
    auto* diagnosis = qobject_cast<QComboBox*>(m_view->form().editorOf(factIndex(u"diagnosis"_s)));
    QVERIFY(diagnosis);
    diagnosis->setCurrentIndex(diagnosis->findData(u"vitiligo"_s));
    diagnosis->activated(diagnosis->currentIndex());
    QTRY_VERIFY(vitiligo->isExpanded());
    QVERIFY(!eczema->isExpanded());
}

void TestCaseView::anAnswerToTheRequestChangesTheRequest()
{
    const auto* header = m_view->findChild<QLabel*>(u"caseHeader"_s);
    QVERIFY(header->text().contains(u"initial request"_s));
    auto* type = qobject_cast<QComboBox*>(m_view->form().editorOf(factIndex(u"request.type"_s)));
    type->setCurrentIndex(type->findData(u"continuation"_s));
    type->activated(type->currentIndex());
    // The header, the stored request and the answer agree at once.
    QVERIFY2(header->text().contains(u"continuation"_s), qPrintable(header->text()));
    CaseStore store(m_db, test::builtinCatalog());
    QCOMPARE(store.loadCase(m_case)->intake.requestType, u"continuation"_s);
    // The request is never without a type: clearing it is refused, and said at the question.
    type->setCurrentIndex(0);
    type->activated(0);
    QCOMPARE(stored(u"request.type"_s)->toString(), u"continuation"_s);
    QCOMPARE(store.loadCase(m_case)->intake.requestType, u"continuation"_s);
    const auto* problem = type->parentWidget()->findChild<QLabel*>(u"problem"_s);
    QVERIFY2(problem->text().contains(u"part of the request"_s), qPrintable(problem->text()));
}

void TestCaseView::numbersAreCheckedAsTypedAndSavedAtOnce()
{
    QWidget* editor = m_view->form().editorOf(factIndex(u"bsaPercent"_s));
    auto* bsa = editor->findChild<QLineEdit*>(u"number"_s);
    QCOMPARE(statusOf(u"1.B"_s), u"Missing information"_s);
    bsa->setFocus();
    QTest::keyClicks(bsa, u"152"_s);
    const auto* problem = editor->parentWidget()->findChild<QLabel*>(u"problem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"152 is above the maximum 100 %"_s),
             qPrintable(problem->text()));
    QTest::keyClick(bsa, Qt::Key_Return);
    QVERIFY(!stored(u"bsaPercent"_s)); // refused: nothing saved
    QTest::keyClicks(bsa, u"x"_s);     // not a number: cannot even be typed
    QCOMPARE(bsa->text(), u"152"_s);
    // Should a value the store refuses reach it anyway, the refusal is said at the question
    // and leaves no undo step.
    const int steps = m_view->undoStack().count();
    Q_EMIT m_view->form().answered(factIndex(u"bsaPercent"_s), FactValue(150.0));
    QVERIFY2(problem->text().contains(u"150 is above the maximum 100 %"_s),
             qPrintable(problem->text()));
    QCOMPARE(m_view->undoStack().count(), steps);
    QVERIFY(!stored(u"bsaPercent"_s));

    bsa->clear();
    QTest::keyClicks(bsa, u"12"_s);
    QVERIFY(!problem->isVisible());
    QTest::keyClick(bsa, Qt::Key_Return);
    QCOMPARE(stored(u"bsaPercent"_s)->toDouble(), 12.0);
    QCOMPARE(statusOf(u"1.B"_s), u"Met"_s);
    bsa->clear();
    QTest::keyClicks(bsa, u"35"_s);
    QTest::keyClick(bsa, Qt::Key_Return);
    QCOMPARE(statusOf(u"1.B"_s), u"Not met"_s);
}

void TestCaseView::wheelOverAnUnfocusedFormChangesNoAnswer()
{
    // Fields of every kind on show, answered: choices, yes/no, numbers, the therapy table.
    CaseStore store(m_db, test::builtinCatalog());
    const QJsonArray therapies = {QJsonObject{{u"drug"_s, u"tacrolimus 0.1% ointment"_s},
                                              {u"start"_s, u"2026-01-05"_s},
                                              {u"end"_s, u"2026-02-20"_s},
                                              {u"outcome"_s, u"failure"_s}}};
    QVERIFY(store.setFact(test::nurse, m_case, u"therapies"_s, therapies, FactSource::Entered));
    QVERIFY(store.setFact(test::nurse, m_case, u"bsaPercent"_s, 12, FactSource::Entered));
    QVERIFY(store.setFact(test::nurse, m_case, u"sensitiveAreas"_s, false, FactSource::Entered));
    m_view->reload();
    QTRY_COMPARE(
        m_view->form().editorOf(factIndex(u"therapies"_s))->findChild<QTableWidget*>()->rowCount(),
        1);
    if (QWidget* focused = QApplication::focusWidget())
        focused->clearFocus();
    const auto answers = [&] {
        QJsonObject all;
        for (const StoredFact& f : store.facts(m_case).value())
            all.insert(f.factId, f.value);
        return all;
    };
    const auto shown = [&] {
        QStringList values;
        for (const QComboBox* c : m_view->form().findChildren<QComboBox*>())
            values.append(c->currentText());
        return values;
    };
    const QJsonObject before = answers();
    const QStringList shownBefore = shown();
    int turned = 0;
    for (QWidget* w : m_view->form().findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        for (int delta : {-120, 120, -120}) {
            const QPointF at(w->width() / 2.0, w->height() / 2.0);
            QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &wheel);
        }
        ++turned;
    }
    QVERIFY(turned > 20);
    QCOMPARE(shown(), shownBefore);
    QCOMPARE(answers(), before);
}

void TestCaseView::undoAndRedoGoThroughTheStore()
{
    auto* bsa = m_view->form().editorOf(factIndex(u"bsaPercent"_s))->findChild<QLineEdit*>();
    bsa->setFocus();
    QTest::keyClicks(bsa, u"12"_s);
    QTest::keyClick(bsa, Qt::Key_Return);
    QCOMPARE(statusOf(u"1.B"_s), u"Met"_s);
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
        if (a->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = a;
    }
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"BSA"_s), qPrintable(undo->text()));
    undo->trigger();
    QVERIFY(!stored(u"bsaPercent"_s));
    QCOMPARE(statusOf(u"1.B"_s), u"Missing information"_s);
    QVERIFY(bsa->text().isEmpty());
    redo->trigger();
    QCOMPARE(stored(u"bsaPercent"_s)->toDouble(), 12.0);
    QCOMPARE(statusOf(u"1.B"_s), u"Met"_s);
    // Each step is in the audit trail: set, cleared by the undo, set again.
    QStringList actions;
    for (const AuditEntry& e : AuditTrail::forCase(m_db->connection(), m_case))
        actions.append(e.action);
    QCOMPARE(actions.mid(actions.size() - 3),
             QStringList({u"fact.changed"_s, u"fact.cleared"_s, u"fact.changed"_s}));
}

void TestCaseView::therapyHistoryTable()
{
    QWidget* editor = m_view->form().editorOf(factIndex(u"therapies"_s));
    auto* table = editor->findChild<QTableWidget*>();
    QVERIFY(table);
    // "No therapies tried" is an answer (an empty history); unticking it takes it back.
    auto* none = editor->findChild<QCheckBox*>(u"none"_s);
    none->click();
    QCOMPARE(stored(u"therapies"_s)->toArray().size(), 0);
    QCOMPARE(statusOf(u"1.C.i"_s), u"Not met"_s);
    none->click();
    QVERIFY(!stored(u"therapies"_s));
    m_view->form().editorOf(factIndex(u"therapies"_s))->findChild<QPushButton*>()->click();
    QCOMPARE(table->rowCount(), 1);
    auto* drug = table->cellWidget(0, 0)->findChild<QLineEdit*>();
    QTest::keyClicks(drug, u"triamcinolone acetonide 0.1% cream"_s);
    QTest::keyClick(drug, Qt::Key_Tab);
    QVERIFY(!stored(u"therapies"_s)); // no start date yet: not counted
    // What URDesk recognised is shown beside it, with the potency its strength gives.
    const QString recognised = table->cellWidget(0, 0)->findChild<QLabel*>(u"recognised"_s)->text();
    QVERIFY2(recognised.contains(u"triamcinolone acetonide"_s) &&
                 recognised.contains(u"topical corticosteroid"_s) &&
                 recognised.contains(u"medium potency"_s),
             qPrintable(recognised));
    table->item(0, test::column(table, u"Start"_s))->setText(u"2026-01-05"_s);
    table->item(0, test::column(table, u"End (empty: ongoing)"_s))->setText(u"2026-02-20"_s);
    // A new course has no outcome until one is chosen: it is not counted as anything yet.
    auto* outcome =
        qobject_cast<QComboBox*>(table->cellWidget(0, test::column(table, u"Outcome"_s)));
    QVERIFY(outcome->currentData().toString().isEmpty());
    QVERIFY(!stored(u"therapies"_s));
    QCOMPARE(statusOf(u"1.C.i"_s), u"Missing information"_s);
    outcome->setCurrentIndex(outcome->findData(u"failure"_s));
    const QJsonArray saved = stored(u"therapies"_s)->toArray();
    QCOMPARE(saved.size(), 1);
    const QJsonObject course = saved.first().toObject();
    QCOMPARE(course.value(u"start"_s).toString(), u"2026-01-05"_s);
    QCOMPARE(course.value(u"outcome"_s).toString(), u"failure"_s);
    // A recognised drug needs no classification from the reviewer.
    QVERIFY(!course.contains(u"class"_s));
    QVERIFY(!course.contains(u"classifiedBy"_s));
    QCOMPARE(statusOf(u"1.C.i"_s), u"Met"_s);
}

void TestCaseView::drugsAreRecognisedOrClassified()
{
    QWidget* editor = m_view->form().editorOf(factIndex(u"currentDrugs"_s));
    auto* table = editor->findChild<QTableWidget*>();
    QVERIFY(table);
    editor->findChild<QPushButton*>()->click();
    auto* drug = table->cellWidget(0, 0)->findChild<QLineEdit*>();
    // The field completes from the vocabulary: brand, generic and pharmacy names.
    drug->completer()->setCompletionPrefix(u"xeljan"_s);
    QVERIFY(drug->completer()->completionCount() > 0);
    QCOMPARE(drug->completer()->currentCompletion(), u"Xeljanz"_s);
    QTest::keyClicks(drug, u"XELJANZ 5 MG TAB"_s);
    QTest::keyClick(drug, Qt::Key_Tab);
    const auto* recognisedLabel = table->cellWidget(0, 0)->findChild<QLabel*>(u"recognised"_s);
    QString recognised = recognisedLabel->text();
    QVERIFY2(recognised.contains(u"tofacitinib"_s) && recognised.contains(u"oral JAK inhibitor"_s),
             qPrintable(recognised));
    QCOMPARE(statusOf(u"CNC.1"_s), u"Applies"_s);

    // A drug URDesk does not know asks for its class, and the condition cannot be decided.
    drug->setFocus();
    drug->clear();
    QTest::keyClicks(drug, u"zetomipzomib 30 mg"_s);
    QTest::keyClick(drug, Qt::Key_Tab);
    recognised = recognisedLabel->text();
    QVERIFY2(recognised.contains(u"Not recognised"_s), qPrintable(recognised));
    QCOMPARE(statusOf(u"CNC.1"_s), u"Missing information"_s);
    QCOMPARE(statusOf(u"CNC.2"_s), u"Missing information"_s);
    m_window->resize(1366, 768);
    m_view->form().highlight({factIndex(u"currentDrugs"_s)});
    test::keepScreenshot(m_window.get(), u"case-unknown-drug"_s);
    // The reviewer's classification is an answer: saved with who gave it.
    auto* drugClass =
        qobject_cast<QComboBox*>(table->cellWidget(0, test::column(table, u"Class"_s)));
    drugClass->setCurrentIndex(drugClass->findData(u"other"_s));
    QCOMPARE(statusOf(u"CNC.1"_s), u"Does not apply"_s);
    QCOMPARE(statusOf(u"CNC.2"_s), u"Does not apply"_s);
    const QJsonObject saved = stored(u"currentDrugs"_s)->toArray().first().toObject();
    QCOMPARE(saved.value(u"class"_s).toString(), u"other"_s);
    QVERIFY2(saved.value(u"classifiedBy"_s).toString() == u"Rosa Rivera, RN"_s,
             qPrintable(saved.value(u"classifiedBy"_s).toString()));
    drugClass->setCurrentIndex(drugClass->findData(u"biologicImmunomodulator"_s));
    QCOMPARE(statusOf(u"CNC.1"_s), u"Applies"_s);

    // A pharmacy abbreviation in the therapy history is recognised as its ingredient and class.
    QWidget* history = m_view->form().editorOf(factIndex(u"therapies"_s));
    auto* courses = history->findChild<QTableWidget*>();
    history->findChild<QPushButton*>()->click();
    auto* course = courses->cellWidget(0, 0)->findChild<QLineEdit*>();
    QTest::keyClicks(course, u"TAC 0.1% CRM"_s);
    const QString tac = courses->cellWidget(0, 0)->findChild<QLabel*>(u"recognised"_s)->text();
    QVERIFY2(tac.contains(u"triamcinolone acetonide"_s) &&
                 tac.contains(u"topical corticosteroid"_s) && tac.contains(u"medium potency"_s),
             qPrintable(tac));
}

void TestCaseView::closingTheWindowMidEditSavesTheAnswer()
{
    // A crash found: the window's store went before the case view whose field still had focus.
    QWidget* editor = m_view->form().editorOf(factIndex(u"currentDrugs"_s));
    editor->findChild<QPushButton*>()->click();
    auto* drug = editor->findChild<QTableWidget*>()->cellWidget(0, 0)->findChild<QLineEdit*>();
    drug->setFocus();
    QTest::keyClicks(drug, u"Otezla 30 mg"_s);
    QVERIFY(!stored(u"currentDrugs"_s));
    m_window.reset();
    const std::optional<QJsonValue> saved = stored(u"currentDrugs"_s);
    QVERIFY(saved);
    QCOMPARE(saved->toArray().first().toString(), u"Otezla 30 mg"_s);
}

void TestCaseView::assignedToMeAndBack()
{
    const auto* header = m_view->findChild<QLabel*>(u"caseHeader"_s);
    auto* assign = m_view->actions().findChild<QPushButton*>(u"assign"_s);
    QVERIFY(header->text().contains(u"unassigned"_s));
    QCOMPARE(assign->text(), u"Assi&gn to Me"_s);
    assign->click();
    QVERIFY2(header->text().contains(u"assigned to nurse.rivera"_s), qPrintable(header->text()));
    QCOMPARE(assign->text(), u"Unassi&gn"_s);
    CaseStore store(m_db, test::builtinCatalog());
    QCOMPARE(store.loadCase(m_case)->intake.assignee, test::nurse.account);
    assign->click();
    QVERIFY(store.loadCase(m_case)->intake.assignee.isEmpty());

    // A colleague's case is taken only after asking.
    QVERIFY(store.assign(test::otherNurse, m_case, test::otherNurse.account).ok());
    m_view->reload();
    test::whenShown<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
    assign->click();
    QCOMPARE(store.loadCase(m_case)->intake.assignee, test::otherNurse.account);
    test::whenShown<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    assign->click();
    QCOMPARE(store.loadCase(m_case)->intake.assignee, test::nurse.account);
}

void TestCaseView::notesTimeline()
{
    test::whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"text"_s)->setPlainText(
            u"Called the prescriber's office; chart notes to follow."_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_view->actions().addNote();
    const QString shown = m_view->findChild<QTextBrowser*>(u"notes"_s)->toPlainText();
    QVERIFY2(shown.contains(u"Called the prescriber's office"_s), qPrintable(shown));
    QVERIFY(shown.contains(test::nurse.account + u" (review nurse)"_s));
    QCOMPARE(m_view->notes().count(), 1);
}

// A disk that fills up (here: the database may not grow by a page) while a nurse adds a long
// note: she is told the disk is full, the case is as it was, and with room again the same
// note is saved from the same window.
void TestCaseView::aFullDiskRefusesTheSaveAndTheWindowGoesOn()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt())));
    const CaseStatus before = m_view->record().status;
    const QString longNote = u"Chart notes received by fax. "_s.repeated(2000);
    QString warning;
    test::whenShown<QDialog>([&](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"text"_s)->setPlainText(longNote);
        test::whenShown<QMessageBox>([&](QMessageBox* box) {
            warning = box->text();
            box->accept();
        });
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_view->actions().addNote();
    QVERIFY2(warning.contains(u"the disk that holds the database is full"_s), qPrintable(warning));
    QCOMPARE(m_view->notes().count(), 0);
    QCOMPARE(CaseStore(m_db, test::builtinCatalog()).notes(m_case).value().size(), 0);
    QCOMPARE(m_view->record().status, before);

    QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
    test::whenShown<QDialog>([&](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"text"_s)->setPlainText(longNote);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_view->actions().addNote();
    QCOMPARE(m_view->notes().count(), 1);
    QCOMPARE(CaseStore(m_db, test::builtinCatalog()).notes(m_case).value().size(), 1);
}

void TestCaseView::attachmentsAreKeptAndOpenedPrivately()
{
    const QString chart = m_dir->filePath(u"chart-notes.pdf"_s);
    const QByteArray pdf = "%PDF-1.4\n% chart notes of a fictitious member\n%%EOF\n";
    {
        QFile f(chart);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
    }
    const Done added = m_view->attachments().addFile(chart);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(m_view->attachments().count(), 1);
    const QString notAllowed = m_dir->filePath(u"script.sh"_s);
    {
        QFile f(notAllowed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
    }
    QVERIFY(!m_view->attachments().addFile(notAllowed).ok());
    QCOMPARE(m_view->attachments().count(), 1);
    const QString huge = m_dir->filePath(u"scan.pdf"_s);
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(CaseStore::maximumAttachmentSize + 4096)); // sparse
    }
    const Done tooLarge = m_view->attachments().addFile(huge);
    QVERIFY2(tooLarge.error().contains(u"larger than the 50 MB"_s), qPrintable(tooLarge.error()));
    QCOMPARE(m_view->attachments().count(), 1);
    m_view->findChild<QListWidget*>(u"attachments"_s)->setCurrentRow(0);
    const Result<QString> copy = m_view->attachments().exportSelected();
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QFile f(copy.value());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), pdf);
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    f.remove();

    // A letter that left the building is filed beside them, and said to be one.
    CaseStore store(m_db, test::builtinCatalog());
    QVERIFY(store.fileLetter(test::nurse, m_case, u"PA-letter.pdf"_s, pdf, {}).ok());
    m_view->reload();
    QCOMPARE(m_view->attachments().count(), 2);
    auto* list = m_view->findChild<QListWidget*>(u"attachments"_s);
    const QString listed = list->item(1)->text();
    QVERIFY2(listed.startsWith(u"Letter sent: PA-letter.pdf"_s) &&
                 listed.contains(u"exported by "_s + test::nurse.account),
             qPrintable(listed));
    for (QWidget* page = list; page; page = page->parentWidget()) {
        if (auto* tabs = page->parentWidget()
                             ? qobject_cast<QTabWidget*>(page->parentWidget()->parentWidget())
                             : nullptr;
            tabs && tabs->indexOf(page) >= 0)
            tabs->setCurrentWidget(page);
    }
    test::keepScreenshot(m_window.get(), u"case-documents-letter"_s);
}

void TestCaseView::quantityCarriesItsUnit()
{
    Intake in = test::sampleIntake(u"cigna-dqm015-anzupgo"_s);
    in.drug = u"Anzupgo"_s;
    in.quantity = 60;
    in.daysSupply = 30;
    in.channel = u"retail"_s;
    CaseStore store(m_db, test::builtinCatalog());
    const CaseRecord c = store.createCase(test::nurse, in).value();
    CaseView* view = m_window->openCase(c.id);
    QVERIFY(view);
    const QString header = view->findChild<QLabel*>(u"caseHeader"_s)->text();
    QVERIFY2(header.contains(u"60 grams for 30 days"_s), qPrintable(header));

    // A policy without a quantity rule counts in its drug's unit too.
    Intake tablets = test::sampleIntake(u"cigna-ip0751-leqselvi"_s);
    tablets.drug = u"Leqselvi"_s;
    tablets.quantity = 60;
    tablets.daysSupply = 30;
    CaseView* other = m_window->openCase(store.createCase(test::nurse, tablets).value().id);
    QVERIFY(other);
    const QString otherHeader = other->findChild<QLabel*>(u"caseHeader"_s)->text();
    QVERIFY2(otherHeader.contains(u"60 tablets for 30 days"_s), qPrintable(otherHeader));
}

void TestCaseView::newCaseCarriesOverTheMembersAnswers()
{
    // The open case's member (FAKE00000001) asks again: a renewal, 60 g for 30 days.
    auto* bsa = m_view->form().editorOf(factIndex(u"bsaPercent"_s))->findChild<QLineEdit*>();
    bsa->setFocus();
    QTest::keyClicks(bsa, u"12"_s);
    QTest::keyClick(bsa, Qt::Key_Return);
    bool refusedFirst = false;
    test::whenShown<NewCaseDialog>([&](NewCaseDialog* dialog) {
        test::type(dialog, u"memberId"_s, u"FAKE00000001"_s);
        dialog->findChild<QLineEdit*>(u"memberId"_s)->editingFinished();
        auto* carry = dialog->findChild<QCheckBox*>(u"carryOver"_s);
        QVERIFY(carry->isVisibleTo(dialog) && carry->isChecked());
        // The member's name and birth date come from the earlier case.
        QCOMPARE(dialog->findChild<QLineEdit*>(u"memberName"_s)->text(), u"Alex Testperson"_s);
        auto* drug = dialog->findChild<QComboBox*>(u"drug"_s);
        drug->setCurrentIndex(drug->findText(u"Opzelura"_s, Qt::MatchStartsWith));
        dialog->findChild<QDoubleSpinBox*>(u"quantity"_s)->setValue(60);
        dialog->findChild<QSpinBox*>(u"daysSupply"_s)->setValue(30);
        auto* type = dialog->findChild<QComboBox*>(u"requestType"_s);
        type->setCurrentIndex(type->findData(u"continuation"_s));
        dialog->accept(); // no prescriber yet: refused, said in the dialog
        const auto* problem = dialog->findChild<QLabel*>(u"problem"_s);
        refusedFirst = problem->isVisible() && problem->text().contains(u"prescriber's name"_s);
        test::type(dialog, u"prescriber"_s, u"Dr. Ada Fictional"_s);
        test::type(dialog, u"npi"_s, u"0123456789"_s);
        dialog->accept();
    });
    m_window->newCase();
    QVERIFY(refusedFirst);
    CaseView* renewal = m_window->currentCase();
    QVERIFY(renewal && renewal != m_view);
    QCOMPARE(renewal->record().intake.policyId, u"cigna-ip0369-opzelura"_s);
    CaseStore store(m_db, test::builtinCatalog());
    QHash<QString, StoredFact> facts;
    for (const StoredFact& f : store.facts(renewal->caseId()).value())
        facts.insert(f.factId, f);
    QCOMPARE(facts.value(u"bsaPercent"_s).source, FactSource::CarriedOver);
    QCOMPARE(facts.value(u"diagnosis"_s).source, FactSource::CarriedOver);
    QCOMPARE(facts.value(u"request.type"_s).value.toString(), u"continuation"_s); // its own
    QCOMPARE(facts.value(u"request.type"_s).source, FactSource::Entered);
    QCOMPARE(facts.value(u"request.quantity"_s).value.toDouble(), 60.0);
}

void TestCaseView::newCaseOfEveryPolicyStartsWithNoAnswers()
{
    // Only what the nurse typed is answered: the birth date and the request type. No other
    // answer (the prescriber's specialty above all) comes from a default.
    const QStringList typed = {u"member.birthDate"_s, u"request.type"_s};
    int drugs = 1;
    for (int i = 0; i < drugs; ++i) {
        QString specialty;
        test::whenShown<NewCaseDialog>([&](NewCaseDialog* dialog) {
            auto* drug = dialog->findChild<QComboBox*>(u"drug"_s);
            drugs = drug->count();
            drug->setCurrentIndex(i);
            specialty = dialog->findChild<QComboBox*>(u"specialty"_s)->currentText();
            test::type(dialog, u"memberId"_s, u"FAKE0000090%1"_s.arg(i));
            test::type(dialog, u"memberName"_s, u"Sam Newcase"_s);
            test::type(dialog, u"birthDate"_s, u"1980-01-31"_s);
            test::type(dialog, u"prescriber"_s, u"Dr. Ada Fictional"_s);
            test::type(dialog, u"npi"_s, u"0123456789"_s);
            auto* type = dialog->findChild<QComboBox*>(u"requestType"_s);
            dialog->accept(); // no request type chosen: refused
            QVERIFY(dialog->isVisible());
            type->setCurrentIndex(type->findData(u"initial"_s));
            dialog->accept();
        });
        m_window->newCase();
        QCOMPARE(specialty, u"— not answered —"_s);
        CaseView* view = m_window->currentCase();
        QVERIFY(view && view->record().intake.memberId == u"FAKE0000090%1"_s.arg(i));
        CaseStore store(m_db, test::builtinCatalog());
        QStringList answered;
        for (const StoredFact& f : store.facts(view->caseId()).value())
            answered.append(f.factId);
        answered.sort();
        QCOMPARE(answered, typed);
        const Policy& policy = view->facts().policy();
        for (int n = 0; n < int(policy.nodes.size()); ++n) {
            if (view->evaluation().node(n).status != Status::Met)
                continue;
            for (int f : policy.nodes.at(size_t(n)).facts)
                QVERIFY2(typed.contains(policy.facts.at(f).id),
                         qPrintable(policy.id + u" "_s + policy.nodes.at(size_t(n)).id));
        }
    }
    QVERIFY(drugs >= int(test::builtinCatalog().policies().size()));
}

void TestCaseView::followsAnswersGivenElsewhere()
{
    // A colleague's window, or urdesk-cli: another connection answers the BSA.
    const auto other = Database::open(m_db->path()).value();
    CaseStore elsewhere(other, test::builtinCatalog());
    QVERIFY(
        elsewhere.setFact(test::otherNurse, m_case, u"bsaPercent"_s, 12, FactSource::Entered).ok());
    QTRY_COMPARE(statusOf(u"1.B"_s), u"Met"_s);
    auto* bsa = m_view->form().editorOf(factIndex(u"bsaPercent"_s))->findChild<QLineEdit*>();
    QCOMPARE(bsa->text(), u"12"_s);
}

QTEST_MAIN(TestCaseView)
#include "tst_caseview.moc"
