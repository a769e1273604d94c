#pragma once

#include "Database.h"

#include <QObject>
#include <QTimer>

namespace urdesk {

// Tells when another connection (another window, urdesk-cli) has committed to the database.
// SQLite's data_version changes on exactly that; reading it is a cheap pragma, so it is
// simply asked every interval.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWatcher(std::shared_ptr<Database> database,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(1500),
                             QObject* parent = nullptr);

Q_SIGNALS:
    void changedElsewhere();

private:
    void check();

    std::shared_ptr<Database> m_database;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace urdesk
