#pragma once

#include "CaseStore.h"

namespace urdesk {

// Fills a database with realistic, clearly fictitious cases across the loaded policies,
// statuses, lines of business and due dates, for demonstrations and benchmarks.
class CaseSeeder final
{
public:
    // `progress` is called after each batch with the number of cases saved so far.
    static Result<int> seed(CaseStore& store, const Actor& actor, int count, quint32 randomSeed,
                            const std::function<void(int)>& progress = {});
};

} // namespace urdesk
