#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <algorithm>
#include <exception>

namespace omnitill::hub {

HttpServer::HttpServer(const HttpLimits& limits, QObject* parent)
    : QObject(parent), m_limits(limits), m_maxConnections(limits.effectiveMaxConnections())
{
    m_clock.start();
}

HttpServer::~HttpServer()
{
    // Connections are children, but must go while the server they call back into is whole.
    m_connections.clear();
    const QList<HttpConnection*> connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (HttpConnection* connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void HttpServer::route(const QByteArray& method, const QString& pattern, qint64 maxBody, Admit admit, Handle handle)
{
    m_routes.push_back(Route{method, pattern.split(u'/', Qt::SkipEmptyParts), maxBody, std::move(admit), std::move(handle)});
}

void HttpServer::useTls(const QSslConfiguration& configuration)
{
    m_tls = configuration;
}

quint16 HttpServer::listen(const QHostAddress& address, quint16 port)
{
    if (m_tls) {
        auto* server = new QSslServer(this);
        server->setSslConfiguration(*m_tls);
        server->setHandshakeTimeout(m_limits.headTimeoutMs);
        m_listener = server;
    } else {
        m_listener = new QTcpServer(this);
    }
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_listener->listen(address, port))
        return 0;
    return m_listener->serverPort();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        if (int(m_connections.size()) >= m_maxConnections && !evictOne()) {
            qWarning("hub: %d connections are busy; refusing one from %s", int(m_connections.size()),
                     qPrintable(socket->peerAddress().toString()));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new HttpConnection(socket, *this);
        m_connections.push_back(connection);
        connect(connection, &HttpConnection::closed, this, &HttpServer::forget);
        connection->start();
    }
}

bool HttpServer::evictOne()
{
    // A kept-alive connection doing nothing goes first, then one still sending its headers, then the
    // slowest upload; one being answered stays. Within a kind, the one in that state longest goes.
    HttpConnection* victim = nullptr;
    for (HttpConnection* c : m_connections) {
        if (!c->isEvictable())
            continue;
        if (!victim || c->evictionRank() < victim->evictionRank() ||
            (c->evictionRank() == victim->evictionRank() && c->stateSinceMs() < victim->stateSinceMs()))
            victim = c;
    }
    if (!victim)
        return false;
    victim->abort();
    return true;
}

void HttpServer::forget(HttpConnection* connection)
{
    m_connections.erase(std::remove(m_connections.begin(), m_connections.end(), connection), m_connections.end());
}

HttpServer::Admission HttpServer::admit(const HttpRequest& head, qint64 contentLength)
{
    Admission admission;
    const QStringList segments = head.url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (int i = 0; i < int(m_routes.size()) && admission.route < 0; ++i) {
        const Route& route = m_routes.at(std::size_t(i));
        if (route.segments.size() != segments.size())
            continue;
        QStringList args;
        bool matches = true;
        for (qsizetype s = 0; s < segments.size() && matches; ++s) {
            if (route.segments.at(s) == QLatin1String("<arg>"))
                args.append(QUrl::fromPercentEncoding(segments.at(s).toLatin1()));
            else
                matches = route.segments.at(s) == segments.at(s);
        }
        if (!matches)
            continue;
        pathKnown = true;
        if (route.method == head.method) {
            admission.route = i;
            admission.args = args;
        }
    }
    if (admission.route < 0) {
        admission.refusal = pathKnown
                                ? HttpResponse::error(405, QStringLiteral("request.method"),
                                                      QStringLiteral("this path does not take %1").arg(QString::fromLatin1(head.method)))
                                : HttpResponse::error(404, QStringLiteral("request.path"), QStringLiteral("no such path"));
        return admission;
    }
    const Route& route = m_routes.at(std::size_t(admission.route));
    if (contentLength > route.maxBody) {
        admission.refusal = HttpResponse::error(413, QStringLiteral("request.too_large"),
                                                QStringLiteral("the request body is too large (at most %1 bytes here)").arg(route.maxBody));
        return admission;
    }
    if (route.admit) {
        admission.refusal = route.admit(head);
        if (admission.refusal)
            return admission;
    }
    if (m_bodyBytesInFlight + contentLength > m_limits.maxBodyBytesInFlight) {
        HttpResponse busy = HttpResponse::error(503, QStringLiteral("hub.busy"),
                                                QStringLiteral("the hub is receiving too much at once; try again shortly"));
        busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        admission.refusal = busy;
        return admission;
    }
    admission.reservedBytes = contentLength;
    m_bodyBytesInFlight += contentLength;
    return admission;
}

HttpResponse HttpServer::answerOf(const HttpRequest& request, const std::function<HttpResponse()>& handler)
{
    try {
        return handler();
    } catch (const std::exception& e) {
        qWarning("hub: %s on %s", e.what(), qPrintable(request.url.path()));
        return HttpResponse::error(500, QStringLiteral("hub.internal"), QStringLiteral("the hub could not complete the request"));
    }
}

HttpResponse HttpServer::handle(const HttpRequest& request, const Admission& admission)
{
    HttpResponse response = answerOf(request, [&] { return m_routes.at(std::size_t(admission.route)).handle(request, admission.args); });
    emit handled();
    return response;
}

void HttpServer::release(Admission& admission)
{
    m_bodyBytesInFlight -= admission.reservedBytes;
    admission.reservedBytes = 0;
}

} // namespace omnitill::hub
