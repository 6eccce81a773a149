#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QTcpSocket;

namespace omnitill::test {

// HTTP spoken byte by byte, as a hostile or broken client would: what is sent is exactly what the
// test wrote, and the answer is read as it comes (or the connection's end is noticed).
struct RawAnswer
{
    int status = 0;  // 0: closed or timed out without a status line
    QByteArray text; // all that arrived
    bool closed = false;
    qint64 elapsedMs = 0;
    QByteArray header(const QByteArray& name) const;
};

class RawHttp
{
public:
    // tlsCa: talk TLS and trust this certificate; sourceAddress: bind the client end (127.0.0.x).
    explicit RawHttp(quint16 port, QList<QSslCertificate> tlsCa = {}, QByteArray sourceAddress = {});

    std::unique_ptr<QTcpSocket> connect() const;
    // Sends head (and body) on a fresh connection; reads until a whole answer or the end.
    RawAnswer exchange(const QByteArray& request, int timeoutMs = 10000) const;
    // Reads what the connection answers until a whole answer, the end, or the timeout.
    static RawAnswer readAnswer(QTcpSocket& socket, int timeoutMs);

    // count connections at once, each sending head then bodyBytes of filler as fast as it is taken;
    // during it, probe runs once after probeAfterMs. Returns each connection's answer.
    QList<RawAnswer> flood(int count, const QByteArray& head, qint64 bodyBytes, int probeAfterMs, const std::function<void()>& probe,
                           int timeoutMs = 120000) const;

private:
    quint16 m_port;
    QList<QSslCertificate> m_ca;
    QByteArray m_source;
};

// Peak resident memory (VmHWM) of a process, in KiB; 0 when it cannot be read.
qint64 peakResidentKiB(qint64 pid);
// What a hub process may reach, in KiB, while ten clients each pour 30-50 MB into it: 64 MiB, or
// 1 GiB when the tests run under AddressSanitizer (its shadow memory and quarantine come on top).
inline qint64 hubMemoryBoundKiB()
{
    return qEnvironmentVariableIsSet("OMNITILL_SANITIZED") ? 1024 * 1024 : 64 * 1024;
}

} // namespace omnitill::test
