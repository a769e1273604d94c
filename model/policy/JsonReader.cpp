#include "JsonReader.h"
#include "IsoDate.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

constexpr int maxErrors = 50;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::JsonReader)
};

} // namespace

QString JsonReader::errorText() const
{
    QStringList lines = m_errors;
    if (m_errorCount > lines.size())
        lines.append(
            Text::tr("%1: ... and %n more error(s)", nullptr, int(m_errorCount - lines.size()))
                .arg(m_file));
    return lines.join(u'\n');
}

void JsonReader::error(const QString& path, const QString& what)
{
    ++m_errorCount;
    if (m_errors.size() < maxErrors)
        m_errors.append(QStringLiteral("%1: %2: %3").arg(m_file, path, what));
}

void JsonReader::checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            error(path, Text::tr("unknown key \"%1\"").arg(it.key()));
    }
}

QString JsonReader::string(const QJsonObject& o, QStringView key, const QString& path,
                           bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            error(path, Text::tr("\"%1\" is required").arg(key));
        return {};
    }
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        error(path + u'.' + key.toString(), Text::tr("expected a non-empty string"));
        return {};
    }
    return v.toString();
}

QStringList JsonReader::stringList(const QJsonValue& v, const QString& path)
{
    QStringList out;
    if (!v.isArray()) {
        error(path, Text::tr("expected an array of strings"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            error(QStringLiteral("%1[%2]").arg(path).arg(i), Text::tr("expected a string"));
        else
            out.append(a.at(i).toString());
    }
    return out;
}

std::optional<double> JsonReader::number(const QJsonValue& v, const QString& path)
{
    if (!v.isDouble()) {
        error(path, Text::tr("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

QDate JsonReader::date(const QJsonValue& v, const QString& path)
{
    const QDate d = v.isString() ? isoDate(v.toString()) : QDate();
    if (!d.isValid())
        error(path, Text::tr("expected a date as YYYY-MM-DD"));
    return d;
}

std::optional<Duration> JsonReader::duration(const QJsonObject& o, QStringView key,
                                             const QString& path)
{
    return duration(o.value(key), path + u'.' + key.toString());
}

std::optional<Duration> JsonReader::duration(const QJsonValue& v, const QString& path)
{
    static const QList<std::pair<QString, Duration::Unit>> units = {
        {u"days"_s, Duration::Unit::Days},
        {u"weeks"_s, Duration::Unit::Weeks},
        {u"months"_s, Duration::Unit::Months},
        {u"years"_s, Duration::Unit::Years},
    };
    const QJsonObject o = v.toObject();
    if (!v.isObject() || o.size() != 1) {
        error(path, Text::tr("expected a duration such as {\"days\": 28} or {\"months\": 6}"));
        return std::nullopt;
    }
    for (const auto& [name, unit] : units) {
        if (o.contains(name)) {
            const QJsonValue n = o.value(name);
            if (!n.isDouble() || n.toDouble() < 1 || n.toDouble() != std::floor(n.toDouble()) ||
                n.toDouble() > 10000) {
                error(path + u'.' + name, Text::tr("expected a whole number from 1 to 10000"));
                return std::nullopt;
            }
            return Duration{n.toInt(), unit};
        }
    }
    error(path, Text::tr("unknown duration unit \"%1\" (days, weeks, months or years)")
                    .arg(o.begin().key()));
    return std::nullopt;
}

void JsonReader::fileError(const QString& what)
{
    ++m_errorCount;
    if (m_errors.size() < maxErrors)
        m_errors.append(m_file + u": "_s + what);
}

} // namespace urdesk
