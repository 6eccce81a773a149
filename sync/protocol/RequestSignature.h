#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace omnitill {

class Signer;

// Every request from a till is signed: method, path, timestamp, nonce and the SHA-256 of the body,
// one per line, signed with the device's ECDSA P-256 key. The hub refuses unknown or revoked
// devices, timestamps more than kMaxSkewSeconds off and nonces it has seen before.
struct RequestSignature
{
    static constexpr int kMaxSkewSeconds = 300;
    static constexpr char kDeviceHeader[] = "X-OmniTill-Device";
    static constexpr char kTimestampHeader[] = "X-OmniTill-Timestamp";
    static constexpr char kNonceHeader[] = "X-OmniTill-Nonce";
    static constexpr char kSignatureHeader[] = "X-OmniTill-Signature";

    QString deviceId;
    QString timestamp; // ISO 8601 UTC with milliseconds
    QString nonce;
    QByteArray signature; // raw DER

    // The path and query as signed: the query is part of what a request means (a feed's cursor).
    static QString signedPath(const QUrl& url);
    static QByteArray canonical(const QByteArray& method, const QString& path, const QString& timestamp, const QString& nonce,
                                const QByteArray& body);
    static RequestSignature sign(Signer& signer, const QString& deviceId, const QByteArray& method, const QString& path,
                                 const QByteArray& body, const QDateTime& now);
    bool verify(const QByteArray& publicKeyDer, const QByteArray& method, const QString& path, const QByteArray& body) const;
};

} // namespace omnitill
