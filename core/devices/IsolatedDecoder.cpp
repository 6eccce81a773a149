#include "IsolatedDecoder.h"

#include "DecoderWire.h"
#include "common/Tr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace omnitill {

namespace {
constexpr auto kProgramName = "omnitill-decoder";
}

IsolatedDecoder::IsolatedDecoder(const QString& program, int timeoutMs)
    : m_program(program.isEmpty() ? defaultProgram() : program), m_timeoutMs(timeoutMs)
{
}

IsolatedDecoder::~IsolatedDecoder()
{
    if (m_process) {
        m_process->closeWriteChannel(); // the decoder ends on end of input
        if (!m_process->waitForFinished(500))
            m_process->kill();
        m_process->waitForFinished(500);
    }
}

QString IsolatedDecoder::defaultProgram()
{
    const QString configured = qEnvironmentVariable("OMNITILL_DECODER");
    if (!configured.isEmpty())
        return configured;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(kProgramName));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QLatin1String(kProgramName));
    return onPath.isEmpty() ? beside : onPath;
}

qint64 IsolatedDecoder::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool IsolatedDecoder::ensureStarted()
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    if (m_process)
        discard(Tr::tr("The camera decoder had stopped; it is being restarted."));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_program, {}, QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_process->waitForStarted(m_timeoutMs)) {
        m_error = Tr::tr("The camera decoder %1 could not be started: %2").arg(m_program, m_process->errorString());
        m_process.reset();
        return false;
    }
    m_buffer.clear();
    return true;
}

void IsolatedDecoder::discard(const QString& why)
{
    m_error = why;
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(1000);
    m_process.reset();
    m_buffer.clear();
    ++m_restarts;
}

void IsolatedDecoder::discardAfterFailure()
{
    discard(m_process->state() == QProcess::Running
                ? Tr::tr("The camera decoder took longer than %n ms on a picture; it is being restarted.", nullptr, m_timeoutMs)
                : Tr::tr("The camera decoder failed on a picture; it is being restarted."));
}

QList<DecodedBarcode> IsolatedDecoder::decode(const QImage& picture, bool tryHarder)
{
    if (picture.isNull() || picture.width() > DecoderWire::kMaxSide || picture.height() > DecoderWire::kMaxSide)
        return {};
    if (!ensureStarted())
        return {};
    const QByteArray request = DecoderWire::request(picture, tryHarder);
    const QDeadlineTimer deadline(m_timeoutMs);
    if (m_process->write(request) != request.size()) {
        discardAfterFailure();
        return {};
    }
    while (m_process->bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_process->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            discardAfterFailure();
            return {};
        }
    }
    for (;;) {
        bool broken = false;
        if (std::optional<QList<DecodedBarcode>> codes = DecoderWire::takeReply(m_buffer, &broken)) {
            m_error.clear();
            return *codes;
        }
        if (broken) {
            discard(Tr::tr("The camera decoder answered with something unreadable; it is being restarted."));
            return {};
        }
        if (deadline.hasExpired() || !m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            discardAfterFailure();
            return {};
        }
        m_buffer += m_process->readAllStandardOutput();
    }
}

} // namespace omnitill
