#pragma once

#include "Policy.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace urdesk {

// The policies URDesk knows: those compiled into the binaries and those in an extra folder
// a plan maintains. A policy file that fails to load is reported and skipped; it never
// takes the others down.
class PolicyCatalog final
{
public:
    // Built-in policies plus, when `extraDirectory` is not empty, every *.json in it.
    static PolicyCatalog load(const QString& extraDirectory = {});

    // Loads one file; returns false and records the error when it does not load.
    bool addFile(const QString& path);

    const QList<std::shared_ptr<const Policy>>& policies() const { return m_policies; }
    // The policy with this id: the given revision, or else the one latest in effect.
    std::shared_ptr<const Policy> find(QStringView id, QStringView revision = {}) const;
    // One message per file that did not load, naming the file and the place in it.
    const QStringList& errors() const { return m_errors; }

private:
    QList<std::shared_ptr<const Policy>> m_policies;
    QStringList m_errors;
};

} // namespace urdesk
