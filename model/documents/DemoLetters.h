#pragma once

#include "CaseStore.h"
#include "PolicyCatalog.h"
#include "LetterKit.h"

namespace urdesk {

// Letters of a demonstration database: files the determination letter of a few recently
// decided cases among their documents, as their decider would have sent it, so that a demo
// shows what a filed letter looks like.
class DemoLetters final
{
public:
    // Up to `perOutcome` approvals, partial approvals and denials each, none already
    // holding a letter; returns how many letters were filed.
    static Result<int> file(CaseStore& store, const LetterKit& letters, int perOutcome = 2);
    // demo::prepareDatabase(), and the letters filed when it added the cases now.
    static Done prepareDatabase(const std::shared_ptr<Database>& database,
                                const PolicyCatalog& catalog);
};

} // namespace urdesk
