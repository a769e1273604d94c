#pragma once

#include <QString>

namespace urdesk {

// QCoreApplication::translate, remembered per thread. Reasons are rebuilt on every keystroke
// and translating a text costs more than evaluating a criterion; the interface language is
// fixed at start-up, so a translation never goes stale. `context` and `text` must be string
// literals: they are keyed by address.
QString cachedTranslate(const char* context, const char* text, int n = -1);

} // namespace urdesk
