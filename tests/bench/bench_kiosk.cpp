// The kiosk on a large catalogue: the category grid, a page of a category, search as the customer
// types, adding to the order (promotions decided again), placing a counter order with its QR,
// the till loading that QR, and a card payment with its order through the simulated terminal, as
// JSON. A GUI-free view of what each touch costs; the drawing is Qt's.
//   build/ci/bin/bench_kiosk [--products N] [--runs N]
#include "BenchStats.h"
#include "DemoStore.h"
#include "Till.h"
#include "common/DomainError.h"
#include "kiosk/KioskOrderCode.h"
#include "payment/SimulatedCardTerminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace omnitill;

int run(int argc, char** argv);

int main(int argc, char** argv)
{
    return runBenchmark("bench_kiosk", argc, argv, run);
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("products"), QStringLiteral("Products in the catalog."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Repetitions of each operation."), QStringLiteral("N"), QStringLiteral("100")});
    parser.process(app);
    const int products = parser.value(QStringLiteral("products")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    DemoOptions options;
    options.products = products;
    options.promotions = true;
    DemoStore::create(dir.filePath(QStringLiteral("kiosk.db")), clock, options);
    DemoStore::create(dir.filePath(QStringLiteral("till.db")), clock, options);
    Till kiosk(dir.filePath(QStringLiteral("kiosk.db")), clock);
    Till till(dir.filePath(QStringLiteral("till.db")), clock);
    kiosk.kioskOrders().kioskSession();
    const Session cashier = till.staff().login(QStringLiteral("1111"));
    till.shifts().open(cashier, 10000);
    const QList<Category> categories = kiosk.catalog().categories();

    QJsonObject out{{QStringLiteral("products"), products}, {QStringLiteral("runs"), runs}};
    out.insert(QStringLiteral("category_grid"), measureRuns(runs, [&](int) { kiosk.catalog().categories(); }));
    out.insert(QStringLiteral("category_page_24"),
               measureRuns(runs, [&](int r) { kiosk.catalog().inCategory(categories[r % categories.size()].id, 25, (r % 20) * 24); }));
    const QStringList typed{QStringLiteral("mi"),   QStringLiteral("mil"), QStringLiteral("milk"), QStringLiteral("хле"),
                            QStringLiteral("牛奶"), QStringLiteral("bre"), QStringLiteral("brea")};
    out.insert(QStringLiteral("search_as_typed"), measureRuns(runs, [&](int r) { kiosk.catalog().search(typed[r % typed.size()], 48); }));

    // An order of 8 different products, built touch by touch.
    QList<qint64> picks;
    for (int i = 11; picks.size() < 8; i += 11) {
        const std::optional<Product> p =
            kiosk.catalog().findById(kiosk.catalog().idForSku(QStringLiteral("SKU%1").arg(i, 7, 10, QLatin1Char('0'))));
        if (p && !p->ageRestricted && p->unit == Unit::Piece) // what a kiosk pays for without staff
            picks.append(p->id);
    }
    Cart cart = kiosk.sales().newCart();
    out.insert(QStringLiteral("add_to_order_8_lines"), measureRuns(runs, [&](int r) {
                   if (r % 8 == 0)
                       cart = kiosk.sales().newCart();
                   kiosk.sales().addProduct(cart, picks[r % 8], 1 + r % 3);
               }));
    cart = kiosk.sales().newCart(); // the order placed and paid below: all 8 lines
    for (int i = 0; i < 8; ++i)
        kiosk.sales().addProduct(cart, picks[i], 1 + i % 3);
    QStringList codes;
    out.insert(QStringLiteral("place_counter_order"),
               measureRuns(runs, [&](int) { codes.append(kiosk.kioskOrders().placeCounterOrder(cart, QStringLiteral("en")).code); }));
    out.insert(QStringLiteral("qr_text_bytes"), qint64(codes.first().toUtf8().size()));
    out.insert(QStringLiteral("till_loads_qr"), measureRuns(runs, [&](int r) {
                   Cart atTill = till.sales().newCart();
                   till.kioskOrders().load(atTill, codes[r]);
               }));
    SimulatedCardTerminal terminal;
    out.insert(QStringLiteral("card_payment_with_order"), measureRuns(runs, [&](int) {
                   Cart paid = cart;
                   paid.setKioskOrder({});
                   if (kiosk.kioskPayments().payByCard(paid, terminal).status != KioskPaymentOutcome::Status::Paid)
                       throw DomainError(QStringLiteral("bench.unpaid"), QStringLiteral("the simulated card payment failed"));
               }));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
