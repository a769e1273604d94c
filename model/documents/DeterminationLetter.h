#pragma once

#include "CaseDossier.h"
#include "LetterKit.h"

namespace urdesk {

// The letter to the member and the prescriber about a decided case: what was approved, or
// which criteria were not met in words a member understands, the policy by name and number,
// how to appeal and by when, and the prescriber's right to talk with the reviewing doctor.
class DeterminationLetter final
{
public:
    // Refused for a case without a decision.
    static Result<Document> build(const CaseDossier& dossier, const LetterKit& kit,
                                  const QDateTime& producedAt);
    // A criterion for a member: its plain wording in `language` where the policy gives one,
    // else in English, else the policy's words with "ALL", "ONE" in lower case and each
    // abbreviation spelled out from the glossary the first time it appears.
    static QString plainCriterion(const CriterionNode& node, const QString& language,
                                  const QHash<QString, QString>& glossary);
    // `text` with "ALL", "ONE" in lower case and each abbreviation spelled out from the
    // glossary the first time it appears.
    static QString spelledOut(QString text, const QHash<QString, QString>& glossary);
};

} // namespace urdesk
