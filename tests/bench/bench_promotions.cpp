// Promotion evaluation against the scan budget (DESIGN.md §7: scan → line with promotions
// re-evaluated, p99 ≤ 5 ms): a 100-line cart, 500 active promotions of every kind, as JSON.
//   build/ci/bin/bench_promotions [--lines N] [--promotions N] [--runs N]
#include "BenchStats.h"
#include "promotions/PromotionEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

using namespace omnitill;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lines"), QStringLiteral("Cart lines."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("promotions"), QStringLiteral("Active promotions."), QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Evaluations."), QStringLiteral("N"), QStringLiteral("500")});
    parser.process(app);
    const int lineCount = parser.value(QStringLiteral("lines")).toInt();
    const int promotionCount = parser.value(QStringLiteral("promotions")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QRandomGenerator random(42);
    // A catalog of 1,000,000 products in 200 categories; the cart holds 100 of them.
    QList<PromotionLine> cart;
    for (int i = 0; i < lineCount; ++i) {
        const qint64 product = 1 + random.bounded(1000000);
        const qint64 price = 49 + random.bounded(3000);
        const qint64 quantity = 1 + random.bounded(3);
        cart.append({i + 1, product, product % 200, price, quantity, price * quantity, random.bounded(10) == 0, false});
        if (cart.last().weighed)
            cart.last().amount = price * 750 / 1000;
    }
    QList<Promotion> promotions;
    for (int k = 0; k < promotionCount; ++k) {
        Promotion p;
        p.id = QStringLiteral("P%1").arg(k, 4, 10, QLatin1Char('0'));
        p.name = p.id;
        p.kind = Promotion::Kind(k % 6);
        // Most promotions name a category; some a list of products, some of them in the cart.
        if (k % 3 == 0) {
            for (int n = 0; n < 50; ++n)
                p.products.insert(n < 2 ? cart[random.bounded(lineCount)].productId : 1 + random.bounded(1000000));
        } else {
            p.categories = {qint64(random.bounded(200))};
        }
        p.percentBp = 500 + int(random.bounded(2000));
        p.amount = 100 + random.bounded(500);
        p.buyQuantity = 2;
        p.getQuantity = 1;
        p.threshold = 2000 + random.bounded(20000);
        p.priority = int(random.bounded(3));
        p.stackable = k % 7 == 0;
        promotions.append(p);
    }
    const PromotionEngine engine(promotions);
    const PromotionContext context{QDateTime(QDate(2026, 11, 23), QTime(11, 0), QTimeZone::utc()), QTime(12, 0), true};

    BenchStats stats;
    PromotionResult result;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        result = engine.evaluate(cart, context);
        stats.add(t.nsecsElapsed() / 1000);
    }
    QJsonObject out{{QStringLiteral("cart_lines"), lineCount},
                    {QStringLiteral("active_promotions"), promotionCount},
                    {QStringLiteral("applied_promotions"), qint64(result.applied.size())},
                    {QStringLiteral("discount_minor"), result.discount},
                    {QStringLiteral("evaluate"), stats.json()}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
