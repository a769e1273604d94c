#pragma once

// The state of one evaluation, shared by its parts: Evaluator.cpp (nodes, the determination),
// EvaluatorLeaves.cpp (facts, age, prescriber, quantity) and EvaluatorTherapy.cpp (therapy
// history, drugs taken now). Private to the policy library.

#include "CachedTranslation.h"
#include "Evaluator.h"
#include "TherapyCourses.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace urdesk::detail {

// One evaluation: the policy, the answers, the request date and the outcomes so far.
class EvaluatorRun final
{
public:
    EvaluatorRun(const CaseFacts& facts, QDate requestDate, const QHash<int, bool>& overrides,
                 Evaluation& out)
        : m_policy(facts.policy())
        , m_facts(facts)
        , m_date(requestDate)
        , m_overrides(overrides)
        , m_out(out)
        , m_asked(size_t(m_policy.facts.size()), -1)
        , m_courses(requestDate)
    {
        m_out.requestDate = requestDate;
        m_out.nodes.assign(m_policy.nodes.size(), NodeOutcome{});
        m_out.relevantFacts.assign(size_t(m_policy.facts.size()), false);
    }

    void run()
    {
        for (int c : m_policy.conditionsNotCovered)
            evaluate(c);
        if (m_policy.root >= 0)
            evaluate(m_policy.root);
        determine();
    }

private:
    struct Text
    {
        URDESK_CACHED_TR_FUNCTIONS(urdesk::Evaluator)
    };

    static QString num(double v) { return QString::number(v, 'g', 10); }

    static bool isIntoleranceOrContraindication(TherapyOutcome o)
    {
        return o == TherapyOutcome::Intolerance || o == TherapyOutcome::Contraindication;
    }

    // ---- answers -------------------------------------------------------------------------

    // The answer to a fact, or null when it is unanswered or not asked for this case
    // (an answer to a question that no longer applies is kept but not used).
    const FactValue* answer(int fact)
    {
        if (fact < 0 || !m_facts.has(fact) || !asked(fact))
            return nullptr;
        return &m_facts.value(fact);
    }

    bool asked(int fact)
    {
        const int when = m_policy.facts.at(fact).askWhen;
        if (when < 0)
            return true;
        qint8& state = m_asked[size_t(fact)];
        if (state < 0)
            state = evaluate(when) == Status::Met ? 1 : 0;
        return state == 1;
    }

    template <typename T>
    const T* get(int fact)
    {
        const FactValue* v = answer(fact);
        return v ? std::get_if<T>(v) : nullptr;
    }

    QString label(int fact) const { return m_policy.facts.at(fact).shortName(); }

    QString notAnswered(int fact) const;

    // ---- nodes (Evaluator.cpp) -----------------------------------------------------------

    Status evaluate(int index);
    Status store(int index, NodeOutcome&& result);
    QString childName(int child) const;
    void collectQuestions(int node, QStringList& out) const;
    NodeOutcome composite(const CriterionNode& node);

    // ---- leaves (EvaluatorLeaves.cpp) ----------------------------------------------------

    NodeOutcome leaf(const FactTest& t);
    NodeOutcome countWithin(const FactTest& t, const QList<QDate>& dates);
    bool onTherapy(const QList<TherapyEntry>& history, QDate day, DrugListMask lists);
    NodeOutcome comparison(const FactTest& t, const FactDefinition& def, double v);
    NodeOutcome leaf(const AgeTest& t);
    NodeOutcome leaf(const PrescriberTest& t);
    bool quantity();
    NodeOutcome leaf(const QuantityTest&);

    // ---- what a drug is ------------------------------------------------------------------
    // A drug-dependent criterion is evaluated on what URDesk knows. Where that is not met, it
    // is evaluated again as if every drug it cannot classify were what the criterion needs:
    // if that would meet it, the criterion is missing (the reviewer classifies the drug),
    // never met and never silently not met.

    bool member(const DrugMention& d, DrugListMask mask)
    {
        if (d.lists & mask)
            return true;
        if (!m_lenient || !(d.undecided & mask))
            return false;
        uncertain(d, question(d));
        return true;
    }

    bool potent(const TherapyEntry& e, Potency minimum)
    {
        if (minimum == Potency::Unknown || e.effectivePotency >= minimum)
            return true;
        if (!m_lenient || e.effectivePotency != Potency::Unknown)
            return false;
        uncertain(e, Text::tr("its potency"));
        return true;
    }

    QString question(const DrugMention& d) const
    {
        if (!d.unknownWords.isEmpty() && d.drugClass.isEmpty())
            return Text::tr("its class (\"%1\" not recognised)").arg(d.unknownWords.join(u", "));
        if (!d.doubts.isEmpty())
            return Text::tr("what \"%1\" means for it (correct the course)")
                .arg(d.doubts.join(u", "));
        if (d.routeNeeded)
            return Text::tr("its route");
        if (d.ambiguous)
            return Text::tr("which drug it is");
        return Text::tr("what it was used for (this condition or another)");
    }

    void uncertain(const DrugMention& d, const QString& what)
    {
        const QString q = Text::tr("%1: %2").arg(d.drug.isEmpty() ? d.drugClass : d.drug, what);
        if (!m_uncertain.contains(q))
            m_uncertain.append(q);
    }

    template <typename Evaluate>
    NodeOutcome decided(Evaluate evaluate)
    {
        const bool outerLenient = std::exchange(m_lenient, false);
        const QStringList outerUncertain = std::exchange(m_uncertain, {});
        const NodeOutcome strict = evaluate();
        NodeOutcome lenient;
        if (strict.status == Status::NotMet) {
            m_lenient = true;
            lenient = evaluate();
        }
        const QStringList uncertain = std::exchange(m_uncertain, outerUncertain);
        m_lenient = outerLenient;
        if (strict.status != Status::NotMet || lenient.status != Status::Met)
            return strict;
        m_questions = uncertain;
        return {Status::Missing, Text::tr("the reviewer classifies %1; met if so: %2")
                                     .arg(uncertain.join(u"; "), lenient.reason)};
    }

    // ---- therapy history (EvaluatorTherapy.cpp) ------------------------------------------

    const QList<TherapyEntry>* therapies(int* fact);
    QDate lastDay(const TherapyEntry& e) const { return m_courses.lastDay(e); }
    QString course(const TherapyEntry& e) const;
    QString trialText(const QList<const TherapyEntry*>& courses, const DaySpan& span, qint64 days,
                      TherapyOutcome outcome) const;
    QString listNames(DrugListMask mask) const;
    NodeOutcome leaf(const TherapyTest& t);
    NodeOutcome therapy(const TherapyTest& t);

    // The furthest any course got, to say why none qualified. The text is made only for a
    // course that got further than the best so far: this runs on every keystroke.
    struct Rejections
    {
        int stage = -1;
        QString why;
        template <typename Why>
        void note(int at, Why text)
        {
            if (at > stage) {
                stage = at;
                why = text();
            }
        }
    };

    void joinUndecided(QMap<QString, QList<const TherapyEntry*>>& byDrug, DrugListMask lists) const;
    bool mayCount(const TherapyEntry& e, DrugListMask lists, Rejections& rejected) const;
    NodeOutcome trial(const TherapyTest& t, const QList<TherapyEntry>& all);
    NodeOutcome currentTherapy(const TherapyTest& t, const QList<TherapyEntry>& all);
    NodeOutcome leaf(const ConcomitantTest& t);
    NodeOutcome concomitant(const ConcomitantTest& t);

    // ---- drugs taken now (EvaluatorTherapy.cpp) ------------------------------------------

    NodeOutcome leaf(const CurrentDrugTest& t);
    NodeOutcome currentDrug(const CurrentDrugTest& t);

    // ---- determination (Evaluator.cpp) ---------------------------------------------------

    void collectMissing(int index, QList<int>& out);
    void collectUnmet(int index, QList<int>& out);
    int branch(int index, bool continuation, Duration* duration);
    void determine();
    QString contraindicatedRequestedDrug();
    QString summary(const Determination& d) const;

    const Policy& m_policy;
    const CaseFacts& m_facts;
    QDate m_date;
    const QHash<int, bool>& m_overrides;
    Evaluation& m_out;
    std::vector<qint8> m_asked; // per fact: -1 not yet known, 0 not asked, 1 asked
    TherapyCourses m_courses;
    bool m_lenient = false;  // evaluating as if every drug not classified were what is needed
    QStringList m_uncertain; // the drugs that then made a difference, and what to say of them
    QStringList m_questions; // of the leaf just evaluated, when it came out missing
    QHash<int, QStringList> m_nodeQuestions; // missing leaves: what the reviewer classifies
};

} // namespace urdesk::detail
