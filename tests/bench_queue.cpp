// The queue window at scale: with N cases (default 100,000), times what a reviewer waits for
// in the queue view: opening it, painting the first screen, jumping to the middle and to the
// end, sorting by another column, filtering, and the refresh after another program's change.
// The aim: each well under the 100 ms a person notices. Prints figures; asserts nothing.
//
//   bench_queue [N] [DATABASE]     (a DATABASE already holding N or more cases is reused)
#include "BenchSupport.h"
#include "CaseQueueView.h"
#include "GuiSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QTableView>

using namespace urdesk;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int cases = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.db"_s);
    const auto db = bench::databaseWithCases(path, cases);
    if (!db)
        return 1;
    CaseStore store(db, test::builtinCatalog());
    const Session session = test::sessionOf(db, test::nurse);

    // Each figure includes painting the table (grab() renders it even offscreen), and so
    // reading the rows it shows.
    std::unique_ptr<CaseQueueView> view;
    const auto paint = [&] { view->table().grab(); };
    const double open = bench::timeMs(
        [&] {
            view = std::make_unique<CaseQueueView>(store, session);
            view->resize(1280, 700);
            view->show();
            paint();
        },
        3);
    std::printf("%-44s %8.2f ms  (%lld cases in the queue)\n", "open the queue and paint", open,
                qlonglong(view->model().rowCount()));
    auto* status = view->findChild<QComboBox*>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(QString())); // every case
    QScrollBar* scroll = view->table().verticalScrollBar();
    const std::pair<const char*, std::function<void()>> steps[] = {
        {"show all cases and paint",
         [&] {
             view->model().setFilter(view->model().filter());
             paint();
         }},
        {"jump to the middle and paint",
         [&] {
             scroll->setValue(scroll->maximum() / 2);
             paint();
             scroll->setValue(0);
         }},
        {"jump to the end and paint",
         [&] {
             scroll->setValue(scroll->maximum());
             paint();
             scroll->setValue(0);
         }},
        {"sort by member and paint",
         [&] {
             view->model().sort(CaseQueueModel::Member, Qt::AscendingOrder);
             paint();
         }},
        {"sort by status, descending, and paint",
         [&] {
             view->model().sort(CaseQueueModel::Status, Qt::DescendingOrder);
             paint();
         }},
        {"filter: referred, and paint",
         [&] {
             status->setCurrentIndex(status->findData(u"referred"_s));
             paint();
             status->setCurrentIndex(status->findData(QString()));
         }},
        {"refresh after a change elsewhere, and paint",
         [&] {
             view->refresh();
             paint();
         }},
    };
    for (const auto& [name, step] : steps)
        std::printf("%-44s %8.2f ms\n", name, bench::timeMs(step));
    return 0;
}
