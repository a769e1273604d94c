#include "JsonParse.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace urdesk {

JsonParse parseJson(const QByteArray& text)
{
    JsonParse result;
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (!result.document.isObject())
            result.error = QCoreApplication::translate("urdesk::Json",
                                                       "line 1, column 1: expected a JSON object");
        return result;
    }
    int line = 1;
    int column = 1;
    const int end = qMin<int>(parseError.offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((text.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    result.error = QCoreApplication::translate("urdesk::Json", "line %1, column %2: %3")
                       .arg(line)
                       .arg(column)
                       .arg(parseError.errorString());
    return result;
}

} // namespace urdesk
