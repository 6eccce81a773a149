#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnitill {

class Signer;

// A token the hub signs and a till verifies offline with the hub's public key (from enrollment):
// PREFIX "." base64url(payload) "." base64url(ECDSA P-256 signature of payload). The payload is
// fields joined by '|' (a field never contains one). Pickup tokens are OTP1, member tokens OTM1,
// coupons OTC1.
class HubToken
{
public:
    // Fields of a genuine token with this prefix; nullopt for anything forged, altered, foreign
    // or malformed.
    static std::optional<QStringList> verify(const QString& token, const QString& prefix, const QByteArray& hubPublicKeyDer);
    // The hub's side: the token for these fields, signed with its key.
    static QString sign(Signer& key, const QString& prefix, const QStringList& fields);
    static bool looksLike(const QString& text, const QString& prefix) { return text.startsWith(prefix + QLatin1Char('.')); }
};

} // namespace omnitill
