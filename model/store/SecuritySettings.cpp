#include "SecuritySettings.h"

#include "AccountStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

const QString idleLockKey = u"security/idleLockMinutes"_s;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::SecuritySettings)
};

} // namespace

Result<int> SecuritySettings::idleLockMinutes(const Database& database)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(idleLockKey);
    if (!q.exec())
        return Result<int>::failure(sqlError(q));
    if (!q.next())
        return defaultIdleLockMinutes;
    bool ok = false;
    const int minutes = q.value(0).toString().toInt(&ok);
    // A value out of range (written by hand) falls back to the safe default.
    if (!ok || minutes < minimumIdleLockMinutes || minutes > maximumIdleLockMinutes)
        return defaultIdleLockMinutes;
    return minutes;
}

Done SecuritySettings::setIdleLockMinutes(Database& database, const Actor& administrator,
                                          int minutes)
{
    if (administrator.role != roleId(Role::Administrator))
        return Done::failure(Text::tr("only an administrator sets the idle lock"));
    if (minutes < minimumIdleLockMinutes || minutes > maximumIdleLockMinutes)
        return Done::failure(Text::tr("the idle lock takes %1 to %2 minutes, not %3")
                                 .arg(minimumIdleLockMinutes)
                                 .arg(maximumIdleLockMinutes)
                                 .arg(minutes));
    const Result<int> before = idleLockMinutes(database);
    if (!before)
        return Done::failure(before.error());
    return AuditTrail::action(database, administrator, [&](const AuditTrail::Append& audit) {
        if (Done allowed = checkActor(database.connection(), administrator); !allowed)
            return allowed;
        QSqlQuery q(database.connection());
        q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(idleLockKey);
        q.addBindValue(QString::number(minutes));
        if (!q.exec())
            return Done::failure(sqlError(q));
        return audit(0, u"settings.changed"_s,
                     QJsonObject{{u"setting"_s, idleLockKey},
                                 {u"old"_s, before.value()},
                                 {u"new"_s, minutes}},
                     {});
    });
}

} // namespace urdesk
