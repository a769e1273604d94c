// urdesk-cli's reading of its command line (--database and the other options before the
// command), given any arguments: one argument per line of the input.
#include "CliOptions.h"
#include "FuzzSupport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QStringList arguments = QString::fromUtf8(fuzz::bytes(data, size)).split(u'\n');
    const urdesk::Result<urdesk::cli::CommandLine> line =
        urdesk::cli::readCommandLine(arguments, urdesk::cli::GlobalOptions{});
    if (!line) {
        // A refusal names the option it is about, as it was given.
        const bool named = std::any_of(arguments.begin(), arguments.end(), [&](const QString& a) {
            return a.startsWith(u"--"_s) && line.error().contains(a.section(u'=', 0, 0));
        });
        if (!named) {
            std::fprintf(stderr, "refusal without the option: %s\n", qPrintable(line.error()));
            std::abort();
        }
        return 0;
    }
    // What was read as options holds no empty value: `--database=` would mean the default
    // database. (After --help or --version nothing more is read.)
    if (line.value().help || line.value().version)
        return 0;
    const qsizetype read = arguments.size() - line.value().command.size();
    for (qsizetype i = 0; i < read; ++i) {
        const QString& a = arguments.at(i);
        const bool emptyValue = a == u"--policies="_s || a == u"--database="_s ||
                                a == u"--user="_s || a == u"--role="_s ||
                                (i > 0 && arguments.at(i - 1).startsWith(u"--"_s) && a.isEmpty());
        if (emptyValue) {
            std::fprintf(stderr, "an empty value was taken: %s\n", qPrintable(a));
            std::abort();
        }
    }
    return 0;
}
