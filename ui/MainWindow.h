#pragma once

#include "PolicyCatalog.h"

#include <QMainWindow>

namespace urdesk {

// The application window. For now it shows the coverage policies URDesk has loaded and any
// that failed to load; the case queue and the review workbench come next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const PolicyCatalog& catalog, QWidget* parent = nullptr);
};

} // namespace urdesk
