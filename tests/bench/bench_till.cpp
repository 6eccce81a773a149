// Till benchmarks on a large demo store (DESIGN.md §7): scan-to-line with totals re-evaluated on a
// 100-line cart, search-as-you-type in three scripts, durable sale completion back to back and at a
// till's pace next to a bare SQLite transaction writing the same rows in a copy of the same store,
// and opening the store. Prints one JSON document.
#include "BenchStats.h"
#include "DemoStore.h"
#include "Till.h"
#include "common/ProcessStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <chrono>
#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace omnitill;

namespace {

QJsonObject benchScan(Till& till, qint64 products, const Session& session)
{
    SaleService& sales = till.sales();
    QRandomGenerator random(7);
    BenchStats stats;
    Cart cart = sales.newCart();
    QElapsedTimer timer;
    for (int i = 0; i < 3000; ++i) {
        if (cart.lines().size() >= 100)
            cart = sales.newCart();
        const QString code = DemoStore::eanFor(qint64(random.bounded(quint32(products))));
        timer.start();
        sales.scan(cart, code);
        const CartTotals totals = cart.totals(); // what the screen shows after each scan
        stats.add(timer.nsecsElapsed() / 1000);
        Q_UNUSED(totals);
    }
    Q_UNUSED(session);
    QJsonObject json = stats.json();
    json.insert(QStringLiteral("cart_lines_max"), 100);
    return json;
}

QJsonObject benchSearch(Till& till)
{
    // Each query is typed one character at a time; every prefix is a search.
    const QStringList queries{QStringLiteral("alpine whole milk"),
                              QStringLiteral("croissant"),
                              QStringLiteral("golden tea"),
                              QStringLiteral("молоко"),
                              QStringLiteral("сок апельсиновый"),
                              QStringLiteral("кефир"),
                              QStringLiteral("牛奶"),
                              QStringLiteral("阿尔卑全脂"),
                              QStringLiteral("绿茶")};
    QJsonObject result;
    BenchStats all;
    for (const QString& script : {QStringLiteral("latin"), QStringLiteral("cyrillic"), QStringLiteral("chinese")}) {
        BenchStats stats;
        const int offset = script == QLatin1String("latin") ? 0 : script == QLatin1String("cyrillic") ? 3 : 6;
        for (int round = 0; round < 20; ++round) {
            for (int q = offset; q < offset + 3; ++q) {
                const QString& query = queries[q];
                for (int n = 1; n <= query.size(); ++n) {
                    QElapsedTimer timer;
                    timer.start();
                    const QList<Product> found = till.catalog().search(query.left(n), 20);
                    const qint64 us = timer.nsecsElapsed() / 1000;
                    stats.add(us);
                    all.add(us);
                    Q_UNUSED(found);
                }
            }
        }
        result.insert(script, stats.json());
    }
    result.insert(QStringLiteral("all"), all.json());
    return result;
}

// What the bare transaction writes: the products the sales sold and events of the sales' size.
struct BareRows
{
    QList<qint64> products; // five per sale, in the order sold
    int payloadBytes = 900;
    int canonicalBytes = 200;
    qint64 shiftId = 1;
    qint64 staffId = 1;
};

// Sales back to back, or with a pause before each as a customer takes to pay: then the till is
// idle for a moment after every sale, as at a real checkout.
struct Pace
{
    int sales = 500;
    std::chrono::milliseconds pause{0};
};

QJsonObject benchCheckout(Till& till, qint64 products, const Session& session, const Pace& pace, BareRows& sold)
{
    SaleService& sales = till.sales();
    QRandomGenerator random(11);
    BenchStats stats;
    for (int i = 0; i < pace.sales; ++i) {
        Cart cart = sales.newCart();
        while (cart.lines().size() < 5)
            sales.scan(cart, DemoStore::eanFor(qint64(random.bounded(quint32(products)))));
        if (cart.needsAgeConfirmation())
            sales.confirmAge(session, cart);
        const qint64 due = cart.totals().total.minor();
        Payment payment(due);
        payment.addCard(due / 2, QStringLiteral("BENCH1"), QStringLiteral("VISA"), QStringLiteral("4242"));
        payment.addExactCash();
        for (const CartLine& line : cart.lines())
            sold.products.append(line.productId);
        std::this_thread::sleep_for(pace.pause);
        QElapsedTimer timer;
        timer.start();
        sales.complete(session, cart, payment);
        stats.add(timer.nsecsElapsed() / 1000);
    }
    sold.payloadBytes = till.db().scalar(QStringLiteral("SELECT avg(length(payload)) FROM journal WHERE event_type = 'sale'")).toInt();
    sold.canonicalBytes = till.db().scalar(QStringLiteral("SELECT avg(length(canonical)) FROM journal WHERE event_type = 'sale'")).toInt();
    sold.shiftId = till.shifts().current()->id;
    sold.staffId = session.staffId;
    return stats.json();
}

// The same rows written by hand in one durable transaction each: what SQLite itself costs. Sequence
// numbers continue those already in the file; the products are those of the sales from firstSale on.
QJsonObject benchBareTransaction(Database& db, const BareRows& rows, const Pace& pace, int firstSale = 0)
{
    const qint64 seqBase = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")).toLongLong();
    const qint64 receiptBase = db.scalar(QStringLiteral("SELECT coalesce(max(receipt_number), 0) FROM sales")).toLongLong();
    const qint64 outboxBase = db.scalar(QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM outbox")).toLongLong();
    const QString payload(rows.payloadBytes, QLatin1Char('x'));
    const QString canonical(rows.canonicalBytes, QLatin1Char('c'));
    const QByteArray blob(72, 'y');
    BenchStats stats;
    for (int i = 1; i <= pace.sales; ++i) {
        std::this_thread::sleep_for(pace.pause);
        QElapsedTimer timer;
        timer.start();
        Transaction tx(db);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        db.exec(QStringLiteral("INSERT INTO counters(name, value) VALUES('receipt', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1"));
        db.exec(QStringLiteral("INSERT INTO journal(seq, event_type, created_at, reference, canonical, payload, hash, signature, key_id)"
                               " VALUES(?, 'sale', 'x', ?, ?, ?, ?, ?, 'k')"),
                {seqBase + i, id, canonical, payload, blob.left(32), blob});
        db.exec(QStringLiteral("INSERT INTO sales(id, receipt_number, receipt_id, shift_id, staff_id, currency, tax_mode, subtotal,"
                               " discount_total, tax_total, total, change_given, created_at, business_day, journal_seq)"
                               " VALUES(?, ?, ?, ?, ?, 'EUR', 'inclusive', 500, 0, 80, 500, 0, 'x', 'x', ?)"),
                {id, receiptBase + i, id, rows.shiftId, rows.staffId, seqBase + i});
        for (int l = 1; l <= 5; ++l) {
            const qint64 product = rows.products.at(((firstSale + i - 1) * 5 + l - 1) % rows.products.size());
            db.exec(QStringLiteral("INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name, unit, quantity, unit_price,"
                                   " list_price, discount, net, tax, gross, tax_code, tax_basis_points)"
                                   " VALUES(?, ?, ?, 's', 'n', 'piece', 1, 100, 100, 0, 84, 16, 100, 'A', 1900)"),
                    {id, l, product});
            db.exec(QStringLiteral("INSERT INTO stock_movements(product_id, quantity_delta, reason, reference, created_at)"
                                   " VALUES(?, -1, 'sale', ?, 'x')"),
                    {product, id});
            db.exec(QStringLiteral("INSERT INTO stock_levels(product_id, quantity) VALUES(?, -1)"
                                   " ON CONFLICT(product_id) DO UPDATE SET quantity = quantity - 1"),
                    {product});
        }
        for (int t = 1; t <= 2; ++t)
            db.exec(QStringLiteral("INSERT INTO sale_tenders(sale_id, seq, kind, amount, tendered, change)"
                                   " VALUES(?, ?, 'cash', 250, 250, 0)"),
                    {id, t});
        db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, staff_id, sale_id, created_at)"
                               " VALUES(?, 'sale', 250, ?, ?, 'x')"),
                {rows.shiftId, rows.staffId, id});
        db.exec(
            QStringLiteral("INSERT INTO counters(name, value) VALUES('device_seq', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1"));
        db.exec(QStringLiteral("INSERT INTO outbox(device_seq, event_id, event_type, payload, created_at) VALUES(?, ?, 'sale', ?, 'x')"),
                {outboxBase + i, id, payload});
        tx.commit();
        stats.add(timer.nsecsElapsed() / 1000);
    }
    return stats.json();
}

// The bare rows in a fresh file holding only the five products they name: the hot pages of a
// small store, without the sales' own event sizes (the figure the issues were first measured by).
QJsonObject benchBareSmallStore(const QString& dir)
{
    Database db;
    db.open(dir + QStringLiteral("/bare.db"));
    db.checkpointInBackground(); // as the till's own connection does
    db.exec(QStringLiteral(
        "INSERT INTO staff(id, code, name, role, pin_salt, pin_hash, pin_iterations) VALUES(1, '1', 'b', 'cashier', x'00', x'00', 1)"));
    db.exec(QStringLiteral("INSERT INTO tax_rates(id, code, name, basis_points) VALUES(1, 'A', 'A', 1900)"));
    db.exec(QStringLiteral("INSERT INTO shifts(id, till_code, opened_by, opened_at, business_day, opening_float, status)"
                           " VALUES(1, 'T1', 1, 'x', 'x', 0, 'open')"));
    BareRows rows;
    for (int p = 1; p <= 5; ++p) {
        db.exec(QStringLiteral("INSERT INTO products(id, sku, name_en, unit, price, tax_rate_id) VALUES(?, ?, 'p', 'piece', 100, 1)"),
                {p, QStringLiteral("S%1").arg(p)});
        rows.products.append(p);
    }
    return benchBareTransaction(db, rows, Pace{});
}

// The bare rows in a copy of the store the sales were made in, for the same products and with
// events of the same size as theirs, at both paces the sales were measured at.
QJsonObject benchBareSameStore(Till& till, const QString& dir, const BareRows& rows, const Pace& backToBack, const Pace& tillPace)
{
    till.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString copy = dir + QStringLiteral("/bare-same-store.db");
    if (!QFile::copy(till.db().path(), copy))
        throw DomainError(QStringLiteral("bench.copy"), QStringLiteral("cannot copy the store to %1").arg(copy));
    QFile written(copy);
    if (written.open(QIODevice::ReadWrite))
        ::fsync(written.handle()); // so the kernel's write-back of the copy does not land on the measured commits
    Database db;
    db.open(copy, Database::OpenMode::ExistingOnly);
    db.checkpointInBackground();
    const QJsonObject json{{QStringLiteral("back_to_back"), benchBareTransaction(db, rows, backToBack)},
                           {QStringLiteral("at_till_pace"), benchBareTransaction(db, rows, tillPace, backToBack.sales)}};
    db.close();
    QFile::remove(copy);
    return json;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Demo store to use (created if missing)."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("products"), QStringLiteral("Products when creating."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.process(app);
    QTemporaryDir scratch;
    const qint64 products = parser.value(QStringLiteral("products")).toLongLong();
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : scratch.filePath(QStringLiteral("bench.db"));
    SystemClock clock;
    QJsonObject out;
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.products = products;
        DemoStore::create(path, clock, options);
        out.insert(QStringLiteral("demo_create_s"), double(timer.elapsed()) / 1000.0);
    }
    QElapsedTimer open;
    open.start();
    Till till(path, clock);
    const qint64 count = till.catalog().productCount() - 9; // minus the weighed PLUs and the gift card
    const Session session = till.staff().login(QStringLiteral("1111"));
    // ready to scan: store open, cashier logged in, first lookup answered
    Cart warm = till.sales().newCart();
    if (!till.shifts().current())
        till.shifts().open(session, 0);
    till.sales().scan(warm, DemoStore::eanFor(count / 2));
    out.insert(QStringLiteral("open_store_to_first_scan_ms"), double(open.nsecsElapsed()) / 1e6);
    out.insert(QStringLiteral("products"), count);
    out.insert(QStringLiteral("scan_to_line_100_line_cart"), benchScan(till, count, session));
    out.insert(QStringLiteral("search_as_you_type"), benchSearch(till));
    BareRows sold;
    const Pace backToBack;
    const Pace tillPace{150, std::chrono::milliseconds(100)};
    out.insert(QStringLiteral("complete_sale_5_lines_2_tenders"), benchCheckout(till, count, session, backToBack, sold));
    out.insert(QStringLiteral("complete_sale_at_till_pace"), benchCheckout(till, count, session, tillPace, sold));
    out.insert(QStringLiteral("bare_durable_sqlite_transaction_same_rows"),
               benchBareSameStore(till, scratch.path(), sold, backToBack, tillPace));
    out.insert(QStringLiteral("bare_durable_sqlite_transaction_small_store"), benchBareSmallStore(scratch.path()));
    out.insert(QStringLiteral("peak_rss_mb"), double(peakResidentKb()) / 1024.0);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
