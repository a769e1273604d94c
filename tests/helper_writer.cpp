// A writer for tst_durability: saves cases and notes in a loop, printing "case NUMBER" or
// "note TEXT" after each save is committed, until it is killed.
#include "CaseStore.h"
#include "PolicyCatalog.h"
#include "StoreSupport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace urdesk;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: helper_writer DATABASE RUN\n");
        return 2;
    }
    const auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    test::addTestAccounts(db.value());
    const PolicyCatalog catalog = PolicyCatalog::load();
    CaseStore store(db.value(), catalog);
    const QString run = QString::fromLocal8Bit(argv[2]);
    for (int n = 0;; ++n) {
        const auto c = store.createCase(test::nurse, test::sampleIntake());
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error()));
            return 1;
        }
        std::printf("case %s\n", qPrintable(c->caseNumber));
        std::fflush(stdout);
        const QString text = u"run %1 save %2"_s.arg(run).arg(n);
        if (const Done d = store.addNote(test::nurse, c->id, text); !d) {
            std::fprintf(stderr, "%s\n", qPrintable(d.error()));
            return 1;
        }
        std::printf("note %s\n", qPrintable(text));
        std::fflush(stdout);
    }
}
