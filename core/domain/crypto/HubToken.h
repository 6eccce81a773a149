#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnitill {

class Signer;

// A token the hub signs and a till verifies offline with the hub's public key (from enrollment).
// Kinds: pickup (OTP), member (OTM), coupon (OTC).
//
// Version 2, issued since #19:  KIND "2." base64url(payload) "." base64url(ECDSA P-256 signature)
// where payload is a list of length-prefixed fields, each "<decimal length>:<UTF-8 bytes>":
//   "omnitill-token/2", KIND, issued (Unix seconds), expires (Unix seconds), field 1, …, field n.
// The kind is signed, so a token of one kind relabelled as another fails; the fields are counted,
// so no field can carry another. Fields hold no control characters and no '|' (sign() refuses them).
//
// Version 1 (KIND "1." base64url(fields joined by '|') "." signature) signed neither the kind nor
// the count, and an order id holding '|' could be read as a coupon. Transition: a version 1 pickup
// token (in customers' e-mails) is still accepted with exactly its 3 fields, because the till only
// uses it to find an order the hub sent it; version 1 member and coupon tokens are refused as
// Refusal::Retired, with a message that says so.
class HubToken
{
public:
    static constexpr auto kPickup = "OTP";
    static constexpr auto kMember = "OTM";
    static constexpr auto kCoupon = "OTC";
    // A till's clock may run this far ahead of the hub's before a fresh token counts as "not yet valid".
    static constexpr qint64 kClockSkewSecs = 10 * 60;

    enum class Refusal
    {
        None,
        Malformed,
        Forged,
        WrongKind,
        FieldCount,
        NotYetValid,
        Expired,
        Retired
    };

    struct Checked
    {
        std::optional<QStringList> fields; // set only for a genuine, current token
        Refusal refusal = Refusal::Malformed;
        QDateTime issuedAt;  // version 2
        QDateTime expiresAt; // version 2
    };

    // Whether text is a token of this kind (any version), to route a scan.
    static bool looksLike(const QString& text, const char* kind);
    // Checks signature, kind, version, field count, issue time and expiry against now.
    static Checked check(const QString& token, const char* kind, int fieldCount, const QByteArray& hubPublicKeyDer, const QDateTime& now);
    // The hub's side: a version 2 token. Throws DomainError "token.field" for a field with a control
    // character or '|', and for an expiry not after the issue time.
    static QString sign(Signer& key, const char* kind, const QStringList& fields, const QDateTime& issuedAt, const QDateTime& expiresAt);
    // A version 1 token, as hubs before #19 issued them; for tests of the transition only.
    static QString signVersion1(Signer& key, const char* kind, const QStringList& fields);
};

} // namespace omnitill
