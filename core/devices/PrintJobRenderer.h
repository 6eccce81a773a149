#pragma once

#include "PrinterSettings.h"
#include "print/PrintJob.h"

#include <QByteArray>

namespace omnitill {

class ReceiptRepository;

// The bytes a queued job sends to the printer: receipts and copies from the stored sale, the
// drawer kick, the test page.
class PrintJobRenderer
{
public:
    PrintJobRenderer(ReceiptRepository& receipts, PrinterSettings settings) : m_receipts(receipts), m_settings(std::move(settings)) {}

    // Throws DomainError when the job can never print (its receipt is unknown).
    QByteArray render(const PrintJob& job) const;
    QByteArray testPage(const QString& storeName, const QDateTime& localTime) const;

private:
    QByteArray kioskTicket(const PrintJob& job) const;
    QByteArray shiftReport(const PrintJob& job) const;
    QByteArray cardSlip(const PrintJob& job) const;

    ReceiptRepository& m_receipts;
    PrinterSettings m_settings;
};

} // namespace omnitill
