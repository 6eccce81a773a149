#include "PromotionEngine.h"

#include "money/Allocation.h"
#include "tax/TaxCalculator.h"

#include <QMap>

#include <algorithm>
#include <queue>

namespace omnitill {

namespace {

constexpr qint64 kMaxPiecesPerLine = 1000;

struct Piece
{
    int lineId = 0;
    qint64 productId = 0;
    qint64 categoryId = 0;
    qint64 price = 0;
    qint64 discount = 0;
    bool weighed = false;
    bool claimed = false; // used by a non-stackable promotion
    qint64 remaining() const { return price - discount; }
};

struct Trial
{
    qint64 savings = 0;
    QList<std::pair<int, qint64>> shares; // (piece, discount)
    QList<int> used;                      // pieces the promotion takes for itself
};

qint64 percentOf(qint64 amount, int basisPoints)
{
    return std::min(amount, TaxCalculator::divideRoundHalfAway(amount * basisPoints, 10000));
}

bool eligible(const Promotion& p, const Piece& piece)
{
    if (!p.covers(piece.productId, piece.categoryId) || (p.isPerPiece() && piece.weighed))
        return false;
    if (!p.stackable && piece.claimed && p.kind != Promotion::Kind::SpendThreshold)
        return false;
    return piece.remaining() > 0;
}

// The eligible pieces, dearest (by what is left to pay) first; the pieces' own order breaks ties.
QList<int> eligiblePieces(const Promotion& p, const QList<Piece>& pieces)
{
    QList<int> out;
    for (int i = 0; i < pieces.size(); ++i) {
        if (eligible(p, pieces[i]))
            out.append(i);
    }
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return pieces[a].remaining() > pieces[b].remaining(); });
    return out;
}

void add(Trial& t, int piece, qint64 discount)
{
    if (discount <= 0)
        return;
    t.shares.append({piece, discount});
    t.savings += discount;
}

void shareOver(Trial& t, const QList<int>& group, qint64 discount, const QList<Piece>& pieces)
{
    QList<qint64> weights;
    for (int i : group)
        weights.append(pieces[i].remaining());
    const QList<qint64> shares = allocateProportionally(discount, weights);
    for (int k = 0; k < group.size(); ++k)
        add(t, group[k], shares[k]);
}

Trial tryPromotion(const Promotion& p, const QList<Piece>& pieces)
{
    Trial t;
    const QList<int> idx = eligiblePieces(p, pieces);
    switch (p.kind) {
    case Promotion::Kind::PercentOff:
        for (int i : idx)
            add(t, i, percentOf(pieces[i].remaining(), p.percentBp));
        t.used = idx;
        break;
    case Promotion::Kind::AmountOff:
        for (int i : idx)
            add(t, i, std::min(p.amount, pieces[i].remaining()));
        t.used = idx;
        break;
    case Promotion::Kind::FixedPrice:
        for (int i : idx) {
            if (pieces[i].remaining() > p.amount) {
                add(t, i, pieces[i].remaining() - p.amount);
                t.used.append(i);
            }
        }
        break;
    case Promotion::Kind::BuyXGetY: {
        const int group = p.buyQuantity + p.getQuantity;
        if (p.buyQuantity < 1 || p.getQuantity < 1)
            break;
        // Dearest first: each group's cheapest pieces are the ones that come off, which gives
        // the customer the most (10 9 8 | 2 1 1 → 8 and 1 free, rather than 1 and 1).
        const qsizetype full = idx.size() / group * group;
        for (qsizetype k = 0; k < full; ++k) {
            if (k % group >= p.buyQuantity)
                add(t, idx[k], percentOf(pieces[idx[k]].remaining(), p.percentBp));
            t.used.append(idx[k]);
        }
        break;
    }
    case Promotion::Kind::MixMatch: {
        const int n = p.buyQuantity;
        if (n < 1)
            break;
        for (qsizetype start = 0; start + n <= idx.size(); start += n) {
            const QList<int> group = idx.mid(start, n);
            qint64 sum = 0;
            for (int i : group)
                sum += pieces[i].remaining();
            if (sum <= p.amount)
                break; // later groups are cheaper still
            shareOver(t, group, sum - p.amount, pieces);
            t.used += group;
        }
        break;
    }
    case Promotion::Kind::SpendThreshold: {
        qint64 spend = 0;
        for (int i : idx)
            spend += pieces[i].remaining();
        if (spend <= 0 || spend < p.threshold)
            break;
        const qint64 discount = p.amount > 0 ? std::min(p.amount, spend) : percentOf(spend, p.percentBp);
        shareOver(t, idx, discount, pieces);
        break;
    }
    }
    return t;
}

void commit(const Trial& t, const Promotion& p, QList<Piece>& pieces, PromotionResult& result)
{
    QMap<int, qint64> perLine;
    for (const auto& [piece, discount] : t.shares) {
        pieces[piece].discount += discount;
        perLine[pieces[piece].lineId] += discount;
    }
    if (!p.stackable && p.kind != Promotion::Kind::SpendThreshold) {
        for (int piece : t.used)
            pieces[piece].claimed = true;
    }
    AppliedPromotion applied{p.id, p.name, t.savings, {}};
    for (auto it = perLine.cbegin(); it != perLine.cend(); ++it)
        applied.lines.append({it.key(), it.value()});
    result.applied.append(applied);
    result.discount += t.savings;
}

// Decides the promotions of one round (one priority, or the thresholds): the best first, then
// the best on what is left. Savings only ever shrink as pieces are used, so a promotion whose
// last known savings are below another's need not be tried again yet (lazy greedy).
void decide(const QList<const Promotion*>& round, QList<Piece>& pieces, PromotionResult& result)
{
    struct Candidate
    {
        qint64 bound;
        int order; // position in the round: the tie-break
    };
    const auto worse = [](const Candidate& a, const Candidate& b) { return a.bound != b.bound ? a.bound < b.bound : a.order > b.order; };
    std::priority_queue<Candidate, std::vector<Candidate>, decltype(worse)> queue(worse);
    for (int i = 0; i < round.size(); ++i)
        queue.push({std::numeric_limits<qint64>::max(), i});
    bool thresholdTaken = false;
    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        const Promotion& p = *round[top.order];
        if (p.kind == Promotion::Kind::SpendThreshold && !p.stackable && thresholdTaken)
            continue; // one threshold reward per sale unless it says it stacks
        const Trial t = tryPromotion(p, pieces);
        if (t.savings <= 0)
            continue;
        if (!queue.empty() && worse(Candidate{t.savings, top.order}, queue.top())) {
            queue.push({t.savings, top.order});
            continue;
        }
        commit(t, p, pieces, result);
        if (p.kind == Promotion::Kind::SpendThreshold && !p.stackable)
            thresholdTaken = true;
    }
}

} // namespace

qint64 PromotionResult::lineDiscount(int lineId) const
{
    qint64 sum = 0;
    for (const AppliedPromotion& a : applied) {
        for (const auto& [line, share] : a.lines) {
            if (line == lineId)
                sum += share;
        }
    }
    return sum;
}

PromotionEngine::PromotionEngine(QList<Promotion> promotions) : m_promotions(std::move(promotions))
{
    std::stable_sort(m_promotions.begin(), m_promotions.end(), [](const Promotion& a, const Promotion& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.id < b.id;
    });
}

PromotionResult PromotionEngine::evaluate(const QList<PromotionLine>& lines, const PromotionContext& context) const
{
    QList<Piece> pieces;
    QSet<qint64> products;
    QSet<qint64> categories;
    for (const PromotionLine& l : lines) {
        if (l.excluded || l.amount <= 0 || l.quantity <= 0)
            continue;
        products.insert(l.productId);
        categories.insert(l.categoryId);
        if (l.weighed || l.quantity > kMaxPiecesPerLine) {
            // Weighed goods, and bulk quantities, are one piece: percentages and thresholds apply,
            // per-piece deals do not.
            pieces.append({l.lineId, l.productId, l.categoryId, l.amount, 0, true, false});
            continue;
        }
        // Pieces of one line share its amount exactly, whatever rounding made it.
        const QList<qint64> prices = allocateProportionally(l.amount, QList<qint64>(l.quantity, 1));
        for (qint64 price : prices)
            pieces.append({l.lineId, l.productId, l.categoryId, price, 0, false, false});
    }
    // Dearest first, then by product and line: the scan order does not matter.
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        if (a.price != b.price)
            return a.price > b.price;
        return a.productId != b.productId ? a.productId < b.productId : a.lineId < b.lineId;
    });

    PromotionResult result;
    QList<const Promotion*> round;
    QList<const Promotion*> thresholds;
    int roundPriority = 0;
    // Walks the smaller of the two sets: a promotion may list thousands of products.
    const auto intersects = [](const QSet<qint64>& a, const QSet<qint64>& b) {
        const QSet<qint64>& small = a.size() <= b.size() ? a : b;
        const QSet<qint64>& large = a.size() <= b.size() ? b : a;
        return std::any_of(small.begin(), small.end(), [&](qint64 id) { return large.contains(id); });
    };
    const auto touchesCart = [&](const Promotion& p) {
        return (p.products.isEmpty() && p.categories.isEmpty()) || intersects(p.products, products) || intersects(p.categories, categories);
    };
    for (const Promotion& p : m_promotions) {
        if (!p.isActive(context.nowUtc, context.localTime, context.member) || !touchesCart(p))
            continue;
        if (p.kind == Promotion::Kind::SpendThreshold) {
            thresholds.append(&p);
            continue;
        }
        if (!round.isEmpty() && p.priority != roundPriority) {
            decide(round, pieces, result);
            round.clear();
        }
        roundPriority = p.priority;
        round.append(&p);
    }
    if (!round.isEmpty())
        decide(round, pieces, result);
    if (!thresholds.isEmpty())
        decide(thresholds, pieces, result);
    return result;
}

const Promotion* PromotionEngine::find(const QString& id) const
{
    for (const Promotion& promotion : m_promotions)
        if (promotion.id == id)
            return &promotion;
    return nullptr;
}

} // namespace omnitill
