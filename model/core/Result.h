#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace urdesk {

// The outcome of an operation that can fail with a message a user can act on
// (file, place, what is wrong). No exception crosses a module boundary.
template <typename T>
class Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (x : f().value())` must not refer into a temporary that is gone.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const QString& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// The outcome of an operation that gives nothing back but can fail.
using Done = Result<std::monostate>;
inline Done done()
{
    return std::monostate{};
}

// Only whether `r` succeeded, and why not.
template <typename T>
Done doneOf(const Result<T>& r)
{
    return r ? done() : Done::failure(r.error());
}

} // namespace urdesk
