#pragma once

#include "CaseRecord.h"
#include "Session.h"

#include <QWidget>

class QPushButton;

namespace urdesk {

class CaseStore;
class CaseView;

// What the signed-in reviewer can do with the case, as buttons with mnemonics: a nurse
// approves what the evaluation finds approvable, pends for information, resumes a pended
// case and refers to a medical director; a medical director approves, partially approves,
// denies, overrides a criterion and reopens a decided case. Both add notes to an open case.
// The store enforces the same rules; the buttons only show what the role may do now.
class CaseActions final : public QWidget
{
    Q_OBJECT

public:
    CaseActions(CaseStore& store, const Session& session, CaseView& view,
                QWidget* parent = nullptr);

    // Enables what fits the case's status, the evaluation and the role.
    void update();

    void approve();
    void partiallyApprove();
    void deny();
    void pend();
    void resume();
    void refer();
    void overrideCriterion();
    void addNote();
    // Back to review, with a reason: a decided case by a medical director, a referral by
    // the nurse who owns it.
    void reopen();
    // Takes the case (asking first when it is someone else's), or gives it back.
    void assignToMeOrUnassign();

private:
    void decide(CaseStatus outcome);
    // Moves a new or pended case into review first, as every decision starts from there.
    bool startReview();
    void done(const Done& result);

    CaseStore& m_store;
    const Session& m_session;
    CaseView& m_view;
    QPushButton* m_approve;
    QPushButton* m_partial;
    QPushButton* m_deny;
    QPushButton* m_pend;
    QPushButton* m_resume;
    QPushButton* m_refer;
    QPushButton* m_override;
    QPushButton* m_note;
    QPushButton* m_reopen;
    QPushButton* m_assign;
};

} // namespace urdesk
