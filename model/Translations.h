#pragma once

namespace urdesk {

// Installs URDesk's translations on the running application. English is always installed:
// it holds the plural forms ("1 day", "2 days") of the source texts. Call it once at start-up,
// before anything is translated: translations are remembered (CachedTranslation.h).
void installTranslations();

} // namespace urdesk
