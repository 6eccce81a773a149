#include "ZvtStandIn.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

namespace omnitill::test {

bool ZvtStandIn::start(const QString& behaviour, bool pty, int pinDelayMs)
{
    QStringList args{QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--log"),          logPath(),
                     QStringLiteral("--behaviour"),    behaviour,
                     QStringLiteral("--pin-delay-ms"), QString::number(pinDelayMs)};
    if (pty)
        args << QStringLiteral("--pty");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(qEnvironmentVariable("OMNITILL_BIN_DIR") + QStringLiteral("/omnitill-zvt-terminal"), args);
    if (!m_process.waitForStarted(10000))
        return false;
    QString line;
    if (!waitForLine(QStringLiteral("listening on "), &line))
        return false;
    m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
    if (pty) {
        if (!waitForLine(QStringLiteral("pty "), &line))
            return false;
        m_pty = line.mid(4);
    }
    return m_port != 0;
}

void ZvtStandIn::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ZvtStandIn::waitForLine(const QString& prefix, QString* line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (m_output.contains('\n')) {
            const qsizetype end = m_output.indexOf('\n');
            const QString next = QString::fromUtf8(m_output.left(end)).trimmed();
            m_output.remove(0, end + 1);
            if (next.startsWith(prefix)) {
                if (line)
                    *line = next;
                return true;
            }
        }
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(qMax<qint64>(10, deadline.remainingTime())));
        m_output += m_process.readAllStandardOutput();
    }
}

bool ZvtStandIn::setBehaviour(const QString& behaviour)
{
    m_process.write((behaviour + QLatin1Char('\n')).toUtf8());
    m_process.waitForBytesWritten(2000);
    return waitForLine(QStringLiteral("behaviour ") + behaviour, nullptr);
}

bool ZvtStandIn::presentCard(const QString& brand)
{
    m_process.write((QStringLiteral("card ") + brand + QLatin1Char('\n')).toUtf8());
    m_process.waitForBytesWritten(2000);
    return waitForLine(QStringLiteral("card "), nullptr);
}

QString ZvtStandIn::address() const
{
    return QStringLiteral("zvt://127.0.0.1:%1").arg(m_port);
}

QList<QJsonObject> ZvtStandIn::log(const QString& op) const
{
    QList<QJsonObject> entries;
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (!o.isEmpty() && (op.isEmpty() || o.value(QStringLiteral("op")).toString() == op))
            entries.append(o);
    }
    return entries;
}

} // namespace omnitill::test
