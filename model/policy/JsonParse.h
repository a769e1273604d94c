#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace urdesk {

// Parses JSON text; on a syntax error, says where as "line L, column C".
struct JsonParse
{
    QJsonDocument document;
    QString error; // empty when the text parsed
};

JsonParse parseJson(const QByteArray& text);

} // namespace urdesk
