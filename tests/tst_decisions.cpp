// Deciding a case in the window, as a nurse and a medical director would: the buttons each
// role sees, a referral with its required note, a medical director overriding a criterion
// and deciding, a denial that must name its criteria and carry a rationale, the pend /
// resume round trip, and a nurse approving what meets the criteria with the policy's dates.
#include "AuditTrail.h"
#include "CaseActions.h"
#include "CaseQueueModel.h"
#include "CaseQueueView.h"
#include "CaseView.h"
#include "ChecklistPane.h"
#include "DecisionDialog.h"
#include "ExportPreviewDialog.h"
#include "FormParts.h"
#include "GuidedForm.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "StoreSupport.h"
#include "StrictTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace urdesk;
using namespace Qt::StringLiterals;
using test::whenShown;

class TestDecisions : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachRoleSeesItsActions();
    void referOverrideAndApprove();
    void denialNamesCriteriaAndNeedsARationale();
    void directorChoosesThePeriodOfAnApprovalTheCriteriaDoNotSupport();
    void pendAndResume();
    void nurseApprovesWithThePolicysDates();
    void aDecidedCaseIsReadOnlyUntilReopened();
    void workedFromTheKeyboard();
    void wholeCaseFromIntakeToDecision();
    void exportsFromTheFileMenu();

private:
    // A window signed in as `actor`, with the case open.
    CaseView* openAs(const Actor& actor);
    void answerBsa(CaseView* view, const QString& percent);
    CaseStatus status() const;
    QPushButton* action(CaseView* view, const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_case = 0;
};

void TestDecisions::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTestDatabase(m_dir->filePath(u"decide.db"_s));
    m_store = std::make_unique<CaseStore>(m_db, test::builtinCatalog());
    m_case = m_store->createCase(test::nurse, test::sampleIntake()).value().id;
    for (const auto& [id, value] : test::opzeluraAnswersButBsa())
        QVERIFY2(m_store->setFact(test::nurse, m_case, id, value, FactSource::Entered).ok(),
                 qPrintable(id));
}

void TestDecisions::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

CaseView* TestDecisions::openAs(const Actor& actor)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(test::builtinCatalog(), test::sessionOf(m_db, actor));
    m_window->show();
    return m_window->openCase(m_case);
}

void TestDecisions::answerBsa(CaseView* view, const QString& percent)
{
    auto* bsa =
        view->form().editorOf(view->facts().policy().fact(u"bsaPercent"))->findChild<QLineEdit*>();
    bsa->setFocus();
    bsa->clear();
    QTest::keyClicks(bsa, percent);
    QTest::keyClick(bsa, Qt::Key_Return);
}

CaseStatus TestDecisions::status() const
{
    return m_store->loadCase(m_case).value().status;
}

QPushButton* TestDecisions::action(CaseView* view, const QString& name) const
{
    return view->actions().findChild<QPushButton*>(name);
}

void TestDecisions::eachRoleSeesItsActions()
{
    CaseView* view = openAs(test::nurse);
    for (const QString& hidden : {u"deny"_s, u"partiallyApprove"_s, u"override"_s})
        QVERIFY2(action(view, hidden)->isHidden(), qPrintable(hidden));
    QVERIFY(!action(view, u"approve"_s)->isEnabled()); // the BSA is missing: not approvable
    answerBsa(view, u"12"_s);
    QVERIFY(action(view, u"approve"_s)->isEnabled());
    view = openAs(test::director);
    for (const QString& hidden : {u"pend"_s, u"refer"_s})
        QVERIFY2(action(view, hidden)->isHidden(), qPrintable(hidden));
    QVERIFY(!action(view, u"deny"_s)->isEnabled()); // not referred yet
}

void TestDecisions::referOverrideAndApprove()
{
    CaseView* view = openAs(test::nurse);
    answerBsa(view, u"22"_s);
    QCOMPARE(view->evaluation().determination.kind, Determination::Kind::Refer);
    QVERIFY(!action(view, u"approve"_s)->isEnabled());
    bool asked = false;
    whenShown<QDialog>([&](QDialog* dialog) {
        auto* note = dialog->findChild<QPlainTextEdit*>(u"text"_s);
        QVERIFY2(note->toPlainText().contains(u"1.B"_s), qPrintable(note->toPlainText()));
        note->clear(); // required while criteria are not met
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        note->setPlainText(u"BSA 22%, just over the 20% limit; please review."_s);
        asked = true;
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"refer"_s)->click();
    QVERIFY(asked);
    QCOMPARE(status(), CaseStatus::Referred);
    QCOMPARE(m_store->notes(m_case)->last().text.startsWith(u"Referral: BSA 22%"_s), true);

    view = openAs(test::director);
    view->checklist().selectNode(view->facts().policy().node(u"1.B"));
    whenShown<QDialog>([&](QDialog* dialog) {
        dialog->findChildren<QRadioButton*>().first()->setChecked(true); // met
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"Photos show 19-22%; within measurement error of the limit."_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"override"_s)->click();
    QVERIFY2(view->checklist().statusText(view->facts().policy().node(u"1.B")) ==
                 u"Met (overridden)"_s,
             qPrintable(view->checklist().statusText(view->facts().policy().node(u"1.B"))));
    QCOMPARE(m_store->overrides(m_case)->first().criterionId, u"1.B"_s);
    // The judgment carries through: with 1.B met, the case is approvable.
    QCOMPARE(view->evaluation().determination.kind, Determination::Kind::Approvable);

    whenShown<DecisionDialog>([&](DecisionDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"Approved on the override of 1.B."_s);
        dialog->accept();
    });
    action(view, u"approve"_s)->click();
    QCOMPARE(status(), CaseStatus::Approved);
    const Decision decision = m_store->decisions(m_case)->first();
    QCOMPARE(decision.decidedBy, test::director.account);
    QVERIFY(!action(view, u"approve"_s)->isEnabled()); // decided: nothing more to decide
}

void TestDecisions::denialNamesCriteriaAndNeedsARationale()
{
    CaseView* view = openAs(test::nurse);
    answerBsa(view, u"40"_s);
    whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"refer"_s)->click();
    QCOMPARE(status(), CaseStatus::Referred);

    view = openAs(test::director);
    QVERIFY(action(view, u"deny"_s)->isEnabled());
    bool refusedShown = false;
    whenShown<DecisionDialog>([&](DecisionDialog* dialog) {
        auto* criteria = dialog->findChild<QListWidget*>(u"denialCriteria"_s);
        QCOMPARE(criteria->count(), 1);
        QVERIFY(criteria->item(0)->text().startsWith(u"1.B"_s));
        dialog->accept(); // no rationale: refused by the store, said in the dialog
        const auto* problem = dialog->findChild<QLabel*>(u"problem"_s);
        refusedShown = problem->isVisible() && problem->text().contains(u"written rationale"_s);
        criteria->item(0)->setCheckState(Qt::Unchecked);
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"40% BSA is twice the policy's 20% limit for this drug."_s);
        dialog->accept(); // no criterion named: refused
        QVERIFY(problem->text().contains(u"at least one specific criterion"_s));
        criteria->item(0)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    action(view, u"deny"_s)->click();
    QVERIFY(refusedShown);
    QCOMPARE(status(), CaseStatus::Denied);
    QCOMPARE(m_store->decisions(m_case)->first().criteria, QStringList{u"1.B"_s});
}

void TestDecisions::directorChoosesThePeriodOfAnApprovalTheCriteriaDoNotSupport()
{
    CaseView* view = openAs(test::nurse);
    answerBsa(view, u"40"_s);
    whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"refer"_s)->click();
    QCOMPARE(status(), CaseStatus::Referred);

    // 1.B is not met and not overridden: the policy gives no period, and none is assumed.
    view = openAs(test::director);
    QVERIFY(!view->evaluation().determination.approvalEnd.isValid());
    QString refusal;
    whenShown<DecisionDialog>([&](DecisionDialog* dialog) {
        auto* end = dialog->findChild<QDateEdit*>(u"approvalEnd"_s);
        QCOMPARE(end->text(), u"— choose the last day —"_s);
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"Approved for 3 months to assess response at 40% BSA."_s);
        dialog->accept();
        refusal = dialog->findChild<QLabel*>(u"problem"_s)->text();
        end->setDate(QDate(2026, 6, 1));
        dialog->accept();
    });
    action(view, u"approve"_s)->click();
    QVERIFY2(refusal.contains(u"choose the approval's last day"_s), qPrintable(refusal));
    QCOMPARE(status(), CaseStatus::Approved);
    const Decision d = m_store->decisions(m_case)->first();
    QCOMPARE(d.approvalStart, QDate(2026, 3, 2));
    QCOMPARE(d.approvalEnd, QDate(2026, 6, 1));
}

void TestDecisions::pendAndResume()
{
    QVERIFY(m_store->clearFact(test::nurse, m_case, u"therapies"_s).ok());
    CaseView* view = openAs(test::nurse);
    answerBsa(view, u"12"_s);
    QCOMPARE(view->evaluation().determination.kind, Determination::Kind::Pend);
    const QDate due = QDate::currentDate().addDays(4);
    const QString letterPath = m_dir->filePath(u"information-request.pdf"_s);
    bool letterSaved = false;
    QString letterTitle;
    whenShown<QDialog>([&](QDialog* dialog) {
        auto* request = dialog->findChild<QPlainTextEdit*>(u"items"_s);
        // Prefilled from what the evaluation misses.
        QVERIFY2(request->toPlainText().contains(u"Therapies tried"_s),
                 qPrintable(request->toPlainText()));
        auto* dueOn = dialog->findChild<QDateEdit*>(u"dueOn"_s);
        QVERIFY(dueOn->date() > QDate::currentDate());
        dueOn->setDate(due);
        test::keepScreenshot(dialog, u"pend-for-information"_s);
        // Then the letter asking for it, to save and send.
        whenShown<ExportPreviewDialog>([&](ExportPreviewDialog* preview) {
            letterTitle = preview->windowTitle();
            test::keepScreenshot(preview, u"information-request-letter"_s);
            letterSaved = preview->save(letterPath);
            if (!letterSaved)
                preview->reject();
        });
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"pend"_s)->click();
    QCOMPARE(status(), CaseStatus::Pended);
    QVERIFY(letterSaved);
    QVERIFY2(letterTitle.startsWith(u"Request for Information"_s), qPrintable(letterTitle));
    const InformationRequest asked = m_store->informationRequests(m_case)->last();
    QCOMPARE(asked.dueOn, due);
    QVERIFY(asked.items.first().startsWith(u"Therapies tried"_s)); // no bullet carried in
    QVERIFY(m_store->notes(m_case)->last().text.startsWith(u"Request for information, due back"_s));
    const Attachment filed = m_store->attachments(m_case)->last();
    QVERIFY(filed.sentLetter);
    QCOMPARE(filed.fileName, QFileInfo(letterPath).fileName());
    // The header says when the information is due back, as the queue does.
    QVERIFY2(view->findChild<QLabel*>(u"caseHeader"_s)
                 ->text()
                 .contains(statusText(CaseStatus::Pended, due)),
             qPrintable(view->findChild<QLabel*>(u"caseHeader"_s)->text()));
    QVERIFY(action(view, u"resume"_s)->isVisible());
    QVERIFY(!action(view, u"approve"_s)->isEnabled());
    action(view, u"resume"_s)->click();
    QCOMPARE(status(), CaseStatus::InReview);
    QVERIFY(!action(view, u"resume"_s)->isVisible());
}

void TestDecisions::nurseApprovesWithThePolicysDates()
{
    CaseView* view = openAs(test::nurse);
    answerBsa(view, u"12"_s);
    whenShown<DecisionDialog>([](DecisionDialog* dialog) {
        QCOMPARE(dialog->findChild<QDateEdit*>(u"approvalStart"_s)->date(), QDate(2026, 3, 2));
        QCOMPARE(dialog->findChild<QDateEdit*>(u"approvalEnd"_s)->date(), QDate(2026, 9, 1));
        dialog->accept();
    });
    action(view, u"approve"_s)->click();
    QCOMPARE(status(), CaseStatus::Approved);
    const Decision d = m_store->decisions(m_case)->first();
    QCOMPARE(d.approvalEnd, QDate(2026, 9, 1));
    QCOMPARE(d.role, u"reviewNurse"_s);
    QCOMPARE(d.evaluation.value(u"determination"_s).toObject().value(u"outcome"_s).toString(),
             u"approvable"_s);
}

void TestDecisions::aDecidedCaseIsReadOnlyUntilReopened()
{
    CaseView* view = openAs(test::nurse);
    answerBsa(view, u"12"_s);
    whenShown<DecisionDialog>([](DecisionDialog* dialog) { dialog->accept(); });
    action(view, u"approve"_s)->click();
    QCOMPARE(status(), CaseStatus::Approved);

    // Every editor of the form, the therapy table included, and the note button: disabled.
    const auto everyEditorIs = [](CaseView* v, bool enabled) {
        int inputs = 0;
        for (QWidget* w : v->form().findChildren<QWidget*>()) {
            if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w) &&
                !qobject_cast<QComboBox*>(w) && !qobject_cast<QAbstractSpinBox*>(w) &&
                !qobject_cast<QTableWidget*>(w))
                continue;
            ++inputs;
            // Open, some inputs wait on others (no "none tried" beside a listed course).
            if (!enabled)
                QVERIFY2(!w->isEnabled(), qPrintable(w->parentWidget()->objectName()));
        }
        QVERIFY(inputs > 20);
        const Policy& policy = v->facts().policy();
        for (int f = 0; f < policy.facts.size(); ++f)
            QVERIFY2(v->form().editorOf(f)->isEnabled() == enabled,
                     qPrintable(policy.facts.at(f).id));
        QCOMPARE(v->actions().findChild<QPushButton*>(u"addNote"_s)->isEnabled(), enabled);
        QCOMPARE(v->findChild<QLabel*>(u"decidedNotice"_s)->isVisible(), !enabled);
    };
    everyEditorIs(view, false);
    QVERIFY(view->findChild<QLabel*>(u"caseHeader"_s)
                ->text()
                .contains(u"Status: <b>%1</b>"_s.arg(caseStatusText(CaseStatus::Approved))));
    QVERIFY(!view->undoStack().canUndo()); // the answers before the decision are its record
    QVERIFY(action(view, u"reopen"_s)->isHidden()); // a nurse does not reopen a decision

    view = openAs(test::director);
    everyEditorIs(view, false);
    m_window->queue().findChild<QComboBox*>(u"statusFilter"_s)->setCurrentIndex(1); // all
    const CaseQueueModel& queue = m_window->queue().model(); // the one case there is
    QCOMPARE(queue.index(0, 0).data(CaseQueueModel::CaseIdRole).toLongLong(), m_case);
    QCOMPARE(queue.index(0, CaseQueueModel::Status).data().toString(),
             caseStatusText(CaseStatus::Approved));
    QVERIFY(!action(view, u"override"_s)->isEnabled());
    QVERIFY(action(view, u"reopen"_s)->isVisible());
    test::keepScreenshot(m_window.get(), u"decided-case-director"_s);
    whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"text"_s)->setPlainText(
            u"Prescriber sent a corrected BSA"_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"reopen"_s)->click();
    QCOMPARE(status(), CaseStatus::InReview);
    everyEditorIs(view, true);
    // The header and the queue row say so at once.
    QVERIFY(view->findChild<QLabel*>(u"caseHeader"_s)
                ->text()
                .contains(u"Status: <b>%1</b>"_s.arg(caseStatusText(CaseStatus::InReview))));
    QCOMPARE(queue.index(0, CaseQueueModel::Status).data().toString(),
             caseStatusText(CaseStatus::InReview));
    QVERIFY(action(view, u"reopen"_s)->isHidden());
    const auto rows = AuditTrail::forCase(m_db->connection(), m_case);
    QCOMPARE(rows.last().action, u"case.reopened"_s);
    QCOMPARE(rows.last().reason, u"Prescriber sent a corrected BSA"_s);
    QCOMPARE(m_store->decisions(m_case)->size(), 1);
}

void TestDecisions::workedFromTheKeyboard()
{
    // Open from the queue by case number, answer, and approve: keys only.
    m_window =
        std::make_unique<MainWindow>(test::builtinCatalog(), test::sessionOf(m_db, test::nurse));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // View > Case Queue
    QWidget* search = QApplication::focusWidget();
    QVERIFY(search && search->objectName() == u"search"_s);
    QTest::keyClicks(search, m_store->loadCase(m_case)->caseNumber);
    QTest::keyClick(search, Qt::Key_Return);
    CaseView* view = m_window->currentCase();
    QVERIFY(view);
    QVERIFY(view->isAncestorOf(QApplication::focusWidget())); // in the form
    auto* bsa =
        view->form().editorOf(view->facts().policy().fact(u"bsaPercent"))->findChild<QLineEdit*>();
    bsa->setFocus(); // (Tab moves through the questions; here straight to the one missing)
    QTest::keyClicks(bsa, u"12"_s);
    QTest::keyClick(bsa, Qt::Key_Return);
    bool dialogByKey = false;
    whenShown<DecisionDialog>([&](DecisionDialog* dialog) {
        dialogByKey = true;
        // Alt+R is the rationale's mnemonic (its label's buddy).
        auto* rationale = dialog->findChild<QPlainTextEdit*>(u"rationale"_s);
        bool labelled = false;
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            labelled =
                labelled || (label->buddy() == rationale && label->text().startsWith(u"&R"_s));
        QVERIFY(labelled);
        QTest::keyClicks(rationale, u"Meets every criterion."_s);
        // "Record: Approved", pressed from the keyboard.
        QPushButton* record = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClick(record, Qt::Key_Space);
        if (dialog->isVisible())
            dialog->reject(); // failed above: end the dialog rather than wait for ever
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier); // Approve…
    QTRY_VERIFY(dialogByKey); // a mnemonic clicks the button a moment later
    QCOMPARE(status(), CaseStatus::Approved);
    QCOMPARE(m_store->decisions(m_case)->first().rationale, u"Meets every criterion."_s);
}

void TestDecisions::wholeCaseFromIntakeToDecision()
{
    // A nurse takes a new request, works the form while the checklist follows, and refers;
    // a medical director overrides the one criterion in doubt and approves.
    CaseView* view = openAs(test::nurse); // the window; the seeded case is not used
    test::whenShown<NewCaseDialog>([](NewCaseDialog* dialog) {
        test::type(dialog, u"memberId"_s, u"FAKE00000777"_s);
        test::type(dialog, u"memberName"_s, u"Jordan Madeupson"_s);
        test::type(dialog, u"birthDate"_s, u"2011-06-15"_s);
        auto* drug = dialog->findChild<QComboBox*>(u"drug"_s);
        drug->setCurrentIndex(drug->findText(u"Opzelura"_s, Qt::MatchStartsWith));
        dialog->findChild<QDoubleSpinBox*>(u"quantity"_s)->setValue(60);
        dialog->findChild<QSpinBox*>(u"daysSupply"_s)->setValue(30);
        test::type(dialog, u"prescriber"_s, u"Dr. Ada Fictional"_s);
        test::type(dialog, u"npi"_s, u"0123456789"_s);
        for (const auto& [name, choice] : {std::pair(u"requestType"_s, u"initial"_s),
                                           std::pair(u"specialty"_s, u"dermatology"_s)}) {
            auto* combo = dialog->findChild<QComboBox*>(name);
            combo->setCurrentIndex(combo->findData(choice));
        }
        dialog->findChild<QDateTimeEdit*>(u"received"_s)
            ->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        dialog->accept();
    });
    m_window->newCase();
    view = m_window->currentCase();
    QVERIFY(view && view->record().intake.memberId == u"FAKE00000777"_s);
    const Policy& policy = view->facts().policy();
    const auto checked = [&](const char16_t* id) {
        return view->checklist().statusText(policy.node(QStringView(id)));
    };
    QCOMPARE(checked(u"1.A"), u"Not applicable"_s); // until the diagnosis says which branch
    auto* diagnosis = qobject_cast<QComboBox*>(view->form().editorOf(policy.fact(u"diagnosis")));
    diagnosis->setCurrentIndex(diagnosis->findData(u"atopicDermatitis"_s));
    diagnosis->activated(diagnosis->currentIndex());
    QCOMPARE(checked(u"1.A"), u"Met"_s); // the birth date came with the intake
    QCOMPARE(checked(u"1.E"), u"Met"_s); // and the prescriber's specialty
    view->form()
        .editorOf(policy.fact(u"sensitiveAreas"))
        ->findChild<QRadioButton*>(u"no"_s)
        ->click();
    view->form().editorOf(policy.fact(u"currentDrugs"))->findChild<QCheckBox*>(u"none"_s)->click();
    QWidget* history = view->form().editorOf(policy.fact(u"therapies"));
    auto* table = history->findChild<QTableWidget*>();
    const std::pair<QString, QString> courses[] = {
        {u"triamcinolone acetonide 0.1% cream"_s, u"failure"_s},
        {u"tacrolimus 0.1% ointment"_s, u"inadequateResponse"_s}};
    const std::pair<QString, QString> dates[] = {{u"2025-10-01"_s, u"2025-10-28"_s},
                                                 {u"2025-11-01"_s, u"2025-12-12"_s}};
    for (int row = 0; row < 2; ++row) {
        history->findChild<QPushButton*>()->click(); // Add Course
        auto* drug = table->cellWidget(row, 0)->findChild<QLineEdit*>();
        QTest::keyClicks(drug, courses[row].first);
        drug->editingFinished();
        table->item(row, test::column(table, u"Start"_s))->setText(dates[row].first);
        table->item(row, test::column(table, u"End (empty: ongoing)"_s))
            ->setText(dates[row].second);
        auto* outcome =
            qobject_cast<QComboBox*>(table->cellWidget(row, test::column(table, u"Outcome"_s)));
        outcome->setCurrentIndex(outcome->findData(courses[row].second));
    }
    QCOMPARE(checked(u"1.C.i"), u"Met"_s);
    QCOMPARE(checked(u"1.D"), u"Met"_s);
    answerBsa(view, u"22"_s);
    QCOMPARE(checked(u"1.B"), u"Not met"_s);
    QCOMPARE(view->evaluation().determination.kind, Determination::Kind::Refer);

    m_case = view->caseId();
    test::whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"refer"_s)->click();
    QCOMPARE(status(), CaseStatus::Referred);

    view = openAs(test::director);
    view->checklist().selectNode(view->facts().policy().node(u"1.B"));
    test::whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"22% on photographs taken after a flare; chart shows 18%."_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    action(view, u"override"_s)->click();
    QCOMPARE(view->evaluation().determination.kind, Determination::Kind::Approvable);
    test::whenShown<DecisionDialog>([](DecisionDialog* dialog) {
        QCOMPARE(dialog->findChild<QDoubleSpinBox*>(u"approvedQuantity"_s)->value(), 60.0);
        dialog->accept(); // a director's approval needs its rationale
        QVERIFY(dialog->findChild<QLabel*>(u"problem"_s)->text().contains(u"rationale"_s));
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"Criteria met on the override of 1.B."_s);
        dialog->accept();
    });
    action(view, u"approve"_s)->click();
    QCOMPARE(status(), CaseStatus::Approved);
    const Decision d = m_store->decisions(m_case)->first();
    QCOMPARE(d.approvalStart, QDate(2026, 3, 2));
    QCOMPARE(d.approvalEnd, QDate(2026, 9, 1));
    QCOMPARE(d.approvedQuantity.value_or(0), 60.0);
    QVERIFY(AuditTrail::verify(*m_db).intact);
}

// File > Export Case Record… previews the pages and saves the PDF, audited; a case not
// decided has no letter, and says so; nothing to export without a case in front.
void TestDecisions::exportsFromTheFileMenu()
{
    CaseView* view = openAs(test::nurse);
    QVERIFY(view);
    auto* exportRecord = m_window->findChild<QAction*>(u"exportRecord"_s);
    auto* exportLetter = m_window->findChild<QAction*>(u"exportLetter"_s);
    QVERIFY(exportRecord && exportLetter);
    QVERIFY(exportRecord->isEnabled());

    QString refusal;
    whenShown<QMessageBox>([&](QMessageBox* box) {
        refusal = box->text();
        box->reject();
    });
    exportLetter->trigger();
    QVERIFY2(refusal.contains(u"no determination yet"_s), qPrintable(refusal));

    const QString path = m_dir->filePath(u"record.pdf"_s);
    int pages = 0;
    bool firstPageShown = false;
    bool saved = false;
    whenShown<ExportPreviewDialog>([&](ExportPreviewDialog* dialog) {
        pages = dialog->pageCount();
        firstPageShown = dialog->findChild<QLabel*>(u"page1"_s) != nullptr;
        saved = dialog->save(path);
        if (!saved)
            dialog->reject();
    });
    exportRecord->trigger();
    QVERIFY(saved);
    QVERIFY(pages >= 1);
    QVERIFY(firstPageShown);
    QVERIFY(QFile::exists(path));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"record.pdf"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(test::auditActions(*m_db).last(), u"nurse.rivera case.exported"_s);

    m_window->findChild<QTabWidget*>()->setCurrentIndex(0); // the queue
    QVERIFY(!exportRecord->isEnabled());
    QVERIFY(!exportLetter->isEnabled());
}

QTEST_MAIN(TestDecisions)
#include "tst_decisions.moc"
