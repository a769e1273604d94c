#pragma once

#include "Database.h"
#include "PolicyCatalog.h"

#include <QMainWindow>

namespace urdesk {

// The application window. For now it shows the coverage policies URDesk has loaded, any
// that failed to load, and the database in use; the case queue and the review workbench
// come next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const PolicyCatalog& catalog, std::shared_ptr<Database> database,
               QWidget* parent = nullptr);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace urdesk
