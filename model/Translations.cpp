#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace urdesk {

void installTranslations()
{
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(u":/urdesk/i18n/urdesk_en.qm"_s))
        QCoreApplication::installTranslator(english);
    else
        qWarning("URDesk's English plural forms are missing from the binary");
}

} // namespace urdesk
