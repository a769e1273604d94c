// The case-file reader (urdesk-cli evaluate), given any bytes; a case it reads is evaluated.
#include "CaseFile.h"
#include "Evaluator.h"
#include "FuzzSupport.h"
#include "PolicyCatalog.h"

using namespace Qt::StringLiterals;

namespace {

const urdesk::PolicyCatalog& catalog()
{
    static const urdesk::PolicyCatalog loaded = urdesk::PolicyCatalog::load();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    catalog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = u"fuzzed-case.json"_s;
    const auto caseFile =
        urdesk::CaseFileReader::read(fuzz::bytes(data, size), fileName, catalog());
    fuzz::expectNamedRefusal(caseFile, fileName);
    if (caseFile)
        urdesk::Evaluator::evaluate(caseFile->facts, caseFile->requestDate);
    return 0;
}
