#include "Fact.h"

#include "CachedTranslation.h"
#include "Translations.h"

namespace urdesk {

QString factTypeName(FactType type)
{
    switch (type) {
    case FactType::YesNo:
        return QStringLiteral("yesNo");
    case FactType::Number:
        return QStringLiteral("number");
    case FactType::Date:
        return QStringLiteral("date");
    case FactType::Dates:
        return QStringLiteral("dates");
    case FactType::Choice:
        return QStringLiteral("choice");
    case FactType::Multi:
        return QStringLiteral("multi");
    case FactType::Therapies:
        return QStringLiteral("therapies");
    case FactType::Drugs:
        return QStringLiteral("drugs");
    }
    return {};
}

namespace {

// The text in currentLanguage() where one is given, else `own`.
QString inCurrentLanguage(const QString& own, const QHash<QString, QString>& translated)
{
    const QString t = translated.value(currentLanguage());
    return t.isEmpty() ? own : t;
}

template <typename Field>
QString factWords(const FactDefinition& f, const QString& own, Field field)
{
    const auto it = f.translated.constFind(currentLanguage());
    if (it == f.translated.cend() || ((*it).*field).isEmpty())
        return own;
    return (*it).*field;
}

} // namespace

QString FactOption::text() const
{
    return inCurrentLanguage(label, translated);
}

QString FactDefinition::questionText() const
{
    return factWords(*this, question, &FactWords::question);
}

QString FactDefinition::helpText() const
{
    return factWords(*this, help, &FactWords::help);
}

QString FactDefinition::unitText() const
{
    return factWords(*this, unit, &FactWords::unit);
}

QString FactDefinition::shortName() const
{
    return label.isEmpty() ? questionText() : factWords(*this, label, &FactWords::label);
}

int FactDefinition::optionIndex(QStringView optionId) const
{
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).id == optionId)
            return i;
    }
    return -1;
}

QString FactDefinition::optionLabel(QStringView optionId) const
{
    const int i = optionIndex(optionId);
    return i < 0 ? optionId.toString() : options.at(i).text();
}

namespace {
struct OutcomeName
{
    TherapyOutcome outcome;
    const char16_t* id;
};
constexpr OutcomeName outcomeNames[] = {
    {TherapyOutcome::None, u"none"},
    {TherapyOutcome::Failure, u"failure"},
    {TherapyOutcome::InadequateResponse, u"inadequateResponse"},
    {TherapyOutcome::Intolerance, u"intolerance"},
    {TherapyOutcome::Contraindication, u"contraindication"},
};

struct PotencyName
{
    Potency potency;
    const char16_t* id;
};
constexpr PotencyName potencyNames[] = {
    {Potency::Unknown, u"unknown"},     {Potency::Low, u"low"},
    {Potency::Medium, u"medium"},       {Potency::High, u"high"},
    {Potency::SuperHigh, u"superHigh"},
};
} // namespace

QString indicationId(Indication indication)
{
    switch (indication) {
    case Indication::Unstated:
        return QStringLiteral("unstated");
    case Indication::ThisCondition:
        return QStringLiteral("thisCondition");
    case Indication::OtherCondition:
        return QStringLiteral("otherCondition");
    }
    return {};
}

std::optional<Indication> indicationFromId(QStringView id)
{
    for (Indication i :
         {Indication::Unstated, Indication::ThisCondition, Indication::OtherCondition}) {
        if (indicationId(i) == id)
            return i;
    }
    return std::nullopt;
}

QString therapyOutcomeId(TherapyOutcome outcome)
{
    for (const auto& n : outcomeNames) {
        if (n.outcome == outcome)
            return QString::fromUtf16(n.id);
    }
    return {};
}

std::optional<TherapyOutcome> therapyOutcomeFromId(QStringView id)
{
    for (const auto& n : outcomeNames) {
        if (id == QStringView(n.id))
            return n.outcome;
    }
    return std::nullopt;
}

QString therapyOutcomeText(TherapyOutcome outcome)
{
    switch (outcome) {
    case TherapyOutcome::None:
        return cachedTranslate("urdesk::Therapy", "no outcome documented");
    case TherapyOutcome::Failure:
        return cachedTranslate("urdesk::Therapy", "failure");
    case TherapyOutcome::InadequateResponse:
        return cachedTranslate("urdesk::Therapy", "inadequate response");
    case TherapyOutcome::Intolerance:
        return cachedTranslate("urdesk::Therapy", "intolerance");
    case TherapyOutcome::Contraindication:
        return cachedTranslate("urdesk::Therapy", "contraindication");
    }
    return {};
}

QString potencyId(Potency potency)
{
    for (const auto& n : potencyNames) {
        if (n.potency == potency)
            return QString::fromUtf16(n.id);
    }
    return {};
}

std::optional<Potency> potencyFromId(QStringView id)
{
    for (const auto& n : potencyNames) {
        if (id == QStringView(n.id))
            return n.potency;
    }
    return std::nullopt;
}

QString potencyText(Potency potency)
{
    switch (potency) {
    case Potency::Unknown:
        return cachedTranslate("urdesk::Therapy", "potency unknown");
    case Potency::Low:
        return cachedTranslate("urdesk::Therapy", "low potency");
    case Potency::Medium:
        return cachedTranslate("urdesk::Therapy", "medium potency");
    case Potency::High:
        return cachedTranslate("urdesk::Therapy", "high potency");
    case Potency::SuperHigh:
        return cachedTranslate("urdesk::Therapy", "super-high potency");
    }
    return {};
}

} // namespace urdesk
