// The drug vocabulary reader (resources/drugs/), given any bytes as one more of its files,
// beside the built-in ones it may refer to.
#include "DrugVocabulary.h"
#include "FuzzSupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

const QList<urdesk::DrugVocabulary::File>& builtinFiles()
{
    static const QList<urdesk::DrugVocabulary::File> files = [] {
        QList<urdesk::DrugVocabulary::File> read;
        const QDir dir(u":/urdesk/drugs"_s);
        for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                read.append({name, f.readAll()});
        }
        return read;
    }();
    return files;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    builtinFiles();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = u"fuzzed-drugs.json"_s;
    QList<urdesk::DrugVocabulary::File> files = builtinFiles();
    files.append({fileName, fuzz::bytes(data, size)});
    fuzz::expectNamedRefusal(urdesk::DrugVocabulary::read(files), fileName);
    return 0;
}
