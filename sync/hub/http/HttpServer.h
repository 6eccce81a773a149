#pragma once

#include "HttpLimits.h"
#include "HttpMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QTcpServer;

namespace omnitill::hub {

class HttpConnection;

// The hub's HTTP/1.1 server. Unlike Qt 6.4's QHttpServer it decides on a request from its head:
// a route's admission (who is asking, how often) and its body cap are checked before a byte of the
// body is read, and every connection is bounded in time and in the memory it can hold.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Runs on the head of a request (no body yet): an answer refuses it.
    using Admit = std::function<std::optional<HttpResponse>(const HttpRequest& head)>;
    // Runs on the whole request; args are the path's <arg> segments, decoded.
    using Handle = std::function<HttpResponse(const HttpRequest& request, const QStringList& args)>;

    explicit HttpServer(const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpServer() override;

    // pattern: a path whose segments may be <arg>, e.g. /v1/sales/<arg>.
    void route(const QByteArray& method, const QString& pattern, qint64 maxBody, Admit admit, Handle handle);
    void useTls(const QSslConfiguration& configuration);
    // The port listened on, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

    const HttpLimits& limits() const { return m_limits; }
    int connectionCount() const { return int(m_connections.size()); }
    qint64 nowMs() const { return m_now ? m_now() : m_clock.elapsed(); }
    // The milliseconds deadlines and waits are measured in (a monotonic clock by default): a test
    // moves time on instead of sleeping.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    // For HttpConnection.
    struct Admission
    {
        std::optional<HttpResponse> refusal;
        int route = -1;
        QStringList args;
        qint64 reservedBytes = 0;
    };
    Admission admit(const HttpRequest& head, qint64 contentLength);
    HttpResponse handle(const HttpRequest& request, const Admission& admission);
    // What a handler answers; an exception it lets out is a 500 (and a line in the log).
    static HttpResponse answerOf(const HttpRequest& request, const std::function<HttpResponse()>& handler);
    void release(Admission& admission);
    // Something an answer waits for has happened (work done on another thread, or a waiting answer
    // given): every waiting answer is asked again.
    void wakeWaiting() { emit handled(); }

signals:
    // A request was answered (its handler returned): answers that wait for another are asked again.
    void handled();

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        qint64 maxBody;
        Admit admit;
        Handle handle;
    };
    void acceptPending();
    // Makes room for one more connection by closing the one that matters least; false when none may go.
    bool evictOne();
    void forget(HttpConnection* connection);

    HttpLimits m_limits;
    int m_maxConnections;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    std::vector<Route> m_routes;
    std::optional<QSslConfiguration> m_tls;
    QTcpServer* m_listener = nullptr;
    std::vector<HttpConnection*> m_connections;
    qint64 m_bodyBytesInFlight = 0;
};

} // namespace omnitill::hub
