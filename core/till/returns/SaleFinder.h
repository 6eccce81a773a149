#pragma once

#include "OriginalSale.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace omnitill {

class CatalogRepository;
class Clock;
class Database;
class StoreSettings;

struct SaleSearch
{
    QDate day;         // business day; null: any
    qint64 total = -1; // minor units; -1: any
    QString cardLast4;
    QString memberId;
};

struct SaleMatch
{
    QString receiptId;
    QDateTime createdAt;
    qint64 total = 0;
    QString memberId;
};

// Finds the sale a return is against: this till's by receipt QR, id or number, or by search; an
// online order collected in this store that was paid online, by its number or pickup QR (offline
// too); another till's or store's from the hub's answer. Each comes with what was already returned
// of it, as far as this till knows.
class SaleFinder
{
public:
    SaleFinder(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog)
        : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog)
    {
    }

    std::optional<OriginalSale> findLocal(const QString& scannedOrTyped);
    QList<SaleMatch> search(const SaleSearch& criteria, int limit = 50);
    OriginalSale fromHub(const QJsonObject& answer);
    static QString receiptIdOf(const QString& scannedOrTyped);

private:
    void loadReturned(OriginalSale& sale, bool unsyncedOnly);
    // The sale event an online order paid online became when it was handed over (empty: none).
    QString collectedOnlineOrder(const QString& scannedOrTyped);
    void mapProducts(OriginalSale& sale);

    Database& m_db;
    const Clock& m_clock;
    StoreSettings& m_settings;
    CatalogRepository& m_catalog;
};

} // namespace omnitill
