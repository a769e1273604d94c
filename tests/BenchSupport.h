#pragma once

// What the benchmarks share: a database with N seeded cases, and timing by the median.
#include "CaseSeeder.h"
#include "StoreSupport.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace urdesk::bench {

constexpr int repeats = 7;

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

template <typename F>
double timeMs(F&& f, int runs = repeats)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// The database at `path` with at least `cases` cases, seeding what is missing; null (after
// saying why) when it cannot be had.
inline std::shared_ptr<Database> databaseWithCases(const QString& path, int cases)
{
    const auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return {};
    }
    test::addTestAccounts(db.value());
    CaseStore store(db.value(), test::builtinCatalog());
    const qint64 have = store.count({}).value();
    if (have < cases) {
        std::printf("seeding %d cases into %s ...\n", int(cases - have), qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        const auto seeded = CaseSeeder::seed(store, test::admin, int(cases - have), 7);
        if (!seeded) {
            std::fprintf(stderr, "%s\n", qPrintable(seeded.error()));
            return {};
        }
        std::printf("seeded in %.1f s\n", double(t.elapsed()) / 1000);
    }
    return db.value();
}

} // namespace urdesk::bench
