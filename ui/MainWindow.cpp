#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace urdesk {

MainWindow::MainWindow(const PolicyCatalog& catalog, std::shared_ptr<Database> database,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("URDesk"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("<b>Coverage policies</b>"), central);
    layout->addWidget(heading);

    auto* list = new QTreeWidget(central);
    list->setHeaderLabels(
        {tr("Payer"), tr("Number"), tr("Title"), tr("Revision"), tr("Effective")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    for (const auto& p : catalog.policies()) {
        new QTreeWidgetItem(list, {p->payer, p->number, p->title, p->revision,
                                   QLocale().toString(p->effectiveDate, QLocale::ShortFormat)});
    }
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int c : {0, 1, 3, 4})
        list->resizeColumnToContents(c);
    layout->addWidget(list);

    if (!catalog.errors().isEmpty()) {
        auto* errors = new QLabel(central);
        errors->setWordWrap(true);
        errors->setTextFormat(Qt::PlainText);
        errors->setText(
            tr("Some policy files did not load:\n%1").arg(catalog.errors().join(u'\n')));
        layout->addWidget(errors);
    }
    setCentralWidget(central);
    auto* databaseLabel =
        new QLabel(m_database ? tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path()))
                              : tr("No database"),
                   this);
    statusBar()->addPermanentWidget(databaseLabel);
    statusBar()->showMessage(tr("%n policies loaded", nullptr, int(catalog.policies().size())));
    resize(1000, 600);
}

} // namespace urdesk
