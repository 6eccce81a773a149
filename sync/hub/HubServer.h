#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <functional>

#include <memory>

class QHttpServer;
class QTimer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace omnitill::hub {

class HubService;

// The hub's HTTP API (/v1). Handlers keep no state between requests: everything lives in the
// database, so several hub processes can serve one PostgreSQL.
class HubServer : public QObject
{
    Q_OBJECT
public:
    explicit HubServer(HubService& service, QObject* parent = nullptr);
    ~HubServer() override;

    // Serves HTTPS from here on; throws DomainError when the files cannot be read or do not match.
    void useTls(const QString& certificatePem, const QString& keyPem);
    // Folds pushed sales into the stock levels every interval, off the request path.
    void startBackgroundWork(int foldIntervalMs = 5000);
    // Returns the port listened on, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    QHttpServerResponse enroll(const QHttpServerRequest& request);
    QHttpServerResponse push(const QHttpServerRequest& request);
    QHttpServerResponse feed(const QString& name, const QHttpServerRequest& request);
    // An integrator's request: its API key must hold the scope (HubIntegrator::scopes()).
    QHttpServerResponse integrator(const QHttpServerRequest& request, const char* scope, const std::function<QJsonObject()>& handler);
    QString authenticate(const QHttpServerRequest& request, const QByteArray& method);

    HubService& m_service;
    std::unique_ptr<QHttpServer> m_server;
    QTimer* m_foldTimer = nullptr;
    QTimer* m_expiryTimer = nullptr;
};

} // namespace omnitill::hub
