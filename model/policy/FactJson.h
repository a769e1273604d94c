#pragma once

#include "Fact.h"

#include <QJsonValue>

namespace urdesk {

// Answers as JSON, the form case files and the case store keep them in (docs/case-format.md).
// Converts a JSON answer to a value of the fact's type; returns what is wrong, or an empty
// string. Range and options are checked when the value is set on a case (CaseFacts::set).
QString factValueFromJson(const FactDefinition& def, const QJsonValue& json, FactValue* out);
QJsonValue factValueToJson(const FactValue& value);
// A "YYYY-MM-DD" string as a date; invalid for anything else.
QDate isoDateFromJson(const QJsonValue& json);

} // namespace urdesk
