#pragma once

#include "CaseFile.h"
#include "PolicyCatalog.h"

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
