#pragma once

#include "SaleEvent.h"
#include "promotions/PromotionEngine.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace omnitill::hub {

class HubDatabase;

// Works a pushed sale's promotions out again with core's engine, the hub's promotions for the
// store and the hub's catalog categories, and compares them with what the till applied. A till
// that priced with stale promotions (offline for days) or got a discount wrong is found this way.
// One check serves one push: promotions and categories are read once per store.
class HubPromotionCheck
{
public:
    explicit HubPromotionCheck(HubDatabase& db) : m_db(db) {}

    // Empty when the till's promotions match, or when the hub cannot judge (a promotion was changed
    // after the sale was priced, or a till too old to send what the engine needs); else the reason.
    QString check(const QString& storeId, const protocol::SaleEvent& sale);
    // Reads the hub catalog's categories of these products in one statement (a push gives all of
    // its sales' products at once); check() reads those of its sale it does not know yet.
    void readCategories(const QStringList& skus);

private:
    struct StorePromotions
    {
        std::optional<PromotionEngine> engine;
        QDateTime lastChange; // the latest change of any of the store's promotions
    };
    const StorePromotions& promotionsOf(const QString& storeId);
    qint64 productKey(const QString& sku);
    qint64 categoryOf(const QString& sku, qint64 tillCategory) const;

    HubDatabase& m_db;
    QHash<QString, StorePromotions> m_stores;
    QHash<QString, qint64> m_productKeys; // SKU -> a number for the engine, the same for promotions and lines
    QHash<QString, qint64> m_categories;  // SKU -> the hub catalog's category (0: none)
};

} // namespace omnitill::hub
