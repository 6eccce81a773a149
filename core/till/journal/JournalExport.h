#pragma once

#include <QDate>
#include <QJsonObject>

namespace omnitill {

class Database;
class StoreSettings;

// The journal and the sales of a period for an auditor, in the documented, versioned format
// "omnitill-journal-export" (JournalExportDocument, packaging/audit/JOURNAL-FORMAT.md §4) that the
// independent verifier (packaging/audit/omnitill-verify.py) checks end to end: every entry's chain
// link, hash and signature, and every sale row against the signed entry it was journaled with.
class JournalExport
{
public:
    // Entries written from the start of `from` to the end of `to`, in the store's time zone.
    static QJsonObject period(Database& db, const StoreSettings& settings, const QDate& from, const QDate& to);
};

} // namespace omnitill
