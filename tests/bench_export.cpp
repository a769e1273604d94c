// Exports at scale: the time to build, lay out and write one case review record (the median
// over the decided cases, Dupixent's long checklist among them), and a batch of N records
// written and audited one after another. The aim: under 100 ms a record. Prints figures;
// asserts nothing about time.
//
//   bench_export [N] [DATABASE]     (N decided cases, default 1000)
#include "BenchSupport.h"
#include "CaseExport.h"

#include <QGuiApplication>

#include <cstdio>

using namespace urdesk;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int batch = args.size() > 1 ? args.at(1).toInt() : 1000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(u"bench-export.db"_s);
    // About a third of seeded cases are decided; seed enough for the batch.
    const auto db = bench::databaseWithCases(path, batch * 3);
    if (!db || batch < 1)
        return 1;
    CaseStore store(db, test::builtinCatalog());
    CaseFilter decided;
    decided.statuses = {CaseStatus::Approved, CaseStatus::PartiallyApproved, CaseStatus::Denied};
    decided.limit = batch;
    const QList<CaseSummary> cases = store.queue(decided).value();
    const Result<LetterKit> letters = LetterKit::load(dir.filePath(u"letters"_s));
    if (cases.isEmpty() || !letters)
        return 1;
    const CaseExport exporter(store, &letters.value());

    // One record, again and again, with every step apart.
    const qint64 one = cases.first().id;
    Document doc;
    const double build = bench::timeMs([&] {
        doc = exporter
                  .document(test::nurse, one, CaseExport::Kind::Record,
                            QDateTime::currentDateTimeUtc())
                  .value();
    });
    std::optional<DocumentPages> pages;
    const double layout = bench::timeMs([&] { pages.emplace(doc); });
    QByteArray pdf;
    const double write = bench::timeMs([&] { pdf = pages->pdf(); });
    std::printf("one record (%s, %d pages, %lld bytes): read and build %.1f ms, lay out %.1f ms, "
                "PDF %.1f ms\n",
                qPrintable(cases.first().policyId), pages->count(), qint64(pdf.size()), build,
                layout, write);

    // The batch, as urdesk-cli export --out-dir does it: each written and audited.
    QList<double> each;
    QElapsedTimer total;
    total.start();
    for (const CaseSummary& c : cases) {
        QElapsedTimer t;
        t.start();
        const auto written =
            exporter.exportCase(test::nurse, c.id, CaseExport::Kind::Record,
                                dir.filePath(u"%1-record.pdf"_s.arg(c.caseNumber)));
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        each.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    std::sort(each.begin(), each.end());
    std::printf("batch of %lld records: %.0f ms in all, %.1f ms a record (median %.1f, slowest "
                "%.1f); aim: under 100 ms a record\n",
                qint64(each.size()), totalMs, totalMs / double(each.size()), bench::median(each),
                each.last());
    return 0;
}
