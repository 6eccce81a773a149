#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnitill {

// A token the hub signs and a till verifies offline with the hub's public key (from enrollment):
// PREFIX "." base64url(payload) "." base64url(ECDSA P-256 signature of payload). The payload is
// fields joined by '|'. Pickup tokens are OTP1, member tokens OTM1.
class HubToken
{
public:
    // Fields of a genuine token with this prefix; nullopt for anything forged, altered, foreign
    // or malformed.
    static std::optional<QStringList> verify(const QString& token, const QString& prefix, const QByteArray& hubPublicKeyDer);
    static bool looksLike(const QString& text, const QString& prefix) { return text.startsWith(prefix + QLatin1Char('.')); }
};

} // namespace omnitill
