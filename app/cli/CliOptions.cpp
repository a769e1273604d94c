#include "CliOptions.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace urdesk::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::cli)
};

struct ValueOption
{
    QStringView name;
    QString GlobalOptions::*field;
    QStringView valueName;
};

const std::array<ValueOption, 4> valueOptions{{
    {u"--policies", &GlobalOptions::policyDirectory, u"DIR"},
    {u"--database", &GlobalOptions::databasePath, u"FILE"},
    {u"--user", &GlobalOptions::user, u"NAME"},
    {u"--role", &GlobalOptions::role, u"ROLE"},
}};

} // namespace

Result<CommandLine> readCommandLine(QStringList arguments, const GlobalOptions& defaults)
{
    using R = Result<CommandLine>;
    CommandLine line;
    line.options = defaults;
    while (!arguments.isEmpty() && arguments.first().startsWith(u"--")) {
        const QString option = arguments.takeFirst();
        if (option == u"--init") {
            line.options.init = true;
            continue;
        }
        if (option == u"--help") {
            line.help = true;
            return line;
        }
        if (option == u"--version") {
            line.version = true;
            return line;
        }
        const auto known =
            std::find_if(valueOptions.begin(), valueOptions.end(), [&](const ValueOption& o) {
                return option == o.name ||
                       (option.startsWith(o.name) && option.mid(o.name.size(), 1) == u"=");
            });
        if (known == valueOptions.end())
            return R::failure(Text::tr("unknown option %1").arg(option));
        QString value;
        if (option == known->name) {
            // "--database --user nurse" lost its file: "--user" is not taken for one (a file
            // named so is given as --database=--user, or ./--user).
            if (arguments.isEmpty() || arguments.first().startsWith(u"--"))
                return R::failure(Text::tr("%1 needs a %2 after it")
                                      .arg(known->name.toString(), known->valueName.toString()));
            value = arguments.takeFirst();
        } else {
            value = option.mid(known->name.size() + 1);
        }
        if (value.isEmpty())
            return R::failure(Text::tr("%1: the %2 given is empty")
                                  .arg(known->name.toString(), known->valueName.toString()));
        line.options.*known->field = value;
    }
    line.command = arguments;
    return line;
}

} // namespace urdesk::cli
