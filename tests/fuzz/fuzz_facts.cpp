// The reader of the facts every policy shares (resources/facts/common.json), given any bytes.
#include "FuzzSupport.h"
#include "PolicyReader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = u"fuzzed-common.json"_s;
    fuzz::expectNamedRefusal(urdesk::PolicyReader::readCommon(fuzz::bytes(data, size), fileName),
                             fileName);
    return 0;
}
