#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace omnitill {

// One answer of the hub, read once: status, the hub's error code and message, and what to tell
// staff in plain words when it failed.
struct HubReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QJsonObject body;
    QString errorCode; // the hub's "error", e.g. "auth.replay"

    // Reads the reply (its body is consumed). timeoutMs: the transfer timeout it was sent with.
    static HubReply read(QNetworkReply* reply, int timeoutMs);

    bool ok() const { return error == QNetworkReply::NoError; }
    // Worth sending again, freshly signed: the connection broke, the answer was lost (the hub then
    // refuses the transport's resend of the same signed request as a replay), the hub was busy,
    // restarting or asked the till to slow down (after retryAfterMs). Not: a refusal, an unknown
    // host, a hub that is not running, a certificate without the pinned key.
    bool isTransient() const;
    // What went wrong, for staff.
    QString describe() const;
    // How long the hub asked to wait before the next request (its Retry-After), 0 when it did not.
    int retryAfterMs() const { return m_retryAfterMs; }

private:
    QString m_networkText;
    QString m_host;
    int m_timeoutMs = 0;
    int m_retryAfterMs = 0;
    bool m_pinMismatch = false;
};

} // namespace omnitill
