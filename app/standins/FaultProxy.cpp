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

void FaultProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* hub = new QTcpSocket(client);
        // Per connection: whether the till sent something the hub has not answered yet, and
        // whether that answer is being dropped.
        auto awaiting = std::make_shared<bool>(false);
        auto pending = std::make_shared<QByteArray>(); // what the till sent before the hub connection was up
        connect(hub, &QTcpSocket::connected, client, [hub, pending] {
            hub->write(*pending);
            pending->clear();
        });
        connect(client, &QTcpSocket::readyRead, client, [client, hub, awaiting, pending] {
            const QByteArray data = client->readAll();
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
