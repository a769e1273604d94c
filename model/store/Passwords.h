#pragma once

#include <QString>

namespace urdesk::passwords {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt per password. Stored as
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), so the work factor can rise later without
// invalidating what is stored.
constexpr int defaultIterations = 600000;

QString hash(const QString& password, int iterations = defaultIterations);
// Compares in constant time; false for anything not in the stored format.
bool verify(const QString& password, const QString& stored);
// A stored hash with `iterations` that no password matches: checking a password against it
// costs what checking against a real one does.
QString unmatchable(int iterations);
// How many times this process has derived a key from a password: lets a test see that every
// failed sign-in does the same work, without timing it.
int derivations();

} // namespace urdesk::passwords
