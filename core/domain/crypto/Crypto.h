#pragma once

#include <QByteArray>

namespace omnitill::crypto {

QByteArray sha256(const QByteArray& data);
QByteArray randomBytes(int count);
QByteArray pbkdf2Sha256(const QByteArray& secret, const QByteArray& salt, int iterations, int length = 32);
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace omnitill::crypto
