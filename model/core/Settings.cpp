#include "Settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {
const QString policyDirectoryKey = u"policies/extraDirectory"_s;
const QString languageKey = u"interface/language"_s;
} // namespace

QString Settings::extraPolicyDirectory()
{
    return QSettings().value(policyDirectoryKey).toString();
}

QString Settings::interfaceLanguage()
{
    return QSettings().value(languageKey).toString();
}

void Settings::setInterfaceLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

} // namespace urdesk
