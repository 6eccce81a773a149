#include "HubTrust.h"

#include "common/DomainError.h"
#include "common/Tr.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>

namespace omnitill {

HubTrust::HubTrust(const QByteArray& caPem, const QStringList& pins)
{
    if (!caPem.trimmed().isEmpty()) {
        m_ca = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (m_ca.isEmpty())
            throw DomainError(QStringLiteral("sync.hub_ca"), Tr::tr("The hub CA file holds no PEM certificate"));
    }
    for (const QString& pin : pins) {
        const QString trimmed = pin.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QByteArray digest = QByteArray::fromBase64(trimmed.mid(7).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!trimmed.startsWith(QLatin1String("sha256/")) || digest.size() != 32)
            throw DomainError(QStringLiteral("sync.hub_pin"),
                              Tr::tr("A hub pin reads sha256/ and the key's hash in base64: %1").arg(trimmed));
        m_pins.append(trimmed);
    }
}

QByteArray HubTrust::caPem() const
{
    QByteArray pem;
    for (const QSslCertificate& certificate : m_ca)
        pem += certificate.toPem();
    return pem;
}

QString HubTrust::pinOf(const QSslCertificate& certificate)
{
    return QStringLiteral("sha256/") +
           QString::fromLatin1(QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
}

void HubTrust::apply(QNetworkRequest& request) const
{
    if (m_ca.isEmpty())
        return;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_ca);
    request.setSslConfiguration(configuration);
}

bool HubTrust::chainIsPinned(const QList<QSslCertificate>& chain) const
{
    for (const QSslCertificate& certificate : chain) {
        if (m_pins.contains(pinOf(certificate)))
            return true;
    }
    return false;
}

void HubTrust::watch(QNetworkReply* reply) const
{
    if (m_pins.isEmpty())
        return;
    const HubTrust trust = *this;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, trust](const QList<QSslError>& errors) {
        // A pinned key is what the till was told to trust, whoever signed it; nothing else is excused.
        if (trust.chainIsPinned(reply->sslConfiguration().peerCertificateChain()))
            reply->ignoreSslErrors(errors);
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, trust] {
        if (!trust.chainIsPinned(reply->sslConfiguration().peerCertificateChain())) {
            reply->setProperty(kPinMismatchProperty, true);
            reply->abort();
        }
    });
}

} // namespace omnitill
