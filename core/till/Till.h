#pragma once

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "coupons/CouponService.h"
#include "crypto/Signer.h"
#include "giftcards/GiftCardService.h"
#include "journal/Journal.h"
#include "kiosk/KioskOrderService.h"
#include "kiosk/KioskPaymentService.h"
#include "loyalty/PointsService.h"
#include "member/MemberService.h"
#include "offers/OfferService.h"
#include "outbox/Outbox.h"
#include "payment/CardPayments.h"
#include "pickup/EndlessAisle.h"
#include "pickup/PickupService.h"
#include "print/PrintQueue.h"
#include "print/ReceiptCopyService.h"
#include "promotions/PromotionRepository.h"
#include "receipt/ReceiptRepository.h"
#include "returns/ReturnService.h"
#include "sale/SaleService.h"
#include "sale/ScanRouter.h"
#include "shift/ShiftService.h"
#include "staff/StaffService.h"
#include "staff/TrainingMode.h"
#include "stock/ExpiryMarkdowns.h"
#include "stock/ReceivingService.h"
#include "stock/ReplenishmentPlanner.h"
#include "stock/StockCountService.h"
#include "stock/StockRequestService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <memory>

namespace omnitill {

struct TillIdentity
{
    QString storeCode = QStringLiteral("S1");
    QString tillCode = QStringLiteral("T1");
    QString storeName = QStringLiteral("OmniTill Store");
    QString currency = QStringLiteral("EUR");
    QString taxMode = QStringLiteral("inclusive");
    QString timeZone = QStringLiteral("Europe/Berlin");
    // Where the store's key files go, relative to the database's folder; "<file name>.keys" when empty.
    QString keyFolder;
};

// One store database and the services on it: what the till, the command-line tools and the tests
// share. Owns nothing global; the clock is injected.
class Till
{
public:
    // Opens (and migrates) the store; the database must already be set up (see initialize()).
    Till(const QString& path, const Clock& clock);
    ~Till();

    // Creates the till's identity in an empty store: device id, signing key, start journal entry.
    static void initialize(const QString& path, const Clock& clock, const TillIdentity& identity);

    Database& db() { return m_db; }
    const Clock& clock() const { return m_clock; }
    StoreSettings& settings() { return *m_settings; }
    Signer& signer() { return *m_signer; }
    QByteArray publicKey() const { return m_signer->publicKeyDer(); }
    CatalogRepository& catalog() { return *m_catalog; }
    StaffService& staff() { return *m_staff; }
    TrainingMode& training() { return *m_training; }
    Journal& journal() { return *m_journal; }
    Outbox& outbox() { return *m_outbox; }
    ShiftService& shifts() { return *m_shifts; }
    SaleService& sales() { return *m_sales; }
    ReturnService& returns() { return *m_returns; }
    PickupService& pickups() { return *m_pickups; }
    EndlessAisle& aisle() { return *m_aisle; }
    ReceivingService& receiving() { return *m_receiving; }
    StockRequestService& stockRequests() { return *m_stockRequests; }
    StockCountService& stockCounts() { return *m_stockCounts; }
    ReplenishmentPlanner& planner() { return *m_planner; }
    ExpiryMarkdowns& markdowns() { return *m_markdowns; }
    ReceiptRepository& receipts() { return *m_receipts; }
    MemberService& members() { return *m_members; }
    PrintQueue& printQueue() { return *m_printQueue; }
    PromotionRepository& promotions() { return *m_promotions; }
    PointsService& points() { return *m_points; }
    CouponService& coupons() { return *m_coupons; }
    GiftCardService& giftCards() { return *m_giftCards; }
    OfferService& offers() { return *m_offers; }
    ReceiptCopyService& receiptCopies() { return *m_receiptCopies; }
    KioskOrderService& kioskOrders() { return *m_kioskOrders; }
    KioskPaymentService& kioskPayments() { return *m_kioskPayments; }
    CardPayments& cardPayments() { return *m_cardPayments; }
    ScanRouter& scanRouter() { return *m_scanRouter; }

private:
    Database m_db;
    const Clock& m_clock;
    std::unique_ptr<StoreSettings> m_settings;
    std::unique_ptr<Signer> m_signer;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TrainingMode> m_training;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<PrintQueue> m_printQueue;
    std::unique_ptr<PromotionRepository> m_promotions;
    std::unique_ptr<PointsService> m_points;
    std::unique_ptr<CouponService> m_coupons;
    std::unique_ptr<GiftCardService> m_giftCards;
    std::unique_ptr<OfferService> m_offers;
    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<ReturnService> m_returns;
    std::unique_ptr<PickupService> m_pickups;
    std::unique_ptr<EndlessAisle> m_aisle;
    std::unique_ptr<ReceivingService> m_receiving;
    std::unique_ptr<StockRequestService> m_stockRequests;
    std::unique_ptr<StockCountService> m_stockCounts;
    std::unique_ptr<ReplenishmentPlanner> m_planner;
    std::unique_ptr<ExpiryMarkdowns> m_markdowns;
    std::unique_ptr<ReceiptRepository> m_receipts;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<ReceiptCopyService> m_receiptCopies;
    std::unique_ptr<KioskOrderService> m_kioskOrders;
    std::unique_ptr<KioskPaymentService> m_kioskPayments;
    std::unique_ptr<CardPayments> m_cardPayments;
    std::unique_ptr<ScanRouter> m_scanRouter;
};

} // namespace omnitill
