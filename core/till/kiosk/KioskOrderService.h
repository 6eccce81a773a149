#pragma once

#include "staff/Role.h"

#include <QStringList>

namespace omnitill {

class Cart;
struct KioskOrderCode;
class CatalogRepository;
class Clock;
class Database;
class Journal;
class MemberService;
class Outbox;
class PrintQueue;
class SaleService;
class ShiftService;
class StoreSettings;

struct KioskOrder
{
    QString id;
    QString number; // what the customer is called by
    QString code;   // the QR's text (KioskOrderCode)
    qint64 total = 0;
};

// What the till made of a kiosk order's QR.
struct LoadedKioskOrder
{
    QString number;
    int lines = 0;
    QStringList missing; // SKUs this till cannot sell (unknown or withdrawn)
    bool memberFound = true;
};

// The kiosk's side of an order: the kiosk sells under its own account (no PIN can log in as it)
// in a shift it opens itself; an order to pay at the counter is recorded, queued for the hub and
// handed to the customer as a QR. The till's side: loading such a QR into a sale.
class KioskOrderService
{
public:
    static constexpr auto kAccountCode = "KIOSK";

    KioskOrderService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, SaleService& sales,
                      ShiftService& shifts, MemberService& members, Journal& journal, Outbox& outbox, PrintQueue& printQueue)
        : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog), m_sales(sales), m_shifts(shifts), m_members(members),
          m_journal(journal), m_outbox(outbox), m_printQueue(printQueue)
    {
    }

    // The kiosk's own session, with a shift open for it to sell in.
    Session kioskSession();

    // Recorded, journaled (not a sale: no money yet), queued for the hub and its ticket (number
    // and QR) queued for the printer, in one step.
    KioskOrder placeCounterOrder(const Cart& cart, const QString& language);
    qint64 nextSequence();

    // At the till: the QR's lines, priced by this till, and its member; the sale then settles
    // the order. Refuses an order of another store, or one already paid.
    LoadedKioskOrder load(Cart& cart, const QString& code);

private:
    // With the store's key, or the one before it.
    KioskOrderCode decode(const QString& text) const;

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    CatalogRepository& m_catalog;
    SaleService& m_sales;
    ShiftService& m_shifts;
    MemberService& m_members;
    Journal& m_journal;
    Outbox& m_outbox;
    PrintQueue& m_printQueue;
};

} // namespace omnitill
