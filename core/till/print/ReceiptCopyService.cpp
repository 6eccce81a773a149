#include "ReceiptCopyService.h"

#include "PrintQueue.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "journal/Journal.h"
#include "staff/Role.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

namespace omnitill {

qint64 ReceiptCopyService::printCopy(const Session& session, const QString& receiptId, const QString& language)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (!m_queue.hasPrinter())
        throw DomainError(QStringLiteral("printer.none"), Tr::tr("No receipt printer is set up"));
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT total, currency, training FROM sales WHERE receipt_id = ?"), {receiptId});
    if (!q.next())
        throw DomainError(QStringLiteral("receipt.unknown"), Tr::tr("No receipt %1 on this till").arg(receiptId));
    const qint64 total = q.value(QStringLiteral("total")).toLongLong();
    const QString currency = q.value(QStringLiteral("currency")).toString();
    const bool training = q.value(QStringLiteral("training")).toBool();
    q.finish();
    const qint64 copies =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = 'copy' AND reference = ?"), {receiptId}).toLongLong();
    Transaction tx(m_db);
    m_journal.append(QStringLiteral("receipt_copy"), receiptId, total, currency,
                     {{QStringLiteral("staff_id"), session.staffId}, {QStringLiteral("copy"), copies + 1}}, training || session.training);
    const qint64 job = m_queue.enqueue(PrintJob::Kind::Copy, receiptId, language);
    tx.commit();
    return job;
}

} // namespace omnitill
