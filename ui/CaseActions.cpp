#include "CaseActions.h"

#include "CaseStore.h"
#include "CaseView.h"
#include "ChecklistPane.h"
#include "DecisionDialog.h"
#include "ExportPreviewDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

QPushButton* button(QWidget* parent, const QString& text, const QString& name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CaseActions::CaseActions(CaseStore& store, const Session& session, CaseView& view, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_view(view)
    , m_approve(button(this, tr("&Approve…"), u"approve"_s))
    , m_partial(button(this, tr("Partia&lly Approve…"), u"partiallyApprove"_s))
    , m_deny(button(this, tr("Den&y…"), u"deny"_s))
    , m_pend(button(this, tr("&Pend for Information…"), u"pend"_s))
    , m_resume(button(this, tr("Res&ume Review"), u"resume"_s))
    , m_refer(button(this, tr("Refer to &Medical Director…"), u"refer"_s))
    , m_override(button(this, tr("&Override Criterion…"), u"override"_s))
    , m_note(button(this, tr("Add No&te…"), u"addNote"_s))
    , m_reopen(button(this, tr("&Reopen…"), u"reopen"_s))
    , m_assign(button(this, QString(), u"assign"_s))
{
    const bool director = session.actor.role == roleId(Role::MedicalDirector);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_approve, m_partial, m_deny, m_pend, m_resume, m_refer, m_override,
                           m_note, m_reopen, m_assign})
        row->addWidget(b);
    row->addStretch();
    // A nurse never sees what only a medical director may do, and the reverse.
    m_partial->setVisible(director);
    m_deny->setVisible(director);
    m_override->setVisible(director);
    m_pend->setVisible(!director);
    m_refer->setVisible(!director);
    connect(m_approve, &QPushButton::clicked, this, &CaseActions::approve);
    connect(m_partial, &QPushButton::clicked, this, &CaseActions::partiallyApprove);
    connect(m_deny, &QPushButton::clicked, this, &CaseActions::deny);
    connect(m_pend, &QPushButton::clicked, this, &CaseActions::pend);
    connect(m_resume, &QPushButton::clicked, this, &CaseActions::resume);
    connect(m_refer, &QPushButton::clicked, this, &CaseActions::refer);
    connect(m_override, &QPushButton::clicked, this, &CaseActions::overrideCriterion);
    connect(m_note, &QPushButton::clicked, this, &CaseActions::addNote);
    connect(m_reopen, &QPushButton::clicked, this, &CaseActions::reopen);
    connect(m_assign, &QPushButton::clicked, this, &CaseActions::assignToMeOrUnassign);
}

void CaseActions::update()
{
    const CaseStatus status = m_view.record().status;
    const bool open = isOpen(status);
    const bool referred = status == CaseStatus::Referred;
    const bool director = m_session.actor.role == roleId(Role::MedicalDirector);
    const bool approvable =
        m_view.evaluation().determination.kind == Determination::Kind::Approvable;
    // A nurse approves only what meets the criteria, and not once it is with a director.
    m_approve->setEnabled(open && status != CaseStatus::Pended &&
                          (director || (approvable && !referred)));
    m_approve->setToolTip(approvable ? QString()
                                     : tr("The evaluation does not find the case approvable"));
    m_partial->setEnabled(referred);
    m_deny->setEnabled(referred);
    m_deny->setToolTip(referred ? QString() : tr("A nurse refers the case first"));
    m_pend->setEnabled(open && status != CaseStatus::Pended && !referred);
    m_resume->setVisible(status == CaseStatus::Pended);
    m_refer->setEnabled(open && status != CaseStatus::Pended && !referred);
    m_override->setEnabled(open);
    m_note->setEnabled(open);
    const bool mine = m_view.record().intake.assignee == m_session.actor.account;
    m_reopen->setVisible(director ? !open : referred && mine);
    m_assign->setVisible(open);
    m_assign->setText(mine ? tr("Unassi&gn") : tr("Assi&gn to Me"));
    m_reopen->setToolTip(open ? tr("Take the referral back into review")
                              : tr("Set the decided case back to review; its decision stays in "
                                   "its history"));
}

void CaseActions::done(const Done& result)
{
    if (!result)
        QMessageBox::warning(this, tr("Not Saved"), result.error());
    m_view.reload();
    update();
    Q_EMIT m_view.changed();
}

bool CaseActions::startReview()
{
    const CaseStatus status = m_view.record().status;
    if (status != CaseStatus::New && status != CaseStatus::Pended)
        return true;
    const Done moved = m_store.moveTo(m_session.actor, m_view.caseId(), CaseStatus::InReview,
                                      status == CaseStatus::New ? tr("review started")
                                                                : tr("information received"));
    if (!moved)
        QMessageBox::warning(this, tr("Not Saved"), moved.error());
    m_view.reload();
    return moved.ok();
}

void CaseActions::decide(CaseStatus outcome)
{
    if (!startReview())
        return;
    const bool director = m_session.actor.role == roleId(Role::MedicalDirector);
    DecisionDialog dialog(
        outcome, m_view.record(), m_view.facts().policy(), m_view.evaluation(),
        director || outcome != CaseStatus::Approved,
        [this](const Decision& entered) -> Done {
            Decision decision = entered;
            decision.evaluation = m_view.evaluationForTheRecord();
            const Result<Decision> saved =
                m_store.decide(m_session.actor, m_view.caseId(), decision);
            return saved ? urdesk::done() : Done::failure(saved.error());
        },
        this);
    dialog.exec();
    done(urdesk::done());
}

void CaseActions::approve()
{
    decide(CaseStatus::Approved);
}

void CaseActions::partiallyApprove()
{
    decide(CaseStatus::PartiallyApproved);
}

void CaseActions::deny()
{
    decide(CaseStatus::Denied);
}

void CaseActions::pend()
{
    // The request for information starts as the questions the evaluation misses.
    QStringList questions;
    for (int f : m_view.evaluation().determination.missingFacts)
        questions.append(m_view.facts().policy().facts.at(f).questionText());
    // A drug the reviewer cannot classify from the chart is a question for the prescriber too.
    for (const QString& q : m_view.evaluation().determination.drugQuestions)
        questions.append(tr("Please confirm %1").arg(q));
    const std::optional<AskedInformation> asked =
        askInformation(this, questions, m_view.record().dueAt);
    if (!asked || !startReview())
        return;
    const auto requested =
        m_store.requestInformation(m_session.actor, m_view.caseId(), asked->items, asked->dueOn);
    done(requested ? urdesk::done() : Done::failure(requested.error()));
    if (!requested)
        return;
    // The letter that asks for it, to save and send; it is filed with the case when saved.
    ExportPreviewDialog::exportCase(m_store, m_session, m_view.record(), CaseExport::Kind::Letter,
                                    this);
    m_view.reload();
}

void CaseActions::resume()
{
    startReview();
    done(urdesk::done());
}

void CaseActions::refer()
{
    const Determination& d = m_view.evaluation().determination;
    QStringList unmet;
    for (int n : d.unmetCriteria)
        unmet.append(u"- %1: %2"_s.arg(m_view.facts().policy().nodes.at(size_t(n)).id,
                                       m_view.evaluation().node(n).reason));
    for (int n : d.conditionsApplying)
        unmet.append(u"- %1 applies: %2"_s.arg(m_view.facts().policy().nodes.at(size_t(n)).id,
                                               m_view.evaluation().node(n).reason));
    const bool needsNote = !unmet.isEmpty();
    const std::optional<QString> note =
        askText(this, tr("Refer to a Medical Director"),
                needsNote ? tr("Criteria are not met: a note for the medical director is required.")
                          : tr("A note for the medical director (optional):"),
                unmet.join(u'\n'), needsNote);
    if (!note || !startReview())
        return;
    Done r = m_store.moveTo(m_session.actor, m_view.caseId(), CaseStatus::Referred,
                            note->isEmpty() ? tr("referred") : *note);
    if (r && !note->isEmpty())
        r = m_store.addNote(m_session.actor, m_view.caseId(), tr("Referral: %1").arg(*note));
    done(r);
}

void CaseActions::overrideCriterion()
{
    const int node = m_view.checklist().selectedNode();
    if (node < 0) {
        QMessageBox::information(this, tr("Override Criterion"),
                                 tr("Select the criterion in the checklist first."));
        return;
    }
    const CriterionNode& n = m_view.facts().policy().nodes.at(size_t(node));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Override Criterion %1").arg(n.id));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(tr("<b>%1</b> %2<br>Evaluation: %3")
                                .arg(n.id.toHtmlEscaped(), n.text.toHtmlEscaped(),
                                     m_view.evaluation().node(node).reason.toHtmlEscaped()),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* met = new QRadioButton(tr("Consider it &met"), &dialog);
    auto* notMet = new QRadioButton(tr("Consider it &not met"), &dialog);
    met->setChecked(true);
    layout->addWidget(met);
    layout->addWidget(notMet);
    auto* label = new QLabel(tr("&Rationale (required):"), &dialog);
    auto* rationale = new QPlainTextEdit(&dialog);
    rationale->setObjectName(u"rationale"_s);
    rationale->setTabChangesFocus(true);
    label->setBuddy(rationale);
    layout->addWidget(label);
    layout->addWidget(rationale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(520);
    if (dialog.exec() != QDialog::Accepted)
        return;
    done(m_store.overrideCriterion(m_session.actor, m_view.caseId(), n.id, met->isChecked(),
                                   rationale->toPlainText()));
}

void CaseActions::reopen()
{
    const std::optional<QString> reason =
        askText(this, tr("Reopen Case"),
                tr("Why is case %1 reopened? The reason is kept in the audit trail.")
                    .arg(m_view.record().caseNumber),
                {}, true);
    if (reason)
        done(m_store.reopen(m_session.actor, m_view.caseId(), *reason));
}

void CaseActions::assignToMeOrUnassign()
{
    const QString& me = m_session.actor.account;
    const QString assignee = m_view.record().intake.assignee;
    if (assignee == me) {
        done(m_store.assign(m_session.actor, m_view.caseId(), {}));
        return;
    }
    if (!assignee.isEmpty() &&
        QMessageBox::question(this, tr("Assign to Me"),
                              tr("Case %1 is assigned to %2. Assign it to you instead?")
                                  .arg(m_view.record().caseNumber, assignee)) != QMessageBox::Yes)
        return;
    done(m_store.assign(m_session.actor, m_view.caseId(), me));
}

void CaseActions::addNote()
{
    const std::optional<QString> note =
        askText(this, tr("Add Note"), tr("The note, kept with the case:"), {}, true);
    if (note)
        done(m_store.addNote(m_session.actor, m_view.caseId(), *note));
}

} // namespace urdesk
