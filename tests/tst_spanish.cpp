// The window in Spanish, as a Spanish-reading reviewer sees it: every main screen translated,
// dates in Spanish, no text cut short; the policy's own words stay English, and the documents
// keep their own languages (the record the plan's, the letter the member's).
//
// With URDESK_SCREENSHOTS=DIR set, each screen is also saved there as a PNG to look at.
#include "AccountsDialog.h"
#include "CaseActions.h"
#include "CaseDossier.h"
#include "CaseQueueModel.h"
#include "CaseView.h"
#include "ChecklistPane.h"
#include "ClippingSupport.h"
#include "DecisionDialog.h"
#include "DeterminationLetter.h"
#include "Duration.h"
#include "ExportPreviewDialog.h"
#include "FormParts.h"
#include "GuidedForm.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "PreferencesDialog.h"
#include "ReviewRecord.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "StoreSupport.h"
#include "StrictTest.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>

using namespace urdesk;
using namespace Qt::StringLiterals;
using test::cutShort;
using test::laptop;
using test::whenShown;

class TestSpanish : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signIn();
    void queueAndMenus();
    void caseAndChecklist();
    void newCaseDialog();
    void formDatesAreSpanish();
    void decisionAndExport();
    void preferencesAndLock();
    void administratorsScreens();
    void preferencesChoiceIsKept();
    void langOption();

private:
    MainWindow* windowAs(const Actor& actor);
    CaseView* openCase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_case = 0;
};

void TestSpanish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the reviewer's own settings are not touched
    installTranslations(u"es"_s);
    dates::setInTextFormat(shortDateFormat()); // as the window's main() does
    QCOMPARE(interfaceLanguage(), u"es"_s);
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TestSpanish::init()
{
    StrictTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTestDatabase(m_dir->filePath(u"es.db"_s));
    m_store = std::make_unique<CaseStore>(m_db, test::builtinCatalog());
    m_case = m_store->createCase(test::nurse, test::sampleIntake()).value().id;
    // Body surface area over the policy's limit: criterion 1.B is not met.
    auto answers = test::opzeluraAnswersButBsa();
    answers.append({u"bsaPercent"_s, 40});
    for (const auto& [id, value] : answers)
        QVERIFY2(m_store->setFact(test::nurse, m_case, id, value, FactSource::Entered).ok(),
                 qPrintable(id));
}

void TestSpanish::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

MainWindow* TestSpanish::windowAs(const Actor& actor)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(test::builtinCatalog(), test::sessionOf(m_db, actor));
    m_window->resize(laptop);
    m_window->show();
    return m_window.get();
}

CaseView* TestSpanish::openCase()
{
    return windowAs(test::nurse)->openCase(m_case);
}

void TestSpanish::signIn()
{
    SignInDialog dialog(m_db, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Iniciar sesión en URDesk"_s);
    QStringList labels;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        labels.append(l->text());
    QVERIFY2(labels.contains(u"&Usuario:"_s), qPrintable(labels.join(u" | ")));
    QVERIFY(labels.contains(u"&Contraseña:"_s));
    auto* role = dialog.findChild<QComboBox*>();
    QVERIFY(role);
    QCOMPARE(role->itemText(0), u"Enfermera de revisión"_s);
    VERIFY_NOTHING_CUT(&dialog);
    test::keepScreenshot(&dialog, u"01-sign-in"_s);
}

void TestSpanish::queueAndMenus()
{
    MainWindow* window = windowAs(test::nurse);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QStringList menus;
    for (const QAction* a : window->menuBar()->actions())
        menus.append(a->text());
    QCOMPARE(menus, (QStringList{u"&Archivo"_s, u"&Editar"_s, u"&Ver"_s, u"&Cuenta"_s}));

    auto* table = window->findChild<QTableView*>(u"queue"_s);
    QVERIFY(table);
    QAbstractItemModel* model = table->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Afiliado"_s);
    QStringList row;
    for (int c = 0; c < model->columnCount(); ++c)
        row.append(model->index(0, c).data().toString());
    QVERIFY2(row.contains(u"Nuevo"_s), qPrintable(row.join(u" | ")));
    QVERIFY(row.contains(u"Comercial"_s));
    // The due time in the tooltip is the Spanish short date, as everywhere in the window:
    // "Vence el 17/3/2026 2:00 p. m.".
    const QDateTime due = m_store->loadCase(m_case).value().dueAt;
    const QString tip = model->index(0, CaseQueueModel::TimeLeft).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, u"Vence el "_s + shortDateTime(due));
    QVERIFY(shortDateTime(due).startsWith(u"%1/%2/%3"_s.arg(due.toLocalTime().date().day())
                                              .arg(due.toLocalTime().date().month())
                                              .arg(due.toLocalTime().date().year())));
    VERIFY_NOTHING_CUT(window);
    test::keepScreenshot(window, u"02-queue"_s);
}

void TestSpanish::caseAndChecklist()
{
    CaseView* view = openCase();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const auto* tree = view->checklist().findChild<QTreeView*>(u"checklist"_s);
    QVERIFY(tree);
    QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), u"Criterio"_s);
    QCOMPARE(tree->model()->headerData(1, Qt::Horizontal).toString(), u"Estado"_s);
    const Policy& policy = view->facts().policy();
    const int bsa = policy.node(u"1.B"_s);
    QCOMPARE(view->checklist().statusText(bsa), u"No cumplido"_s);
    // The criterion keeps the policy's own English words; only the labels around it change.
    const QModelIndexList english = tree->model()->match(
        tree->model()->index(0, 0), Qt::DisplayRole, policy.nodes.at(bsa).text.left(30), 1,
        Qt::MatchContains | Qt::MatchRecursive);
    QVERIFY2(!english.isEmpty(), qPrintable(policy.nodes.at(bsa).text));
    // The guided form asks in Spanish, and offers its choices in Spanish.
    const FactDefinition& diagnosis = policy.facts.at(policy.fact(u"diagnosis"));
    const auto* field = view->findChild<QWidget*>(u"field:diagnosis"_s);
    QVERIFY(field);
    bool asked = false;
    for (const QLabel* label : field->findChildren<QLabel*>())
        asked = asked || label->text().contains(diagnosis.translated.value(u"es"_s).question);
    QVERIFY2(asked, qPrintable(diagnosis.translated.value(u"es"_s).question));
    const auto* choices = field->findChild<QComboBox*>(u"editor:diagnosis"_s);
    QVERIFY(choices);
    QVERIFY(choices->findText(diagnosis.options.at(1).translated.value(u"es"_s)) >= 0);
    QCOMPARE(choices->findText(diagnosis.options.at(1).label), -1);
    const auto* approve = view->actions().findChild<QPushButton*>(u"approve"_s);
    QVERIFY(approve);
    QCOMPARE(approve->text(), u"Apro&bar…"_s);
    // Dates in the header in the one short format: birth date and due time.
    const QString header = view->findChild<QLabel*>(u"caseHeader"_s)->text();
    for (const QString& date :
         {shortDate(view->record().intake.memberBirthDate), shortDateTime(view->record().dueAt)})
        QVERIFY2(header.contains(date.toHtmlEscaped()), qPrintable(date + u" not in "_s + header));
    VERIFY_NOTHING_CUT(m_window.get());
    test::keepScreenshot(m_window.get(), u"03-case"_s);
}

void TestSpanish::newCaseDialog()
{
    windowAs(test::nurse);
    bool seen = false;
    whenShown<NewCaseDialog>([&](NewCaseDialog* dialog) {
        seen = true;
        QCOMPARE(dialog->windowTitle(), u"Nuevo caso"_s);
        // The size it takes on a laptop's screen; the test screen (800 × 600) clamps a new
        // window to two thirds of its width.
        QVERIFY(dialog->sizeHint().width() < laptop.width() * 2 / 3);
        dialog->resize(dialog->sizeHint());
        QCoreApplication::sendPostedEvents();
        const QStringList cut = cutShort(dialog);
        test::keepScreenshot(dialog, u"04-new-case"_s);
        dialog->reject();
        QVERIFY2(cut.isEmpty(), qPrintable(u"cut short:\n"_s + cut.join(u'\n')));
    });
    m_window->newCase();
    QVERIFY(seen);
}

// A date is shown, typed and explained in the one short format of the language: day first.
void TestSpanish::formDatesAreSpanish()
{
    const qint64 id =
        m_store->createCase(test::nurse, test::sampleIntake(u"cigna-ip0751-leqselvi"_s)).value().id;
    for (const auto& [fact, value] :
         Answers{{u"diagnosis"_s, u"alopeciaAreata"_s}, {u"episodeStart"_s, u"2026-03-17"_s}})
        QVERIFY(m_store->setFact(test::nurse, id, fact, value, FactSource::Entered).ok());
    CaseView* view = windowAs(test::nurse)->openCase(id);
    QVERIFY(view);
    auto* edit = view->findChild<QLineEdit*>(u"editor:episodeStart"_s);
    QVERIFY(edit);
    QCOMPARE(edit->text(), u"17/3/2026"_s);
    QCOMPARE(edit->placeholderText(), u"una fecha como 17/3/2026"_s);

    // Typed the Spanish way, the 2nd of January, not the 1st of February.
    edit->setText(u"2/1/2026"_s);
    Q_EMIT edit->editingFinished();
    const auto stored = [&] {
        for (const StoredFact& f : m_store->facts(id).value()) {
            if (f.factId == u"episodeStart")
                return f.value.toString();
        }
        return QString();
    };
    QTRY_COMPARE(stored(), u"2026-01-02"_s);

    // The checklist's reason says the date as the form does, never in ISO.
    const Policy& policy = view->facts().policy();
    const QString reason = view->evaluation().nodes.at(size_t(policy.node(u"1.A.iii"_s))).reason;
    QVERIFY2(reason.contains(u"2/1/2026"_s) && !reason.contains(u"2026-01-02"_s),
             qPrintable(reason));

    // A date the form cannot read says how to write one.
    edit->setText(u"2026/17/3"_s);
    Q_EMIT edit->editingFinished();
    const auto* problem =
        view->findChild<QWidget*>(u"field:episodeStart"_s)->findChild<QLabel*>(u"problem"_s);
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(u"17/3/2026"_s), qPrintable(problem->text()));
    view->form().highlight({policy.fact(u"episodeStart")});
    test::keepScreenshot(m_window.get(), u"03b-form-dates"_s);
}

void TestSpanish::decisionAndExport()
{
    // A case a nurse refers and a medical director denies in Spanish: the dialogs are Spanish,
    // but the checklist kept with the decision and the review record are in the plan's language.
    CaseView* view = openCase();
    whenShown<QDialog>([](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"text"_s)->setPlainText(u"SCT 40 %; revísese."_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    view->actions().findChild<QPushButton*>(u"refer"_s)->click();
    QCOMPARE(m_store->loadCase(m_case).value().status, CaseStatus::Referred);

    view = windowAs(test::director)->openCase(m_case);
    QVERIFY(view);
    bool dialogSeen = false;
    whenShown<DecisionDialog>([&](DecisionDialog* dialog) {
        dialogSeen = true;
        const QStringList cut = cutShort(dialog);
        test::keepScreenshot(dialog, u"05-deny"_s);
        dialog->findChild<QListWidget*>(u"denialCriteria"_s)->item(0)->setCheckState(Qt::Checked);
        dialog->findChild<QPlainTextEdit*>(u"rationale"_s)
            ->setPlainText(u"SCT del 40 %, el doble del límite del 20 % de la política."_s);
        dialog->accept();
        QVERIFY2(cut.isEmpty(), qPrintable(u"cut short:\n"_s + cut.join(u'\n')));
    });
    view->actions().findChild<QPushButton*>(u"deny"_s)->click();
    QVERIFY(dialogSeen);
    const QList<Decision> decisions = m_store->decisions(m_case).value();
    QCOMPARE(decisions.size(), 1);
    const QString kept = QString::fromUtf8(QJsonDocument(decisions.first().evaluation).toJson());
    QVERIFY2(kept.contains(u"not met"_s) && !kept.contains(u"cumplido"_s),
             qPrintable(kept.left(800)));

    bool previewSeen = false;
    whenShown<ExportPreviewDialog>([&](ExportPreviewDialog* dialog) {
        previewSeen = true;
        const QStringList cut = cutShort(dialog);
        test::keepScreenshot(dialog, u"06-export-preview"_s);
        dialog->reject();
        QVERIFY2(cut.isEmpty(), qPrintable(u"cut short:\n"_s + cut.join(u'\n')));
    });
    m_window->findChild<QAction*>(u"exportRecord"_s)->trigger();
    QVERIFY(previewSeen);

    const Result<CaseDossier> dossier = CaseDossier::read(*m_store, m_case);
    QVERIFY(dossier);
    const Document record =
        ReviewRecord::build(dossier.value(), test::director, QDateTime::currentDateTimeUtc());
    QCOMPARE(record.title, u"Case review record"_s);
    QVERIFY(record.plainText().contains(u"Missing information"_s) ||
            record.plainText().contains(u"Not met"_s));
    QVERIFY(!record.plainText().contains(u"No cumplido"_s));

    // The member reads English: the letter is English whatever the reviewer's interface.
    const Result<LetterKit> kit = LetterKit::load(m_dir->filePath(u"no-plan-letters"_s));
    QVERIFY2(kit, qPrintable(kit.error()));
    const Result<Document> letter =
        DeterminationLetter::build(dossier.value(), kit.value(), QDateTime::currentDateTimeUtc());
    QVERIFY2(letter, qPrintable(letter.error()));
    const QString words = letter->plainText();
    QVERIFY2(words.contains(u"Notice of denial of coverage"_s), qPrintable(words.left(400)));
    QVERIFY2(!words.contains(u"días"_s) && !words.contains(u"Página"_s), qPrintable(words));
}

void TestSpanish::preferencesAndLock()
{
    PreferencesDialog preferences;
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QCOMPARE(preferences.windowTitle(), u"Preferencias"_s);
    auto* language = preferences.findChild<QComboBox*>(u"language"_s);
    QVERIFY(language);
    QCOMPARE(language->itemText(2), u"Español"_s);
    // Qt's own texts, the standard buttons, come from Qt's Spanish translation.
    const auto* box = preferences.findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QVERIFY2(box->button(QDialogButtonBox::Cancel)->text().contains(u"Cancelar"_s),
             qPrintable(box->button(QDialogButtonBox::Cancel)->text()));
    VERIFY_NOTHING_CUT(&preferences);
    test::keepScreenshot(&preferences, u"07-preferences"_s);

    MainWindow* window = windowAs(test::nurse);
    window->lock(u"Bloqueado por prueba."_s);
    QVERIFY(window->isLocked());
    QStringList buttons;
    for (const QPushButton* b : window->findChildren<QPushButton*>())
        if (b->isVisible())
            buttons.append(b->text());
    QVERIFY2(buttons.contains(u"&Desbloquear"_s), qPrintable(buttons.join(u" | ")));
    QCoreApplication::sendPostedEvents(); // the new message's layout
    VERIFY_NOTHING_CUT(window);
    test::keepScreenshot(window, u"08-locked"_s);
}

void TestSpanish::administratorsScreens()
{
    MainWindow* window = windowAs(test::admin);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    VERIFY_NOTHING_CUT(window);
    test::keepScreenshot(window, u"09-administrator"_s);

    AccountsDialog accounts(test::sessionOf(m_db, test::admin));
    accounts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accounts));
    QCOMPARE(accounts.windowTitle(), u"Cuentas"_s);
    VERIFY_NOTHING_CUT(&accounts);
    test::keepScreenshot(&accounts, u"10-accounts"_s);
}

void TestSpanish::preferencesChoiceIsKept()
{
    QSettings().clear();
    PreferencesDialog preferences;
    auto* language = preferences.findChild<QComboBox*>(u"language"_s);
    QCOMPARE(language->currentIndex(), 0); // as the system, until the reviewer chooses
    language->setCurrentIndex(language->findData(u"en"_s));
    QVERIFY(preferences.save()); // English differs from this session's Spanish: after a restart
    QCOMPARE(Settings::interfaceLanguage(), u"en"_s);
    QCOMPARE(resolveLanguage(Settings::interfaceLanguage()), u"en"_s);
    QCOMPARE(PreferencesDialog().findChild<QComboBox*>(u"language"_s)->currentData(), u"en"_s);

    language->setCurrentIndex(language->findData(u"es"_s));
    QVERIFY(!preferences.save()); // what this session shows already
    language->setCurrentIndex(0);
    preferences.save();
    QVERIFY(Settings::interfaceLanguage().isEmpty());
}

// urdesk --lang: the language for one session, the options' help included; an unknown one is
// refused with the languages URDesk has.
void TestSpanish::langOption()
{
    QProcess urdesk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    urdesk.setProcessEnvironment(env);
    urdesk.start(QStringLiteral(URDESK_GUI_PATH), {u"--lang"_s, u"es"_s, u"--help"_s});
    QVERIFY(urdesk.waitForFinished(60'000));
    const QString help = QString::fromUtf8(urdesk.readAllStandardOutput());
    QVERIFY2(help.contains(u"revisión de utilización de autorizaciones previas"_s),
             qPrintable(help));
    QVERIFY(help.contains(u"El idioma de la interfaz en esta sesión"_s));

    urdesk.start(QStringLiteral(URDESK_GUI_PATH), {u"--lang=fr"_s});
    QVERIFY(urdesk.waitForFinished(60'000));
    QCOMPARE(urdesk.exitCode(), 2);
    const QString refused = QString::fromUtf8(urdesk.readAllStandardError());
    QVERIFY2(refused.contains(u"--lang fr: URDesk has no such language; it has en, es."_s),
             qPrintable(refused));
}

QTEST_MAIN(TestSpanish)
#include "tst_spanish.moc"
