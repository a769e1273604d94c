#pragma once

#include "Policy.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace urdesk {

// What every policy shares: the facts every case has (birth date, request type, therapy
// history, ...), the drug vocabulary, and drug sets every policy may name.
struct CommonDefinitions
{
    QList<FactDefinition> facts;
    const DrugVocabulary* vocabulary = nullptr;
    QList<DrugSet> drugSets;
};

// Reads policy files (format urdesk-policy/1, docs/policy-format.md) into Policy values.
// Every problem is reported with the file, the JSON path of the place and what is wrong.
class PolicyReader final
{
public:
    static Result<CommonDefinitions> readCommon(const QByteArray& json, const QString& fileName);
    static Result<Policy> read(const QByteArray& json, const QString& fileName,
                               const CommonDefinitions& common);
    // The definitions compiled into the binaries.
    static const CommonDefinitions& builtinCommon();
};

} // namespace urdesk
