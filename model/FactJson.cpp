#include "FactJson.h"

#include "PolicyReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::FactJson)
};

// "[2].end: expected a date": where in the value, then what is wrong there.
QString atPath(const QString& path, const QString& problem)
{
    return Text::tr("%1: %2").arg(path, problem);
}

bool knownClass(const QString& id)
{
    if (id.isEmpty())
        return true;
    for (const FactOption& c : PolicyReader::builtinCommon().drugClasses) {
        if (c.id == id)
            return true;
    }
    return false;
}

} // namespace

QString factValueFromJson(const FactDefinition& def, const QJsonValue& v, FactValue* out)
{
    const QString dateFormat = Text::tr("expected a date as YYYY-MM-DD");
    switch (def.type) {
    case FactType::YesNo:
        if (!v.isBool())
            return Text::tr("expected true or false");
        *out = v.toBool();
        return {};
    case FactType::Number:
        if (!v.isDouble())
            return Text::tr("expected a number");
        *out = v.toDouble();
        return {};
    case FactType::Date: {
        const QDate d = isoDateFromJson(v);
        if (!d.isValid())
            return dateFormat;
        *out = d;
        return {};
    }
    case FactType::Dates: {
        if (!v.isArray())
            return Text::tr("expected an array of dates");
        QList<QDate> list;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QDate d = isoDateFromJson(a.at(i));
            if (!d.isValid())
                return atPath(QStringLiteral("[%1]").arg(i), dateFormat);
            list.append(d);
        }
        *out = list;
        return {};
    }
    case FactType::Choice:
        if (!v.isString())
            return Text::tr("expected one of: %1").arg([&] {
                QStringList ids;
                for (const FactOption& o : def.options)
                    ids.append(o.id);
                return ids.join(u", ");
            }());
        *out = v.toString();
        return {};
    case FactType::Multi: {
        if (!v.isArray())
            return Text::tr("expected an array of options");
        QStringList list;
        for (const QJsonValue& item : v.toArray())
            list.append(item.toString());
        *out = list;
        return {};
    }
    case FactType::Therapies: {
        if (!v.isArray())
            return Text::tr("expected an array of therapy courses");
        QList<TherapyEntry> list;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("[%1]").arg(i);
            const QJsonObject o = a.at(i).toObject();
            if (!a.at(i).isObject())
                return atPath(at, Text::tr("expected an object"));
            static const QStringList keys = {u"drug"_s, u"class"_s,   u"potency"_s, u"start"_s,
                                             u"end"_s,  u"outcome"_s, u"sample"_s,  u"note"_s};
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!keys.contains(it.key()))
                    return atPath(at, Text::tr("unknown key \"%1\"").arg(it.key()));
            }
            TherapyEntry e;
            e.drug = o.value(u"drug").toString();
            e.drugClass = o.value(u"class").toString();
            if (!knownClass(e.drugClass))
                return atPath(at + u".class"_s,
                              Text::tr("unknown drug class \"%1\"").arg(e.drugClass));
            if (o.contains(u"potency")) {
                const auto p = potencyFromId(o.value(u"potency").toString());
                if (!p)
                    return atPath(at + u".potency"_s,
                                  Text::tr("expected low, medium, high, superHigh or unknown"));
                e.potency = *p;
            }
            const auto outcome = therapyOutcomeFromId(o.value(u"outcome").toString(u"none"_s));
            if (!outcome)
                return atPath(at + u".outcome"_s,
                              Text::tr("expected none, failure, inadequateResponse, intolerance or "
                                       "contraindication"));
            e.outcome = *outcome;
            if (o.contains(u"start")) {
                e.start = isoDateFromJson(o.value(u"start"));
                if (!e.start.isValid())
                    return atPath(at + u".start"_s, dateFormat);
                if (!o.contains(u"end"))
                    return atPath(at, Text::tr("\"end\" is required: a date, or \"ongoing\""));
            }
            if (o.contains(u"end") && o.value(u"end").toString() != u"ongoing") {
                e.end = isoDateFromJson(o.value(u"end"));
                if (!e.end.isValid())
                    return atPath(at + u".end"_s,
                                  Text::tr("expected a date as YYYY-MM-DD, or \"ongoing\""));
            }
            e.sample = o.value(u"sample").toBool();
            list.append(e);
        }
        *out = list;
        return {};
    }
    case FactType::Drugs: {
        if (!v.isArray())
            return Text::tr("expected an array of drugs");
        QList<CurrentDrug> list;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            CurrentDrug drug{item.toString(), {}, 0};
            if (item.isObject()) {
                drug.drug = item.toObject().value(u"drug").toString();
                drug.drugClass = item.toObject().value(u"class").toString();
            } else if (!item.isString()) {
                return atPath(QStringLiteral("[%1]").arg(i),
                              Text::tr("expected a drug name or object"));
            }
            if (!knownClass(drug.drugClass))
                return atPath(QStringLiteral("[%1].class").arg(i),
                              Text::tr("unknown drug class \"%1\"").arg(drug.drugClass));
            list.append(drug);
        }
        *out = list;
        return {};
    }
    }
    return {};
}

QDate isoDateFromJson(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

QJsonValue factValueToJson(const FactValue& value)
{
    struct ToJson
    {
        QJsonValue operator()(std::monostate) const { return QJsonValue::Null; }
        QJsonValue operator()(bool b) const { return b; }
        QJsonValue operator()(double d) const { return d; }
        QJsonValue operator()(const QDate& d) const { return d.toString(Qt::ISODate); }
        QJsonValue operator()(const QList<QDate>& dates) const
        {
            QJsonArray a;
            for (const QDate& d : dates)
                a.append(d.toString(Qt::ISODate));
            return a;
        }
        QJsonValue operator()(const QString& s) const { return s; }
        QJsonValue operator()(const QStringList& list) const
        {
            return QJsonArray::fromStringList(list);
        }
        QJsonValue operator()(const QList<TherapyEntry>& entries) const
        {
            QJsonArray a;
            for (const TherapyEntry& e : entries) {
                QJsonObject o{{u"drug"_s, e.drug}, {u"outcome"_s, therapyOutcomeId(e.outcome)}};
                if (!e.drugClass.isEmpty())
                    o.insert(u"class"_s, e.drugClass);
                if (e.potency != Potency::Unknown)
                    o.insert(u"potency"_s, potencyId(e.potency));
                if (e.start.isValid()) {
                    o.insert(u"start"_s, e.start.toString(Qt::ISODate));
                    o.insert(u"end"_s, e.ongoing() ? u"ongoing"_s : e.end.toString(Qt::ISODate));
                }
                if (e.sample)
                    o.insert(u"sample"_s, true);
                a.append(o);
            }
            return a;
        }
        QJsonValue operator()(const QList<CurrentDrug>& drugs) const
        {
            QJsonArray a;
            for (const CurrentDrug& d : drugs) {
                if (d.drugClass.isEmpty())
                    a.append(d.drug);
                else
                    a.append(QJsonObject{{u"drug"_s, d.drug}, {u"class"_s, d.drugClass}});
            }
            return a;
        }
    };
    return std::visit(ToJson{}, value);
}

} // namespace urdesk
