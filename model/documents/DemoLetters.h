#pragma once

#include "CaseStore.h"
#include "LetterKit.h"
#include "PolicyCatalog.h"

namespace urdesk {

// Letters of a demonstration database: files the determination letter of a few recently
// decided cases among their documents, as their decider would have sent it, so that a demo
// shows what a filed letter looks like.
class DemoLetters final
{
public:
    // Up to `perOutcome` approvals, partial approvals and denials each, none already
    // holding a letter; returns how many letters were filed. `filed` is called with each
    // letter once it is saved.
    static Result<int>
    file(CaseStore& store, const LetterKit& letters, int perOutcome = 2,
         const std::function<void(const CaseSummary&, const QString& fileName)>& filed = {});
    // demo::prepareDatabase(), and the letters filed when it added the cases now.
    static Done prepareDatabase(const std::shared_ptr<Database>& database,
                                const PolicyCatalog& catalog);
};

} // namespace urdesk
