#include "HttpConnection.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

#include <algorithm>
#include <limits>

namespace omnitill::hub {

namespace {
// What the socket itself may hold unread: beyond it the kernel stops the sender.
constexpr qint64 kSocketBuffer = 64 * 1024;
constexpr QByteArrayView kEndOfHead("\r\n\r\n");
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer& server) : QObject(&server), m_socket(socket), m_server(server)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::written);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    // Asked again from the event loop, not inside the other request's handling.
    connect(&server, &HttpServer::handled, this, [this] {
        if (m_state == State::Waiting)
            QTimer::singleShot(0, this, &HttpConnection::askAgain);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError || m_state != State::Writing)
            finish();
    });
}

HttpConnection::~HttpConnection()
{
    if (m_admission.reservedBytes > 0)
        m_server.release(m_admission);
}

void HttpConnection::start()
{
    enter(State::Fresh, m_server.limits().headTimeoutMs);
    readAvailable();
}

void HttpConnection::abort()
{
    m_socket->abort();
    finish();
}

int HttpConnection::evictionRank() const
{
    switch (m_state) {
    case State::Lingering:
        return 0;
    case State::Idle:
        return 1;
    case State::Fresh:
        return 2;
    case State::Head:
        return 3;
    case State::Body:
    case State::Waiting:
        return 4;
    case State::Writing:
        break;
    }
    return 5;
}

void HttpConnection::enter(State state, qint64 timeoutMs)
{
    m_state = state;
    m_stateSinceMs = m_server.nowMs();
    m_timer.start(int(std::clamp<qint64>(timeoutMs, 0, std::numeric_limits<int>::max())));
}

void HttpConnection::readAvailable()
{
    for (;;) {
        switch (m_state) {
        case State::Fresh:
        case State::Idle:
            if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
                return;
            enter(State::Head, m_server.limits().headTimeoutMs);
            break;
        case State::Head:
            if (!readHead())
                return;
            break;
        case State::Body:
            if (!readBody())
                return;
            break;
        case State::Lingering:
            m_socket->skip(m_socket->bytesAvailable());
            return;
        case State::Waiting:
        case State::Writing:
            return; // a pipelined request waits (and the kernel holds the sender back)
        }
    }
}

bool HttpConnection::readHead()
{
    const int maxHead = m_server.limits().maxHeadBytes;
    m_buffer += m_socket->read(qMax<qint64>(0, maxHead + kEndOfHead.size() - m_buffer.size()));
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2); // blank lines before a request (some clients end a body with one) are allowed
    const qsizetype end = m_buffer.indexOf(kEndOfHead);
    if (end < 0 || end > maxHead) {
        if (m_buffer.size() >= maxHead + kEndOfHead.size())
            refuse(HttpResponse::error(431, QStringLiteral("request.headers"),
                                       QStringLiteral("the request line and headers exceed %1 bytes").arg(maxHead)));
        return false;
    }
    m_head = HttpHead{};
    if (const auto error = HttpHead::parse(QByteArrayView(m_buffer).first(end), m_server.limits().maxHeaders, m_head)) {
        refuse(*error);
        return false;
    }
    m_buffer.remove(0, end + kEndOfHead.size());
    m_head.request.remoteAddress = clientAddress();
    m_admission = m_server.admit(m_head.request, m_head.contentLength);
    if (m_admission.refusal) {
        refuse(*m_admission.refusal);
        return false;
    }
    if (m_head.expectsContinue && m_head.contentLength > m_buffer.size())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    const HttpLimits& limits = m_server.limits();
    m_bodyDeadlineMs = m_server.nowMs() + 30000 + m_head.contentLength * 1000 / qMax(1, limits.minBodyBytesPerSecond);
    enter(State::Body, qMin<qint64>(limits.stallTimeoutMs, m_bodyDeadlineMs - m_server.nowMs()));
    return true;
}

bool HttpConnection::readBody()
{
    const qint64 wanted = m_head.contentLength;
    if (m_buffer.size() < wanted) {
        const qint64 before = m_buffer.size();
        m_buffer += m_socket->read(wanted - m_buffer.size());
        if (m_buffer.size() < wanted) {
            if (m_buffer.size() > before)
                m_timer.start(int(qMin<qint64>(m_server.limits().stallTimeoutMs, qMax<qint64>(0, m_bodyDeadlineMs - m_server.nowMs()))));
            return false;
        }
    }
    m_head.request.body = m_buffer.left(wanted);
    m_buffer.remove(0, wanted);
    m_waitUntilMs = m_server.nowMs() + m_server.limits().waitForAnotherMs;
    respond(m_server.handle(m_head.request, m_admission));
    // Waiting or Writing: the next request waits until this answer is out.
    return m_state != State::Writing && m_state != State::Waiting;
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (response.askAgain && response.underWay)
        m_waitUntilMs = m_server.nowMs() + m_server.limits().waitForAnotherMs;
    if (response.askAgain && m_server.nowMs() < m_waitUntilMs) {
        m_waiting = response;
        enter(State::Waiting, m_server.limits().askAgainMs);
        return;
    }
    m_waiting = HttpResponse{};
    m_server.release(m_admission);
    m_head.request.body.clear();
    answer(response, !m_head.keepAlive);
}

void HttpConnection::askAgain()
{
    if (m_state != State::Waiting)
        return;
    const std::function<HttpResponse()> again = m_waiting.askAgain;
    respond(HttpServer::answerOf(m_head.request, again));
    if (m_state != State::Waiting)
        m_server.wakeWaiting(); // answered: another answer may have waited for this one
}

QHostAddress HttpConnection::clientAddress() const
{
    const QHostAddress peer = m_socket->peerAddress();
    if (!m_server.limits().trustForwardedFor || !peer.isLoopback())
        return peer;
    const QByteArray forwarded = m_head.request.value("X-Forwarded-For");
    const QHostAddress client(QString::fromLatin1(forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed()));
    return client.isNull() ? peer : client;
}

void HttpConnection::answer(const HttpResponse& response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reason(response.status) + "\r\n";
    if (!response.body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "\r\n";
    out += response.body;
    m_closeAfterWrite = close;
    enter(State::Writing, 30000 + out.size() * 1000 / qMax(1, m_server.limits().minBodyBytesPerSecond));
    m_socket->write(out);
}

void HttpConnection::refuse(const HttpResponse& response)
{
    // The rest of the request (its body, maybe more) is never read: answer, then close.
    m_lingerAfterWrite = true;
    m_buffer.clear();
    answer(response, true);
}

void HttpConnection::written()
{
    if (m_state != State::Writing || m_socket->bytesToWrite() > 0)
        return;
    if (auto* tls = qobject_cast<QSslSocket*>(m_socket); tls && tls->encryptedBytesToWrite() > 0)
        return;
    if (m_lingerAfterWrite) {
        linger();
    } else if (m_closeAfterWrite) {
        m_socket->disconnectFromHost();
    } else {
        enter(State::Idle, m_server.limits().idleTimeoutMs);
        readAvailable();
    }
}

void HttpConnection::linger()
{
    // Closing with unread data would reset the connection, and the client could lose the answer
    // before reading it: stop sending, and read and drop what still comes for a moment.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_buffer.clear();
    enter(State::Lingering, m_server.limits().lingerMs);
    readAvailable();
}

void HttpConnection::timedOut()
{
    switch (m_state) {
    case State::Head:
        refuse(HttpResponse::error(408, QStringLiteral("request.timeout"), QStringLiteral("the request headers took too long")));
        break;
    case State::Body:
        refuse(HttpResponse::error(408, QStringLiteral("request.timeout"), QStringLiteral("the request body stopped arriving")));
        break;
    case State::Waiting:
        askAgain();
        break;
    default: // idle, never started, an answer nobody reads, the end of lingering
        abort();
        break;
    }
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_server.release(m_admission);
    emit closed(this);
    deleteLater();
}

} // namespace omnitill::hub
