#pragma once

#include "JsonReader.h"
#include "Policy.h"

#include <QJsonObject>

namespace urdesk {

// Reads the drug sets of a policy file ("drugLists", docs/policy-format.md) against the drug
// vocabulary: each says whether it is a closed list of named drugs or an open class, and every
// drug and class it names must be known.
class DrugSetReader final
{
public:
    DrugSetReader(JsonReader& reader, const DrugVocabulary& vocabulary)
        : m_reader(reader)
        , m_vocabulary(vocabulary)
    {}

    // `diagnoses`: the options a purpose may name (the policy's diagnosis fact).
    DrugSet read(const QJsonObject& o, const QString& path, const QStringList& diagnoses);
    // Adds to each set the parts of the sets it includes, refusing unknown sets and cycles.
    void resolveIncludes(QList<DrugSet>& sets, const QStringList& paths);

private:
    QStringList ingredients(const QJsonValue& v, const QString& path);
    bool isMember(const QString& ingredient, const DrugSetPart& part) const;

    JsonReader& m_reader;
    const DrugVocabulary& m_vocabulary;
};

} // namespace urdesk
