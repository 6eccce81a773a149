#pragma once

#include "ReturnQuote.h"
#include "SaleFinder.h"
#include "catalog/Product.h"
#include "sale/Cart.h"
#include "sale/SaleService.h"
#include "staff/StaffService.h"

#include <QDate>

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class Journal;
class Outbox;
class PrintQueue;
class PromotionRepository;
class SaleService;
class CardPayments;
class ShiftService;
class StoreSettings;

// One way the money goes back.
struct RefundTender
{
    Tender::Kind kind = Tender::Kind::Cash;
    qint64 amount = 0;
    QString reference;    // gift card or store credit number
    QString cardLast4;    // card: the card presented, which must be the one that paid
    QString approvalCode; // card: the terminal's refund approval
    qint64 points = 0;    // points given back
};

struct CompletedReturn
{
    QString returnId;
    QString receiptId; // of the refund receipt
    qint64 refund = 0;
    qint64 journalSeq = 0;
    qint64 printJobId = 0;
    QString storeCredit; // the store credit number issued, if any
    bool training = false;
};

struct CompletedExchange
{
    CompletedReturn returned;
    CompletedSale sale;
    qint64 credit = 0; // what the returned goods were worth
    qint64 toPay = 0;  // what the new goods cost beyond it
    qint64 back = 0;   // what the customer got back beyond the new goods
};

// The return desk: finds the sale (this till's by receipt QR, id or number, or by search; the hub's
// answer for any other), quotes the return, and completes it in one transaction — return and lines,
// stock movement per disposition, cash, points and gift card ledgers, journal, outbox and the refund
// receipt. Money goes back the way it came (card only to the card that paid, checked by its last four
// digits); store credit is always possible; cash instead of another tender needs a supervisor.
class ReturnService
{
public:
    ReturnService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                  ShiftService& shifts, Journal& journal, Outbox& outbox, PrintQueue& printQueue, PromotionRepository& promotions,
                  SaleService& sales, CardPayments& cardPayments);

    // A receipt id ("S1-T1-000042"), the receipt's QR text, a receipt number of this till, or an
    // online order collected in this store that was paid online (its number or pickup QR).
    // nullopt when this till knows no such sale.
    std::optional<OriginalSale> findLocal(const QString& scannedOrTyped);
    QList<SaleMatch> search(const SaleSearch& criteria, int limit = 50);
    // The hub's answer {sale, returned: [{line, quantity}], refunded} for a sale of any till, with
    // this till's returns the hub has not heard of yet.
    OriginalSale fromHub(const QJsonObject& answer);
    // The receipt id a scanned receipt QR or a typed id stands for (empty: neither).
    static QString receiptIdOf(const QString& scannedOrTyped);

    ReturnQuote quote(const OriginalSale& sale, const QList<ReturnRequestLine>& lines);
    // The refund shared over the original tenders in proportion (points back as points).
    QList<RefundTender> refundPlan(const OriginalSale& sale, qint64 refund) const;

    // approverPin: needed when cash replaces another tender (a supervisor). Store credit without a
    // number gets a new store credit card.
    CompletedReturn complete(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                             QList<RefundTender> refunds, const QString& approverPin = {}, const QString& reason = {});
    // Everything complete() checks before it writes, for a refund the card terminal must pay first
    // (06 31): card refunds are checked for their amount only, as the terminal tells which card
    // was presented. complete() then takes the terminal's refund (the reference of its card
    // payment, the card's last four digits) and checks the card against the sale's.
    void checkBeforeTerminal(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                             QList<RefundTender> refunds, const QString& approverPin = {});

    // Goods brought back without a receipt: at today's price, with a manager's approval and a
    // reason, to store credit (cash only where returns.no_receipt_cash is 1), and no more than
    // returns.no_receipt_daily_cap (minor units, 5000 by default) a business day at this till.
    struct UnreceiptedLine
    {
        qint64 productId = 0;
        qint64 quantity = 0; // pieces, or grams
        Disposition disposition = Disposition::Restock;
    };
    // What these goods are worth at today's prices, with tax (what such returns give back).
    qint64 todaysValue(const QList<UnreceiptedLine>& lines);
    // The product a scanned or typed code stands for, and its quantity (grams from a weight label).
    std::pair<Product, qint64> productForCode(const QString& code);
    CompletedReturn completeWithoutReceipt(const Session& session, const QList<UnreceiptedLine>& lines, Tender::Kind refundTo,
                                           const QString& approverPin, const QString& reason);
    // Another till's sale while the hub cannot be asked: the receipt's QR names the sale and its
    // total, the items are scanned at today's price, up to that total less what this till already
    // gave back against it. Policy returns.offline_other_store: "deny", "credit" (the default:
    // store credit only) or "allow" (cash too). A supervisor approves; the return is flagged, and
    // the hub checks its lines against the sale and opens a conflict to reconcile it.
    CompletedReturn completeOfflineOtherStore(const Session& session, const QString& receiptQr, const QList<UnreceiptedLine>& lines,
                                              Tender::Kind refundTo, const QString& approverPin, const QString& reason);

    // An exchange: the goods come back and the cart is sold in one transaction. The return's value
    // pays for the cart first: `payment` (for the cart's total) carries exactly
    // min(return value, cart total) as exchange credit, then whatever pays the rest; `back`
    // refunds what the return is worth beyond the cart (empty when nothing is left).
    CompletedExchange exchange(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines, Cart& cart,
                               const Payment& payment, const QList<RefundTender>& back, const QString& approverPin = {},
                               const QString& reason = {});
    // Everything exchange() checks of the return and the cart before it writes, for money back the
    // card terminal pays: before it does (card refunds checked for their amount only, as in
    // checkBeforeTerminal), then once it did (the card it read against the sale's).
    void checkExchange(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines, const Cart& cart,
                       const QList<RefundTender>& back, const QString& approverPin, bool beforeTerminal);

private:
    // An exchange's refunds: `used` as credit towards its sale, then what goes back.
    static QList<RefundTender> exchangeRefunds(qint64 used, const QList<RefundTender>& back);
    // cardsAtTerminal: card refunds are still to be paid by the terminal (no card to compare yet).
    void checkRefunds(const OriginalSale& sale, const ReturnQuote& quote, QList<RefundTender>& refunds, bool& needsApproval,
                      bool cardsAtTerminal = false) const;
    // The checks and approval every return with a receipt passes before anything is written.
    std::optional<Approval> checkReturn(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                                        QList<RefundTender>& refunds, const QString& approverPin, bool cardsAtTerminal, ReturnQuote& quote);
    // A sale made of the goods as they are sold today (for returns that cannot see the original).
    OriginalSale atTodaysPrices(const Session& session, const QList<UnreceiptedLine>& lines, QList<ReturnRequestLine>& request);

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    CatalogRepository& m_catalog;
    StaffService& m_staff;
    ShiftService& m_shifts;
    Journal& m_journal;
    Outbox& m_outbox;
    PrintQueue& m_printQueue;
    PromotionRepository& m_promotions;
    SaleService& m_sales;
    CardPayments& m_cardPayments;
    SaleFinder m_finder;
};

} // namespace omnitill
