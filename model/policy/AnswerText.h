#pragma once

#include "Duration.h"
#include "Fact.h"

#include <QString>

#include <functional>

namespace urdesk {

// An answer as a person reads it in a record: option labels rather than ids, units, dates
// as `date` writes them (YYYY-MM-DD unless told), one therapy course a line.
using DateText = std::function<QString(QDate)>;
QString answerText(const FactDefinition& fact, const FactValue& value,
                   const DateText& date = &dates::iso);

} // namespace urdesk
