#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace omnitill::standins {

// A TCP proxy between tills and the hub that loses what a bad store network loses: with a given
// chance, the hub's answer to a request is dropped after the hub sent it (the hub has done the
// work, the till never hears of it), every answer can be held back for a while, and a hub too busy
// for the first requests to some paths can be played. Seeded, so a failing run can be repeated.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        int dropReplyPercent = 0; // chance that an answer is cut off, per request
        int delayMs = 0;          // every answer waits this long
        quint32 seed = 1;
        // The first busyFirst requests to each of these paths (without the query) are read and
        // answered 503 (Retry-After: 0) without reaching the hub.
        QList<QByteArray> busyPaths;
        int busyFirst = 0;
    };

    FaultProxy(const QHostAddress& upstream, quint16 upstreamPort, const Faults& faults, QObject* parent = nullptr);

    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    int droppedReplies() const { return m_dropped; }
    int relayedReplies() const { return m_relayed; }
    int busyReplies() const { return m_busy; }

private:
    void accept();
    // Whether the request starting with this data is one the busy hub refuses; counts it if so.
    bool refuses(const QByteArray& data);

    QTcpServer m_server;
    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    Faults m_faults;
    QRandomGenerator m_random;
    int m_dropped = 0;
    int m_relayed = 0;
    int m_busy = 0;
    QHash<QByteArray, int> m_refusedByPath;
};

} // namespace omnitill::standins
