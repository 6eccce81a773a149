#include "PrinterEmulator.h"

#include "VirtualSerialLine.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

#include <memory>

namespace omnitill::standins {

// The listening socket and its connections, on the emulator's thread.
class PrinterEmulator::Server : public QObject
{
public:
    explicit Server(PrinterEmulator& owner) : m_owner(owner) {}

    bool listen(const QHostAddress& address, quint16 port)
    {
        if (!m_server) {
            m_server = std::make_unique<QTcpServer>();
            connect(m_server.get(), &QTcpServer::newConnection, this, &Server::accept);
        }
        return m_server->listen(address, port);
    }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

    QString openLine()
    {
        m_lines.push_back(std::make_unique<VirtualSerialLine>());
        const VirtualSerialLine& line = *m_lines.back();
        if (!line.isValid())
            return {};
        const int fd = line.fd();
        // Parented to the server: deleted (and so silent) before the lines close their fds.
        auto* notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        auto decoder = std::make_shared<EscPosDecoder>(m_owner.m_profile);
        connect(notifier, &QSocketNotifier::activated, notifier, [this, fd, decoder] {
            char buffer[4096];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                return;
            const QByteArray reply = m_owner.handle(decoder->feed(QByteArray(buffer, n)), n);
            if (!reply.isEmpty() && ::write(fd, reply.constData(), size_t(reply.size())) != reply.size())
                qWarning("printer emulator: cannot answer on the line");
        });
        return line.port();
    }

    ~Server() override { qDeleteAll(findChildren<QSocketNotifier*>()); }

    void powerOff()
    {
        if (m_server)
            m_server->close();
        for (QTcpSocket* socket : findChildren<QTcpSocket*>()) {
            socket->abort();
            socket->deleteLater();
        }
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto decoder = std::make_shared<EscPosDecoder>(m_owner.m_profile);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, decoder] {
                const QByteArray bytes = socket->readAll();
                const QByteArray reply = m_owner.handle(decoder->feed(bytes), bytes.size());
                if (!reply.isEmpty())
                    socket->write(reply);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    PrinterEmulator& m_owner;
    std::unique_ptr<QTcpServer> m_server;
    std::vector<std::unique_ptr<VirtualSerialLine>> m_lines;
};

PrinterEmulator::PrinterEmulator(PrinterProfile profile) : m_profile(std::move(profile))
{
    m_thread.setObjectName(QStringLiteral("printer-emulator"));
    m_server = new Server(*this);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

PrinterEmulator::~PrinterEmulator()
{
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->powerOff(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 PrinterEmulator::start(const QHostAddress& address, quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server, [&] { ok = m_server->listen(address, port); }, Qt::BlockingQueuedConnection);
    if (!ok)
        return 0;
    QMetaObject::invokeMethod(
        m_server, [&] { m_port = m_server->port(); }, Qt::BlockingQueuedConnection);
    m_address = address;
    return m_port;
}

QString PrinterEmulator::openLine()
{
    QString port;
    QMetaObject::invokeMethod(
        m_server, [&] { port = m_server->openLine(); }, Qt::BlockingQueuedConnection);
    return port;
}

QString PrinterEmulator::address() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_address.toString()).arg(m_port);
}

void PrinterEmulator::setPowered(bool powered)
{
    if (powered)
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->listen(m_address, m_port); }, Qt::BlockingQueuedConnection);
    else
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->powerOff(); }, Qt::BlockingQueuedConnection);
}

void PrinterEmulator::setOnline(bool online)
{
    QMutexLocker lock(&m_mutex);
    m_state.online = online;
}

void PrinterEmulator::setPaper(Paper paper)
{
    QMutexLocker lock(&m_mutex);
    m_state.paper = paper;
}

void PrinterEmulator::setCoverOpen(bool open)
{
    QMutexLocker lock(&m_mutex);
    m_state.coverOpen = open;
}

void PrinterEmulator::setDrawerOpen(bool open)
{
    QMutexLocker lock(&m_mutex);
    m_state.drawerOpen = open;
}

void PrinterEmulator::goOfflineAfter(int documents)
{
    QMutexLocker lock(&m_mutex);
    m_state.offlineAfter = documents;
}

QList<PrintedDocument> PrinterEmulator::documents() const
{
    QMutexLocker lock(&m_mutex);
    QList<PrintedDocument> all = m_state.documents;
    if (m_state.currentHasContent)
        all.append(m_state.current); // a model without cutter: the paper is out, just not torn off
    return all;
}

int PrinterEmulator::drawerKicks() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.kicks;
}

int PrinterEmulator::statusRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.statusRequests;
}

qint64 PrinterEmulator::discardedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.discarded;
}

bool PrinterEmulator::accepting() const
{
    return m_state.online && !m_state.coverOpen && m_state.paper != Paper::End;
}

void PrinterEmulator::finishDocument()
{
    if (!m_state.currentHasContent)
        return;
    m_state.documents.append(m_state.current);
    m_state.current = {};
    m_state.currentHasContent = false;
    const int index = int(m_state.documents.size()) - 1;
    QMetaObject::invokeMethod(
        this, [this, index] { emit documentPrinted(index); }, Qt::QueuedConnection);
    if (m_state.offlineAfter > 0 && --m_state.offlineAfter == 0) {
        m_state.offlineAtNextDocument = true;
        m_state.offlineAfter = -1;
    }
}

QByteArray PrinterEmulator::handle(const QList<EscPosElement>& elements, qsizetype bytes)
{
    QMutexLocker lock(&m_mutex);
    QByteArray reply;
    qsizetype statusBytes = 0;
    bool discarded = false;
    for (const EscPosElement& e : elements) {
        using Kind = EscPosElement::Kind;
        if (e.kind == Kind::StatusRequest) {
            // Real-time: answered whatever the state, with the fixed bits 1 and 4 set.
            ++m_state.statusRequests;
            statusBytes += 3;
            const bool paperEnd = m_state.paper == Paper::End;
            uchar b = 0x12;
            if (e.value == 1)
                b |= uchar((!accepting() ? 0x08 : 0) | (m_state.drawerOpen ? 0x04 : 0));
            else if (e.value == 2)
                b |= uchar((m_state.coverOpen ? 0x04 : 0) | (paperEnd ? 0x20 : 0));
            else if (e.value == 4)
                b |= uchar((m_state.paper == Paper::NearEnd ? 0x0C : 0) | (paperEnd ? 0x60 : 0));
            reply.append(char(b));
            continue;
        }
        if (e.kind == Kind::Initialize && m_state.offlineAtNextDocument) {
            m_state.offlineAtNextDocument = false;
            m_state.online = false; // dies as the next document starts: that one is lost
        }
        if (!accepting()) {
            discarded = true;
            continue;
        }
        switch (e.kind) {
        case Kind::Initialize:
            finishDocument();
            break;
        case Kind::Cut:
            finishDocument();
            break;
        case Kind::Text:
            m_state.current.lines.append(e.text);
            m_state.currentHasContent = true;
            break;
        case Kind::Raster:
            m_state.current.images.append(e.image);
            m_state.currentHasContent = true;
            break;
        case Kind::Qr:
            m_state.current.qrCodes.append(e.text);
            m_state.currentHasContent = true;
            break;
        case Kind::DrawerKick:
            ++m_state.kicks;
            QMetaObject::invokeMethod(
                this, [this] { emit drawerKicked(); }, Qt::QueuedConnection);
            break;
        default:
            break;
        }
    }
    if (discarded)
        m_state.discarded += bytes - statusBytes;
    return reply;
}

} // namespace omnitill::standins
