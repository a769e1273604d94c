// Date arithmetic the criteria rest on: spans count their first and last day.
#include "Duration.h"
#include "StrictTest.h"

#include <QTest>

using namespace urdesk;

class TestDuration : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void daysInclusive_data();
    void daysInclusive();
    void age_data();
    void age();
    void lastDayFrom_data();
    void lastDayFrom();
    void firstDayUntil_data();
    void firstDayUntil();
};

void TestDuration::daysInclusive_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qint64>("days");
    QTest::newRow("same day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << qint64(1);
    QTest::newRow("28 days") << QDate(2026, 3, 1) << QDate(2026, 3, 28) << qint64(28);
    QTest::newRow("across leap day") << QDate(2028, 2, 28) << QDate(2028, 3, 1) << qint64(3);
    QTest::newRow("reversed") << QDate(2026, 3, 2) << QDate(2026, 3, 1) << qint64(0);
    QTest::newRow("invalid") << QDate() << QDate(2026, 3, 1) << qint64(0);
}

void TestDuration::daysInclusive()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qint64, days);
    QCOMPARE(dates::daysInclusive(first, last), days);
}

void TestDuration::age_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("months");
    QTest::newRow("day before 12th birthday")
        << QDate(2014, 3, 3) << QDate(2026, 3, 2) << 11 << 143;
    QTest::newRow("12th birthday") << QDate(2014, 3, 2) << QDate(2026, 3, 2) << 12 << 144;
    QTest::newRow("leap-day birth, Feb 28")
        << QDate(2008, 2, 29) << QDate(2026, 2, 28) << 17 << 215;
    QTest::newRow("leap-day birth, Mar 1") << QDate(2008, 2, 29) << QDate(2026, 3, 1) << 18 << 216;
    QTest::newRow("6 months old") << QDate(2025, 9, 2) << QDate(2026, 3, 2) << 0 << 6;
    QTest::newRow("a day short of 6 months") << QDate(2025, 9, 3) << QDate(2026, 3, 2) << 0 << 5;
}

void TestDuration::age()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, years);
    QFETCH(int, months);
    QCOMPARE(dates::ageInYears(birth, on), years);
    QCOMPARE(dates::ageInMonths(birth, on), months);
}

void TestDuration::lastDayFrom_data()
{
    QTest::addColumn<Duration>("duration");
    QTest::addColumn<int>("monthLength");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("last");
    const QDate start(2026, 3, 2);
    QTest::newRow("28 days") << Duration{28, Duration::Unit::Days} << 0 << start
                             << QDate(2026, 3, 29);
    QTest::newRow("6 weeks") << Duration{6, Duration::Unit::Weeks} << 0 << start
                             << QDate(2026, 4, 12);
    QTest::newRow("6 calendar months")
        << Duration{6, Duration::Unit::Months} << 0 << start << QDate(2026, 9, 1);
    QTest::newRow("6 months of 30 days")
        << Duration{6, Duration::Unit::Months} << 30 << start << QDate(2026, 8, 28);
    QTest::newRow("1 year") << Duration{1, Duration::Unit::Years} << 0 << start
                            << QDate(2027, 3, 1);
    QTest::newRow("month from Jan 31")
        << Duration{1, Duration::Unit::Months} << 0 << QDate(2026, 1, 31) << QDate(2026, 2, 28);
}

void TestDuration::lastDayFrom()
{
    QFETCH(Duration, duration);
    QFETCH(int, monthLength);
    QFETCH(QDate, start);
    QFETCH(QDate, last);
    QCOMPARE(duration.lastDayFrom(start, monthLength), last);
}

void TestDuration::firstDayUntil_data()
{
    QTest::addColumn<Duration>("duration");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("first");
    const QDate end(2026, 6, 30);
    QTest::newRow("180 days") << Duration{180, Duration::Unit::Days} << end << QDate(2026, 1, 2);
    QTest::newRow("120 days") << Duration{120, Duration::Unit::Days} << end << QDate(2026, 3, 3);
    QTest::newRow("12 months") << Duration{12, Duration::Unit::Months} << end << QDate(2025, 7, 1);
    QTest::newRow("3 months to month end")
        << Duration{3, Duration::Unit::Months} << QDate(2026, 3, 31) << QDate(2026, 1, 1);
    QTest::newRow("12 weeks") << Duration{12, Duration::Unit::Weeks} << end << QDate(2026, 4, 8);
}

void TestDuration::firstDayUntil()
{
    QFETCH(Duration, duration);
    QFETCH(QDate, end);
    QFETCH(QDate, first);
    QCOMPARE(duration.firstDayUntil(end), first);
    QCOMPARE(dates::daysInclusive(first, end) > 0, true);
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
