#include "TherapyTable.h"

#include "FormParts.h"

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
    DrugColumn, // the name as typed, and under it what URDesk recognised in it
    ClassColumn,
    RouteColumn,
    PotencyColumn,
    StartColumn,
    EndColumn,
    OutcomeColumn,
    ForColumn,
    SampleColumn,
    ColumnCount,
    CurrentDrugColumnCount = PotencyColumn
};

QComboBox* combo(QTableWidget* table, int row, int column)
{
    return qobject_cast<QComboBox*>(table->cellWidget(row, column));
}

QLineEdit* drugEdit(QTableWidget* table, int row)
{
    return table->cellWidget(row, DrugColumn)->findChild<QLineEdit*>();
}

QLabel* recognisedLabel(QTableWidget* table, int row)
{
    return table->cellWidget(row, DrugColumn)->findChild<QLabel*>(u"recognised"_s);
}

void select(QComboBox* box, const QString& id)
{
    box->setCurrentIndex(std::max(0, box->findData(id)));
}

} // namespace

TherapyTable::TherapyTable(const Policy& policy, bool currentDrugs, QWidget* parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_currentDrugs(currentDrugs)
    , m_table(new QTableWidget(this))
    , m_problem(newProblemLabel(this))
    , m_none(
          new QCheckBox(currentDrugs ? tr("Takes no other drugs") : tr("No therapies tried"), this))
{
    if (m_policy.vocabulary)
        m_drugNames = m_policy.vocabulary->completionNames();
    m_table->setObjectName(currentDrugs ? u"currentDrugs"_s : u"therapies"_s);
    m_table->setColumnCount(currentDrugs ? CurrentDrugColumnCount : ColumnCount);
    QStringList headers = {tr("Drug, recognised as"), tr("Class"), tr("Route")};
    if (!currentDrugs)
        headers << tr("Potency") << tr("Start") << tr("End (empty: ongoing)") << tr("Outcome")
                << tr("Used for") << tr("Sample");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(DrugColumn)
        ->setToolTip(tr("Under each drug, what URDesk recognised in its name. A drug it does "
                        "not recognise needs its class; one whose classes depend on how it is "
                        "used needs its route."));
    m_table->verticalHeader()->hide();
    // Tab goes from editor to editor in a row (the name, its class, its route...), as in a form.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // The drug column is wide enough for its header and a name; what was recognised wraps
    // under the name, and each row grows to show it whole.
    m_table->horizontalHeader()->setSectionResizeMode(DrugColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(DrugColumn,
                            std::max(fontMetrics().horizontalAdvance(headers.first()) + 24,
                                     fontMetrics().horizontalAdvance(u'M') * 18));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != DrugColumn)
            return;
        for (int r = 0; r < m_table->rowCount(); ++r)
            fitRow(r);
    });
    m_table->setMinimumHeight(140);
    // The table scrolls sideways itself rather than widening the whole form.
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* add = new QPushButton(currentDrugs ? tr("Add &Drug") : tr("Add Co&urse"), this);
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

int TherapyTable::rowOf(const QWidget* editor) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (m_table->cellWidget(r, c) == editor)
                return r;
        }
    }
    return -1;
}

void TherapyTable::fillRow(int row)
{
    fillCells(row);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (QWidget* w = m_table->cellWidget(row, c))
            takeWheelOnlyWhenFocused(w);
    }
}

void TherapyTable::fillCells(int row)
{
    // The drug: typed, with completion from the drug vocabulary, and under it what it is.
    auto* cell = new QWidget(m_table);
    auto* drug = new QLineEdit(cell);
    auto* completer = new QCompleter(m_drugNames, drug);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    drug->setCompleter(completer);
    drug->setPlaceholderText(tr("name, brand or pharmacy string"));
    drug->setMinimumWidth(drug->fontMetrics().horizontalAdvance(u'M') * 14);
    auto* recognised = new QLabel(cell);
    recognised->setObjectName(u"recognised"_s);
    recognised->setWordWrap(true);
    recognised->setTextFormat(Qt::PlainText);
    auto* stack = new QVBoxLayout(cell);
    stack->setContentsMargins(2, 2, 2, 2);
    stack->setSpacing(1);
    stack->addWidget(drug);
    stack->addWidget(recognised);
    cell->setFocusProxy(drug); // Tab moves on from the cell as from the name
    m_table->setCellWidget(row, DrugColumn, cell);

    // For words URDesk does not know: the reviewer's class and route.
    auto* drugClass = new QComboBox(m_table);
    drugClass->addItem(tr("as recognised"), QString());
    auto* route = new QComboBox(m_table);
    route->addItem(tr("as written"), QString());
    if (m_policy.vocabulary) {
        for (const DrugVocabulary::Class& c : m_policy.vocabulary->classes())
            drugClass->addItem(c.title, c.id);
        for (const DrugVocabulary::Route& r : m_policy.vocabulary->routes())
            route->addItem(r.title, r.id);
    }
    // As wide as "as recognised" in the table; the list shows the long titles whole.
    for (QComboBox* box : {drugClass, route}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(int(box->itemText(0).size()) + 1);
    }
    drugClass->setToolTip(tr("The class of a drug URDesk does not recognise"));
    route->setToolTip(tr("How the drug is used, where its classes depend on it"));
    m_table->setCellWidget(row, ClassColumn, drugClass);
    m_table->setCellWidget(row, RouteColumn, route);

    const auto changed = [this, drug] {
        const int r = rowOf(drug->parentWidget());
        if (r >= 0) {
            showRecognition(r);
            rowChanged(r);
        }
    };
    // Choosing a class or a route classifies the drug: the record names who did.
    const auto classified = [this, drug, changed] {
        if (!m_loading)
            drug->setProperty("classifiedBy", m_reviewer);
        changed();
    };
    connect(drug, &QLineEdit::editingFinished, this, changed);
    // What is recognised follows the typing; the answer is saved when the field is left. A
    // classification was of the drug as it was named: a new name needs its own.
    connect(drug, &QLineEdit::textEdited, this, [this, drug, drugClass, route] {
        const int r = rowOf(drug->parentWidget());
        if (r < 0)
            return;
        const QSignalBlocker quietClass(drugClass);
        const QSignalBlocker quietRoute(route);
        drugClass->setCurrentIndex(0);
        route->setCurrentIndex(0);
        drug->setProperty("classifiedBy", QString());
        showRecognition(r);
    });
    connect(drugClass, &QComboBox::currentIndexChanged, this, classified);
    connect(route, &QComboBox::currentIndexChanged, this, classified);
    if (m_currentDrugs)
        return;
    auto* potency = new QComboBox(m_table);
    for (Potency p :
         {Potency::Unknown, Potency::Low, Potency::Medium, Potency::High, Potency::SuperHigh})
        potency->addItem(potencyText(p), potencyId(p));
    potency->setToolTip(tr("A topical corticosteroid's potency, where its name does not say it"));
    m_table->setCellWidget(row, PotencyColumn, potency);
    // A new course has no outcome until the reviewer chooses one: none is assumed.
    auto* outcome = new QComboBox(m_table);
    outcome->addItem(tr("— choose —"), QString());
    for (TherapyOutcome o :
         {TherapyOutcome::None, TherapyOutcome::Failure, TherapyOutcome::InadequateResponse,
          TherapyOutcome::Intolerance, TherapyOutcome::Contraindication})
        outcome->addItem(therapyOutcomeText(o), therapyOutcomeId(o));
    m_table->setCellWidget(row, OutcomeColumn, outcome);
    auto* usedFor = new QComboBox(m_table);
    usedFor->addItem(tr("Not stated"), indicationId(Indication::Unstated));
    usedFor->addItem(tr("This condition"), indicationId(Indication::ThisCondition));
    usedFor->addItem(tr("Another condition"), indicationId(Indication::OtherCondition));
    usedFor->setToolTip(tr("What the course was for, where a policy asks (\"for the treatment "
                           "of AD\"); a course for another condition counts only as a drug "
                           "taken"));
    m_table->setCellWidget(row, ForColumn, usedFor);
    for (QComboBox* c : {potency, outcome, usedFor})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    m_loading = true;
    for (int column : {StartColumn, EndColumn}) {
        auto* item = new QTableWidgetItem;
        item->setToolTip(tr("A date, like %1").arg(dateExample()));
        m_table->setItem(row, column, item);
    }
    auto* sample = new QTableWidgetItem;
    sample->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    sample->setCheckState(Qt::Unchecked);
    sample->setToolTip(tr("Samples never count towards a criterion"));
    m_table->setItem(row, SampleColumn, sample);
    m_loading = false;
}

DrugMention TherapyTable::mention(int row) const
{
    DrugMention m;
    m.drug = text(row, DrugColumn);
    m.drugClass = combo(m_table, row, ClassColumn)->currentData().toString();
    m.route = combo(m_table, row, RouteColumn)->currentData().toString();
    m.classifiedBy = drugEdit(m_table, row)->property("classifiedBy").toString();
    if (m.drugClass.isEmpty() && m.route.isEmpty())
        m.classifiedBy.clear();
    return m;
}

void TherapyTable::showRecognition(int row)
{
    DrugMention m = mention(row);
    m_policy.resolve(m, Indication::ThisCondition);
    QString said;
    bool attention = false;
    if (m.drug.isEmpty()) {
        said.clear();
    } else if (!m.unknownWords.isEmpty() && m.drugClass.isEmpty()) {
        said = m.recognisedAs.isEmpty() ? tr("Not recognised: choose its class")
                                        : tr("%1; \"%2\" not recognised: choose its class")
                                              .arg(m.recognisedAs, m.unknownWords.join(u", "));
        attention = true;
    } else if (!m.unknownWords.isEmpty()) {
        const DrugVocabulary::Class* c = m_policy.vocabulary->drugClass(m.drugClass);
        said = tr("Classified as %1").arg(c ? c->title : m.drugClass);
    } else if (!m.doubts.isEmpty()) {
        said = tr("%1; \"%2\": say how it was used, in the dates and outcome")
                   .arg(m.recognisedAs, m.doubts.join(u", "));
        attention = true;
    } else if (m.routeNeeded) {
        said = tr("%1; choose the route").arg(m.recognisedAs);
        attention = true;
    } else {
        said = m.recognisedAs;
        if (m.listedPotency != Potency::Unknown)
            said = tr("%1, %2").arg(said, potencyText(m.listedPotency));
    }
    QLabel* label = recognisedLabel(m_table, row);
    label->setText(attention ? tr("⚠ %1").arg(said) : said);
    label->setToolTip(said);
    // Said in words and marked: a drug that needs classifying is not shown by colour alone.
    label->setForegroundRole(attention ? QPalette::Link : QPalette::PlaceholderText);
    QFont font = label->font();
    font.setBold(attention);
    label->setFont(font);
    fitRow(row);
}

void TherapyTable::fitRow(int row)
{
    QWidget* cell = m_table->cellWidget(row, DrugColumn);
    // The label's width: the column's, less the grid line and the cell's margins.
    const int width = m_table->columnWidth(DrugColumn) - 8;
    QLabel* label = recognisedLabel(m_table, row);
    const int labelHeight = label->text().isEmpty() ? 0 : label->heightForWidth(width);
    int height = drugEdit(m_table, row)->sizeHint().height() + labelHeight + 8;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (QWidget* w = m_table->cellWidget(row, c); w && w != cell)
            height = std::max(height, w->sizeHint().height());
    }
    m_table->setRowHeight(row, height);
}

void TherapyTable::setReviewer(const QString& reviewer)
{
    m_reviewer = reviewer;
}

void TherapyTable::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row);
    drugEdit(m_table, row)->setFocus();
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
    if (column == DrugColumn)
        return drugEdit(m_table, row)->text().trimmed();
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
    const QString outcome = combo(m_table, row, OutcomeColumn)->currentData().toString();
    if (outcome.isEmpty()) {
        *problem = tr("row %1: choose the outcome (\"%2\" if none is documented)")
                       .arg(row + 1)
                       .arg(therapyOutcomeText(TherapyOutcome::None));
        return false;
    }
    // An intolerance or a contraindication may be documented without dates.
    const bool undatedAllowed = outcome == therapyOutcomeId(TherapyOutcome::Intolerance) ||
                                outcome == therapyOutcomeId(TherapyOutcome::Contraindication);
    if (undatedAllowed && text(row, StartColumn).isEmpty() && text(row, EndColumn).isEmpty())
        return true;
    if (!parseDate(text(row, StartColumn)).isValid()) {
        *problem = tr("row %1: the start date is needed (like %2), unless the outcome is "
                      "intolerance or contraindication")
                       .arg(row + 1)
                       .arg(dateExample());
        return false;
    }
    const QString end = text(row, EndColumn);
    if (!end.isEmpty() && !parseDate(end).isValid()) {
        *problem = tr("row %1: \"%2\" is not a date; write it like %3")
                       .arg(row + 1)
                       .arg(end, dateExample());
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
        static_cast<DrugMention&>(e) = mention(r);
        e.potency = potencyFromId(combo(m_table, r, PotencyColumn)->currentData().toString())
                        .value_or(Potency::Unknown);
        e.start = parseDate(text(r, StartColumn));
        e.end = parseDate(text(r, EndColumn));
        e.outcome = therapyOutcomeFromId(combo(m_table, r, OutcomeColumn)->currentData().toString())
                        .value_or(TherapyOutcome::None);
        e.indication = indicationFromId(combo(m_table, r, ForColumn)->currentData().toString())
                           .value_or(Indication::Unstated);
        e.sample = m_table->item(r, SampleColumn)->checkState() == Qt::Checked;
        out.append(e);
    }
    return out;
}

QList<CurrentDrug> TherapyTable::currentDrugs() const
{
    QList<CurrentDrug> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (text(r, DrugColumn).isEmpty())
            continue;
        CurrentDrug d;
        static_cast<DrugMention&>(d) = mention(r);
        out.append(d);
    }
    return out;
}

int TherapyTable::appendRow(const DrugMention& drug)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row);
    m_loading = true;
    drugEdit(m_table, row)->setText(drug.drug);
    drugEdit(m_table, row)->setProperty("classifiedBy", drug.classifiedBy);
    select(combo(m_table, row, ClassColumn), drug.drugClass);
    select(combo(m_table, row, RouteColumn), drug.route);
    m_loading = false;
    showRecognition(row);
    return row;
}

void TherapyTable::setEntries(const QList<TherapyEntry>& entries)
{
    const QSignalBlocker quiet(this);
    m_table->setRowCount(0);
    for (const TherapyEntry& e : entries) {
        const int row = appendRow(e);
        m_loading = true;
        select(combo(m_table, row, PotencyColumn), potencyId(e.potency));
        m_table->item(row, StartColumn)->setText(shortDate(e.start));
        m_table->item(row, EndColumn)->setText(e.end.isValid() ? shortDate(e.end) : QString());
        select(combo(m_table, row, OutcomeColumn), therapyOutcomeId(e.outcome));
        select(combo(m_table, row, ForColumn), indicationId(e.indication));
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
        appendRow(d);
}

} // namespace urdesk
