#pragma once

#include "PrinterSettings.h"
#include "PrinterStatus.h"
#include "PrinterTransport.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace omnitill {

class Clock;
class Database;
class PrintQueue;
class ReceiptRepository;
class StoreSettings;
struct PrintJob;

// Works the persistent print queue: asks the printer for its status (DLE EOT), and while it can
// print sends the queued jobs in order. A job counts as printed only when the printer is still
// fine after it; otherwise it stays queued and prints again, whole, when the printer is back —
// a receipt may come out twice after a fault, but never zero times. Drawer kicks go first and
// at most once: a kick that cannot be sent soon after the sale is dropped, never sent late.
// Blocking I/O: run it on a thread of its own (PrintService).
class PrintSpooler : public QObject
{
    Q_OBJECT
public:
    struct State
    {
        bool configured = false;
        QString address;
        PrinterStatus status;
        int queued = 0;
        QString lastError; // of the job at the head of the queue, or of the settings
    };

    PrintSpooler(Database& db, const Clock& clock, QObject* parent = nullptr);
    ~PrintSpooler() override;

    // Polls every printer.poll_ms from now on.
    void start();
    const State& state() const { return m_state; }

public slots:
    // One round: re-read the settings, read the status, print what can be printed.
    void poll();

signals:
    void stateChanged(const omnitill::PrintSpooler::State& state);
    void jobDone(qint64 jobId, bool printed);

private:
    // Prints one job; status becomes the printer's status after it.
    bool printOne(const PrintJob& job, PrinterStatus& status);
    PrinterStatus readStatus();
    void publish();

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<StoreSettings> m_settings;
    std::unique_ptr<PrintQueue> m_queue;
    std::unique_ptr<ReceiptRepository> m_receipts;
    PrinterSettings m_printer;
    std::unique_ptr<PrinterTransport> m_transport;
    QTimer m_timer;
    State m_state;
    bool m_polling = false;
};

} // namespace omnitill

Q_DECLARE_METATYPE(omnitill::PrintSpooler::State)
