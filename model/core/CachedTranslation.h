#pragma once

#include <QString>

namespace urdesk {

// QCoreApplication::translate, remembered per thread and language. Reasons are rebuilt on every
// keystroke and translating a text costs more than evaluating a criterion; the interface
// language is fixed at start-up, so a translation never goes stale. `context`, `text` and
// `disambiguation` must be string literals: they are keyed by address.
QString cachedTranslate(const char* context, const char* text, const char* disambiguation = nullptr,
                        int n = -1);

} // namespace urdesk

// Q_DECLARE_TR_FUNCTIONS whose tr() goes through cachedTranslate. lupdate reads it as
// Q_DECLARE_TR_FUNCTIONS (-tr-function-alias in model/CMakeLists.txt).
#define URDESK_CACHED_TR_FUNCTIONS(context)                                                        \
public:                                                                                            \
    static QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)          \
    {                                                                                              \
        return ::urdesk::cachedTranslate(#context, text, disambiguation, n);                       \
    }                                                                                              \
                                                                                                   \
private:
