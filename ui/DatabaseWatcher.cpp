#include "DatabaseWatcher.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace urdesk {

DatabaseWatcher::DatabaseWatcher(std::shared_ptr<Database> database,
                                 std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    check();
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::check);
    m_timer.start(interval);
}

void DatabaseWatcher::check()
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_version >= 0 && version != m_version;
    m_version = version;
    if (changed)
        Q_EMIT changedElsewhere();
}

} // namespace urdesk
