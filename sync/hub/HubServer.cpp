#include "HubServer.h"

#include "HubError.h"
#include "HubService.h"
#include "HubThread.h"
#include "JournalSync.h"
#include "OrderRequest.h"
#include "PreparedPush.h"
#include "PushRequest.h"
#include "RequestSignature.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <exception>

namespace omnitill::hub {

namespace {
constexpr qint64 kMaxBulkBody = 32 * 1024 * 1024; // a push batch, a catalog
constexpr qint64 kMaxBody = 1024 * 1024;
constexpr qint64 kMaxEnrollBody = 64 * 1024;

QJsonObject parseBody(const HttpRequest& request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
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

template <typename Handler> HttpResponse guarded(const HttpRequest& request, Handler handler)
{
    try {
        return handler();
    } catch (const HubError& e) {
        qWarning("hub: refused %s %s from %s: %s (%s)", request.method.constData(), qPrintable(request.url.path()),
                 qPrintable(request.remoteAddress.toString()), qPrintable(e.code()), qPrintable(e.message()));
        return HttpResponse::error(e.httpStatus(), e.code(), e.message());
    } catch (const DomainError& e) {
        // What went wrong inside (a database's words, a file name) stays in the hub's log.
        const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        qWarning("hub: error %s on %s: %s (%s)", qPrintable(reference), qPrintable(request.url.path()), qPrintable(e.message()),
                 qPrintable(e.code()));
        return HttpResponse::error(
            500, QStringLiteral("hub.internal"),
            QStringLiteral("the hub could not complete the request; its log has the details under %1").arg(reference));
    }
}

// An answer still being worked out on another thread: asked again when that thread is done.
HttpResponse stillWorking(std::function<HttpResponse()> again)
{
    HttpResponse underWay = HttpResponse::error(503, QStringLiteral("hub.busy"), QStringLiteral("the request is still being worked on"));
    underWay.underWay = true;
    underWay.askAgain = std::move(again);
    return underWay;
}

RequestSignature signatureOf(const HttpRequest& request)
{
    RequestSignature signature;
    signature.deviceId = QString::fromUtf8(request.value(RequestSignature::kDeviceHeader));
    signature.timestamp = QString::fromUtf8(request.value(RequestSignature::kTimestampHeader));
    signature.nonce = QString::fromUtf8(request.value(RequestSignature::kNonceHeader));
    signature.signature = QByteArray::fromBase64(request.value(RequestSignature::kSignatureHeader));
    return signature;
}
} // namespace

HubServer::HubServer(HubService& service, const HttpLimits& limits, QObject* parent)
    : QObject(parent), m_service(service), m_http(limits), m_deviceRate(limits.deviceRate, limits.deviceBurst),
      m_keyRate(limits.keyRate, limits.keyBurst), m_addressRate(limits.addressRate, limits.addressBurst)
{
    addRoutes();
    // Two readers: a till has up to three pushes on their way, and tills push at the same time.
    m_pushReaders.setMaxThreadCount(2);
}

HubServer::~HubServer() = default;

void HubServer::addRoutes()
{
    m_http.route("GET", QStringLiteral("/v1/health"), 0, {}, [](const HttpRequest&, const QStringList&) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
    });
    m_http.route(
        "POST", QStringLiteral("/v1/enroll"), kMaxEnrollBody,
        [this](const HttpRequest& head) { return throttle(m_addressRate, head.remoteAddress.toString()); },
        [this](const HttpRequest& request, const QStringList&) { return enroll(request); });
    deviceResponderRoute(
        "POST", QStringLiteral("/v1/push"), kMaxBulkBody, [this](const HttpRequest& request, const QStringList&, const QString& deviceId) {
            const QString after = QUrlQuery(request.url).queryItemValue(QLatin1String(protocol::PushRequest::kAfterParameter));
            bool whole = after.isEmpty();
            const qint64 afterSeq = whole ? 0 : after.toLongLong(&whole);
            if (!whole || afterSeq < 0)
                throw HubError(400, QStringLiteral("request.after"), QStringLiteral("after is a device sequence, a whole number"));
            return push(request, deviceId, afterSeq);
        });
    // Checking a thousand entries' signatures takes a while: on the journal thread when there is
    // one, beside the pushes the till sends meanwhile.
    deviceResponderRoute("POST", QStringLiteral("/v1/journal"), kMaxBulkBody,
                         [this](const HttpRequest& request, const QStringList&, const QString& deviceId) {
                             return onThread(m_journalThread.get(), request, [request, deviceId](HubService& service) {
                                 return service.journalSync(deviceId, protocol::JournalSyncRequest::fromJson(parseBody(request))).toJson();
                             });
                         });
    // What the hub holds of the asking till's journal, for `omnitillctl journal verify --hub`.
    deviceRoute("GET", QStringLiteral("/v1/journal/hashes"), 0,
                [this](const HttpRequest& request, const QStringList&, const QString& deviceId) {
                    const QUrlQuery query(request.url);
                    const qint64 from = query.queryItemValue(QStringLiteral("from")).toLongLong();
                    return m_service.journal().hashes(deviceId, from, limitOf(query)).toJson();
                });
    // Anyone holding a receipt (a customer, a tax inspector) may ask whether it is genuine; the
    // tills' public keys are public.
    m_http.route(
        "POST", QStringLiteral("/v1/receipts/verify"), kMaxEnrollBody,
        [this](const HttpRequest& head) { return throttle(m_addressRate, head.remoteAddress.toString()); },
        [this](const HttpRequest& request, const QStringList&) {
            return guarded(request, [&] {
                return HttpResponse::json(m_service.journal().verifyReceipt(parseBody(request).value(QStringLiteral("code")).toString()));
            });
        });
    m_http.route(
        "GET", QStringLiteral("/v1/journal/keys"), 0,
        [this](const HttpRequest& head) { return throttle(m_addressRate, head.remoteAddress.toString()); },
        [this](const HttpRequest& request, const QStringList&) {
            return guarded(request, [&] { return HttpResponse::json(QJsonObject{{QStringLiteral("tills"), m_service.journal().keys()}}); });
        });
    deviceRoute("GET", QStringLiteral("/v1/feed/<arg>"), 0,
                [this](const HttpRequest& request, const QStringList& args, const QString& deviceId) {
                    const QUrlQuery query(request.url);
                    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
                    if (args.first() == QLatin1String("catalog"))
                        return m_service.catalog().page(cursor, limitOf(query));
                    return m_service.feedPage(deviceId, args.first(), cursor, limitOf(query));
                });
    // A sale of any till, for a return at another (with what already came back of it).
    deviceRoute("GET", QStringLiteral("/v1/sales/<arg>"), 0, [this](const HttpRequest&, const QStringList& args, const QString&) {
        return m_service.returns().saleForReturn(args.first());
    });

    // Integrators authenticate with an API key rather than a device signature.
    keyRoute("POST", QStringLiteral("/v1/integrator/orders"), "orders", kMaxBody, [this](const HttpRequest& request, const QStringList&) {
        return m_service.integrator().placeOrder(protocol::OrderRequest::fromJson(parseBody(request)));
    });
    keyRoute("GET", QStringLiteral("/v1/integrator/orders/<arg>"), "orders", 0,
             [this](const HttpRequest&, const QStringList& args) { return m_service.integrator().order(args.first()); });
    keyRoute("POST", QStringLiteral("/v1/integrator/orders/<arg>/cancel"), "orders", kMaxBody,
             [this](const HttpRequest&, const QStringList& args) { return m_service.integrator().cancelOrder(args.first()); });
    keyRoute("GET", QStringLiteral("/v1/integrator/members/<arg>/token"), "members", 0,
             [this](const HttpRequest&, const QStringList& args) { return m_service.integrator().memberToken(args.first()); });
    keyRoute("GET", QStringLiteral("/v1/integrator/members/<arg>/points"), "members", 0,
             [this](const HttpRequest& request, const QStringList& args) {
                 return m_service.loyalty().account(args.first(), limitOf(QUrlQuery(request.url)));
             });
    keyRoute(
        "POST", QStringLiteral("/v1/integrator/members/<arg>/points"), "members", kMaxBody,
        [this](const HttpRequest& request, const QStringList& args) { return m_service.postPoints(args.first(), parseBody(request)); });
    keyRoute("POST", QStringLiteral("/v1/integrator/points/reverse"), "members", kMaxBody,
             [this](const HttpRequest& request, const QStringList&) { return m_service.reversePoints(parseBody(request)); });
    keyRoute("POST", QStringLiteral("/v1/integrator/coupons"), "coupons", kMaxBody,
             [this](const HttpRequest& request, const QStringList&) { return m_service.coupons().issue(parseBody(request)); });
    keyRoute("GET", QStringLiteral("/v1/integrator/coupons/<arg>"), "coupons", 0,
             [this](const HttpRequest&, const QStringList& args) { return m_service.coupons().status(args.first()); });
    keyRoute("POST", QStringLiteral("/v1/integrator/coupons/<arg>/redeem"), "coupons", kMaxBody,
             [this](const HttpRequest& request, const QStringList& args) {
                 return m_service.coupons().redeemOnline(args.first(), parseBody(request).value(QStringLiteral("reference")).toString());
             });
    keyRoute("GET", QStringLiteral("/v1/integrator/gift-cards/<arg>"), "gift-cards", 0,
             [this](const HttpRequest&, const QStringList& args) { return m_service.giftCards().card(args.first()); });
    keyRoute("POST", QStringLiteral("/v1/integrator/gift-cards/<arg>"), "gift-cards", kMaxBody,
             [this](const HttpRequest& request, const QStringList& args) {
                 return m_service.giftCards().postOnline(args.first(), parseBody(request));
             });
    keyRoute("POST", QStringLiteral("/v1/integrator/catalog"), "catalog", kMaxBulkBody,
             [this](const HttpRequest& request, const QStringList&) {
                 const QJsonObject body = parseBody(request);
                 if (!body.contains(QStringLiteral("products")) && !body.contains(QStringLiteral("tax_rates")))
                     throw HubError(400, QStringLiteral("catalog.invalid"), QStringLiteral("send tax_rates and/or products"));
                 return QJsonObject{{QStringLiteral("products"), m_service.catalog().import(body)}};
             });
    keyRoute("POST", QStringLiteral("/v1/integrator/prices"), "prices", kMaxBulkBody,
             [this](const HttpRequest& request, const QStringList&) {
                 return QJsonObject{{QStringLiteral("prices"),
                                     m_service.catalog().setPrices(parseBody(request).value(QStringLiteral("prices")).toArray())}};
             });
    // The warehouse works the stores' replenishment requests.
    keyRoute("GET", QStringLiteral("/v1/integrator/replenishment"), "replenishment", 0,
             [this](const HttpRequest& request, const QStringList&) {
                 const QUrlQuery query(request.url);
                 return m_service.stockRequests().list(query.queryItemValue(QStringLiteral("kind")),
                                                       query.queryItemValue(QStringLiteral("status")), limitOf(query));
             });
    keyRoute("GET", QStringLiteral("/v1/integrator/replenishment/<arg>"), "replenishment", 0,
             [this](const HttpRequest&, const QStringList& args) { return m_service.stockRequests().request(args.first()); });
    keyRoute("POST", QStringLiteral("/v1/integrator/replenishment/<arg>/approve"), "replenishment", kMaxBody,
             [this](const HttpRequest& request, const QStringList& args) {
                 return m_service.stockRequests().approve(args.first(), parseBody(request));
             });
    keyRoute("POST", QStringLiteral("/v1/integrator/replenishment/<arg>/reject"), "replenishment", kMaxBody,
             [this](const HttpRequest& request, const QStringList& args) {
                 return m_service.stockRequests().reject(args.first(), parseBody(request));
             });
    keyRoute("POST", QStringLiteral("/v1/integrator/replenishment/<arg>/ship"), "replenishment", kMaxBody,
             [this](const HttpRequest& request, const QStringList& args) {
                 return m_service.stockRequests().ship(args.first(), parseBody(request));
             });
    keyRoute("GET", QStringLiteral("/v1/integrator/feed"), "feed", 0, [this](const HttpRequest& request, const QStringList&) {
        const QUrlQuery query(request.url);
        return m_service.integrator().feed(query.queryItemValue(QStringLiteral("cursor")), limitOf(query));
    });
}

void HubServer::deviceRoute(const QByteArray& method, const QString& pattern, qint64 maxBody, DeviceHandler handler)
{
    deviceResponderRoute(method, pattern, maxBody,
                         [handler = std::move(handler)](const HttpRequest& request, const QStringList& args, const QString& deviceId) {
                             return HttpResponse::json(handler(request, args, deviceId));
                         });
}

void HubServer::deviceResponderRoute(const QByteArray& method, const QString& pattern, qint64 maxBody, DeviceResponder responder)
{
    m_http.route(
        method, pattern, maxBody, [this](const HttpRequest& head) { return admitDevice(head); },
        [this, responder = std::move(responder)](const HttpRequest& request, const QStringList& args) {
            return guarded(request, [&] {
                QString deviceId;
                try {
                    deviceId = authenticate(request);
                } catch (const HubError& e) {
                    if (e.httpStatus() == 401) // a bad signature counts against the address, not the device it named
                        m_addressRate.take(request.remoteAddress.toString(), m_http.nowMs());
                    throw;
                }
                m_deviceRate.take(deviceId, m_http.nowMs());
                return responder(request, args, deviceId);
            });
        });
}

struct HubServer::Work
{
    std::atomic<bool> done = false;
    QJsonObject answer;
    std::exception_ptr error;
};

HttpResponse HubServer::onThread(HubThread* thread, const HttpRequest& request, std::function<QJsonObject(HubService&)> work)
{
    if (!thread)
        return HttpResponse::json(work(m_service));
    auto state = std::make_shared<Work>();
    thread->run([state, work = std::move(work), http = &m_http](HubService& service) {
        try {
            state->answer = work(service);
        } catch (...) {
            state->error = std::current_exception();
        }
        state->done.store(true, std::memory_order_release);
        QMetaObject::invokeMethod(http, &HttpServer::wakeWaiting, Qt::QueuedConnection);
    });
    return answerWhenDone(request, state);
}

HttpResponse HubServer::answerWhenDone(const HttpRequest& request, const std::shared_ptr<Work>& state)
{
    if (!state->done.load(std::memory_order_acquire))
        return stillWorking([this, request, state] { return guarded(request, [&] { return answerWhenDone(request, state); }); });
    if (state->error)
        std::rethrow_exception(state->error);
    return HttpResponse::json(state->answer);
}

struct HubServer::PushReading
{
    std::atomic<bool> done = false; // read (or refused) by the reader
    std::optional<PreparedPush> prepared;
    std::exception_ptr error;
    bool handedOver = false;           // to the push thread
    std::atomic<bool> applied = false; // by the push thread
    std::optional<PushResult> result;
    std::exception_ptr applyError;
};

void HubServer::workOnOwnThreads(const QString& databaseUrl, const Clock& clock)
{
    m_pushThread = std::make_unique<HubThread>(QStringLiteral("hub-push"), databaseUrl, clock, m_service.keyForAnotherThread());
    // Anchoring journals and folding stock and offers give way to the sales coming in: on a hub
    // busy with pushes they take the time that is left (and at least a share of it).
    m_journalThread = std::make_unique<HubThread>(QStringLiteral("hub-journal"), databaseUrl, clock, m_service.keyForAnotherThread(),
                                                  HubThread::Share::Yielding);
    m_backgroundThread = std::make_unique<HubThread>(QStringLiteral("hub-background"), databaseUrl, clock, m_service.keyForAnotherThread(),
                                                     HubThread::Share::Yielding);
}

HttpResponse HubServer::push(const HttpRequest& request, const QString& deviceId, qint64 after)
{
    auto reading = std::make_shared<PushReading>();
    m_pushReaders.start([reading, deviceId, body = request.body, http = &m_http] {
        try {
            reading->prepared = PreparedPush::fromBody(deviceId, body);
        } catch (...) {
            reading->error = std::current_exception();
        }
        reading->done.store(true, std::memory_order_release);
        QMetaObject::invokeMethod(http, &HttpServer::wakeWaiting, Qt::QueuedConnection);
    });
    return applyPush(request, deviceId, after, reading);
}

HttpResponse HubServer::applyPush(const HttpRequest& request, const QString& deviceId, qint64 after,
                                  const std::shared_ptr<PushReading>& reading)
{
    const auto again = [this, request, deviceId, after, reading] {
        return guarded(request, [&] { return applyPush(request, deviceId, after, reading); });
    };
    if (!reading->done.load(std::memory_order_acquire))
        return stillWorking(again);
    if (reading->error)
        std::rethrow_exception(reading->error);
    if (!reading->handedOver) {
        // The push it follows is held, or is queued before it on the push thread.
        const bool follows =
            after == 0 || (m_pushThread && m_handedOverUpTo.value(deviceId) >= after) || m_service.heldUpTo(deviceId) >= after;
        if (!follows) {
            // Read before the push it follows: asked again once that one is in.
            HttpResponse ahead =
                HttpResponse::error(409, QLatin1String(protocol::PushRequest::kAhead),
                                    QStringLiteral("events up to %1 have not arrived yet; send this push again after them").arg(after));
            ahead.askAgain = again;
            return ahead;
        }
        reading->handedOver = true;
        if (!m_pushThread) {
            reading->result = m_service.push(deviceId, *reading->prepared, after);
            reading->applied.store(true);
        } else {
            m_handedOverUpTo[deviceId] = std::max(m_handedOverUpTo.value(deviceId), reading->prepared->lastSeq);
            m_pushThread->run([reading, deviceId, after, http = &m_http](HubService& service) {
                try {
                    reading->result = service.push(deviceId, *reading->prepared, after);
                } catch (...) {
                    reading->applyError = std::current_exception();
                }
                reading->applied.store(true, std::memory_order_release);
                QMetaObject::invokeMethod(http, &HttpServer::wakeWaiting, Qt::QueuedConnection);
            });
        }
    }
    if (!reading->applied.load(std::memory_order_acquire))
        return stillWorking(again);
    // Its thousands of decoded events are freed on the reader, not on a thread that applies pushes.
    m_pushReaders.start([reading] { reading->prepared.reset(); });
    if (reading->applyError)
        std::rethrow_exception(reading->applyError);
    const PushResult& result = *reading->result;
    return HttpResponse::json(QJsonObject{{QStringLiteral("highest_seq"), result.highestSeq},
                                          {QStringLiteral("applied"), result.applied},
                                          {QStringLiteral("duplicates"), result.duplicates},
                                          {QStringLiteral("conflicts"), result.conflicts},
                                          {QStringLiteral("conflict_details"), result.conflictDetails},
                                          {QStringLiteral("members"), result.members},
                                          {QStringLiteral("gift_cards"), result.giftCards},
                                          {QStringLiteral("kiosk_code_key"), result.kioskCodeKey}});
}

void HubServer::keyRoute(const QByteArray& method, const QString& pattern, const char* scope, qint64 maxBody, KeyHandler handler)
{
    m_http.route(
        method, pattern, maxBody, [this, scope](const HttpRequest& head) { return admitKey(head, scope); },
        [handler = std::move(handler)](const HttpRequest& request, const QStringList& args) {
            return guarded(request, [&] { return HttpResponse::json(handler(request, args)); });
        });
}

std::optional<HttpResponse> HubServer::throttle(RateLimiter& limiter, const QString& key, bool count)
{
    qint64 retryAfterMs = 0;
    if (count ? limiter.take(key, m_http.nowMs(), &retryAfterMs) : limiter.allows(key, m_http.nowMs(), &retryAfterMs))
        return std::nullopt;
    HttpResponse response = HttpResponse::error(429, QStringLiteral("request.rate"), QStringLiteral("too many requests; slow down"));
    response.headers.append(
        std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000))));
    return response;
}

std::optional<HttpResponse> HubServer::admitDevice(const HttpRequest& head)
{
    std::optional<HttpResponse> refusal;
    const HttpResponse answer = guarded(head, [&] {
        m_service.checkSignedHead(signatureOf(head));
        return HttpResponse{};
    });
    if (answer.status == 401) // who keeps failing to sign in is slowed down by address
        refusal = throttle(m_addressRate, head.remoteAddress.toString());
    if (!refusal && answer.status != 200)
        refusal = answer;
    // Counted once the signature proves it is the device (deviceRoute), so naming a device does not use it up.
    if (!refusal)
        refusal = throttle(m_deviceRate, QString::fromUtf8(head.value(RequestSignature::kDeviceHeader)), false);
    return refusal;
}

std::optional<HttpResponse> HubServer::admitKey(const HttpRequest& head, const char* scope)
{
    QString keyId;
    const HttpResponse answer = guarded(head, [&] {
        keyId = m_service.integrator().authenticate(head.value("Authorization"), QLatin1String(scope));
        return HttpResponse{};
    });
    if (answer.status == 401) {
        if (auto slowed = throttle(m_addressRate, head.remoteAddress.toString()))
            return slowed;
    }
    if (answer.status != 200)
        return answer;
    return throttle(m_keyRate, keyId);
}

void HubServer::startBackgroundWork(int foldIntervalMs)
{
    // On the background thread when there is one: a fold of thousands of sales does not hold up
    // requests. A tick that comes while the last one's work still runs is skipped.
    const auto inBackground = [this](std::atomic<bool>& busy, std::function<void(HubService&)> work) {
        if (!m_backgroundThread) {
            work(m_service);
        } else if (!busy.exchange(true)) {
            m_backgroundThread->run([&busy, work = std::move(work)](HubService& service) {
                work(service);
                busy = false;
            });
        }
    };
    m_foldTimer = new QTimer(this);
    connect(m_foldTimer, &QTimer::timeout, this, [this, inBackground] {
        inBackground(m_folding, [](HubService& service) {
            try {
                service.stock().fold();
            } catch (const DomainError& e) {
                qWarning("hub: folding stock levels failed: %s", qPrintable(e.message()));
            }
            try {
                service.offers().fold(HubOffers::kBackgroundBaskets);
            } catch (const DomainError& e) {
                qWarning("hub: counting sold baskets for offers failed: %s", qPrintable(e.message()));
            }
        });
    });
    m_foldTimer->start(foldIntervalMs);
    // Points expire, and suggestions are worked out again, whether or not a till is busy.
    m_expiryTimer = new QTimer(this);
    connect(m_expiryTimer, &QTimer::timeout, this, [this, inBackground] {
        inBackground(m_expiring, [](HubService& service) {
            try {
                service.expirePoints();
                service.offers().compute(service.coupons());
            } catch (const DomainError& e) {
                qWarning("hub: expiring points failed: %s", qPrintable(e.message()));
            }
        });
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
    m_http.useTls(configuration);
}

quint16 HubServer::listen(const QHostAddress& address, quint16 port)
{
    return m_http.listen(address, port);
}

HttpResponse HubServer::enroll(const HttpRequest& request)
{
    return guarded(request, [&] {
        const QJsonObject body = parseBody(request);
        return HttpResponse::json(
            m_service.enroll(body.value(QStringLiteral("token")).toString(),
                             QByteArray::fromBase64(body.value(QStringLiteral("public_key")).toString().toLatin1()),
                             QByteArray::fromBase64(body.value(QStringLiteral("journal_public_key")).toString().toLatin1())));
    });
}

QString HubServer::authenticate(const HttpRequest& request)
{
    return m_service.authenticate(signatureOf(request), request.method, RequestSignature::signedPath(request.url), request.body);
}

} // namespace omnitill::hub
