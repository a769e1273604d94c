#pragma once

#include "CaseFacts.h"
#include "Evaluation.h"

#include <QJsonObject>
#include <QString>

namespace urdesk {

// Renders an evaluation for people (the checklist as indented text) and for scripts (JSON).
class EvaluationReport final
{
public:
    static QString text(const CaseFacts& facts, const Evaluation& evaluation);
    static QJsonObject json(const CaseFacts& facts, const Evaluation& evaluation);
    // "met", "NOT MET", "missing", "n/a"; for conditions not covered "applies", ...
    static QString statusWord(Status status, bool conditionNotCovered);
};

} // namespace urdesk
