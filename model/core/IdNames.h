#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace urdesk {

// An enumeration's stable ids, as files and the database keep them ("inReview", "failure"):
// one table per enumeration, read both ways.
template <typename Enum>
struct IdName
{
    Enum value;
    const char16_t* id;
};

template <typename Enum, std::size_t N>
QString idOf(const IdName<Enum> (&names)[N], Enum value)
{
    for (const IdName<Enum>& n : names) {
        if (n.value == value)
            return QString::fromUtf16(n.id);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOfId(const IdName<Enum> (&names)[N], QStringView id)
{
    for (const IdName<Enum>& n : names) {
        if (id == QStringView(n.id))
            return n.value;
    }
    return std::nullopt;
}

} // namespace urdesk
