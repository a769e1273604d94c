#pragma once

#include "CaseFile.h"
#include "PolicyCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace urdesk::test {

using namespace Qt::StringLiterals;

inline const PolicyCatalog& builtinCatalog()
{
    static const PolicyCatalog catalog = PolicyCatalog::load();
    return catalog;
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(URDESK_SOURCE_DIR "/") + relative;
}

inline QByteArray readSource(const QString& relative)
{
    QFile f(sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Every example case file under examples/, in order.
inline QStringList exampleFiles()
{
    QStringList files;
    QDirIterator it(sourcePath(u"examples"_s), {u"*.json"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// The bit of a policy's drug set, by its id; fails the test when there is none.
inline DrugListMask setBit(const Policy& policy, QStringView id)
{
    for (int i = 0; i < policy.drugSets.size(); ++i) {
        if (policy.drugSets.at(i).id == id)
            return DrugListMask(1) << i;
    }
    qFatal("policy %s has no drug set %s", qPrintable(policy.id), qPrintable(id.toString()));
}

// A drug as a case names it, resolved against the policy.
inline DrugMention resolved(const Policy& policy, const QString& drug,
                            const QString& drugClass = {}, const QString& route = {})
{
    DrugMention d;
    d.drug = drug;
    d.drugClass = drugClass;
    d.route = route;
    policy.resolve(d, Indication::ThisCondition);
    return d;
}

// A case file made from a policy id, a request date and the answers as a JSON object text.
inline Result<CaseFile> makeCase(const QString& policy, const QString& requestDate,
                                 const QString& factsJson)
{
    const QByteArray json = QStringLiteral(R"({"format": "urdesk-case/1", "policy": "%1",
                                               "requestDate": "%2", "facts": %3})")
                                .arg(policy, requestDate, factsJson)
                                .toUtf8();
    return CaseFileReader::read(json, u"(test case)"_s, builtinCatalog());
}

} // namespace urdesk::test
