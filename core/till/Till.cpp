#include "Till.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "store/SigningKeys.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace omnitill {

Till::Till(const QString& path, const Clock& clock) : m_clock(clock)
{
    m_db.open(path, Database::OpenMode::ExistingOnly);
    m_db.checkpointInBackground();
    m_settings = std::make_unique<StoreSettings>(m_db);
    if (!m_settings->isConfigured())
        throw DomainError(QStringLiteral("till.not_initialized"),
                          Tr::tr("%1 is not an OmniTill store yet; create it with \"omnitillctl demo\"").arg(path));
    SigningKeys keys(m_db, *m_settings);
    keys.moveLegacyKeys();
    m_signer = keys.journalSigner();
    m_catalog = std::make_unique<CatalogRepository>(m_db);
    m_journal = std::make_unique<Journal>(m_db, m_clock, *m_signer, m_settings->deviceId());
    m_staff = std::make_unique<StaffService>(m_db, m_clock, *m_settings, *m_journal);
    m_training = std::make_unique<TrainingMode>(m_db, *m_staff, *m_journal);
    m_outbox = std::make_unique<Outbox>(m_db, m_clock, m_settings->deviceId());
    m_printQueue = std::make_unique<PrintQueue>(m_db, m_clock, *m_settings);
    m_promotions = std::make_unique<PromotionRepository>(m_db);
    m_points = std::make_unique<PointsService>(m_db, m_clock, *m_settings);
    m_coupons = std::make_unique<CouponService>(m_db, m_clock, *m_settings);
    m_giftCards = std::make_unique<GiftCardService>(m_db, m_clock, *m_settings, *m_catalog);
    m_offers = std::make_unique<OfferService>(m_db, *m_catalog);
    m_cardPayments = std::make_unique<CardPayments>(m_db, m_clock, *m_settings, *m_printQueue);
    m_shifts = std::make_unique<ShiftService>(m_db, m_clock, *m_settings, *m_staff, *m_journal, *m_outbox, *m_printQueue);
    m_sales = std::make_unique<SaleService>(m_db, m_clock, *m_settings, *m_catalog, *m_staff, *m_shifts, *m_journal, *m_outbox,
                                            *m_printQueue, *m_promotions, *m_points, *m_coupons, *m_giftCards, *m_cardPayments);
    m_returns = std::make_unique<ReturnService>(m_db, m_clock, *m_settings, *m_catalog, *m_staff, *m_shifts, *m_journal, *m_outbox,
                                                *m_printQueue, *m_promotions, *m_sales, *m_cardPayments);
    m_pickups =
        std::make_unique<PickupService>(m_db, m_clock, *m_settings, *m_catalog, *m_staff, *m_journal, *m_outbox, *m_sales, *m_printQueue);
    m_aisle = std::make_unique<EndlessAisle>(m_db, m_clock, *m_settings, *m_catalog, *m_outbox);
    m_receiving = std::make_unique<ReceivingService>(m_db, m_clock, *m_catalog, *m_staff, *m_outbox, *m_sales, *m_settings);
    m_stockRequests = std::make_unique<StockRequestService>(m_db, m_clock, *m_catalog, *m_staff, *m_outbox, *m_settings);
    m_stockCounts = std::make_unique<StockCountService>(m_db, m_clock, *m_catalog, *m_staff, *m_outbox, *m_sales);
    m_planner = std::make_unique<ReplenishmentPlanner>(m_db, m_clock, *m_staff, *m_stockRequests);
    m_markdowns = std::make_unique<ExpiryMarkdowns>(m_db, m_clock, *m_settings, *m_staff, *m_outbox);
    m_receipts = std::make_unique<ReceiptRepository>(m_db, *m_settings);
    m_members = std::make_unique<MemberService>(m_db, m_clock, *m_settings, *m_sales, *m_outbox);
    m_receiptCopies = std::make_unique<ReceiptCopyService>(m_db, *m_settings, *m_journal, *m_printQueue);
    m_kioskOrders = std::make_unique<KioskOrderService>(m_db, m_clock, *m_settings, *m_catalog, *m_sales, *m_shifts, *m_members, *m_journal,
                                                        *m_outbox, *m_printQueue);
    m_scanRouter = std::make_unique<ScanRouter>(*m_sales, *m_members, *m_kioskOrders, *m_coupons);
    m_kioskPayments = std::make_unique<KioskPaymentService>(m_db, m_clock, *m_settings, *m_sales, *m_kioskOrders, *m_printQueue);
}

Till::~Till() = default;

void Till::initialize(const QString& path, const Clock& clock, const TillIdentity& identity)
{
    Database db;
    db.open(path);
    StoreSettings settings(db);
    if (settings.isConfigured())
        throw DomainError(QStringLiteral("till.already_initialized"), Tr::tr("%1 is already an OmniTill store").arg(path));
    Currency::fromCode(identity.currency); // refuse an unknown currency before writing anything
    taxModeFromName(identity.taxMode);
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction tx(db);
    SigningKeys keys(db, settings);
    const auto signer = keys.createJournalKey(identity.keyFolder);
    // A store that is not created leaves no key behind.
    struct KeyCleanup
    {
        QString file;
        bool keep = false;
        ~KeyCleanup()
        {
            if (!keep)
                QFile::remove(file);
        }
    } cleanup{keys.path(SigningKeys::kJournalKeyFile)};
    settings.setValue(QStringLiteral("store.code"), identity.storeCode);
    settings.setValue(QStringLiteral("till.code"), identity.tillCode);
    settings.setValue(QStringLiteral("store.name"), identity.storeName);
    settings.setValue(QStringLiteral("store.currency"), identity.currency);
    settings.setValue(QStringLiteral("store.tax_mode"), identity.taxMode);
    settings.setValue(QStringLiteral("store.timezone"), identity.timeZone);
    settings.setValue(QStringLiteral("journal.public_key"), QString::fromLatin1(signer->publicKeyDer().toBase64()));
    settings.setValue(QStringLiteral("journal.key_id"), signer->keyId());
    settings.setValue(QStringLiteral("device.id"), deviceId);
    Journal journal(db, clock, *signer, deviceId);
    journal.append(QStringLiteral("till_start"), identity.storeCode + QLatin1Char('-') + identity.tillCode, 0, identity.currency,
                   {{QStringLiteral("device_id"), deviceId},
                    {QStringLiteral("store"), identity.storeCode},
                    {QStringLiteral("till"), identity.tillCode},
                    {QStringLiteral("public_key"), QString::fromLatin1(signer->publicKeyDer().toBase64())},
                    {QStringLiteral("key_id"), signer->keyId()},
                    {QStringLiteral("alg"), signer->algorithm()}});
    tx.commit();
    cleanup.keep = true;
}

} // namespace omnitill
