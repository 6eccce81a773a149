#pragma once

#include <QString>

namespace omnitill {

class Database;
class Journal;
class PrintQueue;
class StoreSettings;
struct Session;

// Reprints: any receipt of this till can be printed again, marked as a copy; the journal records
// every copy (who, which receipt) so a copy can never pass for a second sale.
class ReceiptCopyService
{
public:
    ReceiptCopyService(Database& db, const StoreSettings& settings, Journal& journal, PrintQueue& queue)
        : m_db(db), m_settings(settings), m_journal(journal), m_queue(queue)
    {
    }

    // Returns the print job id. Throws DomainError for an unknown receipt or without a printer.
    qint64 printCopy(const Session& session, const QString& receiptId, const QString& language);

private:
    Database& m_db;
    const StoreSettings& m_settings;
    Journal& m_journal;
    PrintQueue& m_queue;
};

} // namespace omnitill
