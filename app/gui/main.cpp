// urdesk: the reviewer's window.
#include "DatabaseOpener.h"
#include "DemoAccounts.h"
#include "DemoLetters.h"
#include "Duration.h"
#include "FormParts.h"
#include "PolicyCatalog.h"
#include "PrivateFiles.h"
#include "Settings.h"
#include "SignInFlow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

// --lang, read before the parser: every text the parser shows, its help included, is
// translated, so the language must be installed first.
QString languageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    }
    return {};
}

// --help and --version print and exit, with no window: they must work where there is no
// display (a terminal over SSH, a build machine), so no GUI platform is started for them.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" ||
            a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                               : std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(u"URDesk"_s);
    QApplication::setApplicationName(u"URDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(URDESK_VERSION));

    const QString language = languageOption(QApplication::arguments());
    urdesk::installTranslations(language.isEmpty() ? urdesk::Settings::interfaceLanguage()
                                                   : language);
    // Reasons carry dates too: in the window they read like every other date on it.
    urdesk::dates::setInTextFormat(urdesk::shortDateFormat());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "URDesk: utilization review of drug prior authorizations"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"lang"_s,
         QApplication::translate("main", "The interface language for this session: "
                                         "%1 (default: Preferences, else the system's).")
             .arg(urdesk::supportedLanguages().join(u", ")),
         u"LANGUAGE"_s});
    parser.addOption({u"policies"_s,
                      QApplication::translate("main", "Also load the policy files in DIR."),
                      u"DIR"_s});
    parser.addOption({u"database"_s,
                      QApplication::translate("main", "The database file (default: %1).")
                          .arg(urdesk::Database::defaultPath()),
                      u"FILE"_s});
    parser.addOption(
        {u"demo"_s, QApplication::translate(
                        "main", "Open a demonstration database (default: %1) with demo "
                                "accounts and fictitious cases; the README lists the passwords.")
                        .arg(urdesk::demo::defaultPath())});
    parser.addOption(
        {u"init"_s, QApplication::translate("main", "Create the database file if there is none; "
                                                    "without it, a missing file is an error.")});
    parser.process(*app);
    if (!language.isEmpty() && !urdesk::supportedLanguages().contains(language)) {
        qCritical("%s",
                  qUtf8Printable(QApplication::translate("main", "--lang %1: URDesk has no such "
                                                                 "language; it has %2.")
                                     .arg(language, urdesk::supportedLanguages().join(u", "))));
        return 2;
    }
    // `--database=` from a script whose variable was unset must not mean the default file.
    for (const QString& option : {u"database"_s, u"policies"_s}) {
        if (parser.isSet(option) && parser.value(option).isEmpty()) {
            qCritical("%s", qUtf8Printable(QApplication::translate("main", "--%1: the value "
                                                                           "given is empty.")
                                               .arg(option)));
            return 2;
        }
    }

    const QString extra = parser.isSet(u"policies"_s) ? parser.value(u"policies"_s)
                                                      : urdesk::Settings::extraPolicyDirectory();
    const urdesk::PolicyCatalog catalog = urdesk::PolicyCatalog::load(extra);
    const bool demo = parser.isSet(u"demo"_s);
    const QString databasePath = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                 : demo                      ? urdesk::demo::defaultPath()
                                                             : urdesk::Database::defaultPath();
    // A demonstration database is made when missing; any other only when asked (--init).
    const auto database = urdesk::DatabaseOpener::open(databasePath, nullptr,
                                                       demo || parser.isSet(u"init"_s)
                                                           ? urdesk::Database::IfMissing::Create
                                                           : urdesk::Database::IfMissing::Refuse);
    if (!database)
        return 1;
    // Said at every start until an administrator repairs it: others can read every record.
    if (const QStringList loose = urdesk::PrivateFiles::loose(database->path()); !loose.isEmpty())
        QMessageBox::warning(
            nullptr, QApplication::translate("main", "Database Readable by Others"),
            QApplication::translate(
                "main", "Other users of this computer can read the database's files:\n%1\n\n"
                        "Ask an administrator to run \"urdesk-cli --database %2 --user NAME "
                        "repair-permissions\".")
                .arg(loose.join(u'\n'), QDir::toNativeSeparators(database->path())));
    if (demo) {
        if (const urdesk::Done prepared = urdesk::DemoLetters::prepareDatabase(database, catalog);
            !prepared) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "URDesk"),
                QApplication::translate("main", "%1 cannot be used as a demonstration database: %2")
                    .arg(database->path(), prepared.error()));
            return 1;
        }
    }
    urdesk::SignInFlow flow(catalog, database, demo);
    if (!flow.start())
        return 0;
    return QApplication::exec();
}
