#pragma once

#include "CaseStore.h"
#include "Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace urdesk {

// A new prior-authorization request: the member, line of business and urgency, the drug
// (which picks the policy), quantity and days supply, the prescriber and the request type.
// When the member has an earlier case, its answers can be carried over. The store checks the
// intake; its refusal is shown and the dialog stays open.
class NewCaseDialog final : public QDialog
{
    Q_OBJECT

public:
    NewCaseDialog(CaseStore& store, const Session& session, QWidget* parent = nullptr);

    // The case created, once accepted.
    qint64 createdCase() const { return m_created; }
    void accept() override;

private:
    Intake entered() const;
    void findEarlierCase();
    void showPolicy();

    CaseStore& m_store;
    const Session& m_session;
    QLineEdit* m_memberId;
    QLineEdit* m_memberName;
    QLineEdit* m_birthDate;
    QComboBox* m_line;
    QComboBox* m_urgency;
    QComboBox* m_drug;
    QLabel* m_policy;
    QComboBox* m_language;
    QLineEdit* m_strength;
    QDoubleSpinBox* m_quantity;
    QSpinBox* m_days;
    QComboBox* m_channel;
    QLineEdit* m_prescriber;
    QLineEdit* m_npi;
    QComboBox* m_specialty;
    QComboBox* m_requestType;
    QDateTimeEdit* m_received;
    QCheckBox* m_carryOver;
    qint64 m_earlierCase = 0;
    QLabel* m_problem;
    qint64 m_created = 0;
};

} // namespace urdesk
