#include "FormParts.h"
#include "IsoDate.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget*>(watched)->hasFocus())
            return false;
        // Ignored and filtered: the widget never sees it, and its parents scroll instead.
        event->ignore();
        return true;
    }
};

void guard(QWidget* w)
{
    // Wheel focus would hand the focus over on the first turn of the wheel.
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(new WheelGuard(w));
}

} // namespace

void takeWheelOnlyWhenFocused(QWidget* root)
{
    if (qobject_cast<QComboBox*>(root) || qobject_cast<QAbstractSpinBox*>(root))
        guard(root);
    for (QComboBox* c : root->findChildren<QComboBox*>())
        guard(c);
    for (QAbstractSpinBox* s : root->findChildren<QAbstractSpinBox*>())
        guard(s);
}

QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, shortDateFormat());
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = isoDate(t);
    if (!d.isValid())
        d = QLocale().toDate(t, shortDateFormat());
    if (!d.isValid())
        d = QLocale().toDate(t, QLocale::ShortFormat);
    if (d.isValid() && d.year() < 100) // "3/2/26" means 2026, not 0026
        d = d.addYears(2000);
    return d;
}

QString dateExample()
{
    return shortDate(QDate(2026, 3, 17));
}

QString shortDateTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), shortDateFormat() + u' ' +
                                                    QLocale().timeFormat(QLocale::ShortFormat));
}

QString statusText(CaseStatus status, const QDate& informationDue)
{
    if (status != CaseStatus::Pended || !informationDue.isValid())
        return caseStatusText(status);
    return QCoreApplication::translate("urdesk::CaseQueueModel", "Pended: due back %1")
        .arg(shortDate(informationDue));
}

QLabel* newProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(u"problem"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& problem)
{
    label->setText(problem.isEmpty() ? QString() : QObject::tr("Problem: %1").arg(problem));
    label->setVisible(!problem.isEmpty());
}

QVBoxLayout* newPromptLayout(QDialog& dialog, const QString& title, const QString& prompt,
                             QWidget* buddy)
{
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(prompt, &dialog);
    label->setWordWrap(true);
    label->setBuddy(buddy);
    layout->addWidget(label);
    return layout;
}

bool execChecked(QDialog& dialog, QVBoxLayout* layout, const std::function<QString()>& problem)
{
    QLabel* said = newProblemLabel(&dialog);
    layout->addWidget(said);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString p = problem();
        showProblem(said, p);
        if (p.isEmpty())
            dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace urdesk
