#pragma once

#include <QString>

namespace urdesk {

// Typed access to URDesk's persistent settings, so that no caller spells a settings key.
class Settings final
{
public:
    // A folder of extra policy files a plan maintains (empty: none).
    static QString extraPolicyDirectory();

    // The reviewer's interface language ("en", "es"); empty: follow the system's.
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString& language);
};

} // namespace urdesk
