#pragma once

#include "Promotion.h"

#include <QList>

namespace omnitill {

// A cart line as the promotions see it.
struct PromotionLine
{
    int lineId = 0;
    qint64 productId = 0;
    qint64 categoryId = 0;
    qint64 unitPrice = 0; // per piece, or per kg for weighed goods
    qint64 quantity = 0;  // pieces, or grams
    qint64 amount = 0;    // the line before promotions (unitPrice × quantity, rounded for weights)
    bool weighed = false;
    bool excluded = false; // gift cards, tobacco, price-overridden lines: no promotion touches them
};

struct PromotionContext
{
    QDateTime nowUtc;
    QTime localTime;
    bool member = false;
};

// One promotion that applied: its discount and exactly which lines carry it.
struct AppliedPromotion
{
    QString promotionId;
    QString name;
    qint64 discount = 0;
    QList<std::pair<int, qint64>> lines; // (lineId, share); the shares add up to discount
};

struct PromotionResult
{
    QList<AppliedPromotion> applied; // in the order they were decided
    qint64 discount = 0;
    qint64 lineDiscount(int lineId) const;
};

// Works out which promotions a cart gets, the same way on the till, the kiosk and the hub.
//
// Pieces are looked at one by one (a line of more than 1,000 is taken as one), dearest first (ties by product, then line), so the result
// does not depend on the order things were scanned. Promotions are decided by priority, higher first. Within one priority the promotion
// that saves the customer most is applied, then the next best on what is left, and so on (ties by id) — deterministic, and explainable line
// by line. A non-stackable promotion only uses pieces no other non-stackable promotion has used; a stackable one applies on top, to the
// price that is left. Spend thresholds are decided last, on the spend after every other promotion. No piece is ever discounted below zero.
class PromotionEngine
{
public:
    explicit PromotionEngine(QList<Promotion> promotions);

    PromotionResult evaluate(const QList<PromotionLine>& lines, const PromotionContext& context) const;
    // One of the engine's promotions by id, or null.
    const Promotion* find(const QString& id) const;

private:
    QList<Promotion> m_promotions; // sorted: priority descending, then id
};

} // namespace omnitill
