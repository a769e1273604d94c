#include "PreferencesDialog.h"

#include "Settings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system (%1)").arg(languageName(resolveLanguage({}))), QString());
    for (const QString& language : supportedLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::interfaceLanguage())));

    auto* note = new QLabel(tr("URDesk shows a new language from its next start. Letters are "
                               "written in each member's language, chosen on the case."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool PreferencesDialog::save() const
{
    const QString language = m_language->currentData().toString();
    Settings::setInterfaceLanguage(language);
    return resolveLanguage(language) != interfaceLanguage();
}

} // namespace urdesk
