#include "HubServer.h"

#include "HubError.h"
#include "HubService.h"
#include "protocol/RequestSignature.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace omnitill::hub {

namespace {
constexpr qsizetype kMaxBody = 32 * 1024 * 1024;

QHttpServerResponse errorResponse(int status, const QString& code, const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
                               QHttpServerResponder::StatusCode(status));
}

QJsonObject parseBody(const QHttpServerRequest& request)
{
    if (request.body().size() > kMaxBody)
        throw HubError(413, QStringLiteral("request.too_large"), QStringLiteral("the request body is too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw HubError(400, QStringLiteral("request.json"), QStringLiteral("the body is not a JSON object"));
    return doc.object();
}

template <typename Handler>
QHttpServerResponse guarded(const QHttpServerRequest& request, Handler handler)
{
    try {
        return handler();
    } catch (const HubError& e) {
        qWarning("hub: refused %s %s from %s: %s (%s)", request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET",
                 qPrintable(request.url().path()), qPrintable(request.remoteAddress().toString()), qPrintable(e.code()),
                 qPrintable(e.message()));
        return errorResponse(e.httpStatus(), e.code(), e.message());
    } catch (const DomainError& e) {
        qWarning("hub: error on %s: %s", qPrintable(request.url().path()), qPrintable(e.message()));
        return errorResponse(500, e.code(), e.message());
    }
}
} // namespace

HubServer::HubServer(HubService& service, QObject* parent)
    : QObject(parent), m_service(service), m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
                    [] { return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}}); });
    m_server->route(QStringLiteral("/v1/enroll"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest& request) { return enroll(request); });
    m_server->route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest& request) { return push(request); });
    m_server->route(QStringLiteral("/v1/feed/catalog"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest& request) { return catalogFeed(request); });
}

HubServer::~HubServer() = default;

quint16 HubServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

QHttpServerResponse HubServer::enroll(const QHttpServerRequest& request)
{
    return guarded(request, [&] {
        const QJsonObject body = parseBody(request);
        const QJsonObject reply = m_service.enroll(body.value(QStringLiteral("token")).toString(),
                                                   QByteArray::fromBase64(body.value(QStringLiteral("public_key")).toString().toLatin1()));
        return QHttpServerResponse(reply);
    });
}

QString HubServer::authenticate(const QHttpServerRequest& request, const QByteArray& method)
{
    RequestSignature signature;
    signature.deviceId = QString::fromUtf8(request.value(RequestSignature::kDeviceHeader));
    signature.timestamp = QString::fromUtf8(request.value(RequestSignature::kTimestampHeader));
    signature.nonce = QString::fromUtf8(request.value(RequestSignature::kNonceHeader));
    signature.signature = QByteArray::fromBase64(request.value(RequestSignature::kSignatureHeader));
    return m_service.authenticate(signature, method, RequestSignature::signedPath(request.url()), request.body());
}

QHttpServerResponse HubServer::catalogFeed(const QHttpServerRequest& request)
{
    return guarded(request, [&] {
        authenticate(request, "GET");
        const QUrlQuery query(request.url());
        const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 1000;
        return QHttpServerResponse(m_service.catalog().page(query.queryItemValue(QStringLiteral("cursor")), limit));
    });
}

QHttpServerResponse HubServer::push(const QHttpServerRequest& request)
{
    return guarded(request, [&] {
        const QString deviceId = authenticate(request, "POST");
        const QJsonObject body = parseBody(request);
        const PushResult result = m_service.push(deviceId, body.value(QStringLiteral("events")).toArray());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("highest_seq"), result.highestSeq},
                                               {QStringLiteral("applied"), result.applied},
                                               {QStringLiteral("duplicates"), result.duplicates},
                                               {QStringLiteral("conflicts"), result.conflicts}});
    });
}

} // namespace omnitill::hub
