#pragma once

#include "CaseQueueModel.h"
#include "Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace urdesk {

// The queue a reviewer starts from: filters by status, urgency, line of business and
// assignee, a search by case number, member id or name, and the cases by deadline. A medical
// director starts on the cases referred to one.
class CaseQueueView final : public QWidget
{
    Q_OBJECT

public:
    CaseQueueView(CaseStore& store, const Session& session, QWidget* parent = nullptr);

    CaseQueueModel& model() { return *m_model; }
    QTableView& table() { return *m_table; }
    // Reads the queue again, keeping the selected case selected when it is still there.
    void refresh();

Q_SIGNALS:
    void openCase(qint64 caseId);

private:
    void applyFilters();
    qint64 selectedCase() const;

    CaseQueueModel* m_model;
    QComboBox* m_status;
    QComboBox* m_urgency;
    QComboBox* m_line;
    QComboBox* m_assignee;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace urdesk
