#pragma once

#include "CaseFacts.h"
#include "Evaluation.h"
#include "Policy.h"

#include <QHash>

namespace urdesk {

// Evaluates a case against its policy: a pure function of the policy, the answers and the
// request date, with no I/O, cheap enough to run on every keystroke.
class Evaluator final
{
public:
    // `overrides`: criteria (node indexes) a medical director judged met (true) or not met.
    static Evaluation evaluate(const CaseFacts& facts, QDate requestDate,
                               const QHash<int, bool>& overrides = {});
};

} // namespace urdesk
