#pragma once

#include "Fact.h"
#include "Policy.h"

#include <QFrame>

class QLabel;

namespace urdesk {

class TherapyTable;

// One question of the guided form: its words, its help, its editor and any problem with
// the answer given.
class FactField final : public QFrame
{
    Q_OBJECT

public:
    FactField(const Policy& policy, int fact, QWidget* parent = nullptr);

    int fact() const { return m_fact; }
    void setValue(const FactValue& value); // without signalling
    void setProblem(const QString& problem);
    void setHighlighted(bool on);
    void setReviewer(const QString& reviewer); // for a drug table
    // A decided case's answer is shown, not edited.
    void setReadOnly(bool readOnly);
    QWidget* editor() const { return m_editor; }
    bool isTable() const
    {
        return m_def.type == FactType::Therapies || m_def.type == FactType::Drugs;
    }

Q_SIGNALS:
    void answered(int fact, const urdesk::FactValue& value);
    void cleared(int fact);

private:
    QWidget* newEditor();
    void emitValue(const FactValue& value);

    const Policy& m_policy;
    const FactDefinition& m_def;
    int m_fact;
    QWidget* m_editor = nullptr;
    QLabel* m_problem;
    bool m_loading = false;
};

} // namespace urdesk
