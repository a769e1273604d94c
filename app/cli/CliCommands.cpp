#include "CliCommands.h"

#include "CaseFile.h"
#include "EvaluationReport.h"
#include "Evaluator.h"
#include "PolicyCatalog.h"
#include "PolicyReader.h"

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

QString tr(const char* text)
{
    return QCoreApplication::translate("urdesk::cli", text);
}

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

PolicyCatalog loadCatalog(const GlobalOptions& options, Streams io)
{
    PolicyCatalog catalog = PolicyCatalog::load(options.policyDirectory);
    for (const QString& e : catalog.errors())
        io.err << tr("warning: %1").arg(e) << '\n';
    return catalog;
}

} // namespace

int policies(const GlobalOptions& options, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print JSON.")});
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
            io.out << tr("%1  %2 %3  revision %4, effective %5\n      %6\n")
                          .arg(p->id, p->payer, p->number, p->revision,
                               p->effectiveDate.toString(Qt::ISODate), p->title);
    }
    return catalog.errors().isEmpty() ? 0 : 1;
}

int lint(const GlobalOptions&, const QStringList& args, Streams io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, tr("Policy files to check."), u"FILE..."_s);
    if (!parse(parser, u"lint"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().isEmpty()) {
        io.err << tr("lint: name at least one policy file") << '\n';
        return 2;
    }
    int bad = 0;
    for (const QString& path : parser.positionalArguments()) {
        const QString shown = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << tr("%1: cannot read: %2").arg(shown, file.errorString()) << '\n';
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
        io.out << tr("%1: ok (%2 %3, revision %4: %5 criteria, %6 facts)")
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
    parser.addPositionalArgument(u"CASE"_s, tr("A case file (docs/case-format.md)."));
    parser.addOption({u"json"_s, tr("Print the determination and checklist as JSON.")});
    parser.addOption(
        {u"check"_s, tr("Exit with 1 when the result differs from the file's \"expect\" block.")});
    if (!parse(parser, u"evaluate"_s, args, io))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("evaluate: name one case file") << '\n';
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

} // namespace urdesk::cli
