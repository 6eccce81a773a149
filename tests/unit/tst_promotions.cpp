// The promotions engine: every kind of rule, stacking and priorities, and the properties that
// must hold for any cart (never negative, scan order irrelevant, allocations add up).
#include "common/DomainError.h"
#include "promotions/PromotionEngine.h"
#include "promotions/PromotionJson.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace omnitill;

namespace {
PromotionLine line(int id, qint64 product, qint64 category, qint64 unitPrice, qint64 quantity)
{
    return {id, product, category, unitPrice, quantity, unitPrice * quantity, false, false};
}

Promotion promo(const QString& id, Promotion::Kind kind)
{
    Promotion p;
    p.id = id;
    p.name = id;
    p.kind = kind;
    return p;
}

const PromotionContext kNoon{QDateTime(QDate(2026, 11, 23), QTime(11, 0), QTimeZone::utc()), QTime(12, 0), false};

qint64 total(const QList<PromotionLine>& lines)
{
    qint64 sum = 0;
    for (const PromotionLine& l : lines)
        sum += l.amount;
    return sum;
}
} // namespace

class TestPromotions : public QObject
{
    Q_OBJECT
private slots:
    void percentAndAmountOffAndFixedPrice()
    {
        Promotion dairy = promo(QStringLiteral("dairy10"), Promotion::Kind::PercentOff);
        dairy.categories = {7};
        dairy.percentBp = 1000;
        const PromotionResult r = PromotionEngine({dairy}).evaluate({line(1, 100, 7, 199, 2), line(2, 200, 8, 500, 1)}, kNoon);
        QCOMPARE(r.discount, 40); // 19.9 rounds to 20 per piece
        QCOMPARE(r.lineDiscount(1), 40);
        QCOMPARE(r.lineDiscount(2), 0);

        Promotion off = promo(QStringLiteral("off300"), Promotion::Kind::AmountOff);
        off.products = {100};
        off.amount = 300; // more than the piece costs: capped
        QCOMPARE(PromotionEngine({off}).evaluate({line(1, 100, 7, 199, 3)}, kNoon).discount, 597);

        Promotion fixed = promo(QStringLiteral("fix99"), Promotion::Kind::FixedPrice);
        fixed.products = {100, 200};
        fixed.amount = 99;
        const PromotionResult f = PromotionEngine({fixed}).evaluate({line(1, 100, 7, 199, 1), line(2, 200, 8, 50, 1)}, kNoon);
        QCOMPARE(f.discount, 100); // the 0.50 item is already below the fixed price
    }

    void buyTwoGetOneGivesTheCheapestOfEachGroup()
    {
        Promotion b2g1 = promo(QStringLiteral("b2g1"), Promotion::Kind::BuyXGetY);
        b2g1.categories = {1};
        b2g1.buyQuantity = 2;
        b2g1.getQuantity = 1;
        b2g1.percentBp = 10000;
        const QList<PromotionLine> cart{line(1, 1, 1, 1000, 1), line(2, 2, 1, 900, 1), line(3, 3, 1, 800, 1), line(4, 4, 1, 200, 1),
                                        line(5, 5, 1, 100, 2)};
        const PromotionResult r = PromotionEngine({b2g1}).evaluate(cart, kNoon);
        QCOMPARE(r.discount, 800 + 100); // 10 9 [8] | 2 1 [1]
        QCOMPARE(r.lineDiscount(3), 800);
        QCOMPARE(r.lineDiscount(5), 100);
        // Two pieces only: no free one yet.
        QCOMPARE(PromotionEngine({b2g1}).evaluate({line(1, 1, 1, 1000, 2)}, kNoon).discount, 0);
    }

    void mixAndMatchAnyThreeForAPrice()
    {
        Promotion mm = promo(QStringLiteral("3for5"), Promotion::Kind::MixMatch);
        mm.products = {1, 2, 3};
        mm.buyQuantity = 3;
        mm.amount = 500;
        const PromotionResult r =
            PromotionEngine({mm}).evaluate({line(1, 1, 1, 250, 2), line(2, 2, 1, 199, 2), line(3, 3, 1, 150, 1)}, kNoon);
        // 2.50 2.50 1.99 → 6.99 for 5.00; then 1.99 1.50 (only two left) pay in full.
        QCOMPARE(r.discount, 199);
        QCOMPARE(r.applied.size(), 1);
        qint64 shares = 0;
        for (const auto& [lineId, share] : r.applied.first().lines)
            shares += share;
        QCOMPARE(shares, 199);
        // A group that already costs less than the deal price is left alone.
        QCOMPARE(PromotionEngine({mm}).evaluate({line(1, 1, 1, 100, 3)}, kNoon).discount, 0);
    }

    void spendThresholdAfterItemPromotions()
    {
        Promotion spend = promo(QStringLiteral("spend50"), Promotion::Kind::SpendThreshold);
        spend.threshold = 5000;
        spend.amount = 500;
        Promotion tenPercent = promo(QStringLiteral("all10"), Promotion::Kind::PercentOff);
        tenPercent.percentBp = 1000;
        const QList<PromotionLine> cart{line(1, 1, 1, 3000, 1), line(2, 2, 2, 2500, 1)};
        QCOMPARE(PromotionEngine({spend}).evaluate(cart, kNoon).discount, 500);
        // 55.00 less 10 % is 49.50: below the threshold, the threshold no longer applies.
        const PromotionResult both = PromotionEngine({spend, tenPercent}).evaluate(cart, kNoon);
        QCOMPARE(both.discount, 550);
        QCOMPARE(both.applied.size(), 1);
        // Shared in proportion to what is paid for each line.
        const PromotionResult r = PromotionEngine({spend}).evaluate(cart, kNoon);
        QCOMPARE(r.lineDiscount(1), 273);
        QCOMPARE(r.lineDiscount(2), 227);
    }

    void membersTimesAndHappyHours()
    {
        Promotion members = promo(QStringLiteral("members"), Promotion::Kind::PercentOff);
        members.percentBp = 500;
        members.memberOnly = true;
        const QList<PromotionLine> cart{line(1, 1, 1, 1000, 1)};
        QCOMPARE(PromotionEngine({members}).evaluate(cart, kNoon).discount, 0);
        PromotionContext member = kNoon;
        member.member = true;
        QCOMPARE(PromotionEngine({members}).evaluate(cart, member).discount, 50);

        Promotion week = promo(QStringLiteral("week"), Promotion::Kind::PercentOff);
        week.percentBp = 1000;
        week.validFrom = kNoon.nowUtc.addDays(-1);
        week.validUntil = kNoon.nowUtc; // exclusive
        QCOMPARE(PromotionEngine({week}).evaluate(cart, kNoon).discount, 0);
        week.validUntil = kNoon.nowUtc.addSecs(1);
        QCOMPARE(PromotionEngine({week}).evaluate(cart, kNoon).discount, 100);

        Promotion night = promo(QStringLiteral("night"), Promotion::Kind::PercentOff);
        night.percentBp = 2000;
        night.dailyFrom = QTime(22, 0);
        night.dailyUntil = QTime(2, 0); // past midnight
        PromotionContext late = kNoon;
        QCOMPARE(PromotionEngine({night}).evaluate(cart, late).discount, 0);
        late.localTime = QTime(23, 30);
        QCOMPARE(PromotionEngine({night}).evaluate(cart, late).discount, 200);
        late.localTime = QTime(1, 59);
        QCOMPARE(PromotionEngine({night}).evaluate(cart, late).discount, 200);
    }

    void competingStackingAndPriorities()
    {
        Promotion ten = promo(QStringLiteral("a-ten"), Promotion::Kind::PercentOff);
        ten.percentBp = 1000;
        Promotion twenty = promo(QStringLiteral("b-twenty"), Promotion::Kind::PercentOff);
        twenty.percentBp = 2000;
        const QList<PromotionLine> cart{line(1, 1, 1, 1000, 1)};
        // Competing: the better one for the customer, not both.
        PromotionResult r = PromotionEngine({ten, twenty}).evaluate(cart, kNoon);
        QCOMPARE(r.discount, 200);
        QCOMPARE(r.applied.first().promotionId, QStringLiteral("b-twenty"));
        // Stackable: on top, on what is left (10 % of 8.00).
        ten.stackable = true;
        r = PromotionEngine({ten, twenty}).evaluate(cart, kNoon);
        QCOMPARE(r.discount, 280);
        // A higher priority is decided first, even when it saves less.
        ten.stackable = false;
        ten.priority = 5;
        r = PromotionEngine({ten, twenty}).evaluate(cart, kNoon);
        QCOMPARE(r.discount, 100);
        QCOMPARE(r.applied.size(), 1);
    }

    void excludedAndWeighedLines()
    {
        Promotion all = promo(QStringLiteral("all"), Promotion::Kind::PercentOff);
        all.percentBp = 1000;
        Promotion fixed = promo(QStringLiteral("fixed"), Promotion::Kind::FixedPrice);
        fixed.amount = 1;
        fixed.stackable = true;
        PromotionLine giftCard = line(1, 9, 9, 5000, 1);
        giftCard.excluded = true;
        const PromotionLine cheese{2, 3, 3, 1499, 640, 959, true, false}; // 640 g at 14.99/kg
        const PromotionResult r = PromotionEngine({all, fixed}).evaluate({giftCard, cheese}, kNoon);
        QCOMPARE(r.lineDiscount(1), 0);
        QCOMPARE(r.lineDiscount(2), 96); // 10 % of 9.59; the per-piece fixed price skips weighed goods
    }

    void jsonRoundTripAndRefusals()
    {
        Promotion p = promo(QStringLiteral("hh"), Promotion::Kind::BuyXGetY);
        p.products = {3, 1};
        p.categories = {7};
        p.buyQuantity = 2;
        p.getQuantity = 1;
        p.percentBp = 5000;
        p.memberOnly = true;
        p.validFrom = kNoon.nowUtc;
        p.dailyFrom = QTime(17, 0);
        p.dailyUntil = QTime(19, 0);
        p.priority = 3;
        const Promotion back = promotionFromJson(promotionToJson(p));
        QCOMPARE(promotionToJson(back), promotionToJson(p));
        QCOMPARE(back.products, p.products);
        QCOMPARE(back.dailyUntil, QTime(19, 0));

        const auto refused = [](QJsonObject json) {
            try {
                promotionFromJson(json);
            } catch (const DomainError& e) {
                return e.code();
            }
            return QStringLiteral("accepted");
        };
        QJsonObject bad = promotionToJson(p);
        bad.insert(QStringLiteral("percent_bp"), 10001);
        QCOMPARE(refused(bad), QStringLiteral("promotion.invalid"));
        bad = promotionToJson(p);
        bad.insert(QStringLiteral("get"), 0);
        QCOMPARE(refused(bad), QStringLiteral("promotion.invalid"));
        bad = promotionToJson(p);
        bad.insert(QStringLiteral("kind"), QStringLiteral("free_lunch"));
        QCOMPARE(refused(bad), QStringLiteral("promotion.kind"));
        bad = promotionToJson(p);
        bad.remove(QStringLiteral("id"));
        QCOMPARE(refused(bad), QStringLiteral("promotion.invalid"));
    }

    void propertiesHoldForRandomCarts()
    {
        QRandomGenerator random(20261123);
        for (int round = 0; round < 300; ++round) {
            QList<PromotionLine> cart;
            const int lines = 1 + int(random.bounded(15));
            for (int i = 0; i < lines; ++i) {
                PromotionLine l =
                    line(i + 1, 1 + random.bounded(8), 1 + random.bounded(3), 1 + random.bounded(5000), 1 + random.bounded(4));
                if (random.bounded(6) == 0) {
                    l.weighed = true;
                    l.quantity = 50 + random.bounded(2000);
                    l.amount = (l.unitPrice * l.quantity + 500) / 1000;
                }
                l.excluded = random.bounded(12) == 0;
                cart.append(l);
            }
            QList<Promotion> promotions;
            for (int k = 0; k < 12; ++k) {
                Promotion p = promo(QStringLiteral("p%1").arg(k), Promotion::Kind(random.bounded(6)));
                if (random.bounded(2))
                    p.categories = {qint64(1 + random.bounded(3))};
                else if (random.bounded(2))
                    p.products = {qint64(1 + random.bounded(8)), qint64(1 + random.bounded(8))};
                p.percentBp = int(random.bounded(10001));
                p.amount = random.bounded(3000);
                p.buyQuantity = 1 + int(random.bounded(3));
                p.getQuantity = 1 + int(random.bounded(2));
                p.threshold = random.bounded(10000);
                p.priority = int(random.bounded(3));
                p.stackable = random.bounded(3) == 0;
                promotions.append(p);
            }
            const PromotionEngine engine(promotions);
            const PromotionResult r = engine.evaluate(cart, kNoon);

            qint64 applied = 0;
            for (const AppliedPromotion& a : r.applied) {
                qint64 shares = 0;
                for (const auto& [lineId, share] : a.lines) {
                    QVERIFY(share > 0);
                    shares += share;
                }
                QCOMPARE(shares, a.discount); // every discount is allocated to lines exactly
                applied += a.discount;
            }
            QCOMPARE(applied, r.discount);
            qint64 byLine = 0;
            QHash<qint64, qint64> byProduct;
            for (const PromotionLine& l : cart) {
                const qint64 d = r.lineDiscount(l.lineId);
                QVERIFY2(d >= 0 && d <= l.amount, "a line would cost less than nothing");
                if (l.excluded)
                    QCOMPARE(d, 0);
                byLine += d;
                byProduct[l.productId] += d;
            }
            QCOMPARE(byLine, r.discount); // the total equals the sum of the lines
            QVERIFY(total(cart) - r.discount >= 0);

            // Scanned in another order (with other line numbers): the same result.
            QList<PromotionLine> shuffled = cart;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            QHash<int, qint64> productOfNewLine;
            for (int i = 0; i < shuffled.size(); ++i) {
                shuffled[i].lineId = 100 + i;
                productOfNewLine[100 + i] = shuffled[i].productId;
            }
            const PromotionResult again = engine.evaluate(shuffled, kNoon);
            QCOMPARE(again.discount, r.discount);
            QHash<qint64, qint64> againByProduct;
            for (const PromotionLine& l : shuffled)
                againByProduct[l.productId] += again.lineDiscount(l.lineId);
            QCOMPARE(againByProduct, byProduct);
        }
    }
};

QTEST_APPLESS_MAIN(TestPromotions)
#include "tst_promotions.moc"
