#pragma once

#include "CaseStore.h"
#include "Evaluation.h"
#include "Session.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QUndoStack;

namespace urdesk {

class AttachmentsPane;
class CaseActions;
class NotesPane;
class ChecklistPane;
class GuidedForm;

// One case under review: the header (member, drug, quantity, policy and revision, deadline)
// over a split of the guided form and the live checklist. Every answer is saved the moment
// it is given, as an undoable step; the checklist follows every change.
class CaseView final : public QWidget
{
    Q_OBJECT

public:
    // Opens the case for `session` (recorded in the audit trail); null, with the reason in
    // `problem`, when it cannot be opened.
    static CaseView* open(CaseStore& store, const Session& session, qint64 caseId, QString* problem,
                          QWidget* parent = nullptr);
    ~CaseView() override;

    qint64 caseId() const { return m_record.id; }
    const CaseRecord& record() const { return m_record; }
    const Evaluation& evaluation() const { return m_evaluation; }
    // The evaluation as a decision keeps it: in the record's language, whatever the window's.
    QJsonObject evaluationForTheRecord() const;
    const CaseFacts& facts() const { return *m_facts; }
    QUndoStack& undoStack() const { return *m_undo; }
    GuidedForm& form() const { return *m_form; }
    ChecklistPane& checklist() const { return *m_checklist; }
    CaseActions& actions() const { return *m_actions; }
    AttachmentsPane& attachments() const { return *m_attachments; }
    NotesPane& notes() const { return *m_notes; }
    QString title() const;

    // Reads the case again from the store (after an undo, a decision, another program).
    // `fromElsewhere`: another window or program changed it; what is being typed stays.
    void reload(bool fromElsewhere = false);

Q_SIGNALS:
    // The case's status, assignee or decision changed here: the queue shows it anew.
    void changed();

private:
    CaseView(CaseStore& store, const Session& session, CaseRecord record,
             std::shared_ptr<const Policy> policy, QWidget* parent);
    // The answers, overrides and evaluation, read again, and what shows them.
    void reevaluate(bool fromElsewhere = false);
    void setAnswer(int fact, const FactValue& value);
    void clearAnswer(int fact);
    // An answer (null: none) as an undoable step; saving it and taking it back both go
    // through saveAnswer.
    void pushAnswer(int fact, const QString& text, const QJsonValue& after);
    Done saveAnswer(int fact, const QJsonValue& value);
    // The case's record read again, and the header that shows it.
    void readRecord();
    void updateHeader();
    // A decided case shows its answers without editors, and says why.
    void showWhetherEditable();

    CaseStore& m_store;
    const Session& m_session;
    CaseRecord m_record;
    std::shared_ptr<const Policy> m_policy;
    std::unique_ptr<CaseFacts> m_facts;
    Evaluation m_evaluation;
    QHash<int, bool> m_judged; // criteria a medical director judged: the latest override stands
    QUndoStack* m_undo;
    QLabel* m_header;
    GuidedForm* m_form;
    ChecklistPane* m_checklist;
    QLabel* m_problem;
    QLabel* m_decidedNotice; // a decided case is read-only until it is reopened
    CaseActions* m_actions;
    QTabWidget* m_side;
    NotesPane* m_notes;
    AttachmentsPane* m_attachments;
};

} // namespace urdesk
