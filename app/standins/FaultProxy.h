#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace omnitill::standins {

// A TCP proxy between tills and the hub that loses what a bad store network loses: with a given
// chance, the hub's answer to a request is dropped after the hub sent it (the hub has done the
// work, the till never hears of it), and every answer can be held back for a while. Seeded, so a
// failing run can be repeated.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        int dropReplyPercent = 0; // chance that an answer is cut off, per request
        int delayMs = 0;          // every answer waits this long
        quint32 seed = 1;
    };

    FaultProxy(const QHostAddress& upstream, quint16 upstreamPort, const Faults& faults, QObject* parent = nullptr);

    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    int droppedReplies() const { return m_dropped; }
    int relayedReplies() const { return m_relayed; }

private:
    void accept();

    QTcpServer m_server;
    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    Faults m_faults;
    QRandomGenerator m_random;
    int m_dropped = 0;
    int m_relayed = 0;
};

} // namespace omnitill::standins
