#pragma once

#include "Policy.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace urdesk {

// The therapy-history editor: one row a course (drug, class, potency, start, end, outcome,
// sample). The drug is chosen with completion from the policy's drug lists, which fill in
// its class and potency. Rows without a drug or a valid start date are marked and left out
// of the answer until they are complete.
class TherapyTable final : public QWidget
{
    Q_OBJECT

public:
    // `currentDrugs`: the simpler list of drugs the member takes now (drug and class only).
    TherapyTable(const Policy& policy, bool currentDrugs, QWidget* parent = nullptr);

    void setEntries(const QList<TherapyEntry>& entries);
    void setCurrentDrugs(const QList<CurrentDrug>& drugs);
    QList<TherapyEntry> entries() const;
    QList<CurrentDrug> currentDrugs() const;
    QTableWidget& table() { return *m_table; }
    void addRow();
    // "No therapies tried" / "Takes no other drugs": an empty list as an answer, which an
    // empty table alone is not (it may simply not be filled in yet).
    bool saysNone() const;
    void setSaysNone(bool none);

Q_SIGNALS:
    void edited();

private:
    void fillRow(int row);
    // A row with its editors, the drug and its class filled in; its index.
    int appendRow(const QString& drug, const QString& drugClass);
    void rowChanged(int row);
    bool rowComplete(int row, QString* problem) const;
    QString text(int row, int column) const;

    const Policy& m_policy;
    bool m_currentDrugs;
    QTableWidget* m_table;
    QLabel* m_problem;
    QCheckBox* m_none;
    QStringList m_drugNames;
    bool m_loading = false;
};

// A date typed by a reviewer: ISO (2026-03-02) or the locale's short format; invalid else.
QDate parseDate(const QString& text);

} // namespace urdesk
