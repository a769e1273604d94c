#pragma once

#include "Policy.h"

#include <QString>
#include <QStringList>

namespace urdesk::test {

using namespace Qt::StringLiterals;

// A word that states each route in a pharmacy string.
inline QString routeWord(const QString& route)
{
    static const QHash<QString, QString> words = {
        {u"oral"_s, u"tablets"_s},         {u"topical"_s, u"cream"_s},
        {u"inhalation"_s, u"inhaler"_s},   {u"nasal"_s, u"nasal spray"_s},
        {u"swallowed"_s, u"swallowed"_s},  {u"subcutaneous"_s, u"subcutaneous"_s},
        {u"intravenous"_s, u"IV"_s},       {u"intramuscular"_s, u"intramuscular"_s},
        {u"ophthalmic"_s, u"eye drops"_s}, {u"intralesional"_s, u"intralesional"_s},
        {u"intraArticular"_s, u"intra-articular"_s}, {u"rectal"_s, u"rectal"_s},
        {u"vaginal"_s, u"vaginal"_s},      {u"transdermal"_s, u"patch"_s},
        {u"otic"_s, u"otic"_s},            {u"phototherapy"_s, QString()},
    };
    return words.value(route);
}

// Strings the vocabulary makes for one ingredient: its names alone, by each route, and for a
// topical corticosteroid each strength and vehicle of its potency table.
inline QStringList stringsOf(const DrugVocabulary& v, const DrugVocabulary::Ingredient& in)
{
    QStringList out{in.id};
    out += in.names;
    for (auto it = in.routes.cbegin(); it != in.routes.cend(); ++it) {
        const QString word = routeWord(it.key());
        if (!word.isEmpty())
            out.append(in.id + u' ' + word);
    }
    for (const DrugVocabulary::TopicalPotency& t : in.potency) {
        const QString strength = QString::number(t.strength, 'g', 6) + u'%';
        out.append(u"%1 %2 %3"_s.arg(in.id, strength,
                                     t.vehicles.isEmpty() ? u"cream"_s : t.vehicles.first()));
    }
    for (const DrugVocabulary::Product& p : v.products()) {
        if (p.ingredients.contains(in.id))
            out += p.names;
    }
    out.removeDuplicates();
    return out;
}

// Every string of the vocabulary that certainly belongs to one of the sets of `mask`, with at
// least `potency` where one is asked; the drug under review is never among them unless asked.
inline QStringList stringsIn(const Policy& p, DrugListMask mask,
                             Potency potency = Potency::Unknown, qsizetype limit = -1)
{
    QStringList out;
    for (const DrugVocabulary::Ingredient& in : p.vocabulary->ingredients()) {
        for (const QString& s : stringsOf(*p.vocabulary, in)) {
            DrugMention d;
            d.drug = s;
            p.resolve(d, Indication::ThisCondition);
            if ((d.lists & mask) && d.listedPotency >= potency)
                out.append(s);
            if (out.size() == limit)
                return out;
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace urdesk::test
