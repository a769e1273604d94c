#pragma once

#include "CaseFacts.h"
#include "Evaluation.h"
#include "Policy.h"

namespace urdesk {

// Evaluates a case against its policy: a pure function of the policy, the answers and the
// request date, with no I/O, cheap enough to run on every keystroke.
class Evaluator final
{
public:
    static Evaluation evaluate(const CaseFacts& facts, QDate requestDate);
};

} // namespace urdesk
