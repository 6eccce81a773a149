#pragma once

#include "http/HttpServer.h"
#include "http/RateLimiter.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubService;
class HubThread;

// The hub's HTTP API (/v1). Handlers keep no state between requests: everything lives in the
// database, so several hub processes can serve one PostgreSQL. Who is asking, and how often, is
// settled from a request's headers before its body is read.
class HubServer : public QObject
{
    Q_OBJECT
public:
    explicit HubServer(HubService& service, const HttpLimits& limits = {}, QObject* parent = nullptr);
    ~HubServer() override;

    // Serves HTTPS from here on; throws DomainError when the files cannot be read or do not match.
    void useTls(const QString& certificatePem, const QString& keyPem);
    // Folds pushed sales into the stock levels every interval, off the request path.
    void startBackgroundWork(int foldIntervalMs = 5000);
    // Returns the port listened on, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    // Pushes are applied, journals checked, and stock and offers folded, on threads with their own
    // connections to this database (PostgreSQL), so this thread keeps reading requests meanwhile;
    // throws DomainError when one cannot connect. Before startBackgroundWork.
    void workOnOwnThreads(const QString& databaseUrl, const Clock& clock);

private:
    using DeviceHandler = std::function<QJsonObject(const HttpRequest& request, const QStringList& args, const QString& deviceId)>;
    using DeviceResponder = std::function<HttpResponse(const HttpRequest& request, const QStringList& args, const QString& deviceId)>;
    using KeyHandler = std::function<QJsonObject(const HttpRequest& request, const QStringList& args)>;
    // A request signed by an enrolled device.
    void deviceRoute(const QByteArray& method, const QString& pattern, qint64 maxBody, DeviceHandler handler);
    void deviceResponderRoute(const QByteArray& method, const QString& pattern, qint64 maxBody, DeviceResponder responder);
    // An integrator's request: its API key must hold the scope (HubIntegrator::scopes()).
    void keyRoute(const QByteArray& method, const QString& pattern, const char* scope, qint64 maxBody, KeyHandler handler);
    void addRoutes();
    std::optional<HttpResponse> admitDevice(const HttpRequest& head);
    std::optional<HttpResponse> admitKey(const HttpRequest& head, const char* scope);
    // A 429 when key has used up its requests; count: this request is one of them.
    std::optional<HttpResponse> throttle(RateLimiter& limiter, const QString& key, bool count = true);
    HttpResponse enroll(const HttpRequest& request);
    // A push, read on a worker thread while this one applies the push before it; one sent while
    // the till's earlier push is on its way waits for that one's events.
    HttpResponse push(const HttpRequest& request, const QString& deviceId, qint64 after);
    // A request's work on one of the hub's threads, answered when done; here when there is none.
    HttpResponse onThread(HubThread* thread, const HttpRequest& request, std::function<QJsonObject(HubService&)> work);
    struct Work;
    HttpResponse answerWhenDone(const HttpRequest& request, const std::shared_ptr<Work>& state);
    struct PushReading;
    HttpResponse applyPush(const HttpRequest& request, const QString& deviceId, qint64 after, const std::shared_ptr<PushReading>& reading);
    QString authenticate(const HttpRequest& request);

    HubService& m_service;
    HttpServer m_http;
    RateLimiter m_deviceRate;
    RateLimiter m_keyRate;
    RateLimiter m_addressRate;
    QTimer* m_foldTimer = nullptr;
    QTimer* m_expiryTimer = nullptr;
    std::atomic<bool> m_folding = false;  // a fold runs on m_backgroundThread
    std::atomic<bool> m_expiring = false; // so does an expiry
    // After m_http and the flags, which their work uses: destroyed before them.
    std::unique_ptr<HubThread> m_pushThread;
    std::unique_ptr<HubThread> m_journalThread; // journal steps, checked beside the pushes
    std::unique_ptr<HubThread> m_backgroundThread;
    QHash<QString, qint64> m_handedOverUpTo; // per device: the last sequence handed to m_pushThread
    // Last: its destructor waits for the pushes being read.
    QThreadPool m_pushReaders;
};

} // namespace omnitill::hub
