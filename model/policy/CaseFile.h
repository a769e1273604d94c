#pragma once

#include "CaseFacts.h"
#include "Evaluation.h"
#include "PolicyCatalog.h"
#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace urdesk {

// A case as a file (format urdesk-case/1, docs/case-format.md): the policy it is reviewed
// under, the request date and the answers, and optionally the determination it is expected
// to reach, so that a plan can keep regression cases for its own policies.
struct CaseFile
{
    QString description;
    QDate requestDate;
    CaseFacts facts;
    QJsonObject expect;

    const Policy& policy() const { return facts.policy(); }
    // Where the evaluation differs from `expect`, one line each; empty when it agrees.
    QStringList mismatches(const Evaluation& evaluation) const;
};

class CaseFileReader final
{
public:
    static Result<CaseFile> read(const QByteArray& json, const QString& fileName,
                                 const PolicyCatalog& catalog);
    static Result<CaseFile> readFile(const QString& path, const PolicyCatalog& catalog);
};

} // namespace urdesk
