#pragma once

#include "PickupOrder.h"
#include "PickupRepository.h"
#include "PickupWire.h"
#include "sale/Cart.h"
#include "sale/SaleService.h"
#include "staff/Role.h"

#include <QHash>
#include <QJsonArray>
#include <optional>

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class Journal;
class Outbox;
class PrintQueue;
class StaffService;
class StoreSettings;

struct HandOverOptions
{
    QList<int> refusedLines;   // lines the customer did not take
    bool ageConfirmed = false; // the clerk saw proof of age (age-restricted goods)
};

struct CompletedPickup
{
    QString orderId;
    qint64 delivered = 0;  // value of what the customer took
    qint64 refundDue = 0;  // paid online and not taken: the shop refunds it
    CompletedSale sale;    // paid at pickup: the desk's sale
    qint64 journalSeq = 0; // paid online: the hand-over's journal entry
};

// The click-and-collect desk: the online orders the hub sent for this store, picked by scanning
// (a wrong item or too many is refused), short or substituted only with the customer's consent,
// marked ready (the hub tells the shop), and handed over to whoever shows the order's signed
// pickup QR — checked offline with the hub's key — or its number and the phone's last four digits.
// An order paid at pickup goes through the normal sale; one paid online moves stock and is
// journaled. Every step is one transaction with its outbox event, so a desk that is offline keeps
// working and the hub reconciles later (an order the shop cancelled meanwhile becomes a conflict).
class PickupService
{
public:
    PickupService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                  Journal& journal, Outbox& outbox, SaleService& sales, PrintQueue& printQueue);

    QList<PickupSummary> list(const PickupSearch& search);
    QHash<PickupStatus, int> counts();
    PickupOrder load(const QString& orderId);

    // The order a customer's pickup QR (OTP2, or OTP1 from before #19, signed by the hub) stands for; refuses forged,
    // altered and other stores' codes, and orders this till has not received.
    QString orderForToken(const QString& token);
    // The order with this number whose phone ends in these four digits.
    QString orderForNumberAndPhone(const QString& number, const QString& phoneLast4);

    void startPicking(const Session& session, const QString& orderId);
    // A scanned item goes to the ordered line it matches; returns that line's number.
    int pick(const Session& session, const QString& orderId, const QString& code);
    // Puts a line's picked goods back (a miscount): the line is to be picked again.
    void resetLine(const Session& session, const QString& orderId, int line);
    // The customer agreed to receive less of a line (consent: how they agreed).
    void shortPick(const Session& session, const QString& orderId, int line, const QString& consent);
    // Another product for what is missing of a line, charged at no more than the ordered one.
    void substitute(const Session& session, const QString& orderId, int line, const QString& code, qint64 quantity, const QString& consent);
    void markReady(const Session& session, const QString& orderId);

    // The sale an order paid at pickup becomes (the agreed prices, refused lines left out).
    Cart cartForHandOver(const QString& orderId, const QList<int>& refusedLines);
    // Whether what the customer takes (lines not marked refused) includes age-restricted goods.
    bool isAgeRestricted(const PickupOrder& order);
    // payment: for an order paid at pickup, for the total of cartForHandOver(); ignored for one
    // paid online.
    // An order paid online gets a collection slip (what was handed over) in the language given.
    CompletedPickup handOver(const Session& session, const QString& orderId, const HandOverOptions& options,
                             const std::optional<Payment>& payment = std::nullopt, const QString& language = {});

    // Ready orders not collected within pickup.overdue_days (7 by default) of being ready.
    QList<PickupSummary> overdue();
    // Back to the shelves: a cancelled order, or (with a supervisor) one the customer never collected.
    void returnToStock(const Session& session, const QString& orderId, const QString& approverPin = {});

private:
    PickupOrder requireOpen(const QString& orderId);
    void requireStatus(const PickupOrder& order, std::initializer_list<PickupStatus> allowed);
    void ensureStarted(const Session& session, const PickupOrder& order);
    PickupRepository rows();
    PickupWire wire() const;
    Cart cartFor(const PickupOrder& order, const QList<int>& refusedLines);
    QString overdueBefore() const;

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    CatalogRepository& m_catalog;
    StaffService& m_staff;
    Journal& m_journal;
    Outbox& m_outbox;
    SaleService& m_sales;
    PrintQueue& m_printQueue;
};

} // namespace omnitill
