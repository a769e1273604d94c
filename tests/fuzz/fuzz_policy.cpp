// The policy reader, given any bytes: a policy, or a refusal that names the file.
#include "FuzzSupport.h"
#include "PolicyReader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    urdesk::PolicyReader::builtinCommon();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = u"fuzzed-policy.json"_s;
    fuzz::expectNamedRefusal(urdesk::PolicyReader::read(fuzz::bytes(data, size), fileName,
                                                        urdesk::PolicyReader::builtinCommon()),
                             fileName);
    return 0;
}
