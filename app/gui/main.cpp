// urdesk: the reviewer's window.
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "PolicyCatalog.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"URDesk"_s);
    QApplication::setApplicationName(u"URDesk"_s);

    urdesk::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"URDesk: utilization review of drug prior authorizations"_s);
    parser.addHelpOption();
    parser.addOption({u"policies"_s,
                      QApplication::translate("main", "Also load the policy files in DIR."),
                      u"DIR"_s});
    parser.addOption({u"database"_s,
                      QApplication::translate("main", "The database file (default: %1).")
                          .arg(urdesk::Database::defaultPath()),
                      u"FILE"_s});
    parser.process(app);

    const QString extra = parser.isSet(u"policies"_s) ? parser.value(u"policies"_s)
                                                      : urdesk::Settings::extraPolicyDirectory();
    const urdesk::PolicyCatalog catalog = urdesk::PolicyCatalog::load(extra);
    const QString databasePath =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : urdesk::Database::defaultPath();
    const auto database = urdesk::DatabaseOpener::open(databasePath, nullptr);
    if (!database)
        return 1;
    urdesk::MainWindow window(catalog, database);
    window.show();
    return app.exec();
}
