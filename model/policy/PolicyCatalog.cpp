#include "PolicyCatalog.h"

#include "PolicyReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace urdesk {

PolicyCatalog PolicyCatalog::load(const QString& extraDirectory)
{
    PolicyCatalog catalog;
    const QDir builtin(u":/urdesk/policies"_s);
    for (const QString& name : builtin.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        catalog.addFile(builtin.filePath(name));
    if (!extraDirectory.isEmpty()) {
        const QDir extra(extraDirectory);
        if (!extra.exists()) {
            catalog.m_errors.append(
                QCoreApplication::translate("urdesk::PolicyCatalog",
                                            "%1: the policy folder does not exist")
                    .arg(QDir::toNativeSeparators(extraDirectory)));
        }
        for (const QString& name : extra.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            catalog.addFile(extra.filePath(name));
    }
    return catalog;
}

bool PolicyCatalog::addFile(const QString& path)
{
    const QString shown = path.startsWith(u':') ? path : QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(QCoreApplication::translate("urdesk::PolicyCatalog", "%1: cannot read: %2")
                            .arg(shown, file.errorString()));
        return false;
    }
    Result<Policy> policy =
        PolicyReader::read(file.readAll(), shown, PolicyReader::builtinCommon());
    if (!policy) {
        m_errors.append(policy.error());
        return false;
    }
    if (find(policy->id, policy->revision)) {
        m_errors.append(QCoreApplication::translate(
                            "urdesk::PolicyCatalog",
                            "%1: policy %2 revision %3 is already loaded; this file is ignored")
                            .arg(shown, policy->id, policy->revision));
        return false;
    }
    m_policies.append(std::make_shared<const Policy>(std::move(policy).value()));
    return true;
}

std::shared_ptr<const Policy> PolicyCatalog::find(QStringView id, QStringView revision) const
{
    std::shared_ptr<const Policy> best;
    for (const auto& p : m_policies) {
        if (p->id != id)
            continue;
        if (!revision.isEmpty()) {
            if (p->revision == revision)
                return p;
            continue;
        }
        if (!best || p->effectiveDate > best->effectiveDate)
            best = p;
    }
    return best;
}

} // namespace urdesk
