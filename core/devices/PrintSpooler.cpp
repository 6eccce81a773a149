#include "PrintSpooler.h"

#include "EscPos.h"
#include "PrintJobRenderer.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "print/PrintQueue.h"
#include "receipt/ReceiptRepository.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

namespace omnitill {

PrintSpooler::PrintSpooler(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_settings(std::make_unique<StoreSettings>(db)),
      m_queue(std::make_unique<PrintQueue>(db, clock, *m_settings)), m_receipts(std::make_unique<ReceiptRepository>(db, *m_settings))
{
    qRegisterMetaType<PrintSpooler::State>();
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &PrintSpooler::poll);
}

PrintSpooler::~PrintSpooler() = default;

void PrintSpooler::start()
{
    poll();
    m_timer.start(m_printer.pollMs);
}

void PrintSpooler::publish()
{
    emit stateChanged(m_state);
}

PrinterStatus PrintSpooler::readStatus()
{
    PrinterStatus status;
    try {
        m_transport->open();
        if (const std::optional<PrinterStatus> system = m_transport->systemStatus())
            return *system;
        if (!m_printer.statusPolling) {
            status.reachable = true;
            return status;
        }
        const int wait = std::min(m_printer.timeoutMs, 1000);
        const std::optional<uchar> printer = m_transport->request(EscPos::statusRequest(1), wait);
        if (!printer || !PrinterStatus::isStatusByte(*printer)) {
            // A printer switched off behind a switch or a print server keeps the connection open
            // and says nothing: without an answer a receipt could never be known to be printed.
            m_transport->close();
            status.reachable = false;
            status.transportError = Tr::tr("The printer does not answer status requests (for a model that cannot,"
                                           " set printer.status to none)");
            return status;
        }
        const std::optional<uchar> cause = m_transport->request(EscPos::statusRequest(2), wait);
        const std::optional<uchar> paper = m_transport->request(EscPos::statusRequest(4), wait);
        return PrinterStatus::fromReplies(printer, cause, paper, m_printer.drawerOpenIsHigh);
    } catch (const DomainError& e) {
        m_transport->close();
        status.reachable = false;
        status.transportError = e.message();
        return status;
    }
}

void PrintSpooler::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    m_settings->reload();
    State next;
    try {
        const PrinterSettings printer = PrinterSettings::from(*m_settings);
        if (printer.address != m_printer.address || !m_transport) {
            m_transport.reset();
            if (printer.isConfigured())
                m_transport = PrinterTransport::fromAddress(printer.address, printer.timeoutMs);
        }
        m_printer = printer;
        if (m_timer.isActive() && m_timer.interval() != m_printer.pollMs)
            m_timer.setInterval(m_printer.pollMs);
    } catch (const DomainError& e) {
        m_transport.reset();
        m_printer.address.clear();
        next.lastError = e.message();
    }
    next.configured = m_transport != nullptr;
    next.address = m_printer.address;
    try {
        if (m_transport) {
            next.status = readStatus();
            while (next.status.canPrint()) {
                const std::optional<PrintJob> job = m_queue->next();
                if (!job || !printOne(*job, next.status))
                    break;
            }
            if (const std::optional<PrintJob> head = m_queue->next())
                next.lastError = head->lastError;
        }
        next.queued = m_queue->pendingCount();
    } catch (const DomainError& e) {
        // The store refused (disk full, locked): nothing is lost, the next round tries again.
        next.lastError = e.message();
    }
    m_state = next;
    m_polling = false;
    publish();
}

bool PrintSpooler::printOne(const PrintJob& job, PrinterStatus& status)
{
    if (job.kind == PrintJob::Kind::DrawerKick) {
        if (job.createdAt.secsTo(m_clock.nowUtc()) > m_printer.drawerMaxDelaySeconds) {
            m_queue->drop(job.id, Tr::tr("The drawer was not opened: the printer was not available in time"));
            emit jobDone(job.id, false);
            return true;
        }
        // At most once: recorded as sent before the pulse goes out.
        m_queue->markPrinted(job.id);
        try {
            m_transport->write(PrintJobRenderer(*m_receipts, m_printer).render(job));
        } catch (const DomainError& e) {
            m_transport->close();
            m_queue->drop(job.id, e.message());
            status = readStatus();
            emit jobDone(job.id, false);
            return false;
        }
        emit jobDone(job.id, true);
        return true; // a kick changes nothing the status would show
    }
    QByteArray bytes;
    try {
        bytes = PrintJobRenderer(*m_receipts, m_printer).render(job);
    } catch (const DomainError& e) {
        m_queue->drop(job.id, e.message()); // can never print; keeping it would block the queue
        emit jobDone(job.id, false);
        return true;
    }
    try {
        m_transport->write(bytes);
    } catch (const DomainError& e) {
        m_transport->close();
        m_queue->markFailed(job.id, e.message());
        status = readStatus();
        return false;
    }
    status = readStatus();
    if (!status.canPrint()) {
        // Paper ran out, the cover opened or the printer went offline while it printed.
        m_queue->markFailed(job.id, Tr::tr("Interrupted (%1); it prints again").arg(status.describe()));
        return false;
    }
    m_queue->markPrinted(job.id);
    emit jobDone(job.id, true);
    return true;
}

} // namespace omnitill
