#pragma once

#include "CaseRecord.h"
#include "Evaluation.h"
#include "Policy.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace urdesk {

// The criteria checklist: the policy's tree in its own numbering and words, each node met,
// not met, missing information or not applicable (an icon and a word) with its reason, and
// above it what the case can come to now. Selecting a node shows the policy text it comes
// from and names the questions it depends on.
class ChecklistPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPane(std::shared_ptr<const Policy> policy, QWidget* parent = nullptr);

    void showEvaluation(const Evaluation& evaluation, const QList<CriterionOverride>& overrides);
    // The visible node selected, or -1.
    int selectedNode() const;
    void selectNode(int node);
    // The status word shown for a node (for tests and the review record).
    QString statusText(int node) const;

Q_SIGNALS:
    // The questions the selected node depends on, in policy order.
    void factsSelected(const QList<int>& facts);
    void nodeSelected(int node);

private:
    void addNode(QTreeWidgetItem* parent, int node, bool condition);
    void showDetail();

    std::shared_ptr<const Policy> m_policy;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QLabel* m_detail;
    QHash<int, QTreeWidgetItem*> m_items;
    QHash<int, bool> m_isCondition;
    // Whether each criterion applied at the last update: a branch is folded when it stops
    // applying and unfolded when it starts, and otherwise left as the reviewer set it.
    QHash<int, bool> m_applied;
    Evaluation m_evaluation;
    QList<CriterionOverride> m_overrides;
};

} // namespace urdesk
