#include "TherapyTable.h"

#include "FormParts.h"
#include "PolicyReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

enum Column
{
    DrugColumn,
    ClassColumn,
    PotencyColumn,
    StartColumn,
    EndColumn,
    OutcomeColumn,
    SampleColumn,
    ColumnCount
};

QComboBox* combo(QTableWidget* table, int row, int column)
{
    return qobject_cast<QComboBox*>(table->cellWidget(row, column));
}

} // namespace

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QLocale().toDate(t, QLocale::ShortFormat);
    if (d.isValid() && d.year() < 100) // "3/2/26" means 2026, not 0026
        d = d.addYears(2000);
    return d;
}

TherapyTable::TherapyTable(const Policy& policy, bool currentDrugs, QWidget* parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_currentDrugs(currentDrugs)
    , m_table(new QTableWidget(this))
    , m_problem(newProblemLabel(this))
    , m_none(
          new QCheckBox(currentDrugs ? tr("Takes no other drugs") : tr("No therapies tried"), this))
{
    for (const DrugList& list : policy.drugLists) {
        for (const DrugListEntry& drug : list.drugs) {
            if (!m_drugNames.contains(drug.name))
                m_drugNames.append(drug.name);
        }
    }
    m_drugNames.sort(Qt::CaseInsensitive);
    m_table->setObjectName(currentDrugs ? u"currentDrugs"_s : u"therapies"_s);
    m_table->setColumnCount(currentDrugs ? 2 : ColumnCount);
    QStringList headers = {tr("Drug"), tr("Class")};
    if (!currentDrugs)
        headers << tr("Potency") << tr("Start") << tr("End (empty: ongoing)") << tr("Outcome")
                << tr("Sample");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DrugColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(140);
    // The table scrolls sideways itself rather than widening the whole form.
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* add = new QPushButton(currentDrugs ? tr("Add &Drug") : tr("Add &Course"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &TherapyTable::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT edited();
        }
    });
    m_none->setObjectName(u"none"_s);
    connect(m_none, &QCheckBox::toggled, this, &TherapyTable::edited);
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_none->setChecked(false);
        m_none->setEnabled(false);
    });
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this,
            [this] { m_none->setEnabled(m_table->rowCount() == 0); });
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row) {
        if (!m_loading)
            rowChanged(row);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_none);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
}

void TherapyTable::fillRow(int row)
{
    // The drug: typed, with completion from the policy's lists.
    auto* drug = new QLineEdit(m_table);
    auto* completer = new QCompleter(m_drugNames, drug);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    drug->setCompleter(completer);
    m_table->setCellWidget(row, DrugColumn, drug);
    auto* drugClass = new QComboBox(m_table);
    drugClass->addItem(tr("(class)"), QString());
    for (const FactOption& c : PolicyReader::builtinCommon().drugClasses)
        drugClass->addItem(c.label, c.id);
    m_table->setCellWidget(row, ClassColumn, drugClass);
    const auto changed = [this, drug] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, DrugColumn) == drug)
                rowChanged(r);
        }
    };
    connect(drug, &QLineEdit::editingFinished, this, [this, drug, drugClass, changed] {
        // A drug on one of the policy's lists brings its class and potency.
        Potency potency = Potency::Unknown;
        const DrugListMask lists = m_policy.listsFor(drug->text(), {}, &potency);
        for (qsizetype i = 0; i < m_policy.drugLists.size() && lists; ++i) {
            if ((lists & (DrugListMask(1) << i)) && !m_policy.drugLists.at(i).drugClass.isEmpty() &&
                drugClass->currentIndex() == 0) {
                drugClass->setCurrentIndex(drugClass->findData(m_policy.drugLists.at(i).drugClass));
                break;
            }
        }
        for (int r = 0; r < m_table->rowCount() && !m_currentDrugs; ++r) {
            if (m_table->cellWidget(r, DrugColumn) == drug && potency != Potency::Unknown)
                combo(m_table, r, PotencyColumn)
                    ->setCurrentIndex(
                        combo(m_table, r, PotencyColumn)->findData(potencyId(potency)));
        }
        changed();
    });
    connect(drugClass, &QComboBox::currentIndexChanged, this, changed);
    if (m_currentDrugs)
        return;
    auto* potency = new QComboBox(m_table);
    for (Potency p :
         {Potency::Unknown, Potency::Low, Potency::Medium, Potency::High, Potency::SuperHigh})
        potency->addItem(potencyText(p), potencyId(p));
    m_table->setCellWidget(row, PotencyColumn, potency);
    auto* outcome = new QComboBox(m_table);
    for (TherapyOutcome o :
         {TherapyOutcome::None, TherapyOutcome::Failure, TherapyOutcome::InadequateResponse,
          TherapyOutcome::Intolerance, TherapyOutcome::Contraindication})
        outcome->addItem(therapyOutcomeText(o), therapyOutcomeId(o));
    m_table->setCellWidget(row, OutcomeColumn, outcome);
    for (QComboBox* c : {potency, outcome})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    m_loading = true;
    for (int column : {StartColumn, EndColumn}) {
        auto* item = new QTableWidgetItem;
        item->setToolTip(
            tr("A date: YYYY-MM-DD or %1").arg(QLocale().dateFormat(QLocale::ShortFormat)));
        m_table->setItem(row, column, item);
    }
    auto* sample = new QTableWidgetItem;
    sample->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    sample->setCheckState(Qt::Unchecked);
    sample->setToolTip(tr("Samples never count towards a criterion"));
    m_table->setItem(row, SampleColumn, sample);
    m_loading = false;
}

void TherapyTable::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row);
    m_table->cellWidget(row, DrugColumn)->setFocus();
}

bool TherapyTable::saysNone() const
{
    return m_none->isChecked();
}

void TherapyTable::setSaysNone(bool none)
{
    const QSignalBlocker quiet(m_none);
    m_none->setChecked(none);
}

QString TherapyTable::text(int row, int column) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(m_table->cellWidget(row, column)))
        return edit->text().trimmed();
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool TherapyTable::rowComplete(int row, QString* problem) const
{
    if (text(row, DrugColumn).isEmpty()) {
        *problem = tr("row %1: name the drug").arg(row + 1);
        return false;
    }
    if (m_currentDrugs)
        return true;
    if (!parseDate(text(row, StartColumn)).isValid()) {
        *problem = tr("row %1: the start date is needed (YYYY-MM-DD)").arg(row + 1);
        return false;
    }
    const QString end = text(row, EndColumn);
    if (!end.isEmpty() && !parseDate(end).isValid()) {
        *problem = tr("row %1: \"%2\" is not a date (YYYY-MM-DD)").arg(row + 1).arg(end);
        return false;
    }
    if (!end.isEmpty() && parseDate(end) < parseDate(text(row, StartColumn))) {
        *problem = tr("row %1: the course ends before it starts").arg(row + 1);
        return false;
    }
    return true;
}

void TherapyTable::rowChanged(int)
{
    QString first;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QString problem;
        if (!rowComplete(r, &problem) && first.isEmpty())
            first = problem;
    }
    showProblem(m_problem, first.isEmpty()
                               ? QString()
                               : tr("%1 (incomplete rows are not counted yet)").arg(first));
    Q_EMIT edited();
}

QList<TherapyEntry> TherapyTable::entries() const
{
    QList<TherapyEntry> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QString problem;
        if (!rowComplete(r, &problem))
            continue;
        TherapyEntry e;
        e.drug = text(r, DrugColumn);
        e.drugClass = combo(m_table, r, ClassColumn)->currentData().toString();
        e.potency = potencyFromId(combo(m_table, r, PotencyColumn)->currentData().toString())
                        .value_or(Potency::Unknown);
        e.start = parseDate(text(r, StartColumn));
        e.end = parseDate(text(r, EndColumn));
        e.outcome = therapyOutcomeFromId(combo(m_table, r, OutcomeColumn)->currentData().toString())
                        .value_or(TherapyOutcome::None);
        e.sample = m_table->item(r, SampleColumn)->checkState() == Qt::Checked;
        out.append(e);
    }
    return out;
}

QList<CurrentDrug> TherapyTable::currentDrugs() const
{
    QList<CurrentDrug> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!text(r, DrugColumn).isEmpty())
            out.append(
                {text(r, DrugColumn), combo(m_table, r, ClassColumn)->currentData().toString()});
    }
    return out;
}

int TherapyTable::appendRow(const QString& drug, const QString& drugClass)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row);
    qobject_cast<QLineEdit*>(m_table->cellWidget(row, DrugColumn))->setText(drug);
    QComboBox* classes = combo(m_table, row, ClassColumn);
    classes->setCurrentIndex(std::max(0, classes->findData(drugClass)));
    return row;
}

void TherapyTable::setEntries(const QList<TherapyEntry>& entries)
{
    const QSignalBlocker quiet(this);
    m_table->setRowCount(0);
    for (const TherapyEntry& e : entries) {
        const int row = appendRow(e.drug, e.drugClass);
        m_loading = true;
        combo(m_table, row, PotencyColumn)
            ->setCurrentIndex(combo(m_table, row, PotencyColumn)->findData(potencyId(e.potency)));
        m_table->item(row, StartColumn)->setText(e.start.toString(Qt::ISODate));
        m_table->item(row, EndColumn)
            ->setText(e.end.isValid() ? e.end.toString(Qt::ISODate) : QString());
        combo(m_table, row, OutcomeColumn)
            ->setCurrentIndex(
                combo(m_table, row, OutcomeColumn)->findData(therapyOutcomeId(e.outcome)));
        m_table->item(row, SampleColumn)->setCheckState(e.sample ? Qt::Checked : Qt::Unchecked);
        m_loading = false;
    }
    if (m_table->rowCount() > 0)
        rowChanged(0); // the message, for the rows as loaded
}

void TherapyTable::setCurrentDrugs(const QList<CurrentDrug>& drugs)
{
    const QSignalBlocker quiet(this);
    m_table->setRowCount(0);
    for (const CurrentDrug& d : drugs)
        appendRow(d.drug, d.drugClass);
}

} // namespace urdesk
