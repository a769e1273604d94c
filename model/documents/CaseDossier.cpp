#include "CaseDossier.h"

#include "Evaluator.h"
#include "ReviewRecord.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace urdesk {

Result<CaseDossier> CaseDossier::read(const CaseStore& store, qint64 caseId)
{
    using R = Result<CaseDossier>;
    CaseDossier d;
    const Result<CaseRecord> record = store.loadCase(caseId);
    if (!record)
        return R::failure(record.error());
    d.record = record.value();
    Result<CaseFacts> facts = store.caseFacts(caseId);
    if (!facts)
        return R::failure(facts.error());
    d.facts = std::make_shared<const CaseFacts>(std::move(facts.value()));
    auto answers = store.facts(caseId);
    auto notes = store.notes(caseId);
    auto decisions = store.decisions(caseId);
    auto overrides = store.overrides(caseId);
    auto requests = store.informationRequests(caseId);
    for (const QString& e :
         {answers.error(), notes.error(), decisions.error(), overrides.error(), requests.error()})
        if (!e.isEmpty())
            return R::failure(e);
    d.answers = answers.value();
    const Policy& p = d.policy();
    std::stable_sort(d.answers.begin(), d.answers.end(),
                     [&p](const StoredFact& a, const StoredFact& b) {
                         return p.fact(a.factId) < p.fact(b.factId);
                     });
    d.notes = notes.value();
    d.decisions = decisions.value();
    d.overrides = overrides.value();
    d.informationRequests = requests.value();
    d.audit = AuditTrail::forCase(store.database().connection(), caseId);

    const AccountStore accounts(store.sharedDatabase());
    QStringList names{d.record.intake.assignee};
    for (const Decision& x : d.decisions)
        names.append(x.decidedBy);
    for (const CriterionOverride& x : d.overrides)
        names.append(x.decidedBy);
    for (const Note& x : d.notes)
        names.append(x.author);
    for (const InformationRequest& x : d.informationRequests)
        names.append(x.requestedBy);
    for (const QString& name : names) {
        if (name.isEmpty() || d.people.contains(name))
            continue;
        if (const Result<Account> a = accounts.account(name))
            d.people.insert(name, a.value());
    }

    if (const Decision* decided = d.decision(); decided && !decided->evaluation.isEmpty()) {
        d.checklist = decided->evaluation;
    } else {
        d.checklist = ReviewRecord::checklist(*d.facts, d.record.intake.receivedAt.date(),
                                              judgedCriteria(p, d.overrides));
    }
    return d;
}

QString CaseDossier::nameOf(const QString& userName) const
{
    const auto it = people.constFind(userName);
    return it == people.cend() || it->fullName.isEmpty() ? userName : it->fullName;
}

QString CaseDossier::credentialsOf(const QString& userName, const QString& role) const
{
    QStringList parts{nameOf(userName)};
    if (const auto r = roleFromId(role))
        parts.append(roleText(*r));
    const auto it = people.constFind(userName);
    if (it != people.cend() && !it->licenceType.isEmpty())
        parts.append(QString(it->licenceType + u' ' + it->licenceNumber).trimmed());
    return parts.join(u", "_s);
}

} // namespace urdesk
