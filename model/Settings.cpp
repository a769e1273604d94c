#include "Settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {
const QString policyDirectoryKey = u"policies/extraDirectory"_s;
}

QString Settings::extraPolicyDirectory()
{
    return QSettings().value(policyDirectoryKey).toString();
}

} // namespace urdesk
