#include "CachedTranslation.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QHash>

namespace urdesk {

namespace {
struct Key
{
    QString language;
    const char* context;
    const char* text;
    const char* disambiguation;
    int n;
    friend bool operator==(const Key&, const Key&) = default;
};

size_t qHash(const Key& k, size_t seed = 0)
{
    return qHashMulti(seed, k.language, k.context, k.text, k.disambiguation, k.n);
}
} // namespace

QString cachedTranslate(const char* context, const char* text, const char* disambiguation, int n)
{
    thread_local QHash<Key, QString> cache;
    const Key key{currentLanguage(), context, text, disambiguation, n};
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, QCoreApplication::translate(context, text, disambiguation, n));
    return it.value();
}

} // namespace urdesk
