#pragma once

#include "Policy.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace urdesk {

// The therapy-history editor: one row a course (drug, what URDesk recognised in it, class,
// route, potency, start, end, outcome, what it was used for, sample). The drug completes from
// the drug vocabulary; a drug it does not recognise asks for its class, one whose classes
// depend on its route asks for the route, and the reviewer who answers is recorded. Rows
// without a drug or a valid start date are marked and left out until they are complete.
class TherapyTable final : public QWidget
{
    Q_OBJECT

public:
    // `currentDrugs`: the simpler list of drugs the member takes now (drug, class, route).
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
    // Who classifies a drug here: "Ana Ruiz, RN".
    void setReviewer(const QString& reviewer);

Q_SIGNALS:
    void edited();

private:
    void fillRow(int row);
    void fillCells(int row);
    // A row with its editors, the drug and its classification filled in; its index.
    int appendRow(const DrugMention& drug);
    int rowOf(const QWidget* editor) const;
    DrugMention mention(int row) const;
    void showRecognition(int row);
    void fitRow(int row); // tall enough for the drug and, wrapped under it, what it is
    void rowChanged(int row);
    bool rowComplete(int row, QString* problem) const;
    QString text(int row, int column) const;

    const Policy& m_policy;
    bool m_currentDrugs;
    QTableWidget* m_table;
    QLabel* m_problem;
    QCheckBox* m_none;
    QStringList m_drugNames;
    QString m_reviewer;
    bool m_loading = false;
};

} // namespace urdesk
