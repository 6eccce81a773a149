#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace omnitill::test {

// The omnitill-zvt-terminal stand-in as its own process, on a free loopback port (and a pty when
// asked), with its append-only charge log in a temporary folder.
class ZvtStandIn
{
public:
    ZvtStandIn() = default;
    ~ZvtStandIn() { stop(); }

    bool start(const QString& behaviour = QStringLiteral("approve"), bool pty = false, int pinDelayMs = 300);
    void stop();
    // Sends a behaviour on stdin and waits until the stand-in took it.
    bool setBehaviour(const QString& behaviour);
    // The card the next customer presents (girocard, Mastercard, VISA; empty: any).
    bool presentCard(const QString& brand);
    // payment.terminal for the till: zvt://127.0.0.1:PORT, or the pty's zvt+serial address.
    QString address() const;
    QString serialAddress() const { return QStringLiteral("zvt+serial://") + m_pty + QStringLiteral("?baud=115200"); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("charges.log")); }
    // The log's entries, in order; only those of `op` when given.
    QList<QJsonObject> log(const QString& op = {}) const;
    quint16 port() const { return m_port; }

private:
    bool waitForLine(const QString& prefix, QString* line, int timeoutMs = 10000);

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_pty;
};

} // namespace omnitill::test
