#include "Fact.h"

#include "CachedTranslation.h"
#include "IdNames.h"
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
constexpr IdName<TherapyOutcome> outcomeNames[] = {
    {TherapyOutcome::None, u"none"},
    {TherapyOutcome::Failure, u"failure"},
    {TherapyOutcome::InadequateResponse, u"inadequateResponse"},
    {TherapyOutcome::Intolerance, u"intolerance"},
    {TherapyOutcome::Contraindication, u"contraindication"},
};

constexpr IdName<Indication> indicationNames[] = {
    {Indication::Unstated, u"unstated"},
    {Indication::ThisCondition, u"thisCondition"},
    {Indication::OtherCondition, u"otherCondition"},
};

constexpr IdName<Potency> potencyNames[] = {
    {Potency::Unknown, u"unknown"},     {Potency::Low, u"low"},
    {Potency::Medium, u"medium"},       {Potency::High, u"high"},
    {Potency::SuperHigh, u"superHigh"},
};
} // namespace

QString indicationId(Indication indication)
{
    return idOf(indicationNames, indication);
}

std::optional<Indication> indicationFromId(QStringView id)
{
    return valueOfId(indicationNames, id);
}

QString therapyOutcomeId(TherapyOutcome outcome)
{
    return idOf(outcomeNames, outcome);
}

std::optional<TherapyOutcome> therapyOutcomeFromId(QStringView id)
{
    return valueOfId(outcomeNames, id);
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
    return idOf(potencyNames, potency);
}

std::optional<Potency> potencyFromId(QStringView id)
{
    return valueOfId(potencyNames, id);
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
