#include "HubServer.h"

#include "HubError.h"
#include "HubService.h"
#include "protocol/RequestSignature.h"

#include <QHttpServer>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

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

// A page size from ?limit=: 1 to 5000 (what is not a number in that range is refused).
int limitOf(const QUrlQuery& query)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return 1000;
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 5000)
        throw HubError(400, QStringLiteral("request.limit"), QStringLiteral("limit is a whole number from 1 to 5000"));
    return limit;
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
        // What went wrong inside (a database's words, a file name) stays in the hub's log.
        const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        qWarning("hub: error %s on %s: %s (%s)", qPrintable(reference), qPrintable(request.url().path()), qPrintable(e.message()),
                 qPrintable(e.code()));
        return errorResponse(500, QStringLiteral("hub.internal"),
                             QStringLiteral("the hub could not complete the request; its log has the details under %1").arg(reference));
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
    m_server->route(QStringLiteral("/v1/feed/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& name, const QHttpServerRequest& request) { return feed(name, request); });
    // A sale of any till, for a return at another (with what already came back of it).
    m_server->route(QStringLiteral("/v1/sales/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& receiptId, const QHttpServerRequest& request) {
                        return guarded(request, [&] {
                            authenticate(request, "GET");
                            return QHttpServerResponse(m_service.returns().saleForReturn(receiptId));
                        });
                    });

    // Integrators authenticate with an API key rather than a device signature.
    m_server->route(QStringLiteral("/v1/integrator/orders"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
        return integrator(request, "orders", [&] { return m_service.integrator().placeOrder(parseBody(request)); });
    });
    m_server->route(QStringLiteral("/v1/integrator/orders/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "orders", [&] { return m_service.integrator().order(id); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/orders/<arg>/cancel"), QHttpServerRequest::Method::Post,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "orders", [&] { return m_service.integrator().cancelOrder(id); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/members/<arg>/token"), QHttpServerRequest::Method::Get,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "members", [&] { return m_service.integrator().memberToken(id); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/members/<arg>/points"), QHttpServerRequest::Method::Get,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "members", [&] { return m_service.loyalty().account(id, limitOf(QUrlQuery(request.url()))); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/members/<arg>/points"), QHttpServerRequest::Method::Post,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "members", [&] { return m_service.postPoints(id, parseBody(request)); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/points/reverse"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest& request) {
                        return integrator(request, "members", [&] { return m_service.reversePoints(parseBody(request)); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/coupons"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
        return integrator(request, "coupons", [&] { return m_service.coupons().issue(parseBody(request)); });
    });
    m_server->route(QStringLiteral("/v1/integrator/coupons/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "coupons", [&] { return m_service.coupons().status(id); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/coupons/<arg>/redeem"), QHttpServerRequest::Method::Post,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "coupons", [&] {
                            return m_service.coupons().redeemOnline(id, parseBody(request).value(QStringLiteral("reference")).toString());
                        });
                    });
    m_server->route(QStringLiteral("/v1/integrator/gift-cards/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& number, const QHttpServerRequest& request) {
                        return integrator(request, "gift-cards", [&] { return m_service.giftCards().card(number); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/gift-cards/<arg>"), QHttpServerRequest::Method::Post,
                    [this](const QString& number, const QHttpServerRequest& request) {
                        return integrator(request, "gift-cards", [&] { return m_service.giftCards().postOnline(number, parseBody(request)); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/catalog"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
        return integrator(request, "catalog", [&] {
            const QJsonObject body = parseBody(request);
            if (!body.contains(QStringLiteral("products")) && !body.contains(QStringLiteral("tax_rates")))
                throw HubError(400, QStringLiteral("catalog.invalid"), QStringLiteral("send tax_rates and/or products"));
            return QJsonObject{{QStringLiteral("products"), m_service.catalog().import(body)}};
        });
    });
    m_server->route(QStringLiteral("/v1/integrator/prices"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
        return integrator(request, "prices", [&] {
            return QJsonObject{{QStringLiteral("prices"), m_service.catalog().setPrices(parseBody(request).value(QStringLiteral("prices")).toArray())}};
        });
    });
    // The warehouse works the stores' replenishment requests.
    m_server->route(QStringLiteral("/v1/integrator/replenishment"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest& request) {
                        return integrator(request, "replenishment", [&] {
                            const QUrlQuery query(request.url());
                            return m_service.stockRequests().list(query.queryItemValue(QStringLiteral("kind")),
                                                                  query.queryItemValue(QStringLiteral("status")), limitOf(query));
                        });
                    });
    m_server->route(QStringLiteral("/v1/integrator/replenishment/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "replenishment", [&] { return m_service.stockRequests().request(id); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/replenishment/<arg>/approve"), QHttpServerRequest::Method::Post,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "replenishment", [&] { return m_service.stockRequests().approve(id, parseBody(request)); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/replenishment/<arg>/reject"), QHttpServerRequest::Method::Post,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "replenishment", [&] { return m_service.stockRequests().reject(id, parseBody(request)); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/replenishment/<arg>/ship"), QHttpServerRequest::Method::Post,
                    [this](const QString& id, const QHttpServerRequest& request) {
                        return integrator(request, "replenishment", [&] { return m_service.stockRequests().ship(id, parseBody(request)); });
                    });
    m_server->route(QStringLiteral("/v1/integrator/feed"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
        return integrator(request, "feed", [&] {
            const QUrlQuery query(request.url());
            return m_service.integrator().feed(query.queryItemValue(QStringLiteral("cursor")), limitOf(query));
        });
    });
}

HubServer::~HubServer() = default;

void HubServer::startBackgroundWork(int foldIntervalMs)
{
    m_foldTimer = new QTimer(this);
    connect(m_foldTimer, &QTimer::timeout, this, [this] {
        try {
            m_service.stock().fold();
        } catch (const DomainError& e) {
            qWarning("hub: folding stock levels failed: %s", qPrintable(e.message()));
        }
    });
    m_foldTimer->start(foldIntervalMs);
    // Points expire, and suggestions are worked out again, whether or not a till is busy.
    m_expiryTimer = new QTimer(this);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        try {
            m_service.expirePoints();
            m_service.offers().compute(m_service.coupons());
        } catch (const DomainError& e) {
            qWarning("hub: expiring points failed: %s", qPrintable(e.message()));
        }
    });
    m_expiryTimer->start(10 * 60 * 1000);
}

void HubServer::useTls(const QString& certificatePem, const QString& keyPem)
{
    const auto read = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw DomainError(QStringLiteral("hub.tls"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return file.readAll();
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromData(read(certificatePem), QSsl::Pem);
    if (chain.isEmpty())
        throw DomainError(QStringLiteral("hub.tls"), QStringLiteral("%1 holds no PEM certificate").arg(certificatePem));
    const QByteArray keyData = read(keyPem);
    QSslKey key(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        throw DomainError(QStringLiteral("hub.tls"), QStringLiteral("%1 holds no PEM EC or RSA private key").arg(keyPem));
    if (chain.first().publicKey().algorithm() != key.algorithm())
        throw DomainError(QStringLiteral("hub.tls"), QStringLiteral("the key is not of the certificate's kind"));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_server->sslSetup(configuration);
}

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

QHttpServerResponse HubServer::feed(const QString& name, const QHttpServerRequest& request)
{
    return guarded(request, [&] {
        const QString deviceId = authenticate(request, "GET");
        const QUrlQuery query(request.url());
        const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
        if (name == QLatin1String("catalog"))
            return QHttpServerResponse(m_service.catalog().page(cursor, limitOf(query)));
        return QHttpServerResponse(m_service.feedPage(deviceId, name, cursor, limitOf(query)));
    });
}

QHttpServerResponse HubServer::integrator(const QHttpServerRequest& request, const char* scope,
                                          const std::function<QJsonObject()>& handler)
{
    return guarded(request, [&] {
        m_service.integrator().authenticate(request.value("Authorization"), QLatin1String(scope));
        return QHttpServerResponse(handler());
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
                                               {QStringLiteral("conflicts"), result.conflicts},
                                               {QStringLiteral("conflict_details"), result.conflictDetails},
                                               {QStringLiteral("members"), result.members},
                                               {QStringLiteral("gift_cards"), result.giftCards},
                                               {QStringLiteral("kiosk_code_key"), result.kioskCodeKey}});
    });
}

} // namespace omnitill::hub
