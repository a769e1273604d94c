#include "TextFold.h"

namespace urdesk {

QString foldForSearch(QStringView text)
{
    // Canonical decomposition splits a letter from its accents, which are then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (space)
            folded.append(u' ');
        space = false;
        folded.append(c);
    }
    return folded.toCaseFolded();
}

QString memberSearchText(const QString& memberName, const QString& memberId)
{
    return foldForSearch(memberName) + u'\n' + foldForSearch(memberId);
}

} // namespace urdesk
