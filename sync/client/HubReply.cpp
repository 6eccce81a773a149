#include "HubReply.h"

#include "HubTrust.h"
#include "common/Tr.h"

#include <QJsonDocument>

namespace omnitill {

HubReply HubReply::read(QNetworkReply* reply, int timeoutMs)
{
    HubReply r;
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    r.errorCode = r.body.value(QStringLiteral("error")).toString();
    r.m_networkText = reply->errorString();
    r.m_host = reply->url().authority();
    r.m_timeoutMs = timeoutMs;
    r.m_pinMismatch = reply->property(HubTrust::kPinMismatchProperty).toBool();
    bool seconds = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&seconds);
    if (seconds && retryAfter > 0)
        r.m_retryAfterMs = qMin(retryAfter, 60) * 1000;
    return r;
}

bool HubReply::isTransient() const
{
    if (ok() || m_pinMismatch)
        return false;
    if (errorCode == QLatin1String("auth.replay"))
        return true; // our own request, resent by the transport after its answer was lost
    if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504)
        return true;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // a broken connection, with a body the HTTP layer may not resend
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QString HubReply::describe() const
{
    if (errorCode == QLatin1String("auth.replay"))
        return Tr::tr("The hub's answers keep getting lost on the way; the till will try again");
    if (m_pinMismatch)
        return Tr::tr("The hub at %1 showed a certificate without the key this till was set up to trust; nothing was sent").arg(m_host);
    if (status == 429)
        return Tr::tr("The hub asked the till to slow down; it will try again in %n seconds", nullptr, qMax(1, m_retryAfterMs / 1000));
    if (!errorCode.isEmpty() && body.contains(QStringLiteral("message")))
        return body.value(QStringLiteral("message")).toString();
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // the same: the HTTP layer may not send a signed request again by itself
        return Tr::tr("The connection to the hub broke off before it answered");
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Tr::tr("The hub did not answer within %n seconds", nullptr, qMax(1, m_timeoutMs / 1000));
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("The hub at %1 does not accept connections (is it running?)").arg(m_host);
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("The hub's address %1 cannot be found").arg(m_host);
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("The hub's certificate is not trusted: %1").arg(m_networkText);
    default:
        break;
    }
    if (status >= 500)
        return Tr::tr("The hub had a problem with this request (HTTP %1); the till will try again").arg(status);
    return m_networkText;
}

} // namespace omnitill
