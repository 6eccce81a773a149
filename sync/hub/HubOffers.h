#pragma once

#include "SaleEvent.h"
#include "coupons/PersonalCouponPolicy.h"

#include <QJsonObject>
#include <QMap>

namespace omnitill {
class Clock;
}

namespace omnitill::hub {

class HubCoupons;
class HubDatabase;
class HubFeeds;

// Personal offers from what the stores sold: which products are bought together, and each
// member's favourite categories. Counted as sales arrive; the suggestions are worked out from the
// counts and published to the tills' offers feed (compute(), run by the hub's timer and by
// `admin compute-offers`).
class HubOffers
{
public:
    static constexpr int kSuggestions = 3;
    static constexpr int kMaxLinesCounted = 40; // pairs grow with the square of a sale's lines

    HubOffers(HubDatabase& db, HubFeeds& feeds, const Clock& clock) : m_db(db), m_feeds(feeds), m_clock(clock) {}

    // What one push adds to the counts.
    struct Batch
    {
        QMap<std::pair<QString, QString>, qint64> pairs;
        QMap<std::pair<QString, qint64>, qint64> memberCategories;
    };
    static void countSale(const protocol::SaleEvent& sale, Batch& batch);
    // Inside the push's transaction. Rows are written in key order, so two hubs writing at once
    // wait for each other instead of deadlocking.
    void add(const Batch& batch);
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
