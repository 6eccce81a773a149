#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>

class QNetworkReply;
class QNetworkRequest;

namespace omnitill {

// Which hub certificates a till trusts beyond the system's authorities: a CA certificate of its
// own (PEM) and/or pins of the hub's public key ("sha256/" + base64 of the SHA-256 of its
// SubjectPublicKeyInfo). With pins, a connection whose chain holds none of them is cut before a
// byte of the request is sent, whoever signed the certificate; a pinned self-signed certificate is
// accepted.
class HubTrust
{
public:
    HubTrust() = default;
    // Throws DomainError when the CA text holds no certificate or a pin is not sha256/BASE64 of 32 bytes.
    HubTrust(const QByteArray& caPem, const QStringList& pins);

    QByteArray caPem() const;
    const QStringList& pins() const { return m_pins; }

    void apply(QNetworkRequest& request) const;
    // Holds the reply to the pins; a cut connection carries kPinMismatchProperty.
    void watch(QNetworkReply* reply) const;

    static QString pinOf(const QSslCertificate& certificate);
    static constexpr char kPinMismatchProperty[] = "omnitill.hub_pin_mismatch";

private:
    bool chainIsPinned(const QList<QSslCertificate>& chain) const;

    QList<QSslCertificate> m_ca;
    QStringList m_pins;
};

} // namespace omnitill
