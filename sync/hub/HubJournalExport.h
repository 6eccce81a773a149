#pragma once

#include <QDate>
#include <QJsonObject>

namespace omnitill::hub {

class HubDatabase;
class HubJournal;
class HubReturns;

// The hub's export of a till's journal period for an auditor (JOURNAL-FORMAT.md §4, source "hub"):
// the entries the hub holds, each with its signed text, hash and signature, the key changes
// before the period, and the hub's own sale records with the payload the till signed — the sale
// event the hub booked, which must hash to the entry's field 10. The independent verifier then
// checks the hub's books against the till's signatures without the till.
class HubJournalExport
{
public:
    HubJournalExport(HubDatabase& db, HubJournal& journal, HubReturns& returns) : m_db(db), m_journal(journal), m_returns(returns) {}

    // Entries written on the days from `from` to `to` (UTC). HubError 404 for a device without a journal.
    QJsonObject period(const QString& deviceId, const QDate& from, const QDate& to);

private:
    HubDatabase& m_db;
    HubJournal& m_journal;
    HubReturns& m_returns;
};

} // namespace omnitill::hub
