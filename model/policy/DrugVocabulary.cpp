#include "DrugVocabulary.h"

#include "JsonParse.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::DrugVocabulary)
};

} // namespace

QStringList drugWords(const QString& text)
{
    QString s = text.toCaseFolded();
    s.remove(u'®').remove(u'™').remove(u'*');
    // Separators between names; a hyphen too ("BUDESONIDE-FORMOTEROL", "NB-UVB"), but not the
    // decimal point of a strength ("0.05%").
    static const QRegularExpression separators(uR"([()\[\]{}/+,;:&"'\-–—_|])"_s);
    s.replace(separators, u" "_s);
    static const QRegularExpression percent(uR"((\d)\s+%)"_s);
    s.replace(percent, u"\\1%"_s);
    QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    for (QString& w : words) {
        while (w.endsWith(u'.'))
            w.chop(1);
        while (w.startsWith(u'.') && !(w.size() > 1 && w.at(1).isDigit()))
            w.remove(0, 1);
    }
    words.removeAll(QString());
    return words;
}

// Reads the vocabulary's JSON files, collecting every problem as "file: path: what".
class DrugVocabularyReader final
{
public:
    Result<DrugVocabulary> read(const QList<DrugVocabulary::File>& files)
    {
        bool sawClasses = false;
        for (const auto& [name, json] : files) {
            JsonReader r(name);
            const JsonParse parsed = parseJson(json);
            if (!parsed.error.isEmpty()) {
                r.fileError(parsed.error);
                m_errors.append(r.errorText());
                continue;
            }
            const QJsonObject root = parsed.document.object();
            const QString format = root.value(u"format").toString();
            if (format == u"urdesk-drug-classes/1") {
                readClasses(r, root);
                sawClasses = true;
            } else if (format == u"urdesk-drugs/1") {
                m_drugFiles.append({name, root});
            } else {
                r.error(u"$.format"_s,
                        Text::tr("expected \"urdesk-drug-classes/1\" or \"urdesk-drugs/1\""));
            }
            if (r.failed())
                m_errors.append(r.errorText());
        }
        if (!sawClasses)
            m_errors.append(Text::tr("drug vocabulary: no classes file (urdesk-drug-classes/1)"));
        // Ingredients first, in every file, so that a product may name one from another file.
        for (const auto& [name, root] : std::as_const(m_drugFiles)) {
            JsonReader r(name);
            readIngredients(r, root);
            if (r.failed())
                m_errors.append(r.errorText());
        }
        m_v.m_ingredientIndex.clear();
        for (int i = 0; i < m_v.m_ingredients.size(); ++i)
            m_v.m_ingredientIndex.insert(m_v.m_ingredients.at(i).id, i);
        for (const auto& [name, root] : std::as_const(m_drugFiles)) {
            JsonReader r(name);
            readProducts(r, root);
            if (r.failed())
                m_errors.append(r.errorText());
        }
        if (!m_errors.isEmpty())
            return Result<DrugVocabulary>::failure(m_errors.join(u'\n'));
        m_v.index();
        return std::move(m_v);
    }

private:
    void readClasses(JsonReader& r, const QJsonObject& root)
    {
        r.checkKeys(root, {u"format"_s, u"comment"_s, u"routes"_s, u"classes"_s, u"words"_s},
                    u"$"_s);
        const QJsonArray routes = root.value(u"routes").toArray();
        for (int i = 0; i < routes.size(); ++i) {
            const QString p = QStringLiteral("$.routes[%1]").arg(i);
            const QJsonObject o = routes.at(i).toObject();
            r.checkKeys(o, {u"id"_s, u"title"_s, u"systemic"_s}, p);
            m_v.m_routes.append({r.string(o, u"id", p, true), r.string(o, u"title", p, true),
                                 o.value(u"systemic").toBool()});
        }
        const QJsonArray classes = root.value(u"classes").toArray();
        for (int i = 0; i < classes.size(); ++i) {
            const QString p = QStringLiteral("$.classes[%1]").arg(i);
            const QJsonObject o = classes.at(i).toObject();
            r.checkKeys(o, {u"id"_s, u"title"_s, u"within"_s, u"names"_s}, p);
            DrugVocabulary::Class c{r.string(o, u"id", p, true), r.string(o, u"title", p, true),
                                    {}, {}};
            if (o.contains(u"within"))
                c.within = r.stringList(o.value(u"within"), p + u".within"_s);
            if (o.contains(u"names"))
                c.names = r.stringList(o.value(u"names"), p + u".names"_s);
            if (m_v.m_classIndex.contains(c.id))
                r.error(p + u".id"_s, Text::tr("duplicate class \"%1\"").arg(c.id));
            m_v.m_classIndex.insert(c.id, int(m_v.m_classes.size()));
            m_v.m_classes.append(c);
        }
        for (int i = 0; i < m_v.m_classes.size(); ++i) {
            for (const QString& parent : m_v.m_classes.at(i).within) {
                if (!m_v.m_classIndex.contains(parent))
                    r.error(QStringLiteral("$.classes[%1].within").arg(i),
                            Text::tr("unknown class \"%1\"").arg(parent));
            }
        }
        const QJsonObject words = root.value(u"words").toObject();
        r.checkKeys(words,
                    {u"routes"_s, u"vehicles"_s, u"potencies"_s, u"samples"_s, u"doubts"_s,
                     u"ignore"_s},
                    u"$.words"_s);
        const QJsonObject routeWords = words.value(u"routes").toObject();
        for (auto it = routeWords.begin(); it != routeWords.end(); ++it) {
            const QString p = u"$.words.routes."_s + it.key();
            const QStringList ids = r.stringList(it.value(), p);
            for (const QString& id : ids) {
                if (!m_v.route(id))
                    r.error(p, Text::tr("unknown route \"%1\"").arg(id));
            }
            m_routeWords.append({it.key(), ids});
        }
        const QJsonObject vehicles = words.value(u"vehicles").toObject();
        for (auto it = vehicles.begin(); it != vehicles.end(); ++it)
            m_vehicleWords.append({it.key(), it.value().toString()});
        const QJsonObject potencies = words.value(u"potencies").toObject();
        for (auto it = potencies.begin(); it != potencies.end(); ++it) {
            const auto level = potencyFromId(it.value().toString());
            if (!level || *level == Potency::Unknown)
                r.error(u"$.words.potencies."_s + it.key(),
                        Text::tr("expected low, medium, high or superHigh"));
            else
                m_potencyWords.append({it.key(), *level});
        }
        m_sampleWords = r.stringList(words.value(u"samples"), u"$.words.samples"_s);
        m_doubtWords = r.stringList(words.value(u"doubts"), u"$.words.doubts"_s);
        m_ignoreWords = r.stringList(words.value(u"ignore"), u"$.words.ignore"_s);
    }

    void readIngredients(JsonReader& r, const QJsonObject& root)
    {
        r.checkKeys(root,
                    {u"format"_s, u"area"_s, u"comment"_s, u"ingredients"_s, u"products"_s},
                    u"$"_s);
        const QJsonArray list = root.value(u"ingredients").toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("$.ingredients[%1]").arg(i);
            const QJsonObject o = list.at(i).toObject();
            r.checkKeys(o,
                        {u"id"_s, u"names"_s, u"rxnorm"_s, u"atc"_s, u"routes"_s, u"potency"_s,
                         u"labelledFor"_s, u"source"_s, u"comment"_s},
                        p);
            DrugVocabulary::Ingredient in;
            in.id = r.string(o, u"id", p, true);
            in.names = r.stringList(o.value(u"names"), p + u".names"_s);
            in.rxnorm = r.string(o, u"rxnorm", p, false);
            if (o.contains(u"atc"))
                in.atc = o.value(u"atc").isString()
                             ? QStringList{o.value(u"atc").toString()}
                             : r.stringList(o.value(u"atc"), p + u".atc"_s);
            in.source = r.string(o, u"source", p, true);
            if (o.contains(u"labelledFor"))
                in.labelledFor = r.stringList(o.value(u"labelledFor"), p + u".labelledFor"_s);
            const QJsonObject routes = o.value(u"routes").toObject();
            if (routes.isEmpty())
                r.error(p + u".routes"_s, Text::tr("name at least one route"));
            for (auto it = routes.begin(); it != routes.end(); ++it) {
                const QString rp = p + u".routes."_s + it.key();
                if (!m_v.route(it.key()))
                    r.error(rp, Text::tr("unknown route \"%1\"").arg(it.key()));
                const QStringList classes =
                    it.value().toArray().isEmpty() ? QStringList() : r.stringList(it.value(), rp);
                for (const QString& c : classes) {
                    if (!m_v.drugClass(c))
                        r.error(rp, Text::tr("unknown class \"%1\"").arg(c));
                }
                in.routes.insert(it.key(), classes);
            }
            const QJsonArray potency = o.value(u"potency").toArray();
            for (int k = 0; k < potency.size(); ++k) {
                const QString pp = QStringLiteral("%1.potency[%2]").arg(p).arg(k);
                const QJsonObject e = potency.at(k).toObject();
                r.checkKeys(e, {u"strength"_s, u"vehicles"_s, u"potency"_s, u"detail"_s}, pp);
                DrugVocabulary::TopicalPotency t;
                t.strength = r.number(e.value(u"strength"), pp + u".strength"_s).value_or(0);
                if (e.contains(u"vehicles"))
                    t.vehicles = r.stringList(e.value(u"vehicles"), pp + u".vehicles"_s);
                const auto level = potencyFromId(e.value(u"potency").toString());
                if (!level || *level == Potency::Unknown)
                    r.error(pp + u".potency"_s, Text::tr("expected low, medium, high or superHigh"));
                else
                    t.potency = *level;
                t.detail = r.string(e, u"detail", pp, false);
                in.potency.append(t);
            }
            if (in.id.isEmpty())
                continue;
            if (m_ids.contains(in.id))
                r.error(p + u".id"_s, Text::tr("duplicate ingredient \"%1\"").arg(in.id));
            m_ids.insert(in.id);
            m_v.m_ingredients.append(in);
        }
    }

    void readProducts(JsonReader& r, const QJsonObject& root)
    {
        const QJsonArray list = root.value(u"products").toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("$.products[%1]").arg(i);
            const QJsonObject o = list.at(i).toObject();
            r.checkKeys(o,
                        {u"names"_s, u"ingredients"_s, u"routes"_s, u"strength"_s, u"vehicle"_s,
                         u"doubt"_s, u"source"_s, u"comment"_s},
                        p);
            DrugVocabulary::Product product;
            product.names = r.stringList(o.value(u"names"), p + u".names"_s);
            product.ingredients = r.stringList(o.value(u"ingredients"), p + u".ingredients"_s);
            product.routes = r.stringList(o.value(u"routes"), p + u".routes"_s);
            product.source = r.string(o, u"source", p, false);
            product.vehicle = r.string(o, u"vehicle", p, false);
            product.doubt = r.string(o, u"doubt", p, false);
            if (o.contains(u"strength"))
                product.strength = r.number(o.value(u"strength"), p + u".strength"_s);
            for (const QString& id : std::as_const(product.ingredients)) {
                const DrugVocabulary::Ingredient* in = m_v.ingredient(id);
                if (!in) {
                    r.error(p + u".ingredients"_s, Text::tr("unknown ingredient \"%1\"").arg(id));
                    continue;
                }
                for (const QString& route : std::as_const(product.routes)) {
                    if (!in->routes.contains(route))
                        r.error(p + u".routes"_s,
                                Text::tr("ingredient \"%1\" has no route \"%2\"").arg(id, route));
                }
            }
            if (product.names.isEmpty() || product.ingredients.isEmpty() ||
                product.routes.isEmpty())
                r.error(p, Text::tr("a product needs names, ingredients and routes"));
            m_v.m_products.append(product);
        }
    }

public:
    // Word tables read from classes.json, indexed once the ingredients are known.
    QList<std::pair<QString, QStringList>> m_routeWords;
    QList<std::pair<QString, QString>> m_vehicleWords;
    QList<std::pair<QString, Potency>> m_potencyWords;
    QStringList m_sampleWords;
    QStringList m_doubtWords;
    QStringList m_ignoreWords;

private:
    DrugVocabulary m_v;
    QList<std::pair<QString, QJsonObject>> m_drugFiles;
    QSet<QString> m_ids;
    QStringList m_errors;
};

Result<DrugVocabulary> DrugVocabulary::read(const QList<File>& files)
{
    DrugVocabularyReader reader;
    Result<DrugVocabulary> r = reader.read(files);
    if (!r)
        return r;
    DrugVocabulary v = std::move(r).value();
    for (const auto& [phrase, routes] : std::as_const(reader.m_routeWords))
        v.addWord(phrase, [&given = routes](Word& w) { w.routes = given; });
    for (const auto& [phrase, vehicle] : std::as_const(reader.m_vehicleWords))
        v.addWord(phrase, [&given = vehicle](Word& w) { w.vehicle = given; });
    for (const auto& [phrase, potency] : std::as_const(reader.m_potencyWords))
        v.addWord(phrase, [&given = potency](Word& w) { w.potency = given; });
    for (const QString& phrase : std::as_const(reader.m_sampleWords))
        v.addWord(phrase, [](Word& w) { w.sample = true; });
    for (const QString& phrase : std::as_const(reader.m_doubtWords))
        v.addWord(phrase, [](Word& w) { w.doubt = true; });
    for (const QString& phrase : std::as_const(reader.m_ignoreWords))
        v.addWord(phrase, [](Word&) {});
    return v;
}

void DrugVocabulary::index()
{
    m_classIndex.clear();
    for (int i = 0; i < m_classes.size(); ++i)
        m_classIndex.insert(m_classes.at(i).id, i);
    for (const Class& c : std::as_const(m_classes)) {
        QSet<QString>& up = m_ancestors[c.id];
        QStringList todo{c.id};
        while (!todo.isEmpty()) {
            const QString at = todo.takeLast();
            if (up.contains(at))
                continue;
            up.insert(at);
            if (const Class* parent = drugClass(at))
                todo += parent->within;
        }
    }
    for (auto it = m_ancestors.cbegin(); it != m_ancestors.cend(); ++it) {
        for (const QString& a : *it) {
            for (const QString& b : *it)
                m_overlaps.insert(a + u'|' + b);
        }
    }
    for (const Ingredient& in : std::as_const(m_ingredients)) {
        for (auto r = in.routes.cbegin(); r != in.routes.cend(); ++r) {
            QSet<QString> within;
            for (const QString& k : *r)
                within.unite(m_ancestors.value(k));
            for (const QString& a : std::as_const(within)) {
                QList<QStringList>& members = m_members[a + u'|' + r.key()];
                if (!members.contains(*r))
                    members.append(*r);
            }
        }
    }
    for (const Class& c : std::as_const(m_classes)) {
        for (const QString& name : c.names)
            addWord(name, [&](Word& w) { w.drugClass = c.id; });
    }
    for (int i = 0; i < m_ingredients.size(); ++i) {
        QStringList names = m_ingredients.at(i).names;
        names.prepend(m_ingredients.at(i).id);
        for (const QString& name : std::as_const(names)) {
            addWord(name, [&](Word& w) {
                if (!w.ingredients.contains(i))
                    w.ingredients.append(i);
            });
        }
    }
    for (int i = 0; i < m_products.size(); ++i) {
        for (const QString& name : m_products.at(i).names)
            addWord(name, [&](Word& w) { w.products.append(i); });
    }
    // Completion in every drug field: made once, not for each table.
    QSet<QString> seen;
    auto complete = [&](const QString& n) {
        if (!seen.contains(n.toCaseFolded())) {
            seen.insert(n.toCaseFolded());
            m_completionNames.append(n);
        }
    };
    for (const Product& p : std::as_const(m_products)) {
        for (const QString& n : p.names)
            complete(n);
    }
    for (const Ingredient& in : std::as_const(m_ingredients)) {
        complete(in.id);
        for (const QString& n : in.names) {
            if (n.size() > 3) // abbreviations ("MTX") complete nothing useful
                complete(n);
        }
    }
    m_completionNames.sort(Qt::CaseInsensitive);
}

void DrugVocabulary::addWord(const QString& phrase, const std::function<void(Word&)>& set)
{
    const QStringList words = drugWords(phrase);
    if (words.isEmpty())
        return;
    m_longestPhrase = std::max(m_longestPhrase, int(words.size()));
    set(m_words[words.join(u' ')]);
}

const DrugVocabulary::Word* DrugVocabulary::word(const QString& phrase) const
{
    const auto it = m_words.constFind(phrase);
    return it == m_words.cend() ? nullptr : &it.value();
}

const DrugVocabulary::Route* DrugVocabulary::route(QStringView id) const
{
    for (const Route& r : m_routes) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const DrugVocabulary::Class* DrugVocabulary::drugClass(QStringView id) const
{
    const auto it = m_classIndex.constFind(id.toString());
    return it == m_classIndex.cend() ? nullptr : &m_classes.at(it.value());
}

const DrugVocabulary::Ingredient* DrugVocabulary::ingredient(QStringView id) const
{
    const int i = ingredientIndex(id);
    return i < 0 ? nullptr : &m_ingredients.at(i);
}

int DrugVocabulary::ingredientIndex(QStringView id) const
{
    return m_ingredientIndex.value(id.toString(), -1);
}

bool DrugVocabulary::classWithin(const QString& id, const QString& ancestor) const
{
    const auto it = m_ancestors.constFind(id);
    return it != m_ancestors.cend() && it->contains(ancestor);
}

bool DrugVocabulary::classesOverlap(const QString& a, const QString& b) const
{
    return m_overlaps.contains(a + u'|' + b);
}

QList<QStringList> DrugVocabulary::classesOfMembers(const QString& id, const QString& route) const
{
    return m_members.value(id + u'|' + route);
}

QStringList DrugVocabulary::expandRoutes(const QStringList& routes) const
{
    QStringList out;
    for (const QString& id : routes) {
        if (id == u"systemic") {
            for (const Route& r : m_routes) {
                if (r.systemic && !out.contains(r.id))
                    out.append(r.id);
            }
        } else if (!out.contains(id)) {
            out.append(id);
        }
    }
    return out;
}

const DrugVocabulary& DrugVocabulary::builtin()
{
    static const DrugVocabulary vocabulary = [] {
        QList<File> files;
        const QDir dir(u":/urdesk/drugs"_s);
        for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("URDesk's built-in drug vocabulary cannot be read: %s", qPrintable(name));
            files.append({file.fileName(), file.readAll()});
        }
        Result<DrugVocabulary> r = read(files);
        if (!r)
            qFatal("URDesk's built-in drug vocabulary is invalid: %s", qPrintable(r.error()));
        return std::move(r).value();
    }();
    return vocabulary;
}

} // namespace urdesk
