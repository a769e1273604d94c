#include "CaseFacts.h"

#include "Duration.h"
#include "FactJson.h"

#include <QCoreApplication>

#include <cmath>

namespace urdesk {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(urdesk::CaseFacts)
};

bool isTrialWithoutDates(TherapyOutcome outcome)
{
    return outcome == TherapyOutcome::Intolerance || outcome == TherapyOutcome::Contraindication;
}
} // namespace

CaseFacts::CaseFacts(std::shared_ptr<const Policy> policy)
    : m_policy(std::move(policy))
    , m_values(size_t(m_policy->facts.size()))
{}

bool CaseFacts::has(int fact) const
{
    return fact >= 0 && size_t(fact) < m_values.size() &&
           !std::holds_alternative<std::monostate>(m_values[size_t(fact)]);
}

QString CaseFacts::set(int fact, FactValue value)
{
    if (fact < 0 || fact >= m_policy->facts.size())
        return Text::tr("unknown fact");
    const QString problem = check(m_policy->facts.at(fact), value);
    if (problem.isEmpty())
        m_values[size_t(fact)] = std::move(value);
    return problem;
}

QString CaseFacts::setFromJson(int fact, const QJsonValue& json)
{
    if (fact < 0 || fact >= m_policy->facts.size())
        return Text::tr("unknown fact");
    FactValue value;
    const QString problem = factValueFromJson(m_policy->facts.at(fact), json, &value);
    return problem.isEmpty() ? set(fact, std::move(value)) : problem;
}

void CaseFacts::clear(int fact)
{
    if (fact >= 0 && size_t(fact) < m_values.size())
        m_values[size_t(fact)] = std::monostate{};
}

int CaseFacts::answeredCount() const
{
    int n = 0;
    for (size_t i = 0; i < m_values.size(); ++i)
        n += has(int(i)) ? 1 : 0;
    return n;
}

QString CaseFacts::check(const FactDefinition& def, FactValue& value) const
{
    if (std::holds_alternative<std::monostate>(value))
        return {};
    switch (def.type) {
    case FactType::YesNo:
        return std::holds_alternative<bool>(value) ? QString() : Text::tr("expected yes or no");
    case FactType::Number: {
        if (!std::holds_alternative<double>(value))
            return Text::tr("expected a number");
        const double v = std::get<double>(value);
        if (!std::isfinite(v))
            return Text::tr("expected a finite number");
        if (def.integer && v != std::floor(v))
            return Text::tr("expected a whole number");
        const QString unit = def.unit.isEmpty() ? QString() : u' ' + def.unit;
        if (def.minimum && v < *def.minimum)
            return Text::tr("%1 is below the minimum %2%3").arg(v).arg(*def.minimum).arg(unit);
        if (def.maximum && v > *def.maximum)
            return Text::tr("%1 is above the maximum %2%3").arg(v).arg(*def.maximum).arg(unit);
        return {};
    }
    case FactType::Date:
        return std::holds_alternative<QDate>(value) && std::get<QDate>(value).isValid()
                   ? QString()
                   : Text::tr("expected a date");
    case FactType::Dates: {
        if (!std::holds_alternative<QList<QDate>>(value))
            return Text::tr("expected a list of dates");
        for (const QDate& d : std::get<QList<QDate>>(value)) {
            if (!d.isValid())
                return Text::tr("expected a list of dates");
        }
        return {};
    }
    case FactType::Choice:
        if (!std::holds_alternative<QString>(value))
            return Text::tr("expected one of the options");
        if (def.optionIndex(std::get<QString>(value)) < 0)
            return Text::tr("\"%1\" is not one of the options").arg(std::get<QString>(value));
        return {};
    case FactType::Multi:
        if (!std::holds_alternative<QStringList>(value))
            return Text::tr("expected a list of options");
        for (const QString& option : std::get<QStringList>(value)) {
            if (def.optionIndex(option) < 0)
                return Text::tr("\"%1\" is not one of the options").arg(option);
        }
        return {};
    case FactType::Therapies: {
        if (!std::holds_alternative<QList<TherapyEntry>>(value))
            return Text::tr("expected a therapy history");
        QList<TherapyEntry>& entries = std::get<QList<TherapyEntry>>(value);
        for (int i = 0; i < entries.size(); ++i) {
            TherapyEntry& e = entries[i];
            const auto where = [&](const QString& problem) {
                return Text::tr("therapy %1 (%2): %3").arg(QString::number(i + 1), e.drug, problem);
            };
            if (e.drug.trimmed().isEmpty() && e.drugClass.isEmpty())
                return where(Text::tr("name the drug or its class"));
            if (!e.start.isValid() && !isTrialWithoutDates(e.outcome))
                return where(Text::tr("a start date is required unless the outcome is intolerance "
                                      "or contraindication"));
            if (e.start.isValid() && e.end.isValid() && e.end < e.start)
                return where(Text::tr("ends (%1) before it starts (%2)")
                                 .arg(dates::inText(e.end), dates::inText(e.start)));
            m_policy->resolve(e, e.indication);
            // "triamcinolone 0.1% cream x 10 days" dated over 28 days: which is it?
            if (e.statedDays > 0 && e.start.isValid() && e.end.isValid() &&
                std::abs(dates::daysInclusive(e.start, e.end) - e.statedDays) > 1)
                e.doubt(Text::tr("%n day(s) written, %1 to %2 dated", nullptr, e.statedDays)
                            .arg(dates::inText(e.start), dates::inText(e.end)));
            // Where the name says the potency, it stands; the reviewer's fills what it does not.
            e.effectivePotency = e.listedPotency != Potency::Unknown ? e.listedPotency : e.potency;
        }
        return {};
    }
    case FactType::Drugs: {
        if (!std::holds_alternative<QList<CurrentDrug>>(value))
            return Text::tr("expected a list of drugs");
        QList<CurrentDrug>& drugs = std::get<QList<CurrentDrug>>(value);
        for (int i = 0; i < drugs.size(); ++i) {
            if (drugs[i].drug.trimmed().isEmpty())
                return Text::tr("drug %1: name the drug").arg(i + 1);
            // What a drug taken now is for does not matter to a concurrent-use check.
            m_policy->resolve(drugs[i], Indication::ThisCondition);
        }
        return {};
    }
    }
    return {};
}

} // namespace urdesk
