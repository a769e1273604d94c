#include "CaseExport.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "IsoDate.h"
#include "PolicyCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace urdesk::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::cli)
};

// The cases a batch export takes: by status, and decided on or after a day.
Result<QList<CaseSummary>> batchCases(const CaseStore& store, const QList<CaseStatus>& statuses,
                                      const QDate& decidedSince)
{
    using R = Result<QList<CaseSummary>>;
    CaseFilter filter;
    filter.statuses = statuses;
    filter.sort = CaseSort::CaseNumber;
    filter.limit = 1000;
    QList<CaseSummary> cases;
    for (;; filter.offset += filter.limit) {
        const auto page = store.queue(filter);
        if (!page)
            return R::failure(page.error());
        for (const CaseSummary& c : page.value()) {
            if (decidedSince.isValid()) {
                const auto decisions = store.decisions(c.id);
                if (!decisions)
                    return R::failure(decisions.error());
                if (decisions->isEmpty() ||
                    decisions->last().decidedAt.toUTC().date() < decidedSince)
                    continue;
            }
            cases.append(c);
        }
        if (page->size() < filter.limit)
            return cases;
    }
}

} // namespace

int exportCases(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CASE"_s,
                                 Text::tr("The case number (PA-2026-000042); leave out "
                                          "for a batch."),
                                 u"[CASE]"_s);
    parser.addOption({u"record"_s, Text::tr("Export the case review record.")});
    parser.addOption({u"letter"_s, Text::tr("Export the determination letter.")});
    parser.addOption({u"out"_s, Text::tr("The PDF file to write (one case)."), u"FILE"_s});
    parser.addOption(
        {u"out-dir"_s,
         Text::tr("The folder for a batch: one CASE-record.pdf / CASE-letter.pdf each."),
         u"DIR"_s});
    parser.addOption({u"status"_s,
                      Text::tr("Batch: only cases with this status; may be given more than once."),
                      u"S"_s});
    parser.addOption({u"decided-since"_s,
                      Text::tr("Batch: only cases decided on or after this day (UTC)."),
                      u"YYYY-MM-DD"_s});
    parser.addOption({u"letters"_s,
                      Text::tr("Letter templates to use instead of the built-in ones, file by file "
                               "(default: %1).")
                          .arg(QDir::toNativeSeparators(LetterKit::defaultDirectory())),
                      u"DIR"_s});
    parser.setApplicationDescription(u"export"_s);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"urdesk-cli export"_s} + args)) {
        io.err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        return 0;
    }
    QList<CaseExport::Kind> kinds;
    if (parser.isSet(u"record"_s))
        kinds.append(CaseExport::Kind::Record);
    if (parser.isSet(u"letter"_s))
        kinds.append(CaseExport::Kind::Letter);
    const QStringList positional = parser.positionalArguments();
    const bool single = positional.size() == 1;
    QString usageError;
    if (kinds.isEmpty())
        usageError = Text::tr("export: say what to export: --record, --letter or both");
    else if (positional.size() > 1)
        usageError = Text::tr("export: name one case, or none for a batch");
    else if (single && (!parser.isSet(u"out"_s) || kinds.size() != 1))
        usageError = Text::tr("export: one case takes --record or --letter, and --out FILE.pdf");
    else if (single && (parser.isSet(u"out-dir"_s) || parser.isSet(u"status"_s) ||
                        parser.isSet(u"decided-since"_s)))
        usageError = Text::tr("export: --out-dir, --status and --decided-since are for a batch");
    else if (!single && (!parser.isSet(u"out-dir"_s) || parser.isSet(u"out"_s)))
        usageError = Text::tr("export: a batch writes to --out-dir DIR");
    QList<CaseStatus> statuses;
    for (const QString& s : parser.values(u"status"_s)) {
        if (const auto status = caseStatusFromId(s))
            statuses.append(*status);
        else
            usageError = Text::tr("export: unknown status \"%1\"").arg(s);
    }
    QDate since;
    if (parser.isSet(u"decided-since"_s)) {
        since = isoDate(parser.value(u"decided-since"_s));
        if (!since.isValid())
            usageError = Text::tr("export: --decided-since takes a day as YYYY-MM-DD");
        else if (statuses.isEmpty())
            statuses = {CaseStatus::Approved, CaseStatus::PartiallyApproved, CaseStatus::Denied};
    }
    if (!usageError.isEmpty()) {
        io.err << usageError << '\n';
        return 2;
    }
    const SignedIn session =
        signedIn(options, u"export"_s, {Role::ReviewNurse, Role::MedicalDirector}, io);
    if (!session)
        return session.exitCode;
    std::optional<LetterKit> letters;
    if (kinds.contains(CaseExport::Kind::Letter)) {
        Result<LetterKit> kit = LetterKit::load(parser.value(u"letters"_s));
        if (!kit) {
            io.err << kit.error() << '\n';
            return 1;
        }
        letters = std::move(kit.value());
    }
    const PolicyCatalog catalog = loadCatalog(options, io);
    CaseStore store(session.database, catalog);
    const CaseExport exporter(store, letters ? &*letters : nullptr);

    if (single) {
        const Result<CaseRecord> c = store.findCase(positional.first());
        if (!c) {
            io.err << c.error() << '\n';
            return 1;
        }
        const auto written =
            exporter.exportCase(session.actor, c->id, kinds.first(), parser.value(u"out"_s));
        if (!written) {
            io.err << written.error() << '\n';
            return 1;
        }
        io.out << Text::tr("wrote %1 (%n page(s), SHA-256 %2)", nullptr, written->pages)
                      .arg(QDir::toNativeSeparators(written->path), written->sha256)
               << '\n';
        return 0;
    }

    const QDir outDir(parser.value(u"out-dir"_s));
    if (!outDir.exists() && !QDir().mkpath(outDir.path())) {
        io.err << Text::tr("export: cannot make the folder %1")
                      .arg(QDir::toNativeSeparators(outDir.path()))
               << '\n';
        return 1;
    }
    const Result<QList<CaseSummary>> cases = batchCases(store, statuses, since);
    if (!cases) {
        io.err << cases.error() << '\n';
        return 1;
    }
    const qsizetype total = cases->size() * kinds.size();
    int done = 0;
    int skipped = 0;
    QStringList problems;
    for (const CaseSummary& c : cases.value()) {
        for (CaseExport::Kind kind : kinds) {
            // A case not decided has no letter: not a failure of the batch.
            if (kind == CaseExport::Kind::Letter && isOpen(c.status)) {
                ++skipped;
                continue;
            }
            const QString path =
                outDir.filePath(u"%1-%2.pdf"_s.arg(c.caseNumber, CaseExport::kindId(kind)));
            const auto written = exporter.exportCase(session.actor, c.id, kind, path);
            if (!written)
                problems.append(written.error());
            else
                ++done;
            io.err << u'\r'
                   << Text::tr("%1 of %2 documents written, %3 failed")
                          .arg(done)
                          .arg(total)
                          .arg(problems.size());
            io.err.flush();
        }
    }
    io.err << '\n';
    for (const QString& p : problems)
        io.err << p << '\n';
    io.out << Text::tr("%n document(s) written to %1", nullptr, done)
                  .arg(QDir::toNativeSeparators(outDir.absolutePath()))
           << '\n';
    if (skipped > 0)
        io.out << Text::tr("%n open case(s) have no letter yet", nullptr, skipped) << '\n';
    return problems.isEmpty() ? 0 : 1;
}

} // namespace urdesk::cli
