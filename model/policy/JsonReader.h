#pragma once

#include "Duration.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace urdesk {

// Reads typed values out of parsed JSON, collecting every problem as "file: JSON path: what
// is wrong" (up to a limit), so that a reader of a file format reports them all at once.
class JsonReader
{
public:
    explicit JsonReader(QString fileName)
        : m_file(std::move(fileName))
    {}

    bool failed() const { return !m_errors.isEmpty(); }
    QString errorText() const;
    void error(const QString& path, const QString& what);
    void checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& path);
    QString string(const QJsonObject& o, QStringView key, const QString& path, bool required);
    QStringList stringList(const QJsonValue& v, const QString& path);
    std::optional<double> number(const QJsonValue& v, const QString& path);
    QDate date(const QJsonValue& v, const QString& path);
    std::optional<Duration> duration(const QJsonValue& v, const QString& path);
    // The duration at `key` of `o`, the object at `path`.
    std::optional<Duration> duration(const QJsonObject& o, QStringView key, const QString& path);
    // A problem with the file as a whole, such as broken JSON.
    void fileError(const QString& what);

private:
    QString m_file;
    QStringList m_errors;
    int m_errorCount = 0;
};

} // namespace urdesk
