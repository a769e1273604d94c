#include "CaseView.h"

#include "CaseActions.h"
#include "CaseFilesPane.h"
#include "ChecklistPane.h"
#include "DecisionClock.h"
#include "Evaluator.h"
#include "FactJson.h"
#include "FormParts.h"
#include "GuidedForm.h"
#include "ReviewRecord.h"
#include "Translations.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

// One answer given or taken back, saved at once; undoing saves the answer before it.
class AnswerCommand final : public QUndoCommand
{
public:
    using Apply = std::function<Done(const QJsonValue& value)>; // null value: clear
    AnswerCommand(const QString& text, QJsonValue before, QJsonValue after, Apply apply)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {}

    void redo() override
    {
        // A refused answer leaves nothing to undo.
        if (!m_apply(m_after))
            setObsolete(true);
    }
    void undo() override { m_apply(m_before); }

private:
    QJsonValue m_before;
    QJsonValue m_after;
    Apply m_apply;
};

} // namespace

CaseView* CaseView::open(CaseStore& store, const Session& session, qint64 caseId, QString* problem,
                         QWidget* parent)
{
    Result<CaseRecord> record = store.openCase(session.actor, caseId);
    if (!record) {
        *problem = record.error();
        return nullptr;
    }
    const auto policy = store.catalog().find(record->intake.policyId, record->policyRevision);
    if (!policy) {
        *problem = tr("the case's policy %1 (revision %2) is not loaded")
                       .arg(record->intake.policyId, record->policyRevision);
        return nullptr;
    }
    return new CaseView(store, session, std::move(record).value(), policy, parent);
}

CaseView::CaseView(CaseStore& store, const Session& session, CaseRecord record,
                   std::shared_ptr<const Policy> policy, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_record(std::move(record))
    , m_policy(std::move(policy))
    , m_facts(std::make_unique<CaseFacts>(m_policy))
    , m_undo(new QUndoStack(this))
    , m_header(new QLabel(this))
    , m_form(new GuidedForm(m_policy, this))
    , m_checklist(new ChecklistPane(m_policy, this))
    , m_problem(newProblemLabel(this))
    , m_decidedNotice(new QLabel(this))
    , m_actions(new CaseActions(store, session, *this, this))
    , m_side(new QTabWidget(this))
    , m_notes(new NotesPane(store, m_record.id, this))
    , m_attachments(new AttachmentsPane(store, session, m_record.id, this))
{
    setObjectName(u"case:"_s + m_record.caseNumber);
    m_header->setObjectName(u"caseHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* split = new QSplitter(Qt::Horizontal, this);
    // The checklist beside the form; the notes and documents a tab away from it.
    m_side->setObjectName(u"caseSide"_s);
    m_side->addTab(m_checklist, tr("Chec&klist"));
    m_side->addTab(m_notes, QString());
    m_side->addTab(m_attachments, QString());
    split->addWidget(m_form);
    split->addWidget(m_side);
    split->setStretchFactor(0, 9);
    split->setStretchFactor(1, 11);
    split->setSizes({900, 1100});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_actions);
    layout->addWidget(m_problem);
    m_decidedNotice->setObjectName(u"decidedNotice"_s);
    m_decidedNotice->setWordWrap(true);
    layout->addWidget(m_decidedNotice);
    layout->addWidget(split, 1);

    m_form->setReviewer(session.reviewerName());
    connect(m_form, &GuidedForm::answered, this, &CaseView::setAnswer);
    connect(m_form, &GuidedForm::cleared, this, &CaseView::clearAnswer);
    connect(m_checklist, &ChecklistPane::factsSelected, m_form, &GuidedForm::highlight);
    connect(m_attachments, &AttachmentsPane::changed, this, [this] { reload(); });
    reload();
}

CaseView::~CaseView()
{
    // A field that still has focus loses it while the form is deleted, after this view has
    // gone: its last edit must not reach a view and a store that no longer exist. (Closing the
    // window saves it first: MainWindow::closeEvent.)
    m_form->disconnect(this);
}

QString CaseView::title() const
{
    return u"%1 %2"_s.arg(m_record.caseNumber, m_record.intake.memberName);
}

void CaseView::reload(bool fromElsewhere)
{
    readRecord();
    reevaluate(fromElsewhere);
    showWhetherEditable();
    m_notes->reload();
    m_attachments->reload();
    m_side->setTabText(1, tr("&Notes (%1)").arg(m_notes->count()));
    m_side->setTabText(2, tr("Document&s (%1)").arg(m_attachments->count()));
}

void CaseView::reevaluate(bool fromElsewhere)
{
    Result<CaseFacts> facts = m_store.caseFacts(m_record.id);
    if (!facts) {
        showProblem(m_problem, facts.error());
        return;
    }
    *m_facts = std::move(facts).value();
    const Result<QList<CriterionOverride>> stored = m_store.overrides(m_record.id);
    const QList<CriterionOverride> overrides = stored ? stored.value() : QList<CriterionOverride>();
    m_judged = judgedCriteria(*m_policy, overrides);
    m_evaluation = Evaluator::evaluate(*m_facts, m_record.intake.receivedAt.date(), m_judged);
    m_checklist->showEvaluation(m_evaluation, overrides);
    m_form->showAnswers(*m_facts, m_evaluation, fromElsewhere);
    m_actions->update();
}

QJsonObject CaseView::evaluationForTheRecord() const
{
    return ReviewRecord::checklist(*m_facts, m_record.intake.receivedAt.date(), m_judged);
}

void CaseView::readRecord()
{
    if (Result<CaseRecord> fresh = m_store.loadCase(m_record.id))
        m_record = std::move(fresh).value();
    updateHeader();
}

void CaseView::updateHeader()
{
    const Intake& i = m_record.intake;
    QString quantity = i.quantity
                           ? m_policy->amountText(*i.quantity, QLocale(), interfaceLanguage())
                           : tr("quantity not given");
    if (i.daysSupply)
        quantity = tr("%1 for %n days", nullptr, *i.daysSupply).arg(quantity);
    const TimeLeft left = TimeLeft::of(isOpen(m_record.status), i.receivedAt, m_record.dueAt,
                                       QDateTime::currentDateTimeUtc());
    // A time is read whole: "1 d 1 h" never breaks across lines.
    const auto unbroken = [](const QString& text) {
        return u"<span style=\"white-space:nowrap\">%1</span>"_s.arg(text.toHtmlEscaped());
    };
    m_header->setText(
        tr("<b style=\"font-size:large\">%1</b> &nbsp; <b>%2</b> (member %3, born %4)<br>"
           "<b>%5</b>, %6 &nbsp;·&nbsp; %7 &nbsp;·&nbsp; %8, %9 &nbsp;·&nbsp; prescriber %10<br>"
           "Policy: %11, revision %12 &nbsp;·&nbsp; Status: <b>%13</b>, %16 &nbsp;·&nbsp; "
           "Due %14 (<b>%15</b>)")
            .arg(m_record.caseNumber.toHtmlEscaped(), i.memberName.toHtmlEscaped(),
                 i.memberId.toHtmlEscaped(), shortDate(i.memberBirthDate),
                 QString(i.drug + u' ' + i.strength).trimmed().toHtmlEscaped(),
                 quantity.toHtmlEscaped(),
                 (i.requestType == u"continuation" ? tr("continuation") : tr("initial request")),
                 lineOfBusinessText(i.lineOfBusiness), urgencyText(i.urgency).toLower(),
                 i.prescriberName.toHtmlEscaped())
            .arg(u"%1 %2 %3"_s.arg(m_policy->payer, m_policy->number, m_policy->title)
                     .toHtmlEscaped(),
                 m_record.policyRevision,
                 statusText(m_record.status, m_record.informationDue).toHtmlEscaped(),
                 unbroken(shortDateTime(m_record.dueAt)), unbroken(left.text),
                 i.assignee.isEmpty() ? tr("unassigned")
                                      : tr("assigned to %1").arg(i.assignee.toHtmlEscaped())));
}

void CaseView::showWhetherEditable()
{
    const bool decided = !isOpen(m_record.status);
    m_form->setReadOnly(decided);
    m_decidedNotice->setVisible(decided);
    if (!decided)
        return;
    // What was undoable before the decision is part of the decided record now.
    m_undo->clear();
    m_decidedNotice->setText(
        tr("This case is %1 and read only: its answers, therapy history and notes stay as they "
           "were decided. A medical director may reopen it, with a reason.")
            .arg(caseStatusText(m_record.status).toLower()));
}

void CaseView::setAnswer(int fact, const FactValue& value)
{
    // The store checks the answer; a refusal is said at the question and leaves no step.
    const FactDefinition& def = m_policy->facts.at(fact);
    const QJsonValue after = factValueToJson(value);
    if (m_facts->has(fact) && factValueToJson(m_facts->value(fact)) == after)
        return;
    pushAnswer(fact, tr("answer to \"%1\"").arg(def.shortName()), after);
}

void CaseView::clearAnswer(int fact)
{
    if (m_facts->has(fact))
        pushAnswer(fact, tr("clearing \"%1\"").arg(m_policy->facts.at(fact).shortName()), {});
}

void CaseView::pushAnswer(int fact, const QString& text, const QJsonValue& after)
{
    const QJsonValue before =
        m_facts->has(fact) ? factValueToJson(m_facts->value(fact)) : QJsonValue();
    m_undo->push(new AnswerCommand(
        text, before, after, [this, fact](const QJsonValue& v) { return saveAnswer(fact, v); }));
}

Done CaseView::saveAnswer(int fact, const QJsonValue& value)
{
    const QString& id = m_policy->facts.at(fact).id;
    const Done saved =
        value.isNull() || value.isUndefined()
            ? m_store.clearFact(m_session.actor, m_record.id, id)
            : m_store.setFact(m_session.actor, m_record.id, id, value, FactSource::Entered);
    m_form->showProblem(fact, saved ? QString() : saved.error());
    // An answer changes the evaluation and may change the request in the header (its type,
    // quantity, ...), not the notes, documents or anything the queue shows.
    if (saved) {
        readRecord();
        reevaluate();
    }
    return saved;
}

} // namespace urdesk
