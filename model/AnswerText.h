#pragma once

#include "Fact.h"

#include <QString>

namespace urdesk {

// An answer as a person reads it in a record: option labels rather than ids, units, dates
// as YYYY-MM-DD, one therapy course a line.
QString answerText(const FactDefinition& fact, const FactValue& value);

} // namespace urdesk
