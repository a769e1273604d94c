#pragma once

#include <QDate>
#include <QString>

namespace urdesk {

// A day written YYYY-MM-DD and nothing else, or an invalid date. QDate::fromString with
// Qt::ISODate also takes "2026-01-01garbage": a file or a command line that says more than a
// day has not said which day it means.
inline QDate isoDate(const QString& text)
{
    if (text.size() != 10)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool wanted = (i == 4 || i == 7) ? c == u'-' : (c >= u'0' && c <= u'9');
        if (!wanted)
            return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace urdesk
