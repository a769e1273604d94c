#pragma once

#include "CaseQueueModel.h"
#include "Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace urdesk {

// The queue a reviewer starts from: filters by status, urgency, line of business and
// assignee, a search by case number, member id or name, and the cases by deadline. A medical
// director starts on the cases referred to one. The selected cases can be assigned to the
// reviewer, or unassigned, together.
class CaseQueueView final : public QWidget
{
    Q_OBJECT

public:
    CaseQueueView(CaseStore& store, const Session& session, QWidget* parent = nullptr);

    CaseQueueModel& model() { return *m_model; }
    QTableView& table() { return *m_table; }
    // Reads the queue again, keeping the selected case selected when it is still there.
    void refresh();
    // Assigns the selected cases to the signed-in reviewer (asking first when some are
    // someone else's), or unassigns them.
    void assignSelectedToMe();
    void unassignSelected();

Q_SIGNALS:
    void openCase(qint64 caseId);
    // Cases changed here (their assignee): open case tabs show it anew.
    void casesChanged();

private:
    void applyFilters();
    qint64 selectedCase() const;
    // The selected rows' cases, as the queue shows them.
    QList<CaseSummary> selectedCases() const;
    void assignSelected(const QString& assignee);

    CaseStore& m_store;
    Actor m_actor; // who assigns
    CaseQueueModel* m_model;
    QComboBox* m_status;
    QComboBox* m_urgency;
    QComboBox* m_line;
    QComboBox* m_assignee;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_assignToMe;
    QPushButton* m_unassign;
};

} // namespace urdesk
