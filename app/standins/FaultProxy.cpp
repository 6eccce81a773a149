#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace omnitill::standins {

FaultProxy::FaultProxy(const QHostAddress& upstream, quint16 upstreamPort, const Faults& faults, QObject* parent)
    : QObject(parent), m_upstream(upstream), m_upstreamPort(upstreamPort), m_faults(faults), m_random(faults.seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::refuses(const QByteArray& data)
{
    if (m_faults.busyFirst <= 0)
        return false;
    // A request line, "POST /v1/push?after=9 HTTP/1.1": bodies are JSON and never start like one.
    const QList<QByteArray> line = data.left(data.indexOf("\r\n")).split(' ');
    if (line.size() != 3 || !line.at(2).startsWith("HTTP/"))
        return false;
    const QByteArray path = line.at(1).split('?').first();
    if (!m_faults.busyPaths.contains(path) || m_refusedByPath.value(path) >= m_faults.busyFirst)
        return false;
    ++m_refusedByPath[path];
    ++m_busy;
    return true;
}

namespace {
// A request the busy hub refuses: read to its end, then answered and the connection closed.
struct Refusal
{
    bool active = false;
    QByteArray head;
    qint64 bodyLeft = -1; // unknown until the head is complete

    // True once the whole request is in.
    bool take(const QByteArray& data)
    {
        if (bodyLeft >= 0) {
            bodyLeft -= data.size();
            return bodyLeft <= 0;
        }
        head += data;
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qint64 length = 0;
        for (const QByteArray& header : head.left(end).split('\n')) {
            if (header.toLower().startsWith("content-length:"))
                length = header.mid(15).trimmed().toLongLong();
        }
        bodyLeft = length - (head.size() - end - 4);
        return bodyLeft <= 0;
    }
};
} // namespace

void FaultProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* hub = new QTcpSocket(client);
        // Per connection: whether the till sent something the hub has not answered yet, and
        // whether that answer is being dropped.
        auto awaiting = std::make_shared<bool>(false);
        auto pending = std::make_shared<QByteArray>(); // what the till sent before the hub connection was up
        auto refusal = std::make_shared<Refusal>();
        connect(hub, &QTcpSocket::connected, client, [hub, pending] {
            hub->write(*pending);
            pending->clear();
        });
        connect(client, &QTcpSocket::readyRead, client, [this, client, hub, awaiting, pending, refusal] {
            const QByteArray data = client->readAll();
            if (!refusal->active && !*awaiting && refuses(data))
                refusal->active = true;
            if (refusal->active) {
                if (refusal->take(data)) {
                    client->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    client->disconnectFromHost();
                }
                return;
            }
            *awaiting = true;
            if (hub->state() == QAbstractSocket::ConnectedState)
                hub->write(data);
            else
                *pending += data;
        });
        connect(hub, &QTcpSocket::readyRead, client, [this, client, hub, awaiting] {
            const QByteArray data = hub->readAll();
            if (*awaiting) {
                *awaiting = false;
                if (int(m_random.bounded(100)) < m_faults.dropReplyPercent) {
                    ++m_dropped;
                    client->abort(); // the answer is lost; the hub has already done the work
                    hub->abort();
                    client->deleteLater();
                    return;
                }
                ++m_relayed;
            }
            if (m_faults.delayMs <= 0) {
                client->write(data);
                return;
            }
            QPointer<QTcpSocket> to(client);
            QTimer::singleShot(m_faults.delayMs, client, [to, data] {
                if (to)
                    to->write(data);
            });
        });
        const auto closeBoth = [client, hub] {
            hub->disconnectFromHost();
            client->disconnectFromHost();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, client, closeBoth);
        connect(hub, &QTcpSocket::disconnected, client, closeBoth);
        hub->connectToHost(m_upstream, m_upstreamPort);
    }
}

} // namespace omnitill::standins
