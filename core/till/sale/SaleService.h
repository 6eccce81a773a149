#pragma once

#include "Cart.h"
#include "Tender.h"
#include "barcode/BarcodeParser.h"
#include "catalog/Product.h"
#include "staff/StaffService.h"

#include <QDateTime>

namespace omnitill {

class CatalogRepository;
class Clock;
class CouponService;
class GiftCardService;
class CardPayments;
class Database;
class Journal;
class Outbox;
class PointsService;
class PrintQueue;
class PromotionRepository;
class ShiftService;
class StaffService;
class StoreSettings;

struct CompletedSale
{
    QString saleId;
    qint64 receiptNumber = 0;
    QString receiptId;
    qint64 total = 0;
    qint64 change = 0;
    qint64 journalSeq = 0;
    bool training = false;
    qint64 printJobId = 0; // 0 when no receipt printer is set up
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
};

struct SuspendedSale
{
    qint64 id = 0;
    QString label;
    QDateTime createdAt;
    qint64 total = 0;
    int lines = 0;
};

// Rings up sales: turns scans into cart lines, enforces the cashier's rights on discounts,
// overrides and voids, and completes a sale in one transaction (sale, lines, tenders, stock,
// cash, journal, outbox).
class SaleService
{
public:
    SaleService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                ShiftService& shifts, Journal& journal, Outbox& outbox, PrintQueue& printQueue, PromotionRepository& promotions,
                PointsService& points, CouponService& coupons, GiftCardService& giftCards, CardPayments& cardPayments);

    Cart newCart() const;
    void setLanguage(const QString& language) { m_language = language; }
    // The cart's product lines named in the current language (after a language switch mid-sale).
    void relabel(Cart& cart);

    // scaleGrams: what the till's scale weighed, for goods sold by weight without a weight label.
    int scan(Cart& cart, const QString& code, std::optional<qint64> scaleGrams = std::nullopt);
    int addProduct(Cart& cart, qint64 productId, qint64 quantity);
    // A line of an online order paid at pickup: the price the order agreed, left alone by
    // promotions, and the sale names the order (channel "pickup").
    int addOrderLine(Cart& cart, const Product& product, qint64 quantity, qint64 unitPrice, const QString& orderId);
    void setQuantity(const Session& session, Cart& cart, int lineId, qint64 quantity, const QString& approverPin = {});
    void voidLine(const Session& session, Cart& cart, int lineId, const QString& approverPin = {});
    void applyLineDiscount(const Session& session, Cart& cart, int lineId, Discount discount, const QString& approverPin = {});
    void applyCartDiscount(const Session& session, Cart& cart, Discount discount, const QString& approverPin = {});
    void overridePrice(const Session& session, Cart& cart, int lineId, qint64 unitPrice, const QString& approverPin = {});
    void confirmAge(const Session& session, Cart& cart);
    void voidSale(const Session& session, Cart& cart, const QString& approverPin = {});

    qint64 suspend(const Session& session, Cart& cart, const QString& label);
    QList<SuspendedSale> suspendedSales();
    Cart resume(qint64 suspendedId);

    CompletedSale complete(const Session& session, Cart& cart, const Payment& payment);
    // Decides the cart's promotions again (after a change of lines or member).
    void reprice(Cart& cart);

    BarcodeParser parser() const;
    // The product a scanned or typed code stands for, and its quantity: 1 piece, or the grams a
    // weight label carries (1 kg without one). Throws for a code the catalog does not know.
    std::pair<Product, qint64> productForCode(const QString& code);

private:
    CartLine lineFor(const Product& product, qint64 quantity);
    CartLine baseLine(const Product& product, qint64 quantity);
    void requireShift();
    bool isOverCashierLimit(const Discount& discount, qint64 base) const;
    qint64 journalVoid(const Session& session, const Cart& cart, const QList<int>& lineIds, const std::optional<Approval>& approval,
                       const QString& type);

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
    PointsService& m_points;
    CouponService& m_coupons;
    GiftCardService& m_giftCards;
    CardPayments& m_cardPayments;
    QString m_language = QStringLiteral("en");
};

} // namespace omnitill
