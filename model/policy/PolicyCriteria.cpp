// Reading a policy's criteria: the tree of criteria, their tests and approval durations.
#include "PolicyFileReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace urdesk::detail {

namespace {

const QStringList nodeKeys = {
    u"id"_s,          u"label"_s,       u"text"_s,       u"plain"_s,
    u"source"_s,      u"appliesWhen"_s, u"approval"_s,   u"all"_s,
    u"one"_s,         u"atLeast"_s,     u"of"_s,         u"not"_s,
    u"fact"_s,        u"is"_s,          u"in"_s,         u"atMost"_s,
    u"greaterThan"_s, u"lessThan"_s,    u"between"_s,    u"sinceAtLeast"_s,
    u"countWithin"_s, u"requestType"_s, u"age"_s,        u"therapy"_s,
    u"concomitant"_s, u"currentDrug"_s, u"prescriber"_s, u"quantityExceedsLimit"_s,
    u"during"_s,      u"comment"_s,
};

} // namespace

// ---- criteria --------------------------------------------------------------------------

int PolicyFileReader::node(const QJsonValue& value, const QString& path, int parent, bool hidden)
{
    if (!value.isObject()) {
        error(path, Text::tr("expected a criterion object"));
        return -1;
    }
    const QJsonObject o = value.toObject();
    checkKeys(o, nodeKeys, path);
    const int index = int(m_policy.nodes.size());
    m_policy.nodes.emplace_back();
    {
        CriterionNode& n = m_policy.nodes.back();
        n.parent = parent;
        n.depth = parent < 0 ? 0 : m_policy.nodes[size_t(parent)].depth + 1;
        n.hidden = hidden;
        n.label = string(o, u"label", path, false);
        n.text = string(o, u"text", path, !hidden);
        n.plain = plain(o, path);
        n.source = string(o, u"source", path, false);
        // Unless stated, a criterion stands in the part of the document its parent does.
        if (n.source.isEmpty() && parent >= 0)
            n.source = m_policy.nodes[size_t(parent)].source;
        n.id = hidden ? QStringLiteral("~%1").arg(index) : string(o, u"id", path, true);
    }
    if (!hidden) {
        const QString id = m_policy.nodes.back().id;
        if (!id.isEmpty() && m_nodeIds.contains(id))
            error(path + u".id"_s, Text::tr("duplicate criterion id \"%1\"").arg(id));
        m_nodeIds.insert(id);
    }

    static const QStringList composites = {u"all"_s, u"one"_s, u"of"_s, u"not"_s};
    int shapes = 0;
    for (const QString& k : composites)
        shapes += o.contains(k) ? 1 : 0;
    const bool isComposite = shapes > 0;
    if (shapes > 1)
        error(path, Text::tr("a criterion is one of all, one, atLeast/of or not"));

    if (isComposite) {
        CriterionNode::Kind kind = CriterionNode::Kind::All;
        QJsonArray children;
        QString childKey;
        if (o.contains(u"all")) {
            kind = CriterionNode::Kind::All;
            childKey = u"all"_s;
        } else if (o.contains(u"one")) {
            kind = CriterionNode::Kind::One;
            childKey = u"one"_s;
        } else if (o.contains(u"of")) {
            kind = CriterionNode::Kind::AtLeast;
            childKey = u"of"_s;
            const QJsonValue n = o.value(u"atLeast");
            if (!n.isDouble() || n.toInt() < 1)
                error(path + u".atLeast"_s,
                      Text::tr("\"of\" needs \"atLeast\": a whole number ≥ 1"));
            else
                m_policy.nodes[size_t(index)].required = n.toInt();
        }
        if (o.contains(u"not")) {
            m_policy.nodes[size_t(index)].kind = CriterionNode::Kind::Not;
            // The negated test is the NOT node's own criterion: it has no number of its own.
            const int child = node(o.value(u"not"), path + u".not"_s, index, true);
            if (child >= 0)
                m_policy.nodes[size_t(index)].children.append(child);
        } else {
            m_policy.nodes[size_t(index)].kind = kind;
            children = o.value(childKey).toArray();
            if (!o.value(childKey).isArray() || children.isEmpty())
                error(path + u'.' + childKey, Text::tr("expected a non-empty array of criteria"));
            for (int i = 0; i < children.size(); ++i) {
                const int child =
                    node(children.at(i), QStringLiteral("%1.%2[%3]").arg(path, childKey).arg(i),
                         index, hidden);
                if (child >= 0)
                    m_policy.nodes[size_t(index)].children.append(child);
            }
            if (kind == CriterionNode::Kind::AtLeast &&
                m_policy.nodes[size_t(index)].required > children.size())
                error(path + u".atLeast"_s, Text::tr("at least %1 of %2 criteria can never be met")
                                                .arg(m_policy.nodes[size_t(index)].required)
                                                .arg(children.size()));
        }
    } else {
        m_policy.nodes[size_t(index)].kind = CriterionNode::Kind::Leaf;
        QList<int> facts;
        CriterionTest t = test(o, path, &facts);
        m_policy.nodes[size_t(index)].test = std::move(t);
        m_policy.nodes[size_t(index)].facts = facts;
    }

    if (o.contains(u"appliesWhen")) {
        const int when = node(o.value(u"appliesWhen"), path + u".appliesWhen"_s, index, true);
        m_policy.nodes[size_t(index)].appliesWhen = when;
    }
    if (o.contains(u"approval"))
        m_policy.nodes[size_t(index)].approval =
            approval(o.value(u"approval"), path + u".approval"_s);
    return index;
}

std::optional<ApprovalDuration> PolicyFileReader::approval(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = v.toObject();
    ApprovalDuration a;
    if (o.contains(u"initial") || o.contains(u"continuation")) {
        checkKeys(o, {u"initial"_s, u"continuation"_s}, path);
        if (o.contains(u"initial"))
            a.initial = duration(o, u"initial", path);
        if (o.contains(u"continuation"))
            a.continuation = duration(o, u"continuation", path);
    } else {
        a.initial = duration(v, path);
        a.continuation = a.initial;
    }
    return a;
}

int PolicyFileReader::requireFactOfType(const QJsonObject& o, const QString& path,
                                        QList<FactType> types, const QString& what)
{
    const int f = factRef(o.value(u"fact"), path + u".fact"_s);
    if (f >= 0 && !types.contains(m_policy.facts.at(f).type))
        error(path,
              Text::tr("fact \"%1\" is %2; %3")
                  .arg(m_policy.facts.at(f).id, factTypeName(m_policy.facts.at(f).type), what));
    return f;
}

CriterionTest PolicyFileReader::test(const QJsonObject& o, const QString& path, QList<int>* facts)
{
    auto dep = [&](QStringView id) {
        const int f = m_policy.fact(id);
        if (f >= 0 && !facts->contains(f))
            facts->append(f);
    };
    if (o.contains(u"fact")) {
        FactTest t;
        using Op = FactTest::Op;
        const QString num = Text::tr("this test needs a number fact");
        if (o.contains(u"is")) {
            t.fact = requireFactOfType(o, path, {FactType::YesNo},
                                       Text::tr("\"is\" needs a yesNo fact"));
            if (!o.value(u"is").isBool())
                error(path + u".is"_s, Text::tr("expected true or false"));
            t.op = o.value(u"is").toBool() ? Op::IsTrue : Op::IsFalse;
        } else if (o.contains(u"in")) {
            t.fact = requireFactOfType(o, path, {FactType::Choice, FactType::Multi},
                                       Text::tr("\"in\" needs a choice or multi fact"));
            t.op = Op::In;
            t.options = stringList(o.value(u"in"), path + u".in"_s);
            if (t.fact >= 0) {
                for (const QString& opt : std::as_const(t.options)) {
                    if (m_policy.facts.at(t.fact).optionIndex(opt) < 0)
                        error(path + u".in"_s, Text::tr("fact \"%1\" has no option \"%2\"")
                                                   .arg(m_policy.facts.at(t.fact).id, opt));
                }
            }
        } else if (o.contains(u"countWithin")) {
            t.fact = requireFactOfType(o, path, {FactType::Dates},
                                       Text::tr("\"countWithin\" needs a dates fact"));
            t.op = Op::CountWithin;
            t.duration = duration(o, u"countWithin", path).value_or(Duration{});
            const QJsonValue n = o.value(u"atLeast");
            if (!n.isDouble() || n.toInt() < 1)
                error(path + u".atLeast"_s,
                      Text::tr("\"countWithin\" needs \"atLeast\": a count ≥ 1"));
            t.a = n.toInt();
            if (o.contains(u"during")) {
                t.during = lists(o.value(u"during"), path + u".during"_s);
                dep(u"therapies");
            }
        } else if (o.contains(u"sinceAtLeast")) {
            t.fact = requireFactOfType(o, path, {FactType::Date},
                                       Text::tr("\"sinceAtLeast\" needs a date fact"));
            t.op = Op::SinceAtLeast;
            t.duration = duration(o, u"sinceAtLeast", path).value_or(Duration{});
        } else if (o.contains(u"between")) {
            t.fact = requireFactOfType(o, path, {FactType::Number}, num);
            t.op = Op::Between;
            const QJsonArray range = o.value(u"between").toArray();
            if (range.size() != 2 || !range.at(0).isDouble() || !range.at(1).isDouble() ||
                range.at(0).toDouble() > range.at(1).toDouble())
                error(path + u".between"_s, Text::tr("expected [low, high]"));
            t.a = range.at(0).toDouble();
            t.b = range.at(1).toDouble();
        } else {
            static const QList<std::pair<QString, Op>> comparisons = {
                {u"atLeast"_s, Op::AtLeast},
                {u"atMost"_s, Op::AtMost},
                {u"greaterThan"_s, Op::GreaterThan},
                {u"lessThan"_s, Op::LessThan},
            };
            bool found = false;
            for (const auto& [key, op] : comparisons) {
                if (o.contains(key)) {
                    t.fact = requireFactOfType(o, path, {FactType::Number}, num);
                    t.op = op;
                    t.a = number(o.value(key), path + u'.' + key).value_or(0);
                    found = true;
                    break;
                }
            }
            if (!found)
                error(path, Text::tr("a fact test needs is, in, atLeast, atMost, greaterThan, "
                                     "lessThan, between, sinceAtLeast or countWithin"));
        }
        if (t.fact >= 0)
            facts->append(t.fact);
        return t;
    }
    if (o.contains(u"requestType")) {
        FactTest t;
        t.fact = m_policy.fact(u"request.type");
        t.op = FactTest::Op::In;
        t.options = o.value(u"requestType").isArray()
                        ? stringList(o.value(u"requestType"), path + u".requestType"_s)
                        : QStringList{o.value(u"requestType").toString()};
        for (const QString& opt : std::as_const(t.options)) {
            if (t.fact < 0 || m_policy.facts.at(t.fact).optionIndex(opt) < 0)
                error(path + u".requestType"_s, Text::tr("unknown request type \"%1\"").arg(opt));
        }
        dep(u"request.type");
        return t;
    }
    if (o.contains(u"age")) {
        const QString p = path + u".age"_s;
        const QJsonObject a = o.value(u"age").toObject();
        checkKeys(a, {u"atLeast"_s, u"unit"_s}, p);
        AgeTest t;
        const QString unit = a.value(u"unit").toString(u"years"_s);
        if (unit != u"years" && unit != u"months")
            error(p + u".unit"_s, Text::tr("age is in years or months"));
        const QJsonValue n = a.value(u"atLeast");
        if (!n.isDouble() || n.toInt() < 0 || n.toInt() > 150)
            error(p + u".atLeast"_s, Text::tr("expected a whole number of %1").arg(unit));
        t.minimum =
            Duration{n.toInt(), unit == u"months" ? Duration::Unit::Months : Duration::Unit::Years};
        dep(u"member.birthDate");
        return t;
    }
    if (o.contains(u"therapy")) {
        dep(u"therapies");
        return therapy(o.value(u"therapy"), path + u".therapy"_s);
    }
    if (o.contains(u"concomitant")) {
        dep(u"therapies");
        return concomitant(o.value(u"concomitant"), path + u".concomitant"_s);
    }
    if (o.contains(u"currentDrug")) {
        const QString p = path + u".currentDrug"_s;
        const QJsonObject c = o.value(u"currentDrug").toObject();
        checkKeys(c, {u"lists"_s}, p);
        CurrentDrugTest t;
        t.lists = lists(c.value(u"lists"), p + u".lists"_s);
        dep(u"currentDrugs");
        return t;
    }
    if (o.contains(u"prescriber")) {
        dep(u"prescriber.specialty");
        dep(u"prescriber.consultedSpecialty");
        return prescriber(o.value(u"prescriber"), path + u".prescriber"_s, dep);
    }
    if (o.contains(u"quantityExceedsLimit")) {
        if (o.value(u"quantityExceedsLimit") != QJsonValue(true))
            error(path + u".quantityExceedsLimit"_s, Text::tr("expected true"));
        m_usesQuantity = true;
        dep(u"request.quantity");
        dep(u"request.daysSupply");
        dep(u"request.channel");
        return QuantityTest{};
    }
    error(path, Text::tr("a criterion needs a test (fact, requestType, age, therapy, concomitant, "
                         "currentDrug, prescriber, quantityExceedsLimit) or children (all, one, "
                         "atLeast/of, not)"));
    return FactTest{};
}

Potency PolicyFileReader::minimumPotency(const QJsonObject& o, const QString& path)
{
    if (!o.contains(u"minimumPotency"))
        return Potency::Unknown;
    const auto p = potencyFromId(o.value(u"minimumPotency").toString());
    if (!p || *p == Potency::Unknown) {
        error(path + u".minimumPotency"_s, Text::tr("expected low, medium, high or superHigh"));
        return Potency::Unknown;
    }
    return *p;
}

QList<TherapyOutcome> PolicyFileReader::outcomes(const QJsonObject& o, const QString& path)
{
    QList<TherapyOutcome> out;
    if (!o.contains(u"outcomes"))
        return out;
    for (const QString& id : stringList(o.value(u"outcomes"), path + u".outcomes"_s)) {
        const auto outcome = therapyOutcomeFromId(id);
        if (!outcome)
            error(path + u".outcomes"_s, Text::tr("unknown outcome \"%1\"").arg(id));
        else
            out.append(*outcome);
    }
    return out;
}

ConcomitantTest PolicyFileReader::concomitant(const QJsonValue& v, const QString& path)
{
    const QJsonObject c = v.toObject();
    checkKeys(c,
              {u"lists"_s, u"with"_s, u"minimumPotency"_s, u"outcomes"_s, u"minimumDuration"_s,
               u"consecutive"_s},
              path);
    ConcomitantTest t;
    t.first = lists(c.value(u"lists"), path + u".lists"_s);
    t.second = lists(c.value(u"with"), path + u".with"_s);
    t.minimumPotency = minimumPotency(c, path);
    t.outcomes = outcomes(c, path);
    if (c.contains(u"minimumDuration"))
        t.minimumDuration = duration(c.value(u"minimumDuration"), path + u".minimumDuration"_s)
                                .value_or(Duration{});
    t.consecutive = c.value(u"consecutive").toBool();
    return t;
}

template <typename Dep>
PrescriberTest PolicyFileReader::prescriber(const QJsonValue& v, const QString& path, Dep dep)
{
    PrescriberTest t;
    const int f = m_policy.fact(u"prescriber.specialty");
    auto check = [&](const QStringList& specialties, const QString& at) {
        for (const QString& s : specialties) {
            if (f < 0 || m_policy.facts.at(f).optionIndex(s) < 0)
                error(at, Text::tr("unknown specialty \"%1\"").arg(s));
        }
    };
    if (!v.isObject()) {
        t.specialties = stringList(v, path);
        check(t.specialties, path);
        return t;
    }
    // "a specialist in the area of the individual's diagnosis": a table by diagnosis.
    const QJsonObject o = v.toObject();
    checkKeys(o, {u"byDiagnosis"_s}, path);
    t.diagnosisFact = m_policy.fact(u"diagnosis");
    if (t.diagnosisFact < 0)
        error(path, Text::tr("byDiagnosis needs the policy's \"diagnosis\" fact"));
    else
        dep(u"diagnosis");
    const QJsonObject table = o.value(u"byDiagnosis").toObject();
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QString at = path + u".byDiagnosis."_s + it.key();
        if (t.diagnosisFact >= 0 && m_policy.facts.at(t.diagnosisFact).optionIndex(it.key()) < 0)
            error(at, Text::tr("unknown diagnosis \"%1\"").arg(it.key()));
        const QStringList specialties = stringList(it.value(), at);
        check(specialties, at);
        t.byDiagnosis.insert(it.key(), specialties);
    }
    if (table.isEmpty())
        error(path + u".byDiagnosis"_s, Text::tr("name the specialists of each diagnosis"));
    return t;
}

TherapyTest PolicyFileReader::therapy(const QJsonValue& v, const QString& path)
{
    TherapyTest t;
    const QJsonObject o = v.toObject();
    if (!v.isObject()) {
        error(path, Text::tr("expected a therapy query object"));
        return t;
    }
    checkKeys(o,
              {u"lists"_s, u"requestedDrug"_s, u"minimumPotency"_s, u"outcomes"_s,
               u"minimumDuration"_s, u"longerThan"_s, u"consecutive"_s, u"within"_s, u"current"_s,
               u"adherent"_s, u"unlessContraindicatedOrIntolerant"_s},
              path);
    if (o.contains(u"lists"))
        t.lists = lists(o.value(u"lists"), path + u".lists"_s);
    t.requestedDrug = o.value(u"requestedDrug").toBool();
    if (t.requestedDrug)
        t.lists |= DrugListMask(1); // list 0: the drugs the policy covers
    if (t.lists == 0)
        error(path, Text::tr("a therapy query needs \"lists\" or \"requestedDrug\": true"));
    t.minimumPotency = minimumPotency(o, path);
    t.outcomes = outcomes(o, path);

    if (o.contains(u"minimumDuration") && o.contains(u"longerThan"))
        error(path, Text::tr("use minimumDuration or longerThan, not both"));
    if (o.contains(u"minimumDuration"))
        t.minimumDuration = duration(o, u"minimumDuration", path).value_or(Duration{});
    if (o.contains(u"longerThan")) {
        t.minimumDuration = duration(o, u"longerThan", path).value_or(Duration{});
        t.durationStrictlyLonger = true;
    }
    if (o.contains(u"within"))
        t.within = duration(o, u"within", path).value_or(Duration{});
    t.current = o.value(u"current").toBool();
    t.consecutive = o.value(u"consecutive").toBool();
    if (t.consecutive && (t.current || !o.contains(u"minimumDuration")))
        error(path + u".consecutive"_s,
              Text::tr("\"consecutive\" qualifies a minimumDuration of a past trial"));
    if (o.contains(u"adherent")) {
        const QJsonObject a = o.value(u"adherent").toObject();
        checkKeys(a, {u"covered"_s, u"window"_s}, path + u".adherent"_s);
        t.adherenceCovered =
            duration(a.value(u"covered"), path + u".adherent.covered"_s).value_or(Duration{});
        t.adherenceWindow =
            duration(a.value(u"window"), path + u".adherent.window"_s).value_or(Duration{});
    }
    t.unlessContraindicatedOrIntolerant = o.value(u"unlessContraindicatedOrIntolerant").toBool();
    return t;
}

} // namespace urdesk::detail
