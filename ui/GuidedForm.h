#pragma once

#include "CaseFacts.h"
#include "Evaluation.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace urdesk {

class FactField;

// The questions of one policy, generated from it: in the policy's order, each with its help
// text and an editor for its type (yes/no, number with unit and range, date, dates, choice,
// several choices, therapy history, current drugs). Only the questions the case needs now
// are shown; they appear and disappear as earlier answers make them relevant. The form
// saves nothing itself: it says what was answered, and the case view saves it.
class GuidedForm final : public QWidget
{
    Q_OBJECT

public:
    explicit GuidedForm(std::shared_ptr<const Policy> policy, QWidget* parent = nullptr);
    ~GuidedForm() override;

    // Shows the answers (without signalling them back) and the questions now relevant.
    // `keepFocused`: the field being typed in keeps what is typed (a change from elsewhere).
    void showAnswers(const CaseFacts& facts, const Evaluation& evaluation,
                     bool keepFocused = false);
    // Marks the questions a selected criterion depends on and scrolls to the first.
    void highlight(const QList<int>& facts);
    // A refused answer: said at its question.
    void showProblem(int fact, const QString& problem);
    bool isShown(int fact) const;
    void focusFirstQuestion();
    // Who classifies a drug in the form's drug tables, as the record names them.
    void setReviewer(const QString& reviewer);
    // A decided case: every answer shown, none editable, until it is reopened.
    void setReadOnly(bool readOnly);
    QWidget* editorOf(int fact) const;

Q_SIGNALS:
    // An answer given (the value is never empty) or taken back.
    void answered(int fact, const urdesk::FactValue& value);
    void cleared(int fact);

private:
    std::shared_ptr<const Policy> m_policy;
    QScrollArea* m_scroll;
    QHash<int, FactField*> m_fields;
};

} // namespace urdesk
