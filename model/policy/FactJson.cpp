#include "FactJson.h"

#include "DrugVocabulary.h"
#include "IsoDate.h"

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
    return id.isEmpty() || DrugVocabulary::builtin().drugClass(id);
}

bool knownRoute(const QString& id)
{
    return id.isEmpty() || DrugVocabulary::builtin().route(id);
}

QString unknownKey(const QJsonObject& o, const QStringList& keys, const QString& at)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return atPath(at, Text::tr("unknown key \"%1\"").arg(it.key()));
    }
    return {};
}

// The keys a course and a current drug share: the drug, and how the reviewer classified it.
QString readMention(const QJsonObject& o, const QString& at, DrugMention* m)
{
    m->drug = o.value(u"drug").toString();
    m->drugClass = o.value(u"class").toString();
    m->route = o.value(u"route").toString();
    m->classifiedBy = o.value(u"classifiedBy").toString();
    if (!knownClass(m->drugClass))
        return atPath(at + u".class"_s, Text::tr("unknown drug class \"%1\"").arg(m->drugClass));
    if (!knownRoute(m->route))
        return atPath(at + u".route"_s, Text::tr("unknown route \"%1\"").arg(m->route));
    return {};
}

void writeMention(const DrugMention& m, QJsonObject& o)
{
    if (!m.drugClass.isEmpty())
        o.insert(u"class"_s, m.drugClass);
    if (!m.route.isEmpty())
        o.insert(u"route"_s, m.route);
    if (!m.classifiedBy.isEmpty())
        o.insert(u"classifiedBy"_s, m.classifiedBy);
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
            static const QStringList keys = {
                u"drug"_s, u"class"_s,   u"route"_s,  u"classifiedBy"_s, u"potency"_s, u"start"_s,
                u"end"_s,  u"outcome"_s, u"sample"_s, u"for"_s,          u"note"_s};
            if (const QString problem = unknownKey(o, keys, at); !problem.isEmpty())
                return problem;
            TherapyEntry e;
            if (const QString problem = readMention(o, at, &e); !problem.isEmpty())
                return problem;
            if (o.contains(u"for")) {
                const auto indication = indicationFromId(o.value(u"for").toString());
                if (!indication)
                    return atPath(at + u".for"_s,
                                  Text::tr("expected thisCondition, otherCondition or unstated"));
                e.indication = *indication;
            }
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
            const QString at = QStringLiteral("[%1]").arg(i);
            CurrentDrug drug;
            drug.drug = item.toString();
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                static const QStringList keys = {u"drug"_s, u"class"_s, u"route"_s,
                                                 u"classifiedBy"_s, u"note"_s};
                if (const QString problem = unknownKey(o, keys, at); !problem.isEmpty())
                    return problem;
                if (const QString problem = readMention(o, at, &drug); !problem.isEmpty())
                    return problem;
            } else if (!item.isString()) {
                return atPath(at, Text::tr("expected a drug name or object"));
            }
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
    return v.isString() ? isoDate(v.toString()) : QDate();
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
                writeMention(e, o);
                if (e.indication != Indication::Unstated)
                    o.insert(u"for"_s, indicationId(e.indication));
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
                QJsonObject o{{u"drug"_s, d.drug}};
                writeMention(d, o);
                if (o.size() == 1)
                    a.append(d.drug);
                else
                    a.append(o);
            }
            return a;
        }
    };
    return std::visit(ToJson{}, value);
}

} // namespace urdesk
