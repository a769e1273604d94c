#pragma once

#include "Fact.h"
#include "Result.h"

#include <QHash>
#include <functional>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace urdesk {

// What URDesk knows of drugs: routes, classes (with the classes each sits within),
// ingredients with their classes by route, and the brand and combination products that name
// them (docs/drug-vocabulary.md). Read once from resources/drugs/; policies name drugs and
// classes against it, and every drug string of a case is recognised by it.
class DrugVocabulary final
{
public:
    struct Route
    {
        QString id;
        QString title;
        bool systemic = false;
    };
    struct Class
    {
        QString id;
        QString title;
        QStringList within;
        QStringList names;
    };
    struct TopicalPotency
    {
        double strength = 0; // percent
        QStringList vehicles; // empty: every vehicle
        Potency potency = Potency::Unknown;
        QString detail;
    };
    struct Ingredient
    {
        QString id;
        QStringList names;
        QString rxnorm;
        QStringList atc;
        QHash<QString, QStringList> routes; // route -> classes by that route
        QList<TopicalPotency> potency;
        QStringList labelledFor;
        QString source;
    };
    struct Product
    {
        QStringList names;
        QStringList ingredients;
        QStringList routes;
        std::optional<double> strength;
        QString vehicle;
        QString doubt; // what makes its use unsure ("an as-needed rescue inhaler")
        QString source;
    };

    // One file's name and contents; every problem is reported with the file and JSON path.
    using File = std::pair<QString, QByteArray>;
    static Result<DrugVocabulary> read(const QList<File>& files);
    // The vocabulary compiled into the binaries.
    static const DrugVocabulary& builtin();

    const QList<Route>& routes() const { return m_routes; }
    const QList<Class>& classes() const { return m_classes; }
    const QList<Ingredient>& ingredients() const { return m_ingredients; }
    const QList<Product>& products() const { return m_products; }

    const Route* route(QStringView id) const;
    const Class* drugClass(QStringView id) const;
    const Ingredient* ingredient(QStringView id) const;
    int ingredientIndex(QStringView id) const; // -1 when unknown
    // `id`, or a class it sits within (at any depth).
    bool classWithin(const QString& id, const QString& ancestor) const;
    // Whether some drug may be of both classes (they share a class within both).
    bool classesOverlap(const QString& a, const QString& b) const;
    // The class lists, by `route`, of the ingredients that are of class `id` by that route.
    QList<QStringList> classesOfMembers(const QString& id, const QString& route) const;
    // The routes a route word or a group names: "systemic" is every systemic route.
    QStringList expandRoutes(const QStringList& routes) const;
    // Every name a reviewer might type, for completion: products and ingredients.
    const QStringList& completionNames() const { return m_completionNames; }

    // The words of a drug string and what each names; built once, used by DrugRecognizer.
    // A word with none of these says nothing of what the drug is (units, frequencies).
    struct Word
    {
        QList<int> ingredients;
        QList<int> products;
        QString drugClass;
        QStringList routes;
        QString vehicle;
        Potency potency = Potency::Unknown; // "low potency", "mild"
        bool sample = false;                // "samples", "sample tube"
        bool doubt = false; // "PRN", "discontinued", "never filled": how it was used is unsure
    };
    const Word* word(const QString& phrase) const;
    int longestPhrase() const { return m_longestPhrase; }

private:
    friend class DrugVocabularyReader;
    void index();
    void addWord(const QString& phrase, const std::function<void(Word&)>& set);

    QList<Route> m_routes;
    QList<Class> m_classes;
    QList<Ingredient> m_ingredients;
    QList<Product> m_products;
    QHash<QString, int> m_classIndex;
    QHash<QString, int> m_ingredientIndex;
    QHash<QString, QSet<QString>> m_ancestors; // class -> itself and every class it is within
    QSet<QString> m_overlaps;                  // "a|b" for classes some drug may be both of
    QHash<QString, QList<QStringList>> m_members; // "class|route" -> its members' class lists
    QHash<QString, Word> m_words;
    QStringList m_completionNames;
    int m_longestPhrase = 1;
};

// A drug string's words, as the vocabulary's names are written: case folded, trademark signs
// dropped, punctuation that separates names turned into spaces ("Xeljanz (tofacitinib)",
// "BUDESONIDE-FORMOTEROL 160-4.5 MCG/ACT").
QStringList drugWords(const QString& text);

} // namespace urdesk
