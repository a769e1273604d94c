// urdesk: the reviewer's window.
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
    parser.process(app);

    const QString extra = parser.isSet(u"policies"_s) ? parser.value(u"policies"_s)
                                                      : urdesk::Settings::extraPolicyDirectory();
    const urdesk::PolicyCatalog catalog = urdesk::PolicyCatalog::load(extra);
    urdesk::MainWindow window(catalog);
    window.show();
    return app.exec();
}
