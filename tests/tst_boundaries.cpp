// Every criterion with a number or a date in the seed policies, met and not met at its
// boundary, with values worked out by hand from the policy text; and each quantity tier of
// the Anzupgo quantity policy. Yes/no and choice criteria are swept in tst_leafsweep.
#include "Evaluator.h"
#include "StrictTest.h"
#include "TestSupport.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {
const QString opzelura = u"cigna-ip0369-opzelura"_s;
const QString leqselvi = u"cigna-ip0751-leqselvi"_s;
const QString dupixent = u"bcbsms-l.5.01.513-dupixent"_s;
const QString anzupgo = u"cigna-dqm015-anzupgo"_s;
const QString request = u"2026-03-02"_s;

QString tx(const QString& drug, const QString& start, const QString& end,
           const QString& outcome = u"failure"_s)
{
    return uR"({"drug": "%1", "start": "%2", "end": "%3", "outcome": "%4"})"_s.arg(drug, start, end,
                                                                                   outcome);
}
} // namespace

class TestBoundaries : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void criterion_data();
    void criterion();
    void quantityTiers_data();
    void quantityTiers();
};

void TestBoundaries::criterion_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("context"); // answers that make the branch apply
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* tag, const QString& policy, const QString& date,
                  const QString& context, const QString& facts, const QString& node,
                  const QString& expected) {
        QTest::newRow(tag) << policy << date << context << facts << node << expected;
    };
    const QString met = u"met"_s, notMet = u"notMet"_s, missing = u"missing"_s;

    // ---- Opzelura IP0369 --------------------------------------------------------------
    const QString ad = uR"("diagnosis": "atopicDermatitis", "request.type": "initial")"_s;
    const QString vit = uR"("diagnosis": "vitiligo", "request.type": "initial")"_s;
    const QString tcsMed = u"triamcinolone acetonide 0.1% cream"_s;
    const QString tci = u"tacrolimus 0.1% ointment"_s;
    row("opz 1.A age 12", opzelura, request, ad, uR"("member.birthDate": "2014-03-02")"_s, u"1.A"_s,
        met);
    row("opz 1.A age 11", opzelura, request, ad, uR"("member.birthDate": "2014-03-03")"_s, u"1.A"_s,
        notMet);
    row("opz 1.B BSA 20", opzelura, request, ad, uR"("bsaPercent": 20)"_s, u"1.B"_s, met);
    row("opz 1.B BSA 20.1", opzelura, request, ad, uR"("bsaPercent": 20.1)"_s, u"1.B"_s, notMet);
    row("opz 1.B BSA 21", opzelura, request, ad, uR"("bsaPercent": 21)"_s, u"1.B"_s, notMet);
    row("opz 1.C.i TCS 28 days", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2026-01-01"_s, u"2026-01-28"_s)), u"1.C.i"_s,
        met);
    row("opz 1.C.i TCS 27 days", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2026-01-01"_s, u"2026-01-27"_s)), u"1.C.i"_s,
        notMet);
    row("opz 1.C.i low potency", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(
            tx(u"hydrocortisone 1% cream"_s, u"2025-10-01"_s, u"2025-12-31"_s)),
        u"1.C.i"_s, notMet);
    row("opz 1.C.i intolerant", opzelura, request, ad,
        uR"("therapies": [{"drug": "clobetasol propionate 0.05% ointment", "outcome": "intolerance"}])"_s,
        u"1.C.i"_s, met);
    row("opz 1.C.i contraindicated", opzelura, request, ad,
        uR"("therapies": [{"drug": "x", "class": "topicalCorticosteroid", "potency": "medium", "outcome": "contraindication"}])"_s,
        u"1.C.i"_s, met);
    row("opz 1.C.i sample", opzelura, request, ad,
        uR"("therapies": [{"drug": "%1", "start": "2026-01-01", "end": "2026-01-28", "outcome": "failure", "sample": true}])"_s
            .arg(tcsMed),
        u"1.C.i"_s, notMet);
    // What a careful reviewer reads in the words of a course, not only in its flags.
    row("opz 1.C.i samples said in the name", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(u"TRIAMCINOLONE 0.1% CRM SAMPLES"_s, u"2026-01-01"_s,
                                         u"2026-01-28"_s)),
        u"1.C.i"_s, notMet);
    row("opz 1.C.i intolerance to low-potency steroids", opzelura, request, ad,
        uR"("therapies": [{"drug": "low potency topical steroids", "outcome": "intolerance"}])"_s,
        u"1.C.i"_s, notMet);
    row("opz 1.C.i intolerance to a mild steroid cream", opzelura, request, ad,
        uR"("therapies": [{"drug": "mild steroid cream", "outcome": "intolerance"}])"_s,
        u"1.C.i"_s, notMet);
    row("opz 1.C.i allergy to corticosteroids", opzelura, request, ad,
        uR"("therapies": [{"drug": "corticosteroid allergy", "outcome": "contraindication"}])"_s,
        u"1.C.i"_s, met);
    row("opz 1.C.i reviewer's class is one drug, not the class", opzelura, request, ad,
        uR"("therapies": [{"drug": "Zyxacort 1% cream", "class": "topicalCorticosteroid", "outcome": "intolerance"}])"_s,
        u"1.C.i"_s, missing); // its potency is asked
    row("opz 1.C.i course for another condition", opzelura, request, ad,
        uR"("therapies": [{"drug": "%1", "start": "2026-01-01", "end": "2026-01-28", "outcome": "failure", "for": "otherCondition"}])"_s
            .arg(tcsMed),
        u"1.C.i"_s, notMet);
    row("opz 1.C.i refills a day apart: days used, not the span", opzelura, request, ad,
        uR"("therapies": [%1, %2, %3, %4])"_s.arg(
            tx(tcsMed, u"2025-10-01"_s, u"2025-10-07"_s, u"none"_s),
            tx(tcsMed, u"2025-10-09"_s, u"2025-10-15"_s, u"none"_s),
            tx(tcsMed, u"2025-10-17"_s, u"2025-10-23"_s, u"none"_s),
            tx(tcsMed, u"2025-10-25"_s, u"2025-10-28"_s)),
        u"1.C.i"_s, notMet);
    row("opz 1.C.i refills a day apart, 28 days used", opzelura, request, ad,
        uR"("therapies": [%1, %2])"_s.arg(tx(tcsMed, u"2025-10-01"_s, u"2025-10-14"_s, u"none"_s),
                                          tx(tcsMed, u"2025-10-16"_s, u"2025-10-29"_s)),
        u"1.C.i"_s, met);
    row("opz 1.C.i potency the name says stands", opzelura, request, ad,
        uR"("therapies": [{"drug": "hydrocortisone 2.5% cream", "potency": "medium", "start": "2026-01-01", "end": "2026-01-28", "outcome": "failure"}])"_s,
        u"1.C.i"_s, notMet);
    row("opz 1.C.i a class word beside a weak steroid", opzelura, request, ad,
        uR"j("therapies": [{"drug": "hydrocortisone 2.5% cream (topical steroid)", "outcome": "intolerance"}])j"_s,
        u"1.C.i"_s, notMet);
    row("opz 1.C.i OTC steroid cream is low potency", opzelura, request, ad,
        uR"("therapies": [{"drug": "OTC steroid cream", "outcome": "intolerance"}])"_s,
        u"1.C.i"_s, notMet);
    row("opz 1.C.i failure recorded early, more use after", opzelura, request, ad,
        uR"("therapies": [%1, %2])"_s.arg(tx(tcsMed, u"2025-10-01"_s, u"2025-10-10"_s),
                                          tx(tcsMed, u"2025-10-11"_s, u"2025-11-30"_s, u"none"_s)),
        u"1.C.i"_s, notMet);
    row("opz 1.C.i used at weekends only", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(u"triamcinolone 0.1% cream weekends only"_s,
                                         u"2025-10-01"_s, u"2025-11-30"_s)),
        u"1.C.i"_s, missing);
    row("opz 1.C.i a duration written that the dates do not match", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(u"triamcinolone 0.1% cream x 10 days"_s,
                                         u"2025-10-01"_s, u"2025-10-28"_s)),
        u"1.C.i"_s, missing);
    row("opz 1.C.i a duration written that the dates match", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(u"triamcinolone 0.1% cream x 28 days"_s,
                                         u"2025-10-01"_s, u"2025-10-28"_s)),
        u"1.C.i"_s, met);
    row("opz CNC.1 a biologic the words say was stopped", opzelura, request, ad,
        uR"j("currentDrugs": ["Humira (discontinued 2024)"])j"_s, u"CNC.1"_s, missing);
    row("opz CNC.1 the reviewer's route cannot contradict the name", opzelura, request, ad,
        uR"("currentDrugs": [{"drug": "Jakafi 10 mg tablets", "route": "topical"}])"_s,
        u"CNC.1"_s, missing);
    row("opz CNC.2 an intolerance noted long ago is not a drug taken", opzelura, request, ad,
        uR"("currentDrugs": [], "therapies": [{"drug": "azathioprine", "outcome": "intolerance"}])"_s,
        u"CNC.2"_s, notMet);
    row("opz 1.C.i no outcome", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2026-01-01"_s, u"2026-01-28"_s, u"none"_s)),
        u"1.C.i"_s, notMet);
    row("opz 1.C.i potency unknown", opzelura, request, ad,
        uR"("therapies": [{"drug": "a steroid cream", "class": "topicalCorticosteroid", "start": "2026-01-01", "end": "2026-01-28", "outcome": "failure"}])"_s,
        u"1.C.i"_s, missing); // unknown never passes: the reviewer gives the potency
    row("opz 1.C.i potency given", opzelura, request, ad,
        uR"("therapies": [{"drug": "a steroid cream", "class": "topicalCorticosteroid", "potency": "high", "start": "2026-01-01", "end": "2026-01-28", "outcome": "failure"}])"_s,
        u"1.C.i"_s, met);
    row("opz 1.C.i history unanswered", opzelura, request, ad, QString(), u"1.C.i"_s, missing);
    row("opz 1.C.note overlap 1 day", opzelura, request, ad,
        uR"("therapies": [%1, %2])"_s.arg(tx(tci, u"2026-01-01"_s, u"2026-01-31"_s, u"none"_s),
                                          tx(tcsMed, u"2026-01-31"_s, u"2026-02-20"_s, u"none"_s)),
        u"1.C.note"_s, notMet); // a day together, nothing failed: not a concomitant trial
    row("opz 1.C.note back to back", opzelura, request, ad,
        uR"("therapies": [%1, %2])"_s.arg(tx(tci, u"2026-01-01"_s, u"2026-01-31"_s, u"none"_s),
                                          tx(tcsMed, u"2026-02-01"_s, u"2026-02-20"_s, u"none"_s)),
        u"1.C.note"_s, notMet);
    row("opz 1.D TCI 42 days", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(
            tx(tci, u"2026-01-01"_s, u"2026-02-11"_s, u"inadequateResponse"_s)),
        u"1.D.trial"_s, met);
    row("opz 1.D TCI 41 days", opzelura, request, ad,
        uR"("therapies": [%1])"_s.arg(tx(tci, u"2026-01-01"_s, u"2026-02-10"_s)), u"1.D.trial"_s,
        notMet);
    row("opz 1.D TCI contraindicated", opzelura, request, ad,
        uR"("therapies": [{"drug": "Elidel", "outcome": "contraindication"}])"_s, u"1.D"_s, met);
    row("opz 1.E allergist", opzelura, request, ad, uR"("prescriber.specialty": "allergy")"_s,
        u"1.E"_s, met);
    row("opz 1.E PCP no consult", opzelura, request, ad,
        uR"("prescriber.specialty": "primaryCare", "prescriber.consultedSpecialty": "none")"_s,
        u"1.E"_s, notMet);
    row("opz 1.E PCP consulted derm", opzelura, request, ad,
        uR"("prescriber.specialty": "primaryCare", "prescriber.consultedSpecialty": "dermatology")"_s,
        u"1.E"_s, met);
    row("opz 1.E PCP consult unknown", opzelura, request, ad,
        uR"("prescriber.specialty": "primaryCare")"_s, u"1.E"_s, missing);
    row("opz 2.A age 12", opzelura, request, vit, uR"("member.birthDate": "2014-03-02")"_s,
        u"2.A"_s, met);
    row("opz 2.A age 11", opzelura, request, vit, uR"("member.birthDate": "2014-03-03")"_s,
        u"2.A"_s, notMet);
    row("opz 2.B BSA 10", opzelura, request, vit, uR"("bsaPercent": 10)"_s, u"2.B"_s, met);
    row("opz 2.B BSA 11", opzelura, request, vit, uR"("bsaPercent": 11)"_s, u"2.B"_s, notMet);
    row("opz 2.C.i TCS 12 weeks", opzelura, request, vit,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2025-11-01"_s, u"2026-01-23"_s)), u"2.C.i"_s,
        met);
    row("opz 2.C.i TCS 83 days", opzelura, request, vit,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2025-11-01"_s, u"2026-01-22"_s)), u"2.C.i"_s,
        notMet);
    row("opz 2.D TCI 12 weeks", opzelura, request, vit,
        uR"("therapies": [%1])"_s.arg(tx(tci, u"2025-11-01"_s, u"2026-01-23"_s)), u"2.D.trial"_s,
        met);
    row("opz 2.D TCI 83 days", opzelura, request, vit,
        uR"("therapies": [%1])"_s.arg(tx(tci, u"2025-11-01"_s, u"2026-01-22"_s)), u"2.D.trial"_s,
        notMet);
    row("opz 2.E dermatologist", opzelura, request, vit,
        uR"("prescriber.specialty": "dermatology")"_s, u"2.E"_s, met);
    row("opz 2.E allergist only", opzelura, request, vit,
        uR"("prescriber.specialty": "allergy", "prescriber.consultedSpecialty": "none")"_s,
        u"2.E"_s, notMet);
    row("opz CNC.1 Humira", opzelura, request, ad, uR"("currentDrugs": ["Humira"])"_s, u"CNC.1"_s,
        met);
    row("opz CNC.1 Otezla", opzelura, request, ad, uR"("currentDrugs": ["Otezla"])"_s, u"CNC.1"_s,
        met);
    row("opz CNC.1 Anzupgo", opzelura, request, ad, uR"("currentDrugs": ["Anzupgo"])"_s, u"CNC.1"_s,
        met);
    row("opz CNC.1 Opzelura itself", opzelura, request, ad, uR"("currentDrugs": ["Opzelura"])"_s,
        u"CNC.1"_s, notMet);
    row("opz CNC.1 albuterol", opzelura, request, ad, uR"("currentDrugs": ["albuterol"])"_s,
        u"CNC.1"_s, notMet);
    row("opz CNC.1 unanswered", opzelura, request, ad, QString(), u"CNC.1"_s, missing);
    row("opz CNC.2 cyclosporine capsules", opzelura, request, ad,
        uR"("currentDrugs": ["cyclosporine 100 mg capsules"])"_s, u"CNC.2"_s, met);
    row("opz CNC.2 cyclosporine eye drops", opzelura, request, ad,
        uR"("currentDrugs": ["Restasis"])"_s, u"CNC.2"_s, notMet);
    row("opz CNC.2 cyclosporine, route not given", opzelura, request, ad,
        uR"("currentDrugs": ["cyclosporine"])"_s, u"CNC.2"_s, missing);

    // ---- Leqselvi IP0751 --------------------------------------------------------------
    const QString aa = uR"("diagnosis": "alopeciaAreata", "request.type": "initial")"_s;
    row("leq 1.A.v.a a contraindication is not a trial tried", leqselvi, request,
        uR"("diagnosis": "alopeciaAreata", "request.type": "initial")"_s,
        uR"("therapies": [{"drug": "prednisone", "outcome": "contraindication"}])"_s,
        u"1.A.v.a.trial"_s, notMet);
    row("leq 1.A.v.a a dated contraindication is not a trial tried", leqselvi, request,
        uR"("diagnosis": "alopeciaAreata", "request.type": "initial")"_s,
        uR"("therapies": [%1])"_s.arg(tx(u"methotrexate"_s, u"2025-04-01"_s, u"2025-04-01"_s,
                                         u"contraindication"_s)),
        u"1.A.v.a.trial"_s, notMet);
    row("leq 1.A.v.a never filled", leqselvi, request,
        uR"("diagnosis": "alopeciaAreata", "request.type": "initial")"_s,
        uR"("therapies": [%1])"_s.arg(tx(u"Olumiant 2 mg - PA denied, never filled"_s,
                                         u"2025-04-01"_s, u"2025-06-01"_s, u"none"_s)),
        u"1.A.v.a.note"_s, missing);
    row("leq 1.A.v.a an intolerance is a trial tried", leqselvi, request,
        uR"("diagnosis": "alopeciaAreata", "request.type": "initial")"_s,
        uR"("therapies": [{"drug": "prednisone", "outcome": "intolerance"}])"_s,
        u"1.A.v.a.trial"_s, met);
    const QString aaRenew = uR"("diagnosis": "alopeciaAreata", "request.type": "continuation")"_s;
    row("leq 1.A.i age 18", leqselvi, request, aa, uR"("member.birthDate": "2008-03-02")"_s,
        u"1.A.i"_s, met);
    row("leq 1.A.i age 17", leqselvi, request, aa, uR"("member.birthDate": "2008-03-03")"_s,
        u"1.A.i"_s, notMet);
    row("leq 1.A.iii episode 6 months", leqselvi, request, aa, uR"("episodeStart": "2025-09-03")"_s,
        u"1.A.iii"_s, met);
    row("leq 1.A.iii episode a day short", leqselvi, request, aa,
        uR"("episodeStart": "2025-09-04")"_s, u"1.A.iii"_s, notMet);
    row("leq 1.A.iv scalp 50", leqselvi, request, aa, uR"("scalpHairLossPercent": 50)"_s,
        u"1.A.iv"_s, met);
    row("leq 1.A.iv scalp 49.9", leqselvi, request, aa, uR"("scalpHairLossPercent": 49.9)"_s,
        u"1.A.iv"_s, notMet);
    row("leq 1.A.v.a methotrexate tried", leqselvi, request, aa,
        uR"("therapies": [%1])"_s.arg(
            tx(u"methotrexate"_s, u"2025-01-01"_s, u"2025-02-01"_s, u"none"_s)),
        u"1.A.v.a"_s, met);
    row("leq 1.A.v.a Olumiant exception", leqselvi, request, aa,
        uR"("therapies": [%1])"_s.arg(tx(u"Olumiant"_s, u"2025-01-01"_s, u"2025-02-01"_s)),
        u"1.A.v.a"_s, met);
    row("leq 1.A.v.a nothing systemic", leqselvi, request, aa,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2025-01-01"_s, u"2025-02-01"_s)), u"1.A.v.a"_s,
        notMet);
    row("leq 1.A.v.b super-high TCS", leqselvi, request, aa,
        uR"("therapies": [%1])"_s.arg(
            tx(u"clobetasol propionate 0.05% solution"_s, u"2025-01-01"_s, u"2025-02-01"_s)),
        u"1.A.v.b"_s, met);
    row("leq 1.A.v.b medium TCS", leqselvi, request, aa,
        uR"("therapies": [%1])"_s.arg(tx(tcsMed, u"2025-01-01"_s, u"2025-02-01"_s)), u"1.A.v.b"_s,
        notMet);
    row("leq 1.B.ii established 6 months", leqselvi, u"2026-03-01"_s, aaRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Leqselvi"_s, u"2025-09-02"_s, u"ongoing"_s, u"none"_s)),
        u"1.B.ii"_s, met);
    row("leq 1.B.ii a day short", leqselvi, u"2026-03-01"_s, aaRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Leqselvi"_s, u"2025-09-03"_s, u"ongoing"_s, u"none"_s)),
        u"1.B.ii"_s, notMet);
    row("leq 1.A applies when < 6 months", leqselvi, u"2026-03-01"_s, aaRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Leqselvi"_s, u"2025-09-03"_s, u"ongoing"_s, u"none"_s)),
        u"1.A"_s, notMet);
    row("leq 1.A does not apply when established", leqselvi, u"2026-03-01"_s, aaRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Leqselvi"_s, u"2025-09-02"_s, u"ongoing"_s, u"none"_s)),
        u"1.A"_s, u"notApplicable"_s);
    row("leq 1.B.ii restarting", leqselvi, request, aaRenew,
        uR"("therapies": [%1, %2])"_s.arg(
            tx(u"Leqselvi"_s, u"2024-01-01"_s, u"2025-08-31"_s, u"none"_s),
            tx(u"Leqselvi"_s, u"2026-01-01"_s, u"ongoing"_s, u"none"_s)),
        u"1.B.ii"_s, notMet);
    row("leq 1.B.ii back-to-back courses", leqselvi, request, aaRenew,
        uR"("therapies": [%1, %2])"_s.arg(
            tx(u"Leqselvi"_s, u"2025-06-01"_s, u"2025-08-31"_s, u"none"_s),
            tx(u"deuruxolitinib"_s, u"2025-09-01"_s, u"ongoing"_s, u"none"_s)),
        u"1.B.ii"_s, met);
    row("leq 1.B.ii samples are not therapy", leqselvi, request, aaRenew,
        uR"("therapies": [{"drug": "Leqselvi", "start": "2025-01-01", "end": "ongoing", "sample": true}])"_s,
        u"1.B.ii"_s, notMet);
    row("leq CNC.3 Dupixent", leqselvi, request, aa, uR"("currentDrugs": ["Dupixent"])"_s,
        u"CNC.3"_s, met);
    row("leq CNC.2 Opzelura", leqselvi, request, aa, uR"("currentDrugs": ["Opzelura"])"_s,
        u"CNC.2"_s, met);
    row("leq CNC.1 Rinvoq", leqselvi, request, aa, uR"("currentDrugs": ["Rinvoq"])"_s, u"CNC.1"_s,
        met);
    row("leq CNC.1 Leqselvi itself", leqselvi, request, aa, uR"("currentDrugs": ["Leqselvi"])"_s,
        u"CNC.1"_s, notMet);
    row("leq CNC.4 azathioprine", leqselvi, request, aa, uR"("currentDrugs": ["azathioprine"])"_s,
        u"CNC.4"_s, met);

    // ---- Dupixent L.5.01.513 ----------------------------------------------------------
    const QString dAd = uR"("diagnosis": "atopicDermatitis", "request.type": "initial")"_s;
    const QString dAs = uR"("diagnosis": "asthma", "request.type": "initial")"_s;
    const QString dCo = uR"("diagnosis": "copd", "request.type": "initial")"_s;
    const QString dCr = uR"("diagnosis": "crswnp", "request.type": "initial")"_s;
    const QString dEo = uR"("diagnosis": "eoe", "request.type": "initial")"_s;
    const QString dPn = uR"("diagnosis": "pn", "request.type": "initial")"_s;
    const QString dAsRenew = uR"("diagnosis": "asthma", "request.type": "continuation")"_s;
    row("dup AD age 6 months", dupixent, request, dAd, uR"("member.birthDate": "2025-09-02")"_s,
        u"I.1.a.i"_s, met);
    row("dup AD age 5 months", dupixent, request, dAd, uR"("member.birthDate": "2025-09-03")"_s,
        u"I.1.a.i"_s, notMet);
    row("dup AD BSA 10", dupixent, request, dAd, uR"("ad.bsaPercent": 10)"_s, u"I.1.a.ii.1"_s, met);
    row("dup AD BSA 9.9", dupixent, request, dAd, uR"("ad.bsaPercent": 9.9)"_s, u"I.1.a.ii.1"_s,
        notMet);
    // "within the last 180 days": the 3 months of use fall within them.
    row("dup AD systemic within 180 days", dupixent, u"2025-11-27"_s, dAd,
        uR"("therapies": [%1])"_s.arg(tx(u"methotrexate"_s, u"2025-06-01"_s, u"2025-08-31"_s)),
        u"I.1.a.iii.1"_s, met);
    row("dup AD systemic a day before the 180 days", dupixent, u"2025-11-28"_s, dAd,
        uR"("therapies": [%1])"_s.arg(tx(u"methotrexate"_s, u"2025-06-01"_s, u"2025-08-31"_s)),
        u"I.1.a.iii.1"_s, notMet);
    row("dup AD systemic 181 days ago", dupixent, u"2026-02-27"_s, dAd,
        uR"("therapies": [%1])"_s.arg(tx(u"methotrexate"_s, u"2025-06-01"_s, u"2025-08-31"_s)),
        u"I.1.a.iii.1"_s, notMet);
    row("dup AD systemic under 3 months", dupixent, u"2025-11-27"_s, dAd,
        uR"("therapies": [%1])"_s.arg(tx(u"methotrexate"_s, u"2025-06-01"_s, u"2025-08-30"_s)),
        u"I.1.a.iii.1"_s, notMet);
    row("dup AD phototherapy", dupixent, u"2025-11-27"_s, dAd,
        uR"("therapies": [%1])"_s.arg(
            tx(u"narrowband UVB phototherapy"_s, u"2025-06-01"_s, u"2025-08-31"_s)),
        u"I.1.a.iii.1"_s, met);
    row("dup AD TCS 4 wk and TCI 6 wk", dupixent, request, dAd,
        uR"("therapies": [%1, %2])"_s.arg(tx(tcsMed, u"2026-01-01"_s, u"2026-01-28"_s),
                                          tx(tci, u"2026-01-01"_s, u"2026-02-11"_s)),
        u"I.1.a.iii.2"_s, met);
    row("dup AD TCS 27 days", dupixent, request, dAd,
        uR"("therapies": [%1, %2])"_s.arg(tx(tcsMed, u"2026-01-01"_s, u"2026-01-27"_s),
                                          tx(tci, u"2026-01-01"_s, u"2026-02-11"_s)),
        u"I.1.a.iii.2"_s, notMet);
    row("dup AD prior biologic", dupixent, request, dAd,
        uR"("therapies": [%1])"_s.arg(tx(u"Adbry"_s, u"2025-01-01"_s, u"2025-06-01"_s)),
        u"I.1.a.iii.4"_s, met);
    row("dup asthma age 6", dupixent, request, dAs, uR"("member.birthDate": "2020-03-02")"_s,
        u"I.1.b.i"_s, met);
    row("dup asthma age 5", dupixent, request, dAs, uR"("member.birthDate": "2020-03-03")"_s,
        u"I.1.b.i"_s, notMet);
    row("dup eos 150", dupixent, request, dAs,
        uR"("eosinophils": 150, "asthma.onHighDoseIcsOrOcs": true)"_s, u"I.1.b.ii.1.a"_s, met);
    row("dup eos 149", dupixent, request, dAs,
        uR"("eosinophils": 149, "asthma.onHighDoseIcsOrOcs": true)"_s, u"I.1.b.ii.1.a"_s, notMet);
    row("dup eos 150 off ICS", dupixent, request, dAs,
        uR"("eosinophils": 150, "asthma.onHighDoseIcsOrOcs": false)"_s, u"I.1.b.ii.1.a"_s, notMet);
    row("dup FeNO 20", dupixent, request, dAs,
        uR"("asthma.feno": 20, "asthma.onHighDoseIcsOrOcs": true)"_s, u"I.1.b.ii.1.b"_s, met);
    row("dup FeNO 19.9", dupixent, request, dAs,
        uR"("asthma.feno": 19.9, "asthma.onHighDoseIcsOrOcs": true)"_s, u"I.1.b.ii.1.b"_s, notMet);
    row("dup sputum 2", dupixent, request, dAs,
        uR"("asthma.sputumEosinophils": 2, "asthma.onHighDoseIcsOrOcs": true)"_s, u"I.1.b.ii.1.c"_s,
        met);
    row("dup sputum 1.9", dupixent, request, dAs,
        uR"("asthma.sputumEosinophils": 1.9, "asthma.onHighDoseIcsOrOcs": true)"_s,
        u"I.1.b.ii.1.c"_s, notMet);
    // "... while on asthma control therapy": only exacerbations during a controller count.
    const QString onIcs =
        uR"("therapies": [%1], )"_s.arg(tx(u"Flovent HFA"_s, u"2024-01-01"_s, u"ongoing"_s, u"none"_s));
    row("dup 2 bursts in 12 months", dupixent, request, dAs,
        onIcs + uR"("asthma.steroidBursts": ["2025-03-03", "2026-01-05"])"_s, u"I.1.b.iii.1"_s, met);
    row("dup 1 burst in 12 months", dupixent, request, dAs,
        onIcs + uR"("asthma.steroidBursts": ["2025-03-02", "2026-01-05"])"_s, u"I.1.b.iii.1"_s, notMet);
    row("dup burst before the controller started", dupixent, request, dAs,
        uR"("therapies": [%1], "asthma.steroidBursts": ["2025-03-03", "2026-01-05"])"_s.arg(
            tx(u"Flovent HFA"_s, u"2025-06-01"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.iii.1"_s, notMet);
    row("dup serious exacerbation in 12 months", dupixent, request, dAs,
        onIcs + uR"("asthma.seriousExacerbations": ["2025-03-03"])"_s, u"I.1.b.iii.2"_s, met);
    row("dup serious exacerbation 12 months + 1 day", dupixent, request, dAs,
        onIcs + uR"("asthma.seriousExacerbations": ["2025-03-02"])"_s, u"I.1.b.iii.2"_s, notMet);
    row("dup FEV1 79.9", dupixent, request, dAs, onIcs + uR"("asthma.fev1Percent": 79.9)"_s,
        u"I.1.b.iii.4"_s, met);
    row("dup FEV1 80", dupixent, request, dAs, onIcs + uR"("asthma.fev1Percent": 80)"_s,
        u"I.1.b.iii.4"_s, notMet);
    row("dup FEV1 79.9 with no controller", dupixent, request, dAs,
        uR"("therapies": [], "asthma.fev1Percent": 79.9)"_s, u"I.1.b.iii.4"_s, notMet);
    row("dup ICS 3 months and adherent", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(tx(u"Advair"_s, u"2025-12-03"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.iv.1.ics"_s, met);
    row("dup ICS a day short of 3 months", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(tx(u"Advair"_s, u"2025-12-04"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.iv.1.ics"_s, notMet);
    row("dup ICS 30-day gap: 90 of 120 days", dupixent, request, dAs,
        uR"("therapies": [%1, %2])"_s.arg(
            tx(u"Flovent"_s, u"2025-09-01"_s, u"2026-01-10"_s, u"none"_s),
            tx(u"Flovent"_s, u"2026-02-10"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.iv.1.ics"_s, met);
    row("dup ICS 31-day gap: 89 of 120 days", dupixent, request, dAs,
        uR"("therapies": [%1, %2])"_s.arg(
            tx(u"Flovent"_s, u"2025-09-01"_s, u"2026-01-10"_s, u"none"_s),
            tx(u"Flovent"_s, u"2026-02-11"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.iv.1.ics"_s, notMet);
    row("dup not on Dupixent", dupixent, request, dAs, uR"("therapies": [])"_s,
        u"I.1.b.iv.1.notOn"_s, met);
    row("dup on Dupixent", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(tx(u"Dupixent"_s, u"2025-10-01"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.iv.1.notOn"_s, notMet);
    row("dup LABA more than 3 months", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(
            tx(u"salmeterol"_s, u"2025-12-02"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.v.1.a"_s, met);
    row("dup LABA exactly 3 months", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(
            tx(u"salmeterol"_s, u"2025-12-03"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.v.1.a"_s, notMet);
    row("dup LTRA more than 3 months", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(
            tx(u"montelukast"_s, u"2025-12-02"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.b.v.1.b"_s, met);
    row("dup COPD FEV1/FVC 0.69", dupixent, request, dCo, uR"("copd.fev1FvcRatio": 0.69)"_s,
        u"I.1.c.i"_s, met);
    row("dup COPD FEV1/FVC 0.7", dupixent, request, dCo, uR"("copd.fev1FvcRatio": 0.7)"_s,
        u"I.1.c.i"_s, notMet);
    row("dup COPD FEV1 30", dupixent, request, dCo, uR"("copd.fev1Percent": 30)"_s, u"I.1.c.ii"_s,
        met);
    row("dup COPD FEV1 70", dupixent, request, dCo, uR"("copd.fev1Percent": 70)"_s, u"I.1.c.ii"_s,
        met);
    row("dup COPD FEV1 29.9", dupixent, request, dCo, uR"("copd.fev1Percent": 29.9)"_s,
        u"I.1.c.ii"_s, notMet);
    row("dup COPD FEV1 70.1", dupixent, request, dCo, uR"("copd.fev1Percent": 70.1)"_s,
        u"I.1.c.ii"_s, notMet);
    row("dup COPD eos 300", dupixent, request, dCo, uR"("eosinophils": 300)"_s, u"I.1.c.iii"_s,
        met);
    row("dup COPD eos 299", dupixent, request, dCo, uR"("eosinophils": 299)"_s, u"I.1.c.iii"_s,
        notMet);
    const QString onLamaLaba =
        uR"("therapies": [%1], )"_s.arg(tx(u"Stiolto"_s, u"2024-01-01"_s, u"ongoing"_s, u"none"_s));
    row("dup COPD steroid course in 12 months", dupixent, request, dCo,
        onLamaLaba + uR"("copd.steroidCourses": ["2025-03-03"])"_s, u"I.1.c.iv.1"_s, met);
    row("dup COPD steroid course 12 months + 1 day", dupixent, request, dCo,
        onLamaLaba + uR"("copd.steroidCourses": ["2025-03-02"])"_s, u"I.1.c.iv.1"_s, notMet);
    row("dup COPD steroid course before maintenance therapy", dupixent, request, dCo,
        uR"("therapies": [], "copd.steroidCourses": ["2025-03-03"])"_s, u"I.1.c.iv.1"_s, notMet);
    row("dup COPD LAMA+LABA 3 months", dupixent, request, dCo,
        uR"("therapies": [%1])"_s.arg(tx(u"Stiolto"_s, u"2025-12-03"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.c.vi.1"_s, met);
    row("dup COPD LAMA a day short", dupixent, request, dCo,
        uR"("therapies": [%1, %2])"_s.arg(
            tx(u"tiotropium"_s, u"2025-12-04"_s, u"ongoing"_s, u"none"_s),
            tx(u"salmeterol"_s, u"2025-12-03"_s, u"ongoing"_s, u"none"_s)),
        u"I.1.c.vi.1"_s, notMet);
    row("dup CRSwNP age 12", dupixent, request, dCr, uR"("member.birthDate": "2014-03-02")"_s,
        u"I.1.d.i"_s, met);
    row("dup CRSwNP age 11", dupixent, request, dCr, uR"("member.birthDate": "2014-03-03")"_s,
        u"I.1.d.i"_s, notMet);
    row("dup CRS two symptoms", dupixent, request, dCr,
        uR"("crs.symptoms": ["discharge", "hyposmia"])"_s, u"I.1.d.iii"_s, met);
    row("dup CRS one symptom", dupixent, request, dCr, uR"("crs.symptoms": ["discharge"])"_s,
        u"I.1.d.iii"_s, notMet);
    row("dup CRS 12 weeks", dupixent, request, dCr, uR"("crs.symptomOnset": "2025-12-09")"_s,
        u"I.1.d.iv"_s, met);
    row("dup CRS 12 weeks less a day", dupixent, request, dCr,
        uR"("crs.symptomOnset": "2025-12-10")"_s, u"I.1.d.iv"_s, notMet);
    row("dup INCS 4 weeks", dupixent, request, dCr,
        uR"("therapies": [%1])"_s.arg(
            tx(u"Flonase"_s, u"2026-01-01"_s, u"2026-01-28"_s, u"inadequateResponse"_s)),
        u"I.1.d.v.1"_s, met);
    row("dup INCS 27 days", dupixent, request, dCr,
        uR"("therapies": [%1])"_s.arg(
            tx(u"Flonase"_s, u"2026-01-01"_s, u"2026-01-27"_s, u"inadequateResponse"_s)),
        u"I.1.d.v.1"_s, notMet);
    row("dup EoE 1 year, 15 kg", dupixent, request, dEo,
        uR"("member.birthDate": "2025-03-02", "eoe.weightKg": 15)"_s, u"I.1.e.i"_s, met);
    row("dup EoE under 1 year", dupixent, request, dEo,
        uR"("member.birthDate": "2025-03-03", "eoe.weightKg": 15)"_s, u"I.1.e.i"_s, notMet);
    row("dup EoE 14.9 kg", dupixent, request, dEo,
        uR"("member.birthDate": "2020-01-01", "eoe.weightKg": 14.9)"_s, u"I.1.e.i"_s, notMet);
    row("dup EoE 15 eos/hpf", dupixent, request, dEo, uR"("eoe.eosinophilsPerHpf": 15)"_s,
        u"I.1.e.ii.1"_s, met);
    row("dup EoE 14 eos/hpf", dupixent, request, dEo, uR"("eoe.eosinophilsPerHpf": 14)"_s,
        u"I.1.e.ii.1"_s, notMet);
    row("dup EoE steroid 8 weeks", dupixent, request, dEo,
        uR"("therapies": [%1])"_s.arg(
            tx(u"Eohilia"_s, u"2026-01-01"_s, u"2026-02-25"_s, u"inadequateResponse"_s)),
        u"I.1.e.iv.1"_s, met);
    row("dup EoE steroid 55 days", dupixent, request, dEo,
        uR"("therapies": [%1])"_s.arg(
            tx(u"Eohilia"_s, u"2026-01-01"_s, u"2026-02-24"_s, u"inadequateResponse"_s)),
        u"I.1.e.iv.1"_s, notMet);
    row("dup EoE PPI 8 weeks", dupixent, request, dEo,
        uR"("therapies": [%1])"_s.arg(
            tx(u"omeprazole 40 mg"_s, u"2026-01-01"_s, u"2026-02-25"_s, u"inadequateResponse"_s)),
        u"I.1.e.iv.2"_s, met);
    row("dup EoE PPI 55 days", dupixent, request, dEo,
        uR"("therapies": [%1])"_s.arg(
            tx(u"omeprazole 40 mg"_s, u"2026-01-01"_s, u"2026-02-24"_s, u"inadequateResponse"_s)),
        u"I.1.e.iv.2"_s, notMet);
    row("dup PN age 18", dupixent, request, dPn, uR"("member.birthDate": "2008-03-02")"_s,
        u"I.1.f.i"_s, met);
    row("dup PN age 17", dupixent, request, dPn, uR"("member.birthDate": "2008-03-03")"_s,
        u"I.1.f.i"_s, notMet);
    row("dup PN 20 nodules", dupixent, request, dPn, uR"("pn.nodules": 20)"_s, u"I.1.f.ii.1"_s,
        met);
    row("dup PN 19 nodules", dupixent, request, dPn, uR"("pn.nodules": 19)"_s, u"I.1.f.ii.1"_s,
        notMet);
    row("dup PN WI-NRS 7 for 6 weeks", dupixent, request, dPn,
        uR"("pn.wiNrs": 7, "pn.pruritusSince": "2026-01-20")"_s, u"I.1.f.ii.2"_s, met);
    row("dup PN WI-NRS 6.9", dupixent, request, dPn,
        uR"("pn.wiNrs": 6.9, "pn.pruritusSince": "2026-01-20")"_s, u"I.1.f.ii.2"_s, notMet);
    row("dup PN 6 weeks less a day", dupixent, request, dPn,
        uR"("pn.wiNrs": 7, "pn.pruritusSince": "2026-01-21")"_s, u"I.1.f.ii.2"_s, notMet);
    row("dup PN TCS 2 weeks", dupixent, request, dPn,
        uR"("therapies": [%1])"_s.arg(
            tx(tcsMed, u"2026-01-01"_s, u"2026-01-14"_s, u"inadequateResponse"_s)),
        u"I.1.f.iii.1"_s, met);
    row("dup PN TCS 13 days", dupixent, request, dPn,
        uR"("therapies": [%1])"_s.arg(
            tx(tcsMed, u"2026-01-01"_s, u"2026-01-13"_s, u"inadequateResponse"_s)),
        u"I.1.f.iii.1"_s, notMet);
    row("dup I.4 on Xolair", dupixent, request, dAs, uR"("currentDrugs": ["Xolair"])"_s, u"I.4"_s,
        notMet);
    row("dup I.4 Dupixent itself", dupixent, request, dAs, uR"("currentDrugs": ["Dupixent"])"_s,
        u"I.4"_s, met);
    row("dup I.4 nothing else", dupixent, request, dAs, uR"("currentDrugs": [])"_s, u"I.4"_s, met);
    row("dup AD a failure before the 180 days does not carry into them", dupixent, u"2026-03-02"_s,
        dAd,
        uR"("therapies": [%1, %2])"_s.arg(tx(u"methotrexate"_s, u"2024-01-01"_s, u"2024-04-30"_s),
                                          tx(u"methotrexate"_s, u"2025-09-10"_s, u"2026-02-28"_s,
                                             u"none"_s)),
        u"I.1.a.iii.1"_s, notMet);
    row("dup PN days years apart are two trials", dupixent, request, dPn,
        uR"("therapies": [%1, %2])"_s.arg(
            tx(u"clobetasol 0.05% cream"_s, u"2019-05-01"_s, u"2019-05-10"_s, u"none"_s),
            tx(u"clobetasol 0.05% cream"_s, u"2025-05-01"_s, u"2025-05-04"_s,
               u"inadequateResponse"_s)),
        u"I.1.f.iii.1"_s, notMet);
    row("dup asthma an as-needed inhaled steroid is not maintenance", dupixent, request, dAs,
        uR"("therapies": [%1])"_s.arg(tx(u"Flovent HFA 110 mcg 2 puffs PRN"_s, u"2025-06-01"_s,
                                         u"ongoing"_s, u"none"_s)),
        u"I.1.b.iv.1.ics"_s, missing);
    row("dup other diagnosis has no specialist", dupixent, request,
        uR"("diagnosis": "other", "request.type": "initial")"_s,
        uR"("prescriber.specialty": "dermatology")"_s, u"I.2"_s, notMet);
    row("dup renewal an old intolerance is not treatment within 90 days", dupixent, request,
        dAsRenew, uR"("therapies": [{"drug": "montelukast", "outcome": "intolerance"}])"_s,
        u"R.2.b.ii.treated"_s, notMet);
    row("dup EoE budesonide oral suspension, the policy's words", dupixent, request, dEo,
        uR"("therapies": [%1])"_s.arg(tx(u"budesonide oral suspension 2 mg BID"_s,
                                         u"2025-12-01"_s, u"2026-01-25"_s, u"inadequateResponse"_s)),
        u"I.1.e.iv.1"_s, met);
    row("dup EoE Flovent inhaled is not swallowed", dupixent, request, dEo,
        uR"("therapies": [%1])"_s.arg(tx(u"Flovent HFA 220 mcg"_s, u"2025-12-01"_s,
                                         u"2026-01-25"_s, u"inadequateResponse"_s)),
        u"I.1.e.iv.1"_s, notMet);
    row("dup asthma exacerbations with the therapy history unanswered", dupixent, request, dAs,
        uR"("asthma.steroidBursts": ["2025-06-01", "2026-01-05"])"_s, u"I.1.b.iii.1"_s, missing);
    // "Currently treated within the past 90 days": treated now, not only some time in them.
    row("dup renewal control therapy now", dupixent, request, dAsRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Advair"_s, u"2025-06-01"_s, u"ongoing"_s, u"none"_s)),
        u"R.2.b.ii.treated"_s, met);
    row("dup renewal control therapy ending on the request date", dupixent, request, dAsRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Advair"_s, u"2025-06-01"_s, u"2026-03-02"_s, u"none"_s)),
        u"R.2.b.ii.treated"_s, met);
    row("dup renewal control therapy stopped 60 days ago", dupixent, request, dAsRenew,
        uR"("therapies": [%1])"_s.arg(tx(u"Advair"_s, u"2025-06-01"_s, u"2026-01-01"_s, u"none"_s)),
        u"R.2.b.ii.treated"_s, notMet);
}

void TestBoundaries::criterion()
{
    QFETCH(QString, policy);
    QFETCH(QString, date);
    QFETCH(QString, context);
    QFETCH(QString, facts);
    QFETCH(QString, node);
    QFETCH(QString, expected);
    const QString all = facts.isEmpty() ? context : context + u", "_s + facts;
    const Result<CaseFile> c = test::makeCase(policy, date, u"{"_s + all + u"}"_s);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const int index = c->policy().node(node);
    QVERIFY2(index >= 0, qPrintable(node));
    const Evaluation e = Evaluator::evaluate(c->facts, c->requestDate);
    const NodeOutcome& outcome = e.node(index);
    QVERIFY2(statusId(outcome.status) == expected,
             qPrintable(u"%1 is %2 (%3), expected %4"_s.arg(node, statusId(outcome.status),
                                                            outcome.reason, expected)));
    QVERIFY2(!outcome.reason.isEmpty(), "every evaluated criterion gives its reason");
}

void TestBoundaries::quantityTiers_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("criteria"); // "met", "notMet" or "" (unanswered)
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<double>("approvable");
    QTest::addColumn<double>("notApprovable");
    auto row = [](const char* tag, const char* channel, double q, int days, const char* criteria,
                  const char* outcome, double approvable, double rest) {
        QTest::newRow(tag) << QString::fromLatin1(channel) << q << days
                           << QString::fromLatin1(criteria) << QString::fromLatin1(outcome)
                           << approvable << rest;
    };
    row("retail at the limit", "retail", 30, 30, "", "approvable", 30, 0);
    row("retail over the limit, exception met", "retail", 31, 30, "met", "approvable", 31, 0);
    row("retail at the exception limit", "retail", 60, 30, "met", "approvable", 60, 0);
    row("retail over the exception limit", "retail", 61, 30, "met", "refer", 60, 1);
    row("retail exception not met", "retail", 60, 30, "notMet", "refer", 30, 30);
    row("retail exception unanswered", "retail", 31, 30, "", "pend", 0, 0);
    row("retail pro rata, 14 days", "retail", 15, 14, "met", "approvable", 15, 0);
    row("retail pro rata, 14 days, not met", "retail", 15, 14, "notMet", "refer", 14, 1);
    row("home delivery at the limit", "homeDelivery", 90, 90, "", "approvable", 90, 0);
    row("home delivery at the exception limit", "homeDelivery", 180, 90, "met", "approvable", 180,
        0);
    row("home delivery over the exception limit", "homeDelivery", 181, 90, "met", "refer", 180, 1);
    row("home delivery exception not met", "homeDelivery", 120, 90, "notMet", "refer", 90, 30);
    row("channel without a limit", "specialty", 30, 30, "met", "refer", 0, 30);
}

void TestBoundaries::quantityTiers()
{
    QFETCH(QString, channel);
    QFETCH(double, quantity);
    QFETCH(int, days);
    QFETCH(QString, criteria);
    QFETCH(QString, outcome);
    QFETCH(double, approvable);
    QFETCH(double, notApprovable);
    QString facts =
        uR"({"request.channel": "%1", "request.quantity": %2, "request.daysSupply": %3)"_s
            .arg(channel)
            .arg(quantity)
            .arg(days);
    if (!criteria.isEmpty()) {
        const QString answer = criteria == u"met" ? u"true"_s : u"false"_s;
        facts += uR"(, "moderateToSevereChe": true, "handsWristsOnly": %1)"_s.arg(answer);
    }
    facts += u'}';
    const Result<CaseFile> c = test::makeCase(anzupgo, request, facts);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const Evaluation e = Evaluator::evaluate(c->facts, c->requestDate);
    const Determination& d = e.determination;
    QCOMPARE(determinationId(d.kind), outcome);
    if (d.kind == Determination::Kind::Pend) {
        QCOMPARE(d.missingFacts.size(), 2);
        return;
    }
    QCOMPARE(d.quantity.approvable, approvable);
    QCOMPARE(d.quantity.notApprovable, notApprovable);
    // "All approvals are provided for 1 year in duration."
    QCOMPARE(d.approvalEnd, QDate(2027, 3, 1));
}

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
