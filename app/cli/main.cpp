// urdesk-cli: URDesk without a window, for scripts and checks.
#include "CliCommands.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace urdesk;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "urdesk::cli",
        "Usage: urdesk-cli [--policies DIR] [--database FILE] [--user NAME] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  policies [--json]               list the loaded policies\n"
        "  lint FILE...                    check policy files\n"
        "  evaluate CASE.json [--json] [--check]\n"
        "                                  evaluate a case file against its policy\n"
        "  cases [--status S] [--json]     list the cases in the database (*)\n"
        "  seed --cases N [--list]         add N fictitious cases: a new FILE becomes a\n"
        "                                  demonstration database; an existing one needs an\n"
        "                                  administrator's sign-in (*)\n"
        "  audit verify                    check the audit trail's hash chain (*)\n"
        "  backup DEST [--force]           write a checked copy of the database; --force\n"
        "                                  replaces an existing DEST (*)\n"
        "  restore SOURCE                  put a backup in place; the database there is kept\n"
        "                                  (*, signed in against the backup)\n"
        "  repair-permissions              make the database's files readable by their owner\n"
        "                                  only (*)\n"
        "  export CASE --record|--letter --out FILE.pdf\n"
        "                                  write a case's review record or letter (*)\n"
        "  export --record|--letter [--status S] [--decided-since DATE] --out-dir DIR\n"
        "                                  the same for many cases, with a progress line (*)\n"
        "\n"
        "Options:\n"
        "  --policies DIR                  also load the policy files in DIR\n"
        "  --database FILE                 the database (default: URDesk's data folder)\n"
        "  --init                          create the database if there is none (alone: only\n"
        "                                  that); without it a missing file is an error\n"
        "  --user NAME                     (*) sign in as NAME; the password is asked for,\n"
        "                                  or read as one line from standard input\n"
        "  --role ROLE                     reviewNurse, medicalDirector or administrator, when\n"
        "                                  the account holds more than one\n"
        "  COMMAND --help                  the options of one command\n"
        "  --version                       the version of URDesk\n");
}

// The command word, found before the application exists: export needs QtGui for fonts.
QString commandOf(int argc, char* argv[])
{
    const QList<QByteArray> withValue{"--policies", "--database", "--user", "--role"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (withValue.contains(a))
            ++i;
        else if (!a.startsWith("-"))
            return QString::fromLocal8Bit(a);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Documents are laid out with fonts, which need a GUI platform; the headless one will do.
    const QString first = commandOf(argc, argv);
    const bool documents = first == u"export" || first == u"seed"; // seed files letters
    if (documents && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        documents ? std::make_unique<QGuiApplication>(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"URDesk"_s);
    QCoreApplication::setApplicationName(u"URDesk"_s);
    installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Streams io{out, err};

    cli::GlobalOptions defaults;
    defaults.policyDirectory = Settings::extraPolicyDirectory();
    const Result<cli::CommandLine> line =
        cli::readCommandLine(QCoreApplication::arguments().mid(1), defaults);
    if (!line) {
        err << line.error() << "\n\n" << usage();
        return 2;
    }
    if (line.value().help) {
        out << usage();
        return 0;
    }
    if (line.value().version) {
        out << "urdesk-cli " << URDESK_VERSION << '\n';
        return 0;
    }
    const cli::GlobalOptions& options = line.value().options;
    QStringList args = line.value().command;
    if (args.isEmpty() && options.init)
        return cli::init(options, io);
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == u"policies")
        return cli::policies(options, args, io);
    if (command == u"lint")
        return cli::lint(options, args, io);
    if (command == u"evaluate")
        return cli::evaluate(options, args, io);
    if (command == u"cases")
        return cli::cases(options, args, io);
    if (command == u"seed")
        return cli::seed(options, args, io);
    if (command == u"audit")
        return cli::audit(options, args, io);
    if (command == u"backup")
        return cli::backup(options, args, io);
    if (command == u"repair-permissions")
        return cli::repairPermissions(options, args, io);
    if (command == u"restore")
        return cli::restore(options, args, io);
    if (command == u"export")
        return cli::exportCases(options, args, io);
    err << QCoreApplication::translate("urdesk::cli", "unknown command \"%1\"").arg(command)
        << "\n\n"
        << usage();
    return 2;
}
