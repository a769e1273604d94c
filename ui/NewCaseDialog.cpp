#include "NewCaseDialog.h"

#include "FormParts.h"
#include "PolicyReader.h"
#include "TherapyTable.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

QComboBox* choices(QWidget* parent, const QString& name,
                   const QList<std::pair<QString, QString>>& items)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const auto& [id, text] : items)
        combo->addItem(text, id);
    return combo;
}

QLineEdit* line(QWidget* parent, const QString& name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

NewCaseDialog::NewCaseDialog(CaseStore& store, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_memberId(line(this, u"memberId"_s))
    , m_memberName(line(this, u"memberName"_s))
    , m_birthDate(line(this, u"birthDate"_s, dateExample()))
    , m_line(nullptr)
    , m_urgency(nullptr)
    , m_drug(new QComboBox(this))
    , m_policy(new QLabel(this))
    , m_language(nullptr)
    , m_strength(line(this, u"strength"_s, tr("e.g. 300 mg/2 mL pen")))
    , m_quantity(new QDoubleSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_channel(nullptr)
    , m_prescriber(line(this, u"prescriber"_s))
    , m_npi(line(this, u"npi"_s, tr("10 digits")))
    , m_specialty(new QComboBox(this))
    , m_requestType(choices(this, u"requestType"_s,
                            {{QString(), tr("— choose —")},
                             {u"initial"_s, tr("Initial request")},
                             {u"continuation"_s, tr("Continuation (renewal)")}}))
    , m_received(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_carryOver(new QCheckBox(this))
    , m_problem(newProblemLabel(this))
{
    setWindowTitle(tr("New Case"));
    QList<std::pair<QString, QString>> lines;
    for (const QString& id : lineOfBusinessIds())
        lines.append({id, lineOfBusinessText(id)});
    m_line = choices(this, u"lineOfBusiness"_s, lines);
    QList<std::pair<QString, QString>> urgencies;
    for (const QString& id : urgencyIds())
        urgencies.append({id, urgencyText(id)});
    m_urgency = choices(this, u"urgency"_s, urgencies);
    QList<std::pair<QString, QString>> languages;
    for (const QString& id : supportedLanguages())
        languages.append({id, languageName(id)});
    m_language = choices(this, u"memberLanguage"_s, languages);
    m_channel = choices(this, u"channel"_s,
                        {{QString(), tr("— not given —")},
                         {u"retail"_s, tr("Retail pharmacy")},
                         {u"homeDelivery"_s, tr("Home delivery")}});
    // The drug picks the policy: each covered drug of each loaded policy.
    m_drug->setObjectName(u"drug"_s);
    for (const auto& p : store.catalog().policies()) {
        for (const CoveredDrug& d : p->drugs)
            m_drug->addItem(tr("%1 (%2) — %3 %4").arg(d.name, d.generic, p->payer, p->number),
                            QStringList{d.name, p->id, d.form});
    }
    m_policy->setObjectName(u"policy"_s);
    // Two lines, not wrapped: a wrapped label set after the dialog is laid out is squeezed.
    m_policy->setTextFormat(Qt::PlainText);
    // Nothing a criterion reads is prefilled: a specialty left as a default would meet a
    // specialist criterion no one checked.
    m_specialty->setObjectName(u"specialty"_s);
    m_specialty->addItem(tr("— not answered —"), QString());
    for (const FactDefinition& f : PolicyReader::builtinCommon().facts) {
        if (f.id == u"prescriber.specialty") {
            for (const FactOption& o : f.options)
                m_specialty->addItem(o.text(), o.id);
        }
    }
    m_quantity->setObjectName(u"quantity"_s);
    m_quantity->setRange(0, 100000);
    m_quantity->setDecimals(1);
    m_quantity->setSpecialValueText(tr("— not given —"));
    m_days->setObjectName(u"daysSupply"_s);
    m_days->setRange(0, 365);
    m_days->setSpecialValueText(tr("— not given —"));
    m_days->setSuffix(tr(" days"));
    m_received->setObjectName(u"received"_s);
    m_received->setDisplayFormat(shortDateFormat() + u" HH:mm"_s);
    m_carryOver->setObjectName(u"carryOver"_s);
    m_carryOver->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Member &id:"), m_memberId);
    form->addRow(tr("Member &name:"), m_memberName);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("Letters in lan&guage:"), m_language);
    form->addRow(QString(), m_carryOver);
    form->addRow(tr("&Line of business:"), m_line);
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("&Drug:"), m_drug);
    form->addRow(QString(), m_policy);
    form->addRow(tr("Strengt&h and form:"), m_strength);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("Days &supply:"), m_days);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Prescriber:"), m_prescriber);
    form->addRow(tr("Pr&escriber NPI:"), m_npi);
    form->addRow(tr("Prescriber's specialt&y:"), m_specialty);
    form->addRow(tr("Request &type:"), m_requestType);
    form->addRow(tr("&Received:"), m_received);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cre&ate Case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    layout->addWidget(buttons);
    connect(m_memberId, &QLineEdit::editingFinished, this, &NewCaseDialog::findEarlierCase);
    connect(m_drug, &QComboBox::currentIndexChanged, this, &NewCaseDialog::showPolicy);
    showPolicy();
    takeWheelOnlyWhenFocused(this);
    setMinimumWidth(560);
}

void NewCaseDialog::showPolicy()
{
    const QStringList drug = m_drug->currentData().toStringList();
    const auto policy = drug.size() == 3 ? m_store.catalog().find(drug.at(1)) : nullptr;
    // The policy's form is where most requests start ("1.5% cream"); the strength is typed
    // where a drug comes in several.
    m_strength->setText(drug.value(2));
    m_policy->setText(policy ? tr("Reviewed under:\n%1").arg(policy->displayName()) : QString());
    // The quantity in the drug's unit ("60 grams", "2 prefilled pens or syringes").
    const QString unit = policy ? policy->unitIn(interfaceLanguage()).many : QString();
    m_quantity->setSuffix(unit.isEmpty() ? QString() : u' ' + unit);
    // A longer policy name or unit widens the open dialog rather than being cut short.
    if (isVisible()) {
        layout()->activate();
        resize(size().expandedTo(sizeHint()));
    }
}

void NewCaseDialog::findEarlierCase()
{
    m_earlierCase = 0;
    m_carryOver->hide();
    const QString memberId = m_memberId->text().trimmed();
    if (memberId.isEmpty())
        return;
    CaseFilter f;
    f.search = memberId;
    f.limit = 50;
    const Result<QList<CaseSummary>> found = m_store.queue(f);
    if (!found)
        return;
    const CaseSummary* latest = nullptr;
    for (const CaseSummary& c : found.value()) {
        if (c.memberId == memberId && (!latest || c.receivedAt > latest->receivedAt))
            latest = &c;
    }
    if (!latest)
        return;
    m_earlierCase = latest->id;
    m_carryOver->setText(tr("Carry over the answers of %1 (%2, %3, received %4)")
                             .arg(latest->caseNumber, latest->drug, caseStatusText(latest->status),
                                  shortDate(latest->receivedAt.toLocalTime().date())));
    m_carryOver->setChecked(true);
    m_carryOver->show();
    // The member is known: the name and birth date come from the earlier case.
    if (const Result<CaseRecord> earlier = m_store.loadCase(latest->id)) {
        if (m_memberName->text().isEmpty())
            m_memberName->setText(earlier->intake.memberName);
        if (m_birthDate->text().isEmpty())
            m_birthDate->setText(shortDate(earlier->intake.memberBirthDate));
        m_language->setCurrentIndex(m_language->findData(earlier->intake.memberLanguage));
    }
}

Intake NewCaseDialog::entered() const
{
    Intake i;
    i.memberId = m_memberId->text().trimmed();
    i.memberName = m_memberName->text().trimmed();
    i.memberBirthDate = parseDate(m_birthDate->text());
    i.memberLanguage = m_language->currentData().toString();
    i.lineOfBusiness = m_line->currentData().toString();
    i.urgency = m_urgency->currentData().toString();
    const QStringList drug = m_drug->currentData().toStringList();
    if (drug.size() == 3) {
        i.drug = drug.at(0);
        i.policyId = drug.at(1);
    }
    i.strength = m_strength->text().trimmed();
    if (m_quantity->value() > 0)
        i.quantity = m_quantity->value();
    if (m_days->value() > 0)
        i.daysSupply = m_days->value();
    i.channel = m_channel->currentData().toString();
    i.prescriberName = m_prescriber->text().trimmed();
    i.prescriberNpi = m_npi->text().trimmed();
    i.prescriberSpecialty = m_specialty->currentData().toString();
    i.requestType = m_requestType->currentData().toString();
    i.receivedAt = m_received->dateTime().toUTC();
    return i;
}

void NewCaseDialog::accept()
{
    Answers carried;
    if (m_earlierCase > 0 && m_carryOver->isChecked()) {
        const Intake now = entered();
        QStringList fromIntake;
        for (const auto& [id, value] : intakeAnswers(now))
            fromIntake.append(id);
        if (const Result<QList<StoredFact>> facts = m_store.facts(m_earlierCase)) {
            for (const StoredFact& f : facts.value()) {
                // This request's own intake answers win over the earlier case's.
                if (!fromIntake.contains(f.factId))
                    carried.append({f.factId, f.value});
            }
        }
    }
    const Result<CaseRecord> created = m_store.createCase(m_session.actor, entered(), carried);
    if (!created) {
        showProblem(m_problem, created.error());
        return;
    }
    m_created = created->id;
    QDialog::accept();
}

} // namespace urdesk
