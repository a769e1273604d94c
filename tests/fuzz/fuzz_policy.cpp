// The policy reader, given any bytes: a policy, or a refusal that names the file.
#include "FuzzSupport.h"
#include "PolicyReader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::Setup setup;
    const QString fileName = u"fuzzed-policy.json"_s;
    fuzz::expectNamedRefusal(urdesk::PolicyReader::read(fuzz::bytes(data, size), fileName,
                                                        urdesk::PolicyReader::builtinCommon()),
                             fileName);
    return 0;
}
