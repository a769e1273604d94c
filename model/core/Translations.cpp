#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

const QString english = u"en"_s;
QString chosenInterfaceLanguage = english;
thread_local QString documentLanguage;

// URDesk's one installed translator. It answers in the current language of the calling thread,
// so a document can be written in another language than the window's without touching the
// application's translators (which would retranslate every widget).
class LanguageTranslator final : public QTranslator
{
public:
    explicit LanguageTranslator(QObject* parent)
        : QTranslator(parent)
    {
        for (const QString& language : supportedLanguages()) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(u":/urdesk/i18n/urdesk_%1.qm"_s.arg(language)))
                m_translators.emplace(language, std::move(translator));
            else
                qWarning("URDesk's %s translation is missing from the binary",
                         qPrintable(language));
        }
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const auto it = m_translators.find(currentLanguage());
        return it == m_translators.end()
                   ? QString()
                   : it->second->translate(context, sourceText, disambiguation, n);
    }

    bool isEmpty() const override { return m_translators.empty(); }

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

// Spanish dates for a Spanish reader in the plan's country unless the system says which Spanish.
QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (system.name().section(u'_', 0, 0) == language)
        return system;
    return language == u"es" ? QLocale(QLocale::Spanish, QLocale::UnitedStates)
                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

void installQtTranslation(const QString& language)
{
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // Standard buttons stay in English; nothing else depends on it.
}

} // namespace

QStringList supportedLanguages()
{
    return {english, u"es"_s};
}

QString languageName(QStringView language)
{
    return language == u"es" ? u"Español"_s : u"English"_s;
}

QString resolveLanguage(const QString& requested)
{
    if (supportedLanguages().contains(requested))
        return requested;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return supportedLanguages().contains(system) ? system : english;
}

void installTranslations(const QString& requested)
{
    chosenInterfaceLanguage = resolveLanguage(requested);
    QLocale::setDefault(localeFor(chosenInterfaceLanguage));
    QCoreApplication::installTranslator(new LanguageTranslator(QCoreApplication::instance()));
    if (chosenInterfaceLanguage != english)
        installQtTranslation(chosenInterfaceLanguage);
}

QString interfaceLanguage()
{
    return chosenInterfaceLanguage;
}

QString currentLanguage()
{
    return documentLanguage.isEmpty() ? chosenInterfaceLanguage : documentLanguage;
}

DocumentLanguage::DocumentLanguage(const QString& language)
    : m_previous(documentLanguage)
{
    documentLanguage = language;
}

DocumentLanguage::~DocumentLanguage()
{
    documentLanguage = m_previous;
}

} // namespace urdesk
