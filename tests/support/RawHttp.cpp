#include "RawHttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace omnitill::test {

namespace {
// Interim 100 Continue answers are skipped; the status of the final one is returned.
int statusOf(const QByteArray& text, qsizetype* headEnd)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype end = text.indexOf("\r\n\r\n", from);
        if (end < 0)
            return 0;
        const QByteArray line = text.mid(from, text.indexOf("\r\n", from) - from);
        const int status = line.split(' ').value(1).toInt();
        if (status != 100) {
            *headEnd = end + 4;
            return status;
        }
        from = end + 4;
    }
}

bool isComplete(RawAnswer& answer)
{
    qsizetype headEnd = 0;
    const int status = statusOf(answer.text, &headEnd);
    if (status == 0)
        return false;
    answer.status = status;
    return answer.text.size() - headEnd >= answer.header("content-length").toLongLong();
}
} // namespace

QByteArray RawAnswer::header(const QByteArray& name) const
{
    for (const QByteArray& line : text.left(text.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawHttp::RawHttp(quint16 port, QList<QSslCertificate> tlsCa, QByteArray sourceAddress)
    : m_port(port), m_ca(std::move(tlsCa)), m_source(std::move(sourceAddress))
{
}

std::unique_ptr<QTcpSocket> RawHttp::connect() const
{
    std::unique_ptr<QTcpSocket> socket;
    if (m_ca.isEmpty()) {
        socket = std::make_unique<QTcpSocket>();
    } else {
        auto tls = std::make_unique<QSslSocket>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(m_ca);
        tls->setSslConfiguration(configuration);
        socket = std::move(tls);
    }
    if (!m_source.isEmpty())
        socket->bind(QHostAddress(QString::fromLatin1(m_source)), 0);
    if (auto* tls = qobject_cast<QSslSocket*>(socket.get())) {
        tls->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        tls->waitForEncrypted(10000);
    } else {
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        socket->waitForConnected(10000);
    }
    return socket;
}

RawAnswer RawHttp::readAnswer(QTcpSocket& socket, int timeoutMs)
{
    RawAnswer answer;
    QElapsedTimer clock;
    clock.start();
    while (!isComplete(answer) && clock.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && socket.state() != QAbstractSocket::ConnectedState) {
            answer.closed = true;
            break;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(qMin<qint64>(100, timeoutMs - clock.elapsed()))) &&
            socket.state() != QAbstractSocket::ConnectedState) {
            answer.closed = true;
            answer.text += socket.readAll();
            break;
        }
        answer.text += socket.readAll();
    }
    isComplete(answer);
    answer.elapsedMs = clock.elapsed();
    return answer;
}

RawAnswer RawHttp::exchange(const QByteArray& request, int timeoutMs) const
{
    const std::unique_ptr<QTcpSocket> socket = connect();
    if (socket->state() != QAbstractSocket::ConnectedState)
        return RawAnswer{0, {}, true, 0};
    socket->write(request);
    socket->waitForBytesWritten(timeoutMs);
    return readAnswer(*socket, timeoutMs);
}

QList<RawAnswer> RawHttp::flood(int count, const QByteArray& head, qint64 bodyBytes, int probeAfterMs, const std::function<void()>& probe,
                                int timeoutMs) const
{
    struct Stream
    {
        std::unique_ptr<QTcpSocket> socket;
        qint64 sent = 0;
        RawAnswer answer;
    };
    static const QByteArray filler(64 * 1024, 'x');
    std::vector<Stream> streams(static_cast<std::size_t>(count));
    for (Stream& stream : streams) {
        stream.socket = connect();
        Stream* s = &stream;
        const auto pump = [s, bodyBytes] {
            while (s->sent < bodyBytes && s->socket->state() == QAbstractSocket::ConnectedState && s->socket->bytesToWrite() < 256 * 1024) {
                const qint64 n = qMin<qint64>(filler.size(), bodyBytes - s->sent);
                s->socket->write(filler.constData(), n);
                s->sent += n;
            }
        };
        QObject::connect(s->socket.get(), &QTcpSocket::bytesWritten, s->socket.get(), pump);
        QObject::connect(s->socket.get(), &QTcpSocket::readyRead, s->socket.get(), [s] { s->answer.text += s->socket->readAll(); });
        s->socket->write(head);
        pump();
    }
    bool probed = false;
    QTimer::singleShot(probeAfterMs, [&] {
        probe();
        probed = true;
    });
    // The answers are read below whether or not every stream finished in time.
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] {
            return probed && std::all_of(streams.begin(), streams.end(), [&](Stream& s) {
                       const bool closed = s.socket->state() != QAbstractSocket::ConnectedState;
                       return closed || (isComplete(s.answer) && s.sent >= bodyBytes);
                   });
        },
        timeoutMs);
    QList<RawAnswer> answers;
    for (Stream& s : streams) {
        s.answer.text += s.socket->readAll();
        isComplete(s.answer);
        s.answer.closed = s.socket->state() != QAbstractSocket::ConnectedState;
        answers.append(s.answer);
    }
    return answers;
}

qint64 peakResidentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace omnitill::test
