#include "CachedTranslation.h"

#include <QCoreApplication>
#include <QHash>

namespace urdesk {

namespace {
struct Key
{
    const char* context;
    const char* text;
    int n;
    friend bool operator==(const Key&, const Key&) = default;
};

size_t qHash(const Key& k, size_t seed = 0)
{
    return qHashMulti(seed, k.context, k.text, k.n);
}
} // namespace

QString cachedTranslate(const char* context, const char* text, int n)
{
    thread_local QHash<Key, QString> cache;
    const Key key{context, text, n};
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, QCoreApplication::translate(context, text, nullptr, n));
    return it.value();
}

} // namespace urdesk
