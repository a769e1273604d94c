#include "GuidedForm.h"

#include "FactField.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

// The questions in the order the policy's criteria first ask them (conditions of a branch
// before the branch), then any the criteria do not read.
QList<int> questionOrder(const Policy& policy)
{
    QList<int> order;
    std::function<void(int)> visit = [&](int node) {
        if (node < 0)
            return;
        const CriterionNode& n = policy.nodes.at(size_t(node));
        visit(n.appliesWhen);
        for (int f : n.facts) {
            if (!order.contains(f))
                order.append(f);
        }
        for (int child : n.children)
            visit(child);
    };
    visit(policy.root);
    for (int c : policy.conditionsNotCovered)
        visit(c);
    for (int f = 0; f < policy.facts.size(); ++f) {
        if (!order.contains(f))
            order.append(f);
    }
    return order;
}

} // namespace

GuidedForm::GuidedForm(std::shared_ptr<const Policy> policy, QWidget* parent)
    : QWidget(parent)
    , m_policy(std::move(policy))
    , m_scroll(new QScrollArea(this))
{
    auto* content = new QWidget(m_scroll);
    auto* column = new QVBoxLayout(content);
    for (int f : questionOrder(*m_policy)) {
        auto* field = new FactField(*m_policy, f, content);
        field->hide(); // until the evaluation says the case needs it
        connect(field, &FactField::answered, this, &GuidedForm::answered);
        connect(field, &FactField::cleared, this, &GuidedForm::cleared);
        column->addWidget(field);
        m_fields.insert(f, field);
    }
    column->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(u"form"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

GuidedForm::~GuidedForm() = default;

void GuidedForm::showAnswers(const CaseFacts& facts, const Evaluation& evaluation, bool keepFocused)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const int f = it.key();
        FactField* field = it.value();
        const bool relevant =
            f < int(evaluation.relevantFacts.size()) && evaluation.relevantFacts[size_t(f)];
        // A table being edited keeps its rows (one may be half typed); everything else shows
        // what is saved, undone or redone.
        const bool typing = field->isAncestorOf(QApplication::focusWidget());
        if (!typing || (!keepFocused && !field->isTable()))
            field->setValue(facts.value(f));
        field->setVisible(relevant);
    }
}

void GuidedForm::highlight(const QList<int>& facts)
{
    FactField* first = nullptr;
    for (FactField* field : std::as_const(m_fields)) {
        const bool on = facts.contains(field->fact());
        field->setHighlighted(on);
        if (on && field->isVisible() && (!first || field->y() < first->y()))
            first = field;
    }
    if (first)
        m_scroll->ensureWidgetVisible(first, 0, 40);
}

void GuidedForm::showProblem(int fact, const QString& problem)
{
    if (FactField* field = m_fields.value(fact))
        field->setProblem(problem);
}

void GuidedForm::setReviewer(const QString& reviewer)
{
    for (FactField* field : std::as_const(m_fields))
        field->setReviewer(reviewer);
}

void GuidedForm::setReadOnly(bool readOnly)
{
    for (FactField* field : std::as_const(m_fields))
        field->setReadOnly(readOnly);
}

void GuidedForm::focusFirstQuestion()
{
    // The fields are laid out in question order; the first one shown takes the focus.
    const auto* column = m_scroll->widget()->layout();
    for (int i = 0; i < column->count(); ++i) {
        auto* field = qobject_cast<FactField*>(column->itemAt(i)->widget());
        if (field && !field->isHidden()) {
            QWidget* target =
                field->editor()->focusProxy() ? field->editor()->focusProxy() : field->editor();
            if (target->focusPolicy() == Qt::NoFocus) {
                for (QWidget* child : target->findChildren<QWidget*>()) {
                    if (child->focusPolicy() != Qt::NoFocus) {
                        target = child;
                        break;
                    }
                }
            }
            target->setFocus();
            return;
        }
    }
}

bool GuidedForm::isShown(int fact) const
{
    const FactField* field = m_fields.value(fact);
    return field && !field->isHidden();
}

QWidget* GuidedForm::editorOf(int fact) const
{
    const FactField* field = m_fields.value(fact);
    return field ? field->editor() : nullptr;
}

} // namespace urdesk
