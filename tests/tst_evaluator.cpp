// Evaluation rules the example cases do not pin down on their own: which questions a case
// needs, answers to questions that no longer apply, precedence between outcomes, and the
// wording of reasons and summaries.
#include "Evaluator.h"
#include "StrictTest.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QTest>

using namespace urdesk;
using namespace Qt::StringLiterals;

namespace {
Evaluation evaluate(const QString& policy, const QString& facts, CaseFile* out = nullptr)
{
    Result<CaseFile> c = test::makeCase(policy, u"2026-03-02"_s, facts);
    if (!c.ok())
        qFatal("%s", qPrintable(c.error()));
    const Evaluation e = Evaluator::evaluate(c->facts, c->requestDate);
    if (out)
        *out = std::move(c).value();
    return e;
}

const NodeOutcome& node(const Evaluation& e, const QString& policy, const QString& id)
{
    return e.node(test::builtinCatalog().find(policy)->node(id));
}

bool relevant(const Evaluation& e, const QString& policy, const QString& fact)
{
    return e.relevantFacts[size_t(test::builtinCatalog().find(policy)->fact(fact))];
}
} // namespace

class TestEvaluator : public urdesk::test::StrictTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(u"en"_s); }
    void reasonNamesFactsAndNumbers();
    void relevantFactsFollowTheBranch();
    void overridesChangeTheDetermination();
    void answersToQuestionsNotAskedAreNotUsed();
    void conditionNotCoveredOutranksMissingInformation();
    void pendListsOnlyWhatCanChangeTheOutcome();
    void unmetCriterionOutranksMissingInformation();
    void summaries();
    void reasonsNameNoHiddenCondition();
    void approvableOnlyWhereNothingElseForbids();
};

void TestEvaluator::reasonNamesFactsAndNumbers()
{
    const QString opz = u"cigna-ip0369-opzelura"_s;
    const Evaluation e =
        evaluate(opz, uR"({"diagnosis": "atopicDermatitis", "request.type": "initial",
        "member.birthDate": "2014-03-03", "bsaPercent": 21,
        "therapies": [{"drug": "triamcinolone acetonide 0.1% cream", "start": "2026-01-01", "end": "2026-01-27", "outcome": "failure"}]})"_s);
    QCOMPARE(node(e, opz, u"1.A"_s).reason, u"age 11 y on 2026-03-02 < 12"_s);
    QCOMPARE(node(e, opz, u"1.B"_s).reason, u"BSA 21 % > 20"_s);
    QCOMPARE(node(e, opz, u"1.C.i"_s).reason,
             u"triamcinolone acetonide 0.1% cream 2026-01-01 to 2026-01-27, 27 days, failure: "
             "at least 28 days in a row needed"_s);
    QCOMPARE(node(e, opz, u"1.E"_s).reason, u"not answered: Prescriber's specialty"_s);

    // An age in months past two years is said in years and months.
    const QString dup = u"bcbsms-l.5.01.513-dupixent"_s;
    const Evaluation adult = evaluate(dup, uR"({"diagnosis": "atopicDermatitis",
        "request.type": "initial", "member.birthDate": "1991-06-11"})"_s);
    QCOMPARE(node(adult, dup, u"I.1.a.i"_s).reason, u"age 34 y 8 mo on 2026-03-02 ≥ 6 mo"_s);
}

void TestEvaluator::overridesChangeTheDetermination()
{
    // examples/opzelura/ad-initial-approvable.json with 22% BSA: referred on 1.B alone.
    const QString opz = u"cigna-ip0369-opzelura"_s;
    Result<CaseFile> made =
        test::makeCase(opz, u"2026-03-02"_s, uR"({"diagnosis": "atopicDermatitis",
        "request.type": "initial", "member.birthDate": "2011-06-15", "bsaPercent": 22,
        "sensitiveAreas": false, "prescriber.specialty": "dermatology", "currentDrugs": [],
        "therapies": [
          {"drug": "triamcinolone acetonide 0.1% cream", "start": "2025-10-01", "end": "2025-10-28", "outcome": "failure"},
          {"drug": "tacrolimus 0.1% ointment", "start": "2025-11-01", "end": "2025-12-12", "outcome": "inadequateResponse"}]})"_s);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const CaseFile& c = made.value();
    const Evaluation plain = Evaluator::evaluate(c.facts, c.requestDate);
    QCOMPARE(plain.determination.kind, Determination::Kind::Refer);
    const int bsa = c.facts.policy().node(u"1.B");
    const Evaluation judged = Evaluator::evaluate(c.facts, c.requestDate, {{bsa, true}});
    QCOMPARE(judged.node(bsa).status, Status::Met);
    QVERIFY2(judged.node(bsa).reason.startsWith(u"overridden as met by a medical director; "
                                                "evaluated: BSA 22 % > 20"_s),
             qPrintable(judged.node(bsa).reason));
    QCOMPARE(judged.determination.kind, Determination::Kind::Approvable);
    QCOMPARE(judged.determination.approvalEnd, QDate(2026, 9, 1));
    // And the other way: a criterion met by the facts, judged not met.
    const Evaluation refused = Evaluator::evaluate(
        c.facts, c.requestDate, {{bsa, true}, {c.facts.policy().node(u"1.E"), false}});
    QCOMPARE(refused.determination.kind, Determination::Kind::Refer);
}

void TestEvaluator::relevantFactsFollowTheBranch()
{
    const QString dup = u"bcbsms-l.5.01.513-dupixent"_s;
    const Evaluation e =
        evaluate(dup, uR"({"diagnosis": "atopicDermatitis", "request.type": "initial"})"_s);
    QVERIFY(relevant(e, dup, u"ad.bsaPercent"_s));
    QVERIFY(relevant(e, dup, u"therapies"_s));
    QVERIFY(relevant(e, dup, u"dspPharmacy"_s));
    QVERIFY(!relevant(e, dup, u"eosinophils"_s));        // asthma and COPD only
    QVERIFY(!relevant(e, dup, u"previouslyApproved"_s)); // renewal only
    QVERIFY(!relevant(e, dup, u"ad.renewalImprovement"_s));
    const Evaluation renewal =
        evaluate(dup, uR"({"diagnosis": "copd", "request.type": "continuation"})"_s);
    QVERIFY(relevant(renewal, dup, u"previouslyApproved"_s));
    QVERIFY(relevant(renewal, dup, u"copd.renewalImprovement"_s));
    QVERIFY(!relevant(renewal, dup, u"copd.fev1FvcRatio"_s));
    QVERIFY(!relevant(renewal, dup, u"ad.bsaPercent"_s));
}

void TestEvaluator::answersToQuestionsNotAskedAreNotUsed()
{
    // "Is a beneficial response documented?" is asked for a continuation only; an answer left
    // over from when the case was a continuation must not decide an initial request.
    const QString dup = u"bcbsms-l.5.01.513-dupixent"_s;
    CaseFile c{{}, {}, CaseFacts(test::builtinCatalog().find(dup)), {}};
    const Evaluation e = evaluate(dup, uR"({"diagnosis": "asthma", "request.type": "initial",
        "ad.bsaPercent": 50, "previouslyApproved": true})"_s,
                                  &c);
    QVERIFY(c.facts.has(c.policy().fact(u"ad.bsaPercent")));
    QVERIFY(!relevant(e, dup, u"ad.bsaPercent"_s));
    QVERIFY(!relevant(e, dup, u"previouslyApproved"_s));
    QCOMPARE(node(e, dup, u"R.1"_s).status, Status::NotApplicable);
    // A question asked only under a condition that is itself unanswered is missing, not used.
    const QString opz = u"cigna-ip0369-opzelura"_s;
    const Evaluation noType =
        evaluate(opz, uR"({"diagnosis": "vitiligo", "beneficialResponse": true})"_s);
    QCOMPARE(node(noType, opz, u"2.R"_s).status, Status::Missing);
}

void TestEvaluator::conditionNotCoveredOutranksMissingInformation()
{
    const Evaluation e =
        evaluate(u"cigna-ip0751-leqselvi"_s,
                 uR"({"diagnosis": "alopeciaAreata", "currentDrugs": ["Xeljanz"]})"_s);
    QCOMPARE(e.determination.kind, Determination::Kind::Refer);
    QCOMPARE(e.determination.conditionsApplying.size(), 1);
    QVERIFY(e.determination.missingFacts.isEmpty());
}

void TestEvaluator::pendListsOnlyWhatCanChangeTheOutcome()
{
    // Vitiligo: the atopic dermatitis questions are not asked; the BSA, met, is not asked again.
    CaseFile c{{}, {}, CaseFacts(test::builtinCatalog().find(u"cigna-ip0369-opzelura"_s)), {}};
    const Evaluation e = evaluate(u"cigna-ip0369-opzelura"_s, uR"({"diagnosis": "vitiligo",
        "request.type": "initial", "bsaPercent": 5, "sensitiveAreas": true,
        "prescriber.specialty": "dermatology", "currentDrugs": []})"_s,
                                  &c);
    QCOMPARE(e.determination.kind, Determination::Kind::Pend);
    QStringList ids;
    for (int f : e.determination.missingFacts)
        ids.append(c.policy().facts.at(f).id);
    QCOMPARE(ids, QStringList({u"member.birthDate"_s, u"therapies"_s}));
}

void TestEvaluator::unmetCriterionOutranksMissingInformation()
{
    // Age fails: whatever else is missing, the case cannot become approvable; it is referred.
    const Evaluation e = evaluate(u"cigna-ip0369-opzelura"_s, uR"({"diagnosis": "atopicDermatitis",
        "request.type": "initial", "member.birthDate": "2020-01-01"})"_s);
    QCOMPARE(e.determination.kind, Determination::Kind::Refer);
    QCOMPARE(e.determination.unmetCriteria.size(), 1);
}

void TestEvaluator::summaries()
{
    Evaluation e = evaluate(u"cigna-dqm015-anzupgo"_s, uR"({"request.channel": "retail",
        "request.quantity": 90, "request.daysSupply": 30, "moderateToSevereChe": true, "handsWristsOnly": true})"_s);
    QCOMPARE(e.determination.summary,
             u"Refer to a medical director: 60 g per 30 days approvable, 30 g beyond the limit"_s);
    e = evaluate(u"cigna-ip0751-leqselvi"_s,
                 uR"({"diagnosis": "alopeciaAreata", "request.type": "initial"})"_s);
    QCOMPARE(e.determination.summary, u"Pend for information: 8 questions for the prescriber"_s);
    e = evaluate(u"cigna-ip0369-opzelura"_s, uR"({"diagnosis": "plaquePsoriasis"})"_s);
    QCOMPARE(e.determination.summary,
             u"Refer to a medical director: 1 condition not covered applies"_s);
}

// Hidden conditions (when a branch applies) are numbered "~14" inside; a reason that waits
// on one names its questions instead.
void TestEvaluator::reasonsNameNoHiddenCondition()
{
    const QString leq = u"cigna-ip0751-leqselvi"_s;
    const Evaluation e = evaluate(leq, uR"({"diagnosis": "alopeciaAreata",
        "request.type": "continuation", "member.birthDate": "1990-01-01"})"_s);
    QCOMPARE(node(e, leq, u"1.A"_s).reason,
             u"cannot tell whether this applies: none met yet; information missing for "
             "therapy history"_s);
    for (const auto& p : test::builtinCatalog().policies()) {
        const int diagnosis = p->fact(u"diagnosis");
        for (const QString& type : {u"initial"_s, u"continuation"_s}) {
            QString facts = u"{\"request.type\": \"%1\""_s.arg(type);
            if (diagnosis >= 0)
                facts += u", \"diagnosis\": \"%1\""_s.arg(p->facts[diagnosis].options[0].id);
            const Evaluation all = evaluate(p->id, facts + u'}');
            for (size_t n = 0; n < p->nodes.size(); ++n)
                QVERIFY2(
                    !all.node(int(n)).reason.contains(u'~'),
                    qPrintable(p->id + u' ' + p->nodes[n].id + u": "_s + all.node(int(n)).reason));
        }
    }
}

// Safety checks above the criteria: a case that meets them is still not approvable when the
// request predates the policy, when the history records a contraindication to the drug under
// review, or (quantity) when one fill asks for more than one period's limit.
void TestEvaluator::approvableOnlyWhereNothingElseForbids()
{
    const CaseFile example =
        CaseFileReader::readFile(test::sourcePath(u"examples/leqselvi/initial-approvable.json"_s),
                                 test::builtinCatalog())
            .value();
    QCOMPARE(Evaluator::evaluate(example.facts, example.requestDate).determination.kind,
             Determination::Kind::Approvable);
    const Determination early =
        Evaluator::evaluate(example.facts, QDate(2025, 9, 30)).determination;
    QCOMPARE(early.kind, Determination::Kind::Refer);
    QVERIFY2(early.summary.contains(u"before this policy took effect on 2025-10-01"_s),
             qPrintable(early.summary));

    CaseFacts facts = example.facts;
    const int history = facts.policy().fact(u"therapies");
    QList<TherapyEntry> courses = std::get<QList<TherapyEntry>>(facts.value(history));
    TherapyEntry reaction;
    reaction.drug = u"Leqselvi"_s;
    reaction.outcome = TherapyOutcome::Contraindication;
    courses.append(reaction);
    QVERIFY(facts.set(history, courses).isEmpty());
    const Determination contraindicated = Evaluator::evaluate(facts, example.requestDate).determination;
    QCOMPARE(contraindicated.kind, Determination::Kind::Refer);
    QVERIFY2(contraindicated.summary.contains(u"intolerance or contraindication to Leqselvi"_s),
             qPrintable(contraindicated.summary));

    // Anzupgo: 30 g per 30 days at retail is not 365 g in one fill for a year.
    const Evaluation year = evaluate(u"cigna-dqm015-anzupgo"_s, uR"({"request.channel": "retail",
        "request.daysSupply": 365, "request.quantity": 365})"_s);
    QCOMPARE(year.determination.quantity.standardLimit, 30.0);
    QVERIFY(year.determination.kind != Determination::Kind::Approvable);
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
