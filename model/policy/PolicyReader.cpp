// Reading policy files: facts, drug lists, words in other languages, the whole file.
#include "PolicyReader.h"

#include "DrugSetReader.h"
#include "JsonParse.h"
#include "PolicyFileReader.h"
#include "Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

constexpr int maxDrugLists = 64; // a DrugListMask has one bit a list

// The languages a policy gives its words in besides its own (English): each is a key, "es".
QStringList translationLanguages()
{
    QStringList out = supportedLanguages();
    out.removeAll(u"en"_s);
    return out;
}

} // namespace

namespace detail {

PolicyFileReader::PolicyFileReader(QString fileName, const CommonDefinitions* common)
    : JsonReader(std::move(fileName))
    , m_common(common)
    , m_vocabulary(common ? common->vocabulary : &DrugVocabulary::builtin())
{}

// ---- words in other languages ------------------------------------------------------

QJsonObject PolicyFileReader::object(const QJsonValue& v, const QString& path)
{
    if (!v.isObject())
        error(path, Text::tr("expected an object"));
    return v.toObject();
}

// A criterion in words a member understands: one English sentence, or an object with one
// sentence for each language ({"en": "...", "es": "..."}).
QHash<QString, QString> PolicyFileReader::plain(const QJsonObject& o, const QString& path)
{
    QHash<QString, QString> out;
    const QJsonValue v = o.value(u"plain");
    const QString p = path + u".plain"_s;
    if (v.isUndefined())
        return out;
    if (v.isString()) {
        out.insert(u"en"_s, string(o, u"plain", path, true));
        return out;
    }
    const QJsonObject byLanguage = object(v, p);
    checkKeys(byLanguage, supportedLanguages(), p);
    for (const QString& language : supportedLanguages()) {
        if (byLanguage.contains(language))
            out.insert(language, string(byLanguage, language, p, true));
    }
    return out;
}

// What a drug is counted in: {"one": "tablet", "many": "tablets"}.
CountUnit PolicyFileReader::countUnit(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = object(v, path);
    checkKeys(o, {u"one"_s, u"many"_s}, path);
    return {string(o, u"one", path, true), string(o, u"many", path, true)};
}

// ---- facts -------------------------------------------------------------------------

FactDefinition PolicyFileReader::fact(const QJsonObject& o, const QString& path)
{
    static const QStringList keys =
        QStringList{u"id"_s,      u"label"_s,   u"question"_s, u"help"_s,    u"source"_s,
                    u"type"_s,    u"unit"_s,    u"minimum"_s,  u"maximum"_s, u"integer"_s,
                    u"options"_s, u"askWhen"_s, u"comment"_s} +
        translationLanguages();
    checkKeys(o, keys, path);
    FactDefinition f;
    f.id = string(o, u"id", path, true);
    f.label = string(o, u"label", path, false);
    f.question = string(o, u"question", path, true);
    f.help = string(o, u"help", path, false);
    f.source = string(o, u"source", path, false);
    f.unit = string(o, u"unit", path, false);
    for (const QString& language : translationLanguages()) {
        if (!o.contains(language))
            continue;
        const QString p = path + u'.' + language;
        const QJsonObject words = object(o.value(language), p);
        checkKeys(words, {u"label"_s, u"question"_s, u"help"_s, u"unit"_s}, p);
        f.translated.insert(language,
                            {string(words, u"label", p, false), string(words, u"question", p, true),
                             string(words, u"help", p, false), string(words, u"unit", p, false)});
    }
    const QString type = string(o, u"type", path, true);
    static const QList<FactType> types = {FactType::YesNo,     FactType::Number, FactType::Date,
                                          FactType::Dates,     FactType::Choice, FactType::Multi,
                                          FactType::Therapies, FactType::Drugs};
    bool known = false;
    for (FactType t : types) {
        if (factTypeName(t) == type) {
            f.type = t;
            known = true;
        }
    }
    if (!known && !type.isEmpty())
        error(path + u".type"_s,
              Text::tr("unknown fact type \"%1\" (yesNo, number, date, dates, choice, multi, "
                       "therapies, drugs)")
                  .arg(type));
    if (o.contains(u"minimum"))
        f.minimum = number(o.value(u"minimum"), path + u".minimum"_s);
    if (o.contains(u"maximum"))
        f.maximum = number(o.value(u"maximum"), path + u".maximum"_s);
    if (f.minimum && f.maximum && *f.minimum > *f.maximum)
        error(path, Text::tr("minimum %1 is above maximum %2").arg(*f.minimum).arg(*f.maximum));
    f.integer = o.value(u"integer").toBool();
    if ((o.contains(u"minimum") || o.contains(u"maximum") || o.contains(u"unit")) &&
        f.type != FactType::Number)
        error(path, Text::tr("unit and range apply to number facts only"));
    if (f.type == FactType::Choice || f.type == FactType::Multi) {
        const QJsonArray options = o.value(u"options").toArray();
        if (options.isEmpty())
            error(path + u".options"_s, Text::tr("a choice needs at least one option"));
        for (int i = 0; i < options.size(); ++i) {
            const QString p = QStringLiteral("%1.options[%2]").arg(path).arg(i);
            const QJsonObject opt = options.at(i).toObject();
            checkKeys(opt, QStringList{u"id"_s, u"label"_s} + translationLanguages(), p);
            FactOption option{string(opt, u"id", p, true), string(opt, u"label", p, true), {}};
            for (const QString& language : translationLanguages()) {
                if (opt.contains(language))
                    option.translated.insert(language, string(opt, language, p, true));
            }
            if (f.optionIndex(option.id) >= 0)
                error(p, Text::tr("duplicate option \"%1\"").arg(option.id));
            f.options.append(option);
        }
    } else if (o.contains(u"options")) {
        error(path + u".options"_s, Text::tr("options apply to choice and multi facts only"));
    }
    return f;
}

void PolicyFileReader::addFact(const FactDefinition& f, const QString& path)
{
    if (f.id.isEmpty())
        return;
    if (m_policy.factIndex.contains(f.id)) {
        error(path + u".id"_s, Text::tr("duplicate fact \"%1\"").arg(f.id));
        return;
    }
    m_policy.factIndex.insert(f.id, int(m_policy.facts.size()));
    m_policy.facts.append(f);
}

int PolicyFileReader::factRef(const QJsonValue& v, const QString& path)
{
    const QString id = v.toString();
    const int index = m_policy.factIndex.value(id, -1);
    if (index < 0)
        error(path, Text::tr("unknown fact \"%1\"").arg(id));
    return index;
}

// ---- drug lists ----------------------------------------------------------------------

void PolicyFileReader::addDrugSet(const DrugSet& set, const QString& path)
{
    if (listIndex(set.id) >= 0 && !set.id.isEmpty()) {
        error(path + u".id"_s, Text::tr("duplicate drug list \"%1\"").arg(set.id));
        return;
    }
    if (m_policy.drugSets.size() >= maxDrugLists) {
        error(path, Text::tr("more than %1 drug lists").arg(maxDrugLists));
        return;
    }
    m_policy.drugSets.append(set);
    m_listPaths.append(path);
}

int PolicyFileReader::listIndex(const QString& id) const
{
    for (int i = 0; i < m_policy.drugSets.size(); ++i) {
        if (m_policy.drugSets.at(i).id == id)
            return i;
    }
    return -1;
}

// The policy's diagnoses, which a drug list's purpose may name.
QStringList PolicyFileReader::diagnoses() const
{
    QStringList ids;
    const int f = m_policy.fact(u"diagnosis");
    if (f >= 0) {
        for (const FactOption& o : m_policy.facts.at(f).options)
            ids.append(o.id);
    }
    return ids;
}

DrugListMask PolicyFileReader::lists(const QJsonValue& v, const QString& path)
{
    DrugListMask mask = 0;
    const QStringList ids = stringList(v, path);
    if (ids.isEmpty() && v.isArray())
        error(path, Text::tr("name at least one drug list"));
    for (const QString& id : ids) {
        const int i = listIndex(id);
        if (i < 0)
            error(path, Text::tr("unknown drug list \"%1\"").arg(id));
        else
            mask |= DrugListMask(1) << i;
    }
    return mask;
}

// ---- whole files -----------------------------------------------------------------------

void PolicyFileReader::readFacts(const QJsonObject& root,
                                 QList<std::pair<int, QJsonValue>>* askWhen)
{
    const QJsonArray facts = root.value(u"facts").toArray();
    if (root.contains(u"facts") && !root.value(u"facts").isArray())
        error(u"$.facts"_s, Text::tr("expected an array of facts"));
    for (int i = 0; i < facts.size(); ++i) {
        const QString p = QStringLiteral("$.facts[%1]").arg(i);
        const FactDefinition f = fact(facts.at(i).toObject(), p);
        addFact(f, p);
        if (facts.at(i).toObject().contains(u"askWhen") && m_policy.factIndex.contains(f.id))
            askWhen->append({m_policy.factIndex.value(f.id), facts.at(i)});
    }
}

void PolicyFileReader::readDrugLists(const QJsonObject& root)
{
    DrugSetReader sets(*this, *m_vocabulary);
    const QJsonArray lists = root.value(u"drugLists").toArray();
    const QStringList diagnosisIds = diagnoses();
    for (int i = 0; i < lists.size(); ++i) {
        const QString p = QStringLiteral("$.drugLists[%1]").arg(i);
        addDrugSet(sets.read(lists.at(i).toObject(), p, diagnosisIds), p);
    }
}

// A fact asked only when an earlier answer makes it relevant must not depend on itself.
void PolicyFileReader::checkAskWhenCycles()
{
    const int n = int(m_policy.facts.size());
    QList<int> state(n, 0); // 0 unvisited, 1 on stack, 2 done
    std::function<bool(int, QStringList&)> visit = [&](int f, QStringList& chain) {
        if (state[f] == 1) {
            chain.append(m_policy.facts.at(f).id);
            return true;
        }
        if (state[f] == 2)
            return false;
        state[f] = 1;
        chain.append(m_policy.facts.at(f).id);
        const int when = m_policy.facts.at(f).askWhen;
        if (when >= 0) {
            for (int g : factsUnder(when)) {
                if (visit(g, chain))
                    return true;
            }
        }
        chain.removeLast();
        state[f] = 2;
        return false;
    };
    for (int f = 0; f < n; ++f) {
        QStringList chain;
        if (visit(f, chain)) {
            error(QStringLiteral("$.facts (%1)").arg(chain.first()),
                  Text::tr("askWhen conditions depend on each other in a cycle: %1")
                      .arg(chain.join(u" → ")));
            return;
        }
    }
}

QList<int> PolicyFileReader::factsUnder(int nodeIndex) const
{
    QList<int> out;
    QList<int> todo{nodeIndex};
    while (!todo.isEmpty()) {
        const CriterionNode& n = m_policy.nodes[size_t(todo.takeLast())];
        out += n.facts;
        todo += n.children;
        if (n.appliesWhen >= 0)
            todo.append(n.appliesWhen);
    }
    return out;
}

// The file's top-level object; false, with the error recorded, when its JSON is broken.
bool PolicyFileReader::openRoot(const QByteArray& json, QJsonObject* root)
{
    const JsonParse parsed = parseJson(json);
    if (!parsed.error.isEmpty()) {
        fileError(parsed.error);
        return false;
    }
    *root = parsed.document.object();
    return true;
}

Result<CommonDefinitions> PolicyFileReader::readCommon(const QByteArray& json)
{
    QJsonObject root;
    if (!openRoot(json, &root))
        return Result<CommonDefinitions>::failure(errorText());
    checkKeys(root, {u"format"_s, u"facts"_s, u"drugLists"_s, u"comment"_s}, u"$"_s);
    if (root.value(u"format").toString() != u"urdesk-common/1")
        error(u"$.format"_s, Text::tr("expected \"urdesk-common/1\""));
    QList<std::pair<int, QJsonValue>> askWhen;
    readFacts(root, &askWhen);
    if (!askWhen.isEmpty())
        error(u"$.facts"_s, Text::tr("shared facts cannot have askWhen"));
    readDrugLists(root);
    if (failed())
        return Result<CommonDefinitions>::failure(errorText());
    CommonDefinitions common;
    common.facts = m_policy.facts;
    common.vocabulary = m_vocabulary;
    common.drugSets = m_policy.drugSets;
    return common;
}

Result<Policy> PolicyFileReader::read(const QByteArray& json)
{
    QJsonObject root;
    if (!openRoot(json, &root))
        return Result<Policy>::failure(errorText());
    static const QStringList keys = {u"format"_s,
                                     u"id"_s,
                                     u"payer"_s,
                                     u"title"_s,
                                     u"number"_s,
                                     u"revision"_s,
                                     u"effectiveDate"_s,
                                     u"document"_s,
                                     u"kind"_s,
                                     u"drugs"_s,
                                     u"approvalMonthLengthDays"_s,
                                     u"defaultApproval"_s,
                                     u"facts"_s,
                                     u"drugLists"_s,
                                     u"criteria"_s,
                                     u"conditionsNotCovered"_s,
                                     u"quantityLimits"_s,
                                     u"comment"_s};
    checkKeys(root, keys, u"$"_s);
    if (root.value(u"format").toString() != u"urdesk-policy/1")
        error(u"$.format"_s, Text::tr("expected \"urdesk-policy/1\""));
    Policy& p = m_policy;
    p.id = string(root, u"id", u"$"_s, true);
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9.-]*$"_s);
    if (!p.id.isEmpty() && !idPattern.match(p.id).hasMatch())
        error(u"$.id"_s, Text::tr("use lower-case letters, digits, dots and hyphens"));
    p.payer = string(root, u"payer", u"$"_s, true);
    p.title = string(root, u"title", u"$"_s, true);
    p.number = string(root, u"number", u"$"_s, true);
    p.revision = string(root, u"revision", u"$"_s, true);
    p.document = string(root, u"document", u"$"_s, false);
    if (root.contains(u"effectiveDate"))
        p.effectiveDate = date(root.value(u"effectiveDate"), u"$.effectiveDate"_s);
    else
        error(u"$"_s, Text::tr("\"effectiveDate\" is required"));
    const QString kind = root.value(u"kind").toString(u"priorAuthorization"_s);
    if (kind == u"quantityLimit")
        p.kind = Policy::Kind::QuantityLimit;
    else if (kind != u"priorAuthorization")
        error(u"$.kind"_s, Text::tr("expected priorAuthorization or quantityLimit"));
    if (root.contains(u"approvalMonthLengthDays")) {
        const QJsonValue m = root.value(u"approvalMonthLengthDays");
        if (!m.isDouble() || m.toInt() < 28 || m.toInt() > 31)
            error(u"$.approvalMonthLengthDays"_s,
                  Text::tr("expected a whole number of days from 28 to 31"));
        p.approvalMonthLengthDays = m.toInt();
    }
    if (root.contains(u"defaultApproval"))
        p.defaultApproval = duration(root.value(u"defaultApproval"), u"$.defaultApproval"_s);

    const QJsonArray drugs = root.value(u"drugs").toArray();
    if (drugs.isEmpty())
        error(u"$.drugs"_s, Text::tr("name at least one covered drug"));
    DrugSet covered;
    covered.id = u"requestedDrug"_s;
    covered.closed = true;
    covered.title = drugs.isEmpty() ? Text::tr("the requested drug")
                                    : drugs.first().toObject().value(u"name").toString();
    DrugSetPart requested;
    requested.includesRequested = true;
    for (int i = 0; i < drugs.size(); ++i) {
        const QString path = QStringLiteral("$.drugs[%1]").arg(i);
        const QJsonObject d = drugs.at(i).toObject();
        checkKeys(
            d,
            QStringList{u"name"_s, u"generic"_s, u"form"_s, u"unit"_s, u"route"_s, u"aliases"_s} +
                translationLanguages(),
            path);
        CoveredDrug drug;
        drug.name = string(d, u"name", path, true);
        drug.generic = string(d, u"generic", path, true);
        drug.form = string(d, u"form", path, false);
        drug.route = string(d, u"route", path, false);
        if (d.contains(u"unit"))
            drug.unit = countUnit(d.value(u"unit"), path + u".unit"_s);
        for (const QString& language : translationLanguages()) {
            if (!d.contains(language))
                continue;
            const QString at = path + u'.' + language;
            const QJsonObject words = object(d.value(language), at);
            checkKeys(words, {u"form"_s, u"unit"_s}, at);
            drug.translatedForm.insert(language, string(words, u"form", at, true));
            if (words.contains(u"unit"))
                drug.translatedUnit.insert(language,
                                           countUnit(words.value(u"unit"), at + u".unit"_s));
        }
        if (d.contains(u"aliases"))
            drug.aliases = stringList(d.value(u"aliases"), path + u".aliases"_s);
        requestedDrug(drug, path, &requested);
        p.drugs.append(drug);
    }
    covered.parts.append(requested);

    for (const FactDefinition& f : m_common->facts)
        addFact(f, Text::tr("(shared facts)"));
    QList<std::pair<int, QJsonValue>> askWhen;
    readFacts(root, &askWhen);

    p.shared = {p.fact(u"member.birthDate"),
                p.fact(u"request.type"),
                p.fact(u"prescriber.specialty"),
                p.fact(u"prescriber.consultedSpecialty"),
                p.fact(u"therapies"),
                p.fact(u"currentDrugs"),
                p.fact(u"request.quantity"),
                p.fact(u"request.daysSupply"),
                p.fact(u"request.channel")};
    addDrugSet(covered, u"$.drugs"_s);
    for (const DrugSet& set : m_common->drugSets)
        addDrugSet(set, Text::tr("(shared drug lists)"));
    readDrugLists(root);
    DrugSetReader(*this, *m_vocabulary).resolveIncludes(p.drugSets, m_listPaths);
    p.vocabulary = m_vocabulary;

    if (root.contains(u"criteria"))
        p.root = node(root.value(u"criteria"), u"$.criteria"_s, -1, false);
    else
        error(u"$"_s, Text::tr("\"criteria\" is required"));
    const QJsonArray conditions = root.value(u"conditionsNotCovered").toArray();
    for (int i = 0; i < conditions.size(); ++i) {
        const int c =
            node(conditions.at(i), QStringLiteral("$.conditionsNotCovered[%1]").arg(i), -1, false);
        if (c >= 0)
            p.conditionsNotCovered.append(c);
    }
    for (const auto& [factIndex, value] : std::as_const(askWhen)) {
        const int when =
            node(value.toObject().value(u"askWhen"),
                 QStringLiteral("$.facts[%1].askWhen").arg(factIndex - m_common->facts.size()), -1,
                 true);
        p.facts[factIndex].askWhen = when;
    }
    checkAskWhenCycles();
    readQuantity(root);
    countQuantityInTheDrugsUnit();
    if (failed())
        return Result<Policy>::failure(errorText());
    return std::move(m_policy);
}

// The shared "quantity requested" is counted in this policy's drug's unit: "2 prefilled
// pens or syringes" in the form and the record, never a bare 2.
void PolicyFileReader::countQuantityInTheDrugsUnit()
{
    Policy& p = m_policy;
    const int quantity = p.fact(u"request.quantity");
    if (quantity < 0)
        return;
    FactDefinition& f = p.facts[quantity];
    f.unit = p.unitIn(u"en"_s).many;
    for (const QString& language : translationLanguages()) {
        if (!f.translated.contains(language))
            continue;
        f.translated[language].unit = p.unitIn(language).many;
    }
}

// The drug under review: its ingredient, and its route where the ingredient has several.
void PolicyFileReader::requestedDrug(const CoveredDrug& drug, const QString& path,
                                     DrugSetPart* requested)
{
    const DrugVocabulary::Ingredient* in = m_vocabulary->ingredient(drug.generic);
    if (!in) {
        if (!drug.generic.isEmpty())
            error(path + u".generic"_s,
                  Text::tr("\"%1\" is not an ingredient of the drug vocabulary").arg(drug.generic));
        return;
    }
    if (!drug.route.isEmpty() && !in->routes.contains(drug.route))
        error(path + u".route"_s, Text::tr("%1 has no route \"%2\" (%3)")
                                      .arg(in->id, drug.route, in->routes.keys().join(u", ")));
    if (drug.route.isEmpty() && in->routes.size() > 1)
        error(path + u".route"_s, Text::tr("%1 has several routes (%2): say which one is covered")
                                      .arg(in->id, in->routes.keys().join(u", ")));
    requested->ingredients.append(in->id);
    if (!drug.route.isEmpty())
        requested->routes.append(drug.route);
}

void PolicyFileReader::readQuantity(const QJsonObject& root)
{
    if (!root.contains(u"quantityLimits")) {
        if (m_policy.kind == Policy::Kind::QuantityLimit)
            error(u"$"_s, Text::tr("a quantityLimit policy needs \"quantityLimits\""));
        if (m_usesQuantity)
            error(u"$"_s, Text::tr("quantityExceedsLimit needs \"quantityLimits\""));
        return;
    }
    const QString path = u"$.quantityLimits"_s;
    const QJsonObject q = root.value(u"quantityLimits").toObject();
    checkKeys(q, {u"product"_s, u"unit"_s, u"standard"_s, u"exception"_s}, path);
    QuantityRule rule;
    rule.product = string(q, u"product", path, true);
    rule.unit = string(q, u"unit", path, true);
    const int channel = m_policy.fact(u"request.channel");
    auto limits = [&](QStringView key) {
        QList<QuantityLimit> out;
        const QJsonArray a = q.value(key).toArray();
        if (a.isEmpty())
            error(path + u'.' + key.toString(), Text::tr("expected at least one limit"));
        for (int i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1.%2[%3]").arg(path, key.toString()).arg(i);
            const QJsonObject l = a.at(i).toObject();
            checkKeys(l, {u"channel"_s, u"quantity"_s, u"days"_s}, p);
            QuantityLimit limit;
            limit.channel = string(l, u"channel", p, true);
            if (channel < 0 || m_policy.facts.at(channel).optionIndex(limit.channel) < 0)
                error(p + u".channel"_s, Text::tr("unknown channel \"%1\"").arg(limit.channel));
            limit.quantity = number(l.value(u"quantity"), p + u".quantity"_s).value_or(0);
            limit.days = l.value(u"days").toInt();
            if (limit.quantity <= 0)
                error(p + u".quantity"_s, Text::tr("expected a quantity above 0"));
            if (limit.days < 1)
                error(p + u".days"_s, Text::tr("expected a whole number of days ≥ 1"));
            out.append(limit);
        }
        return out;
    };
    rule.standard = limits(u"standard");
    rule.exception = limits(u"exception");
    m_policy.quantity = rule;
}

} // namespace detail

Result<CommonDefinitions> PolicyReader::readCommon(const QByteArray& json, const QString& fileName)
{
    detail::PolicyFileReader reader(fileName, nullptr);
    return reader.readCommon(json);
}

Result<Policy> PolicyReader::read(const QByteArray& json, const QString& fileName,
                                  const CommonDefinitions& common)
{
    detail::PolicyFileReader reader(fileName, &common);
    return reader.read(json);
}

const CommonDefinitions& PolicyReader::builtinCommon()
{
    static const CommonDefinitions common = [] {
        const QString path = u":/urdesk/facts/common.json"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("URDesk's built-in shared definitions are missing from the binary");
        Result<CommonDefinitions> r = readCommon(file.readAll(), path);
        if (!r)
            qFatal("URDesk's built-in shared definitions are invalid: %s", qPrintable(r.error()));
        return std::move(r).value();
    }();
    return common;
}

} // namespace urdesk
