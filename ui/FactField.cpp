#include "FactField.h"

#include "FormParts.h"
#include "TherapyTable.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 12);
}

// What is wrong with a typed number, or nothing; *value gets it when it is right.
QString numberProblem(const FactDefinition& def, const QString& text, double* value)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return FactField::tr("\"%1\" is not a number").arg(text);
    if (def.integer && v != std::floor(v))
        return FactField::tr("a whole number, please");
    if (def.minimum && v < *def.minimum)
        return FactField::tr("%1 is below the minimum %2 %3")
            .arg(number(v), number(*def.minimum), def.unitText());
    if (def.maximum && v > *def.maximum)
        return FactField::tr("%1 is above the maximum %2 %3")
            .arg(number(v), number(*def.maximum), def.unitText());
    *value = v;
    return {};
}

} // namespace

FactField::FactField(const Policy& policy, int fact, QWidget* parent)
    : QFrame(parent)
    , m_policy(policy)
    , m_def(policy.facts.at(fact))
    , m_fact(fact)
    , m_problem(newProblemLabel(this))
{
    setObjectName(u"field:"_s + m_def.id);
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(3);
    auto* question = new QLabel(u"<b>%1</b>"_s.arg(m_def.questionText().toHtmlEscaped()), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    if (const QString helpText = m_def.helpText(); !helpText.isEmpty()) {
        auto* help = new QLabel(helpText, this);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    m_editor = newEditor();
    m_editor->setObjectName(u"editor:"_s + m_def.id);
    takeWheelOnlyWhenFocused(m_editor);
    question->setBuddy(m_editor);
    layout->addWidget(m_editor);
    layout->addWidget(m_problem);
}

void FactField::setReadOnly(bool readOnly)
{
    m_editor->setEnabled(!readOnly);
}

void FactField::emitValue(const FactValue& value)
{
    if (m_loading)
        return;
    if (std::holds_alternative<std::monostate>(value))
        Q_EMIT cleared(m_fact);
    else
        Q_EMIT answered(m_fact, value);
}

QWidget* FactField::newEditor()
{
    switch (m_def.type) {
    case FactType::YesNo: {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto* group = new QButtonGroup(box);
        const std::pair<QString, int> choices[] = {
            {tr("Yes"), 1}, {tr("No"), 0}, {tr("Not known"), -1}};
        for (const auto& [text, id] : choices) {
            auto* b = new QRadioButton(text, box);
            b->setObjectName(id == 1 ? u"yes"_s : id == 0 ? u"no"_s : u"unknown"_s);
            group->addButton(b, id);
            row->addWidget(b);
        }
        row->addStretch();
        connect(group, &QButtonGroup::idClicked, this,
                [this](int id) { emitValue(id < 0 ? FactValue() : FactValue(id == 1)); });
        return box;
    }
    case FactType::Number: {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto* edit = new QLineEdit(box);
        edit->setObjectName(u"number"_s);
        // Only what can make a number can be typed; the range is checked as it is typed.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(m_def.integer ? u"\\d{0,9}"_s : u"\\d{0,9}([.]\\d{0,4})?"_s), edit));
        edit->setMaximumWidth(140);
        QString range;
        if (m_def.minimum && m_def.maximum)
            range = tr("%1 to %2").arg(number(*m_def.minimum), number(*m_def.maximum));
        edit->setPlaceholderText(range);
        row->addWidget(edit);
        row->addWidget(new QLabel(m_def.unitText(), box));
        row->addStretch();
        connect(edit, &QLineEdit::textEdited, this, [this](const QString& text) {
            double v = 0;
            setProblem(text.isEmpty() ? QString() : numberProblem(m_def, text, &v));
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->text().trimmed().isEmpty())
                return emitValue({});
            double v = 0;
            const QString problem = numberProblem(m_def, edit->text(), &v);
            setProblem(problem);
            if (problem.isEmpty())
                emitValue(v);
        });
        return box;
    }
    case FactType::Date:
    case FactType::Dates: {
        auto* edit = new QLineEdit(this);
        const bool many = m_def.type == FactType::Dates;
        edit->setPlaceholderText(many ? tr("dates like %1, separated by commas").arg(dateExample())
                                      : tr("a date like %1").arg(dateExample()));
        edit->setMaximumWidth(many ? 420 : 160);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, many] {
            const QString text = edit->text().trimmed();
            if (text.isEmpty())
                return emitValue({});
            QList<QDate> dates;
            for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
                const QDate d = parseDate(part);
                if (!d.isValid()) {
                    setProblem(tr("\"%1\" is not a date; write it like %2")
                                   .arg(part.trimmed(), dateExample()));
                    return;
                }
                dates.append(d);
            }
            if (!many && dates.size() != 1) {
                setProblem(tr("one date, please"));
                return;
            }
            setProblem({});
            emitValue(many ? FactValue(dates) : FactValue(dates.first()));
        });
        return edit;
    }
    case FactType::Choice: {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("— not answered —"), QString());
        for (const FactOption& o : m_def.options)
            combo->addItem(o.text(), o.id);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            const QString id = combo->currentData().toString();
            emitValue(id.isEmpty() ? FactValue() : FactValue(id));
        });
        return combo;
    }
    case FactType::Multi: {
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        for (const FactOption& o : m_def.options) {
            auto* check = new QCheckBox(o.text(), box);
            check->setProperty("option", o.id);
            column->addWidget(check);
            connect(check, &QCheckBox::toggled, this, [this, box] {
                QStringList chosen;
                for (const QCheckBox* c : box->findChildren<QCheckBox*>()) {
                    if (c->isChecked())
                        chosen.append(c->property("option").toString());
                }
                emitValue(chosen.isEmpty() ? FactValue() : FactValue(chosen));
            });
        }
        return box;
    }
    case FactType::Therapies:
    case FactType::Drugs: {
        const bool current = m_def.type == FactType::Drugs;
        auto* table = new TherapyTable(m_policy, current, this);
        connect(table, &TherapyTable::edited, this, [this, table, current] {
            // Rows being typed count once complete. With no rows, "none" is an answer only
            // when said; otherwise the question is unanswered.
            if (table->table().rowCount() == 0)
                emitValue(table->saysNone() ? (current ? FactValue(QList<CurrentDrug>())
                                                       : FactValue(QList<TherapyEntry>()))
                                            : FactValue());
            else if (current)
                emitValue(table->currentDrugs());
            else if (const QList<TherapyEntry> entries = table->entries(); !entries.isEmpty())
                emitValue(entries);
        });
        return table;
    }
    }
    return new QWidget(this);
}

void FactField::setReviewer(const QString& reviewer)
{
    if (auto* table = qobject_cast<TherapyTable*>(m_editor))
        table->setReviewer(reviewer);
}

void FactField::setValue(const FactValue& value)
{
    m_loading = true;
    const bool empty = std::holds_alternative<std::monostate>(value);
    switch (m_def.type) {
    case FactType::YesNo: {
        const auto buttons = m_editor->findChildren<QRadioButton*>();
        auto* group = buttons.first()->group();
        group->setExclusive(false);
        for (QRadioButton* b : buttons)
            b->setChecked(false);
        group->setExclusive(true);
        if (!empty)
            group->button(std::get<bool>(value) ? 1 : 0)->setChecked(true);
        break;
    }
    case FactType::Number: {
        auto* edit = m_editor->findChild<QLineEdit*>();
        edit->setText(empty ? QString() : number(std::get<double>(value)));
        break;
    }
    case FactType::Date:
        qobject_cast<QLineEdit*>(m_editor)->setText(empty ? QString()
                                                          : shortDate(std::get<QDate>(value)));
        break;
    case FactType::Dates: {
        QStringList parts;
        if (!empty) {
            for (const QDate& d : std::get<QList<QDate>>(value))
                parts.append(shortDate(d));
        }
        qobject_cast<QLineEdit*>(m_editor)->setText(parts.join(u", "_s));
        break;
    }
    case FactType::Choice: {
        auto* combo = qobject_cast<QComboBox*>(m_editor);
        combo->setCurrentIndex(empty ? 0 : std::max(0, combo->findData(std::get<QString>(value))));
        break;
    }
    case FactType::Multi: {
        const QStringList chosen = empty ? QStringList() : std::get<QStringList>(value);
        for (QCheckBox* c : m_editor->findChildren<QCheckBox*>()) {
            const QSignalBlocker quiet(c);
            c->setChecked(chosen.contains(c->property("option").toString()));
        }
        break;
    }
    case FactType::Therapies: {
        auto* table = qobject_cast<TherapyTable*>(m_editor);
        const QList<TherapyEntry> entries =
            empty ? QList<TherapyEntry>() : std::get<QList<TherapyEntry>>(value);
        table->setEntries(entries);
        table->setSaysNone(!empty && entries.isEmpty());
        break;
    }
    case FactType::Drugs: {
        auto* table = qobject_cast<TherapyTable*>(m_editor);
        const QList<CurrentDrug> drugs =
            empty ? QList<CurrentDrug>() : std::get<QList<CurrentDrug>>(value);
        table->setCurrentDrugs(drugs);
        table->setSaysNone(!empty && drugs.isEmpty());
        break;
    }
    }
    m_loading = false;
}

void FactField::setProblem(const QString& problem)
{
    showProblem(m_problem, problem);
}

void FactField::setHighlighted(bool on)
{
    setFrameShape(on ? QFrame::Box : QFrame::NoFrame);
    setAutoFillBackground(on);
    setBackgroundRole(on ? QPalette::AlternateBase : QPalette::Window);
}

} // namespace urdesk
