#pragma once

#include "CaseStore.h"

namespace urdesk {

// Fills a database with realistic, clearly fictitious cases across the loaded policies,
// statuses, lines of business and due dates, for demonstrations and benchmarks.
class CaseSeeder final
{
public:
    // Saves `batchSize` cases per transaction; `saved` is called with each batch once it is
    // saved.
    static Result<int> seed(CaseStore& store, const Actor& actor, int count, quint32 randomSeed,
                            const std::function<void(const QList<CaseRecord>&)>& saved = {},
                            int batchSize = 2000);
};

} // namespace urdesk
