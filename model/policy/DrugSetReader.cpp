#include "DrugSetReader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::DrugSetReader)
};
} // namespace

DrugSet DrugSetReader::read(const QJsonObject& o, const QString& path,
                            const QStringList& diagnoses)
{
    m_reader.checkKeys(o,
                       {u"id"_s, u"title"_s, u"source"_s, u"closedList"_s, u"openClass"_s,
                        u"examples"_s, u"routes"_s, u"purpose"_s, u"includes"_s, u"comment"_s},
                       path);
    DrugSet set;
    set.id = m_reader.string(o, u"id", path, true);
    set.title = m_reader.string(o, u"title", path, true);
    set.source = m_reader.string(o, u"source", path, false);
    if (o.contains(u"includes"))
        set.includes = m_reader.stringList(o.value(u"includes"), path + u".includes"_s);
    const bool closed = o.contains(u"closedList");
    const bool open = o.contains(u"openClass");
    if ((closed && open) || (!closed && !open && set.includes.isEmpty())) {
        m_reader.error(path, Text::tr("say what the list is: \"closedList\" (only the named "
                                      "drugs count) or \"openClass\" (any member of the classes "
                                      "counts; the policy's examples go in \"examples\")"));
        return set;
    }
    if (!closed && !open)
        return set; // a union of other sets only

    DrugSetPart part;
    set.closed = closed;
    if (closed) {
        part.ingredients = ingredients(o.value(u"closedList"), path + u".closedList"_s);
        if (o.contains(u"examples"))
            m_reader.error(path + u".examples"_s,
                           Text::tr("a closed list has no examples: every drug is named"));
    } else {
        part.classes = m_reader.stringList(o.value(u"openClass"), path + u".openClass"_s);
        for (const QString& c : std::as_const(part.classes)) {
            if (!m_vocabulary.drugClass(c))
                m_reader.error(path + u".openClass"_s, Text::tr("unknown drug class \"%1\"").arg(c));
        }
    }
    if (o.contains(u"routes")) {
        const QStringList routes = m_reader.stringList(o.value(u"routes"), path + u".routes"_s);
        for (const QString& r : routes) {
            if (r != u"systemic" && !m_vocabulary.route(r))
                m_reader.error(path + u".routes"_s, Text::tr("unknown route \"%1\"").arg(r));
        }
        part.routes = m_vocabulary.expandRoutes(routes);
    }
    if (o.contains(u"purpose")) {
        part.purpose = m_reader.string(o, u"purpose", path, true);
        if (!diagnoses.contains(part.purpose))
            m_reader.error(path + u".purpose"_s,
                           Text::tr("\"%1\" is not one of the policy's diagnoses (%2)")
                               .arg(part.purpose, diagnoses.join(u", ")));
    }
    if (o.contains(u"examples")) {
        set.examples = ingredients(o.value(u"examples"), path + u".examples"_s);
        // An example the class does not hold is a mistake in the vocabulary or the policy.
        for (const QString& e : std::as_const(set.examples)) {
            if (m_vocabulary.ingredient(e) && !isMember(e, part))
                m_reader.error(path + u".examples"_s,
                               Text::tr("\"%1\" is not a member of %2 by the drug vocabulary")
                                   .arg(e, part.classes.join(u", ")));
        }
    }
    set.parts.append(part);
    return set;
}

QStringList DrugSetReader::ingredients(const QJsonValue& v, const QString& path)
{
    const QStringList ids = m_reader.stringList(v, path);
    if (ids.isEmpty() && v.isArray())
        m_reader.error(path, Text::tr("name at least one drug"));
    for (const QString& id : ids) {
        if (!m_vocabulary.ingredient(id))
            m_reader.error(path, Text::tr("\"%1\" is not an ingredient of the drug vocabulary "
                                          "(docs/drug-vocabulary.md)")
                                     .arg(id));
    }
    return ids;
}

bool DrugSetReader::isMember(const QString& ingredient, const DrugSetPart& part) const
{
    const DrugVocabulary::Ingredient* in = m_vocabulary.ingredient(ingredient);
    const QStringList routes = in->routes.keys();
    return std::any_of(routes.cbegin(), routes.cend(), [&](const QString& r) {
        return DrugMatcher::holds(m_vocabulary, *in, r, part);
    });
}

void DrugSetReader::resolveIncludes(QList<DrugSet>& sets, const QStringList& paths)
{
    auto indexOf = [&](const QString& id) {
        for (int i = 0; i < sets.size(); ++i) {
            if (sets.at(i).id == id)
                return i;
        }
        return -1;
    };
    const QList<DrugSet> own = sets;
    for (int i = 0; i < sets.size(); ++i) {
        QList<int> stack;
        QList<int> seen{i};
        std::function<void(int)> visit = [&](int at) {
            stack.append(at);
            for (const QString& inc : own.at(at).includes) {
                const int j = indexOf(inc);
                if (j < 0) {
                    m_reader.error(paths.value(at) + u".includes"_s,
                                   Text::tr("unknown drug list \"%1\"").arg(inc));
                } else if (stack.contains(j)) {
                    QStringList cycle;
                    for (int s : std::as_const(stack))
                        cycle.append(own.at(s).id);
                    cycle.append(own.at(j).id);
                    m_reader.error(paths.value(i) + u".includes"_s,
                                   Text::tr("drug lists include each other in a cycle: %1")
                                       .arg(cycle.join(u" → ")));
                } else if (!seen.contains(j)) {
                    seen.append(j);
                    sets[i].parts += own.at(j).parts;
                    visit(j);
                }
            }
            stack.removeLast();
        };
        visit(i);
    }
}

} // namespace urdesk
