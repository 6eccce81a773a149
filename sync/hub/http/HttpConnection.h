#pragma once

#include "HttpHead.h"
#include "HttpServer.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace omnitill::hub {

// One client connection of the HttpServer: reads requests one after another (keep-alive and
// pipelining), each within its time limits, holding at most a head and one admitted body.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, HttpServer& server);
    ~HttpConnection() override;

    void start();
    void abort();
    bool isEvictable() const { return m_state != State::Writing; }
    // Lower goes first when the server needs room.
    int evictionRank() const;
    qint64 stateSinceMs() const { return m_stateSinceMs; }

signals:
    void closed(HttpConnection* connection);

private:
    enum class State
    {
        Fresh,
        Idle,
        Head,
        Body,
        Waiting, // for the answer to another request (HttpResponse::askAgain)
        Writing,
        Lingering
    };

    void readAvailable();
    bool readHead();
    bool readBody();
    // The peer, or the client a trusted proxy on this machine forwards for.
    QHostAddress clientAddress() const;
    // The handler's answer: sent, or, when it waits for another request, kept to be asked again.
    void respond(const HttpResponse& response);
    void askAgain();
    void answer(const HttpResponse& response, bool close);
    void refuse(const HttpResponse& response);
    void written();
    void linger();
    void timedOut();
    void enter(State state, qint64 timeoutMs);
    void finish();

    QTcpSocket* m_socket;
    HttpServer& m_server;
    QTimer m_timer;
    State m_state = State::Fresh;
    qint64 m_stateSinceMs = 0;
    qint64 m_bodyDeadlineMs = 0;
    QByteArray m_buffer;
    HttpHead m_head;
    HttpServer::Admission m_admission;
    HttpResponse m_waiting;
    qint64 m_waitUntilMs = 0;
    bool m_closeAfterWrite = false;
    bool m_lingerAfterWrite = false;
    bool m_finished = false;
};

} // namespace omnitill::hub
