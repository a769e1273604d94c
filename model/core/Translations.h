#pragma once

#include <QString>
#include <QStringList>

namespace urdesk {

// The languages URDesk's interface and letters are written in, as ISO 639-1 codes: "en", "es".
QStringList supportedLanguages();

// A language named in its own words ("English", "Español"), so that its readers find it in any
// interface.
QString languageName(QStringView language);

// The language to show: `requested` when URDesk has it, else the system locale's language when
// URDesk has it, else English. An empty `requested` means "follow the system".
QString resolveLanguage(const QString& requested);

// Installs the interface's translations for resolveLanguage(`requested`) (URDesk's and Qt's own,
// for standard buttons) and makes it the default locale, so that dates and numbers follow it.
// Call once at start-up, before anything is translated: translations are remembered
// (CachedTranslation.h). English is always installed: it holds the plural forms ("1 day",
// "2 days") of the source texts.
void installTranslations(const QString& requested = {});

// The language installTranslations() chose ("en" before it is called).
QString interfaceLanguage();

// The language texts are translated into on this thread: a DocumentLanguage's, else the
// interface's.
QString currentLanguage();

// While alive, texts translated on this thread are in `language` rather than the interface's:
// a document is written in its reader's language whatever the reviewer reads (a letter in the
// member's, the review record in the plan's).
class DocumentLanguage final
{
public:
    explicit DocumentLanguage(const QString& language);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage&) = delete;
    DocumentLanguage& operator=(const DocumentLanguage&) = delete;

private:
    QString m_previous;
};

} // namespace urdesk
