#include "Passwords.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace urdesk::passwords {

namespace {

constexpr int keyLength = 32;

std::atomic<int> derived{0};

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    ++derived;
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(keyLength, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), keyLength,
                          reinterpret_cast<unsigned char*>(key.data())) != 1)
        return {};
    return key;
}

} // namespace

QString hash(const QString& password, int iterations)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    return expected.size() == keyLength && actual.size() == keyLength &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), keyLength) == 0;
}

QString unmatchable(int iterations)
{
    // A key of zeros: a password would have to derive to it, a chance of one in 2^256.
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(QByteArray(16, '\0').toBase64()),
             QString::fromLatin1(QByteArray(keyLength, '\0').toBase64()));
}

int derivations()
{
    return derived.load();
}

} // namespace urdesk::passwords
