// The case-file reader (urdesk-cli evaluate), given any bytes; a case it reads is evaluated.
#include "CaseFile.h"
#include "Evaluator.h"
#include "FuzzSupport.h"
#include "PolicyCatalog.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::Setup setup;
    static const urdesk::PolicyCatalog catalog = urdesk::PolicyCatalog::load();
    const QString fileName = u"fuzzed-case.json"_s;
    const auto caseFile = urdesk::CaseFileReader::read(fuzz::bytes(data, size), fileName, catalog);
    fuzz::expectNamedRefusal(caseFile, fileName);
    if (caseFile)
        urdesk::Evaluator::evaluate(caseFile->facts, caseFile->requestDate);
    return 0;
}
