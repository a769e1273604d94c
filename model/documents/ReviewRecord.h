#pragma once

#include "CaseDossier.h"
#include "Document.h"

namespace urdesk {

// The case review record a plan keeps and auditors read: the request, the policy, the
// checklist as it stood at the decision with every override and its rationale, the answers
// and where they came from, the notes, the decisions and a summary of the audit trail.
// In the plan's language (English).
class ReviewRecord final
{
public:
    static Document build(const CaseDossier& dossier, const Actor& producedBy,
                          const QDateTime& producedAt);

    // The plan's language, which the record and the checklist kept with a decision are in.
    static QString language();

    // The checklist as a record keeps it (with a decision, or for a case not decided yet):
    // `facts` evaluated with the criteria medical directors judged, in the record's language
    // whatever the window's.
    static QJsonObject checklist(const CaseFacts& facts, QDate requestDate,
                                 const QHash<int, bool>& judged);
};

// "2026-11-23 14:05 UTC"
QString utcText(const QDateTime& time);

} // namespace urdesk
