#pragma once

#include "SaleEvent.h"
#include "coupons/PersonalCouponPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubCoupons;
class HubDatabase;
class HubFeeds;

// Personal offers from what the stores sold: which products are bought together, and each
// member's favourite categories. A push only keeps each sale's basket (its products, member and
// categories: one row a sale, written in bulk); fold() counts the kept baskets into the pairs and
// categories in the background, many pushes at a time, so the push does not upsert some twenty
// pairs a sale. The suggestions are worked out from the counts, after a fold of every basket kept,
// and published to the tills' offers feed (compute(), run by the hub's timer and by
// `admin compute-offers`).
class HubOffers
{
public:
    static constexpr int kSuggestions = 3;
    static constexpr int kMaxLinesCounted = 40; // pairs grow with the square of a sale's lines

    HubOffers(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    // Baskets a fold counts in one transaction: compute() folds all in steps of this many; the
    // hub's background timer folds up to kBackgroundBaskets at a time, so a busy push waits less.
    static constexpr int kFoldBaskets = 20000;
    static constexpr int kBackgroundBaskets = 5000;

    // The baskets of one push: device, sequence, member, products and categories of each sale.
    using Baskets = QList<QVariantList>;
    static void keepBasket(const QString& deviceId, qint64 seq, const protocol::SaleEvent& sale, Baskets& baskets);
    // Inside the push's transaction: one bulk write, whatever the sales hold.
    void keep(const Baskets& baskets);
    // Counts up to maxBaskets kept baskets into the pairs and categories, in one transaction, and
    // returns how many it counted. Each basket is counted once, also with several hubs folding:
    // it is taken out of the table as it is counted. Counts are written in key order, so two hubs
    // writing at once wait for each other instead of deadlocking.
    qint64 fold(int maxBaskets = kFoldBaskets);
    // Publishes the suggestions that changed since the last run; returns {products, members}.
    // With offers.personal_coupon set, every member who shopped since also gets a personal
    // coupon for the next visit, unless the last one is still unused and valid.
    QJsonObject compute(HubCoupons& coupons);

private:
    std::optional<PersonalCouponPolicy> personalCouponPolicy();
    QString personalCoupon(const QString& member, const PersonalCouponPolicy& policy, HubCoupons& coupons);

    HubDatabase& m_db;
    HubFeeds& m_feeds;
    const Clock& m_clock;
};

} // namespace omnitill::hub
