// The queue at scale: with N cases (default 100,000), times opening the database, the first
// 100 rows of the due-date queue, each filter and the searches, and the same statements
// run by the sqlite3 command-line tool on the same file. The aim: each under 20 ms and no
// slower than 1.5 times sqlite3. Prints figures and query plans; asserts nothing about time.
//
//   bench_store [N] [DATABASE]     (a DATABASE already holding N or more cases is reused)
#include "BenchSupport.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {

using bench::median;
using bench::timeMs;

// The statement with its values written in, as sqlite3 would be given it.
QString literal(QString sql, const QVariantList& values)
{
    for (const QVariant& v : values) {
        const QString text = v.typeId() == QMetaType::QString
                                 ? u'\'' + v.toString().replace(u'\'', u"''"_s) + u'\''
                                 : v.toString();
        sql.replace(sql.indexOf(u'?'), 1, text);
    }
    return sql;
}

// sqlite3's time for the statement: the tool runs it `runs` times in one process, and the
// same process running a trivial statement as often is taken off (its start and its loop).
double sqlite3Ms(const QString& path, const QString& sql)
{
    constexpr int runs = 200;
    auto wallMs = [&](const QString& statement) {
        QString script;
        for (int i = 0; i < runs; ++i)
            script += statement + u";\n"_s;
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start(u"sqlite3"_s, {u"-batch"_s, path});
            if (!p.waitForStarted())
                return -1.0;
            p.write(script.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(300000);
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };
    const double with = wallMs(sql);
    const double without = wallMs(u"SELECT 1"_s);
    return with < 0 || without < 0 ? -1 : std::max(0.0, with - without) / runs;
}

QString plan(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    QStringList steps;
    if (q.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
        while (q.next())
            steps.append(q.value(3).toString());
    }
    return steps.join(u"; "_s);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.db"_s);
    if (!bench::databaseWithCases(path, cases))
        return 1;

    const double openMs = timeMs([&] { Database::open(path); });
    std::printf("\n%-42s %10.2f ms\n", "open the database", openMs);

    const auto db = Database::open(path).value();
    const CaseStore store(db, test::builtinCatalog());
    const std::pair<const char*, CaseFilter> queries[] = {
        {"queue: first 100 by due date", {}},
        {"filter: status referred", {{CaseStatus::Referred}, {}, {}, {}, {}, 100, 0}},
        {"filter: open (new, in review, pended, referred)",
         {{CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended, CaseStatus::Referred},
          {},
          {},
          {},
          {},
          100,
          0}},
        {"filter: urgency expedited", {{}, u"expedited"_s, {}, {}, {}, 100, 0}},
        {"filter: line of business medicaid", {{}, {}, u"medicaid"_s, {}, {}, 100, 0}},
        {"filter: assignee nurse", {{}, {}, {}, u"nurse"_s, {}, 100, 0}},
        {"search: member name \"Grace Ex\"", {{}, {}, {}, {}, u"Grace Ex"_s, 100, 0}},
        {"search: case number", {{}, {}, {}, {}, u"PA-2026-000050"_s, 100, 0}},
        {"search: member id", {{}, {}, {}, {}, u"FAKE00012345"_s, 100, 0}},
        // Every case read: no name holds it (the seeded names have no accents).
        {"search: part of a name, \"garcía\" (none)", {{}, {}, {}, {}, u"garcía"_s, 100, 0}},
        {"search: two parts, \"son ale\"", {{}, {}, {}, {}, u"son ale"_s, 100, 0}},
        {"search: part of a member id, \"0001234\"", {{}, {}, {}, {}, u"0001234"_s, 100, 0}},
        {"sort: member name", {{}, {}, {}, {}, {}, 100, 0, CaseSort::MemberName, false}},
        {"sort: drug, descending", {{}, {}, {}, {}, {}, 100, 0, CaseSort::Drug, true}},
        {"sort: policy", {{}, {}, {}, {}, {}, 100, 0, CaseSort::Policy, false}},
        {"sort: status", {{}, {}, {}, {}, {}, 100, 0, CaseSort::Status, false}},
        {"sort: assignee, page 500", {{}, {}, {}, {}, {}, 100, 50000, CaseSort::Assignee, false}},
        {"open cases by case number, descending",
         {{CaseStatus::New, CaseStatus::InReview, CaseStatus::Pended, CaseStatus::Referred},
          {},
          {},
          {},
          {},
          100,
          0,
          CaseSort::CaseNumber,
          true}},
    };
    std::printf("%-42s %10s %10s %8s\n", "statement (at most 100 rows)", "URDesk", "sqlite3",
                "ratio");
    for (const auto& [name, filter] : queries) {
        int rows = 0;
        const double ours = timeMs([&] { rows = int(store.queue(filter).value().size()); });
        QVariantList values;
        const QString sql = literal(CaseStore::queueStatement(filter, &values), values);
        const double theirs = sqlite3Ms(path, sql);
        std::printf("%-42s %7.2f ms %7.2f ms %7.2fx  (%d rows)\n", name, ours, theirs,
                    theirs > 0 ? ours / theirs : 0.0, rows);
        std::printf("    plan: %s\n", qPrintable(plan(*db, sql)));
    }

    // What a reviewer waits for after typing in the search box: the first page and the count
    // of all that match. The aim: under 50 ms. Words under three letters are not in the
    // trigram index, so a search of short words alone reads every case.
    std::printf("\n%-42s %10s %10s\n", "search as the queue answers it", "rows+count",
                "matches");
    for (const QString& search : {u"Grace Ex"_s, u"garcía"_s, u"son ale"_s, u"0001234"_s,
                                  u"son"_s, u"PA-2026-000050"_s, u"ex"_s}) {
        CaseFilter filter;
        filter.search = search;
        qint64 matches = 0;
        const double ms = timeMs([&] {
            store.queue(filter);
            matches = store.count(filter).value();
        });
        std::printf("%-42s %7.2f ms %10lld\n", qPrintable(u'"' + search + u'"'), ms,
                    static_cast<long long>(matches));
    }
    return 0;
}
