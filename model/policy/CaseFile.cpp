#include "CaseFile.h"

#include "FactJson.h"
#include "JsonParse.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::CaseFile)
};

// Converts one JSON answer into a FactValue of the fact's type; empty message when it fits.
} // namespace

Result<CaseFile> CaseFileReader::readFile(const QString& path, const PolicyCatalog& catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CaseFile>::failure(
            Text::tr("%1: cannot read: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return read(file.readAll(), QDir::toNativeSeparators(path), catalog);
}

Result<CaseFile> CaseFileReader::read(const QByteArray& json, const QString& fileName,
                                      const PolicyCatalog& catalog)
{
    auto fail = [&](const QString& where, const QString& what) {
        return Result<CaseFile>::failure(QStringLiteral("%1: %2: %3").arg(fileName, where, what));
    };
    const JsonParse parsed = parseJson(json);
    if (!parsed.error.isEmpty())
        return Result<CaseFile>::failure(fileName + u": "_s + parsed.error);
    const QJsonObject root = parsed.document.object();
    static const QStringList keys = {u"format"_s,         u"description"_s, u"policy"_s,
                                     u"policyRevision"_s, u"requestDate"_s, u"facts"_s,
                                     u"expect"_s,         u"comment"_s};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!keys.contains(it.key()))
            return fail(u"$"_s, Text::tr("unknown key \"%1\"").arg(it.key()));
    }
    if (root.value(u"format").toString() != u"urdesk-case/1")
        return fail(u"$.format"_s, Text::tr("expected \"urdesk-case/1\""));
    const QString policyId = root.value(u"policy").toString();
    const QString revision = root.value(u"policyRevision").toString();
    const std::shared_ptr<const Policy> policy = catalog.find(policyId, revision);
    if (!policy)
        return fail(u"$.policy"_s,
                    revision.isEmpty()
                        ? Text::tr("no loaded policy \"%1\"").arg(policyId)
                        : Text::tr("no loaded policy \"%1\" revision %2").arg(policyId, revision));
    const QDate requestDate = isoDateFromJson(root.value(u"requestDate"));
    if (!requestDate.isValid())
        return fail(u"$.requestDate"_s, Text::tr("expected the request date as YYYY-MM-DD"));
    if (!root.value(u"facts").isObject())
        return fail(u"$.facts"_s, Text::tr("expected an object of answers"));

    CaseFile caseFile{root.value(u"description").toString(), requestDate, CaseFacts(policy),
                      root.value(u"expect").toObject()};
    const QJsonObject facts = root.value(u"facts").toObject();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        const QString where = u"$.facts."_s + it.key();
        const int index = policy->fact(it.key());
        if (index < 0)
            return fail(where,
                        Text::tr("unknown fact \"%1\" in policy %2").arg(it.key(), policy->id));
        const QString refused = caseFile.facts.setFromJson(index, it.value());
        if (!refused.isEmpty())
            return fail(where, refused);
    }
    const int birth = policy->fact(u"member.birthDate");
    if (caseFile.facts.has(birth) && std::get<QDate>(caseFile.facts.value(birth)) > requestDate)
        return fail(u"$.facts.member.birthDate"_s,
                    Text::tr("the birth date is after the request date"));
    return caseFile;
}

QStringList CaseFile::mismatches(const Evaluation& evaluation) const
{
    QStringList out;
    const Determination& d = evaluation.determination;
    const Policy& p = policy();
    auto differs = [&](const QString& what, const QString& expected, const QString& actual) {
        if (expected != actual)
            out.append(Text::tr("%1: expected %2, got %3").arg(what, expected, actual));
    };
    auto ids = [&](const QList<int>& nodes) {
        QStringList list;
        for (int n : nodes)
            list.append(p.nodes[size_t(n)].id);
        return list.join(u", ");
    };
    auto expectedList = [&](QStringView key) {
        QStringList list;
        for (const QJsonValue& v : expect.value(key).toArray())
            list.append(v.toString());
        return list.join(u", ");
    };
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const QString key = it.key();
        if (key == u"determination") {
            differs(key, it.value().toString(), determinationId(d.kind));
        } else if (key == u"branch") {
            differs(key, it.value().toString(),
                    d.branch >= 0 ? p.nodes[size_t(d.branch)].id : u"(none)"_s);
        } else if (key == u"approvalEnd") {
            differs(key, it.value().toString(), dates::iso(d.approvalEnd));
        } else if (key == u"unmet") {
            differs(key, expectedList(key), ids(d.unmetCriteria));
        } else if (key == u"conditions") {
            differs(key, expectedList(key), ids(d.conditionsApplying));
        } else if (key == u"missing") {
            QStringList missing;
            for (int f : d.missingFacts)
                missing.append(p.facts.at(f).id);
            differs(key, expectedList(key), missing.join(u", "));
        } else if (key == u"approvableQuantity") {
            differs(key, QString::number(it.value().toDouble()),
                    QString::number(d.quantity.approvable));
        } else if (key == u"notApprovableQuantity") {
            differs(key, QString::number(it.value().toDouble()),
                    QString::number(d.quantity.notApprovable));
        } else if (key == u"criteria") {
            const QJsonObject criteria = it.value().toObject();
            for (auto c = criteria.begin(); c != criteria.end(); ++c) {
                const int node = p.node(c.key());
                if (node < 0) {
                    out.append(Text::tr("criteria: no criterion \"%1\"").arg(c.key()));
                    continue;
                }
                differs(c.key(), c.value().toString(), statusId(evaluation.node(node).status));
            }
        } else {
            out.append(Text::tr("expect: unknown key \"%1\"").arg(key));
        }
    }
    return out;
}

} // namespace urdesk
