#pragma once

// What every harness shares: its input as a QByteArray, and the rules every reader keeps
// whatever the bytes (no Qt warning, an error that says which file). A broken rule aborts,
// which libFuzzer reports as a crash with the input that caused it.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void failOnQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    std::fprintf(stderr, "Qt message while reading: %s\n", qPrintable(message));
    std::abort();
}

// Called by each harness's LLVMFuzzerInitialize, before the first input: what is set up there
// (the built-in policies, say) is not timed as part of an input.
inline void setUp()
{
    qInstallMessageHandler(failOnQtMessages);
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A refusal names the file it is about.
template <typename R>
void expectNamedRefusal(const R& result, const QString& fileName)
{
    if (result.ok() || result.error().contains(fileName))
        return;
    std::fprintf(stderr, "refusal without the file's name: %s\n", qPrintable(result.error()));
    std::abort();
}

} // namespace fuzz
