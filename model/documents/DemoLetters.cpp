#include "DemoLetters.h"

#include "CaseExport.h"
#include "DemoAccounts.h"

using namespace Qt::StringLiterals;

namespace urdesk {

Result<int>
DemoLetters::file(CaseStore& store, const LetterKit& letters, int perOutcome,
                  const std::function<void(const CaseSummary&, const QString& fileName)>& filed)
{
    const CaseExport exporter(store, &letters);
    int count = 0;
    for (CaseStatus outcome :
         {CaseStatus::Approved, CaseStatus::PartiallyApproved, CaseStatus::Denied}) {
        CaseFilter recent;
        recent.statuses = {outcome};
        recent.sort = CaseSort::CaseNumber;
        recent.descending = true;
        recent.limit = 4 * perOutcome;
        const auto cases = store.queue(recent);
        if (!cases)
            return Result<int>::failure(cases.error());
        int ofOutcome = 0;
        for (const CaseSummary& c : cases.value()) {
            if (ofOutcome == perOutcome)
                break;
            const auto documents = store.attachments(c.id);
            const auto decisions = store.decisions(c.id);
            if (!documents || !decisions)
                return Result<int>::failure(!documents ? documents.error() : decisions.error());
            if (decisions->isEmpty() ||
                std::ranges::any_of(documents.value(),
                                    [](const Attachment& a) { return a.sentLetter; }))
                continue;
            const Decision& d = decisions->last();
            const QString fileName = c.caseNumber + u"-letter.pdf"_s;
            const auto letter =
                exporter.fileLetter({d.decidedBy, d.role}, c.id, fileName, d.decidedAt);
            if (!letter)
                return Result<int>::failure(letter.error());
            ++ofOutcome;
            ++count;
            if (filed)
                filed(c, fileName);
        }
    }
    return count;
}

Done DemoLetters::prepareDatabase(const std::shared_ptr<Database>& database,
                                  const PolicyCatalog& catalog)
{
    const Result<bool> seeded = demo::prepareDatabase(database, catalog);
    if (!seeded || !seeded.value())
        return seeded ? done() : Done::failure(seeded.error());
    const Result<LetterKit> letters = LetterKit::load();
    if (!letters)
        return Done::failure(letters.error());
    CaseStore store(database, catalog);
    const Result<int> filed = file(store, letters.value());
    return filed ? done() : Done::failure(filed.error());
}

} // namespace urdesk
