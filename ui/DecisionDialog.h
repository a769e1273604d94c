#pragma once

#include "CaseRecord.h"
#include "Database.h"
#include "Evaluation.h"
#include "Policy.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace urdesk {

// A determination as the reviewer records it: approval dates and quantity prefilled from the
// evaluation (with no period from the policy, the last day is the director's to choose), a
// rationale (required for a denial or a partial approval), and for a denial the
// specific unmet criteria it rests on. The store has the last word; its refusal is shown and
// the dialog stays open.
class DecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Done(const Decision& decision)>;
    // `rationaleRequired`: said on the form; the store enforces it either way.
    DecisionDialog(CaseStatus outcome, const CaseRecord& record, const Policy& policy,
                   const Evaluation& evaluation, bool rationaleRequired, Save save,
                   QWidget* parent = nullptr);

    void accept() override;

private:
    Decision entered() const;
    bool periodUnchosen() const;

    CaseStatus m_outcome;
    Save m_save;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QDoubleSpinBox* m_quantity = nullptr;
    QListWidget* m_criteria = nullptr;
    QPlainTextEdit* m_rationale;
    QLabel* m_problem;
};

// Asks for a text (a note, a referral), prefilled; none when cancelled. `required`: an
// empty text is refused in words.
std::optional<QString> askText(QWidget* parent, const QString& title, const QString& prompt,
                               const QString& prefill, bool required);

// What to ask the prescriber for, one thing a line (prefilled with what the evaluation
// misses), and the day it is due back; none when cancelled.
struct AskedInformation
{
    QStringList items;
    QDate dueOn;
};
std::optional<AskedInformation> askInformation(QWidget* parent, const QStringList& prefill,
                                               const QDateTime& decisionDue);

} // namespace urdesk
