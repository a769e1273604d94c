#include "CliCommands.h"

#include "AuditTrail.h"
#include "Backup.h"
#include "CaseFile.h"
#include "CaseSeeder.h"
#include "CaseStore.h"
#include "CliSignIn.h"
#include "DemoAccounts.h"
#include "DemoLetters.h"
#include "EvaluationReport.h"
#include "Evaluator.h"
#include "PolicyCatalog.h"
#include "PolicyReader.h"
#include "PrivateFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace urdesk::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::cli)
};

// Parses a command's own options; on a usage error prints it and returns false.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args, Streams io)
{
    parser.setApplicationDescription(command);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"urdesk-cli "_s + command} + args)) {
        io.err << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        return false;
    }
    return true;
}

} // namespace

PolicyCatalog loadCatalog(const GlobalOptions& options, Streams io)
{
    PolicyCatalog catalog = PolicyCatalog::load(options.policyDirectory);
    for (const QString& e : catalog.errors())
        io.err << Text::tr("warning: %1").arg(e) << '\n';
    return catalog;
}

std::shared_ptr<Database> openDatabase(const GlobalOptions& options, Streams io, bool create)
{
    const QString path =
        options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    const bool creating = create || options.init;
    Result<std::shared_ptr<Database>> db =
        Database::open(path, creating ? Database::IfMissing::Create : Database::IfMissing::Refuse);
    if (!db) {
        io.err << db.error();
        if (!creating && !QFileInfo::exists(path))
            io.err << Text::tr("; use --init to create one");
        io.err << '\n';
        return {};
    }
    // Said every time: a database others can read is a privacy breach until it is repaired.
    if (const QStringList loose = PrivateFiles::loose(path); !loose.isEmpty())
        io.err << Text::tr("warning: other users of this computer can read the database's files: "
                           "%1. An administrator makes them owner-only with \"urdesk-cli "
                           "--database %2 --user NAME repair-permissions\".")
                      .arg(loose.join(u", "_s), QDir::toNativeSeparators(path))
               << '\n';
    return db.value();
}

int init(const GlobalOptions& options, Streams io)
{
    const auto db = openDatabase(options, io, true);
    if (!db)
        return 1;
    io.out << Text::tr("the database %1 is ready; the first administrator is created by signing "
                       "in to urdesk")
                  .arg(QDir::toNativeSeparators(db->path()))
           << '\n';
    return 0;
}

int policies(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Text::tr("Print JSON.")});
    if (!parse(parser, u"policies"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const PolicyCatalog catalog = loadCatalog(options, io);
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const auto& p : catalog.policies())
            list.append(QJsonObject{{u"id"_s, p->id},
                                    {u"payer"_s, p->payer},
                                    {u"number"_s, p->number},
                                    {u"title"_s, p->title},
                                    {u"revision"_s, p->revision},
                                    {u"effectiveDate"_s, p->effectiveDate.toString(Qt::ISODate)},
                                    {u"drug"_s, p->drugName()}});
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const auto& p : catalog.policies())
            io.out << Text::tr("%1  %2 %3  revision %4, effective %5\n      %6\n")
                          .arg(p->id, p->payer, p->number, p->revision,
                               p->effectiveDate.toString(Qt::ISODate), p->title);
    }
    return catalog.errors().isEmpty() ? 0 : 1;
}

int lint(const GlobalOptions&, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Text::tr("Policy files to check."), u"FILE..."_s);
    if (!parse(parser, u"lint"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().isEmpty()) {
        io.err << Text::tr("lint: name at least one policy file") << '\n';
        return 2;
    }
    int bad = 0;
    for (const QString& path : parser.positionalArguments()) {
        const QString shown = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << Text::tr("%1: cannot read: %2").arg(shown, file.errorString()) << '\n';
            ++bad;
            continue;
        }
        const Result<Policy> policy =
            PolicyReader::read(file.readAll(), shown, PolicyReader::builtinCommon());
        if (!policy) {
            io.err << policy.error() << '\n';
            ++bad;
            continue;
        }
        int visible = 0;
        for (const CriterionNode& n : policy->nodes)
            visible += n.hidden ? 0 : 1;
        io.out << Text::tr("%1: ok (%2 %3, revision %4: %5 criteria, %6 facts)")
                      .arg(shown, policy->payer, policy->number, policy->revision)
                      .arg(visible)
                      .arg(policy->facts.size())
               << '\n';
    }
    return bad == 0 ? 0 : 1;
}

int evaluate(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CASE"_s, Text::tr("A case file (docs/case-format.md)."));
    parser.addOption({u"json"_s, Text::tr("Print the determination and checklist as JSON.")});
    parser.addOption(
        {u"check"_s,
         Text::tr("Exit with 1 when the result differs from the file's \"expect\" block.")});
    if (!parse(parser, u"evaluate"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        io.err << Text::tr("evaluate: name one case file") << '\n';
        return 2;
    }
    const PolicyCatalog catalog = loadCatalog(options, io);
    const Result<CaseFile> caseFile =
        CaseFileReader::readFile(parser.positionalArguments().first(), catalog);
    if (!caseFile) {
        io.err << caseFile.error() << '\n';
        return 1;
    }
    const Evaluation evaluation = Evaluator::evaluate(caseFile->facts, caseFile->requestDate);
    if (parser.isSet(u"json"_s))
        io.out << QJsonDocument(EvaluationReport::json(caseFile->facts, evaluation))
                      .toJson(QJsonDocument::Indented);
    else
        io.out << EvaluationReport::text(caseFile->facts, evaluation);
    if (parser.isSet(u"check"_s)) {
        const QStringList differences = caseFile->mismatches(evaluation);
        for (const QString& d : differences)
            io.err << QDir::toNativeSeparators(parser.positionalArguments().first()) << ": " << d
                   << '\n';
        if (!differences.isEmpty())
            return 1;
    }
    return 0;
}

int cases(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addOption({u"status"_s,
                      Text::tr("Only cases with this status (new, inReview, pended, "
                               "referred, approved, partiallyApproved, denied, withdrawn); "
                               "may be given more than once."),
                      u"S"_s});
    parser.addOption({u"json"_s, Text::tr("Print JSON.")});
    if (!parse(parser, u"cases"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    CaseFilter filter;
    for (const QString& s : parser.values(u"status"_s)) {
        const auto status = caseStatusFromId(s);
        if (!status) {
            io.err << Text::tr("cases: unknown status \"%1\"").arg(s) << '\n';
            return 2;
        }
        filter.statuses.append(*status);
    }
    const SignedIn session =
        signedIn(options, u"cases"_s, {Role::ReviewNurse, Role::MedicalDirector}, io);
    if (!session)
        return session.exitCode;
    const PolicyCatalog catalog = loadCatalog(options, io);
    CaseStore store(session.database, catalog);
    filter.limit = 1000;
    QList<CaseSummary> rows;
    for (;; filter.offset += filter.limit) {
        const auto page = store.queue(filter);
        if (!page) {
            io.err << page.error() << '\n';
            return 1;
        }
        rows += page.value();
        if (page->size() < filter.limit)
            break;
    }
    // Recorded before anything is shown: a listing cut short (| head) has still been seen.
    QJsonArray statuses;
    for (CaseStatus st : filter.statuses)
        statuses.append(caseStatusId(st));
    if (const Done recorded = store.recordAccess(
            session.actor, 0, u"cases.listed"_s,
            QJsonObject{{u"statuses"_s, statuses}, {u"cases"_s, int(rows.size())}});
        !recorded) {
        io.err << recorded.error() << '\n';
        return 1;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const CaseSummary& c : std::as_const(rows))
            list.append(QJsonObject{{u"caseNumber"_s, c.caseNumber},
                                    {u"memberId"_s, c.memberId},
                                    {u"memberName"_s, c.memberName},
                                    {u"drug"_s, c.drug},
                                    {u"policy"_s, c.policyId},
                                    {u"status"_s, caseStatusId(c.status)},
                                    {u"urgency"_s, c.urgency},
                                    {u"lineOfBusiness"_s, c.lineOfBusiness},
                                    {u"dueAt"_s, c.dueAt.toString(Qt::ISODate)}});
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << Text::tr("%1  %2  %3  %4  %5\n")
                  .arg(Text::tr("Case"), -14)
                  .arg(Text::tr("Member"), -28)
                  .arg(Text::tr("Drug"), -10)
                  .arg(Text::tr("Status"), -18)
                  .arg(Text::tr("Due (UTC)"));
    for (const CaseSummary& c : std::as_const(rows))
        io.out << Text::tr("%1  %2  %3  %4  %5\n")
                      .arg(c.caseNumber, -14)
                      .arg(c.memberName + u" ("_s + c.memberId + u')', -28)
                      .arg(c.drug, -10)
                      .arg(caseStatusId(c.status), -18)
                      .arg(c.dueAt.toString(u"yyyy-MM-dd HH:mm"_s));
    return 0;
}

int seed(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addOption({u"cases"_s, Text::tr("How many fictitious cases to add."), u"N"_s});
    parser.addOption(
        {u"random-seed"_s, Text::tr("Seed of the random choices (default 1)."), u"S"_s});
    parser.addOption({u"list"_s, Text::tr("Save each case and each letter on its own, and print "
                                          "a line for each once it is saved.")});
    if (!parse(parser, u"seed"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    bool ok = false;
    const int count = parser.value(u"cases"_s).toInt(&ok);
    if (!ok || count < 1 || count > 10000000) {
        io.err << Text::tr("seed: --cases takes a whole number from 1 to 10000000") << '\n';
        return 2;
    }
    const quint32 randomSeed =
        parser.isSet(u"random-seed"_s) ? parser.value(u"random-seed"_s).toUInt() : 1;
    const bool list = parser.isSet(u"list"_s);
    // A new file becomes a demonstration database, whose demo administrator adds the cases.
    // Fictitious cases in an existing database are an administrator's doing, signed in.
    const QString path =
        options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    std::shared_ptr<Database> db;
    Actor actor = demo::administrator();
    if (QFileInfo::exists(path)) {
        if (options.user.isEmpty()) {
            io.err << Text::tr("seed: %1 already exists; adding fictitious cases to it needs an "
                               "administrator's sign-in (--user NAME)")
                          .arg(QDir::toNativeSeparators(path))
                   << '\n';
            return 2;
        }
        const SignedIn session = signedIn(options, u"seed"_s, {Role::Administrator}, io);
        if (!session)
            return session.exitCode;
        db = session.database;
        actor = session.actor;
    } else {
        db = openDatabase(options, io, true);
        if (!db)
            return 1;
        if (const Done accounts = demo::ensureAccounts(db); !accounts) {
            io.err << Text::tr("seed: %1").arg(accounts.error()) << '\n';
            return 1;
        }
    }
    const PolicyCatalog catalog = loadCatalog(options, io);
    CaseStore store(db, catalog);
    int saved = 0;
    const Result<int> seeded = CaseSeeder::seed(
        store, actor, count, randomSeed,
        [&](const QList<CaseRecord>& batch) {
            saved += int(batch.size());
            if (list) {
                // Printed only once saved: a script may count on every line it has read.
                for (const CaseRecord& c : batch)
                    io.out << "case " << c.caseNumber << ' ' << caseStatusId(c.status) << '\n';
                io.out.flush();
            } else {
                io.err << u'\r' << Text::tr("%1 of %2 cases").arg(saved).arg(count);
                io.err.flush();
            }
        },
        list ? 1 : 2000);
    if (!list)
        io.err << '\n';
    if (!seeded) {
        io.err << seeded.error() << '\n';
        return 1;
    }
    io.out << Text::tr("%n fictitious case(s) added to %1", nullptr, seeded.value()).arg(db->path())
           << '\n';
    const Result<LetterKit> letters = LetterKit::load();
    const Result<int> filed =
        letters
            ? DemoLetters::file(store, letters.value(), 2,
                                [&](const CaseSummary& c, const QString& fileName) {
                                    if (!list)
                                        return;
                                    io.out << "letter " << c.caseNumber << ' ' << fileName << '\n';
                                    io.out.flush();
                                })
            : Result<int>::failure(letters.error());
    if (!filed) {
        io.err << Text::tr("seed: no letters filed: %1").arg(filed.error()) << '\n';
        return 1;
    }
    io.out << Text::tr("%n letter(s) filed with their cases", nullptr, filed.value()) << '\n';
    return 0;
}

int audit(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"verify"_s, Text::tr("Check the audit trail's hash chain and every row it sealed."));
    if (!parse(parser, u"audit"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments() != QStringList{u"verify"_s}) {
        io.err << Text::tr("audit: the command is \"audit verify\"") << '\n';
        return 2;
    }
    const SignedIn session =
        signedIn(options, u"audit"_s, {Role::Administrator, Role::MedicalDirector}, io);
    if (!session)
        return session.exitCode;
    const AuditTrail::Verification v = AuditTrail::verify(*session.database);
    if (!v.intact) {
        io.err << Text::tr("audit trail BROKEN: %1").arg(v.problem) << '\n';
        if (v.firstBadRow > 0)
            io.err << Text::tr("first broken row: %1").arg(v.firstBadRow) << '\n';
        return 1;
    }
    io.out << Text::tr("audit trail intact: %n row(s)", nullptr, int(v.rows)) << '\n'
           << Text::tr("rows of cases, facts, decisions, notes, documents and accounts as the "
                       "trail's actions left them: %n",
                       nullptr, int(v.sealedRows))
           << '\n'
           << Text::tr("newest hash: %1").arg(v.newestHash) << '\n'
           << Text::tr("also recorded in: %1").arg(AuditTrail::headPath(session.database->path()))
           << '\n';
    return 0;
}

int repairPermissions(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    if (!parse(parser, u"repair-permissions"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const SignedIn session = signedIn(options, u"repair-permissions"_s, {Role::Administrator}, io);
    if (!session)
        return session.exitCode;
    const Result<QStringList> changed = PrivateFiles::tighten(*session.database, session.actor);
    if (!changed) {
        io.err << Text::tr("repair-permissions: %1").arg(changed.error()) << '\n';
        return 1;
    }
    if (changed->isEmpty())
        io.out << Text::tr("the database's files were already owner-only") << '\n';
    else
        io.out << Text::tr("made owner-only: %1").arg(changed->join(u", "_s)) << '\n';
    return 0;
}

int backup(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"DEST"_s, Text::tr("Where to write the copy."));
    parser.addOption({u"force"_s, Text::tr("Replace DEST if it exists.")});
    if (!parse(parser, u"backup"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        io.err << Text::tr("backup: name the file to write") << '\n';
        return 2;
    }
    const QString destination = parser.positionalArguments().first();
    const auto existing =
        parser.isSet(u"force"_s) ? Backup::Existing::Replace : Backup::Existing::Refuse;
    // Said before anyone signs in: nothing is recorded of a backup that cannot start.
    if (existing == Backup::Existing::Refuse && QFileInfo::exists(destination)) {
        io.err << Text::tr("backup: %1 already exists; add --force to replace it").arg(destination)
               << '\n';
        return 1;
    }
    const SignedIn session = signedIn(options, u"backup"_s, {Role::Administrator}, io);
    if (!session)
        return session.exitCode;
    const auto& db = session.database;
    // Recorded first, so the copy holds the record of its own making.
    const Done recorded =
        AuditTrail::action(*db, session.actor, [&](const AuditTrail::Append& audit) {
            return audit(0, u"backup.written"_s,
                         QJsonObject{{u"destination"_s, QFileInfo(destination).absoluteFilePath()}},
                         {});
        });
    if (!recorded) {
        io.err << recorded.error() << '\n';
        return 1;
    }
    if (const Done d = Backup::write(*db, destination, existing); !d) {
        io.err << d.error() << '\n';
        return 1;
    }
    io.out << Text::tr("backed up %1 to %2 (checked)").arg(db->path(), destination) << '\n';
    return 0;
}

int restore(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SOURCE"_s,
                                 Text::tr("A backup written by \"urdesk-cli backup\"."));
    if (!parse(parser, u"restore"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        io.err << Text::tr("restore: name the backup file") << '\n';
        return 2;
    }
    if (!userGiven(options, u"restore"_s, io))
        return 2;
    const QString target =
        options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    int signInExit = 0;
    const Result<QString> restored = Backup::restore(
        parser.positionalArguments().first(), target,
        [&](const std::shared_ptr<Database>& copy) -> Result<Actor> {
            const SignedIn session = signIn(options, copy, u"restore"_s, {Role::Administrator}, io);
            signInExit = session.exitCode;
            return session ? Result<Actor>(session.actor)
                           : Result<Actor>::failure(Text::tr("the administrator did not sign in"));
        });
    if (!restored) {
        io.err << restored.error() << '\n';
        return signInExit == 2 ? 2 : 1;
    }
    io.out << restored.value() << '\n';
    return 0;
}

} // namespace urdesk::cli
