#include "Session.h"

#include <QCoreApplication>

namespace urdesk {

QString Session::signedInText() const
{
    const auto role = roleFromId(actor.role);
    return QCoreApplication::translate("urdesk::Session", "%1 (%2)")
        .arg(account.fullName, role ? roleText(*role).toLower() : actor.role);
}

QString Session::reviewerName() const
{
    if (account.licenceType.isEmpty())
        return account.fullName;
    return QCoreApplication::translate("urdesk::Session", "%1, %2")
        .arg(account.fullName, account.licenceType);
}

} // namespace urdesk
