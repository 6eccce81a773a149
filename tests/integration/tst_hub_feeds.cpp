// What the hub hands to the tills besides the catalog (staff, settings, members, online orders,
// stock), the integrator API with its API keys, and serving over TLS. Real hub process on loopback;
// SQLite by default, PostgreSQL when OMNITILL_HUB_DB is set by the wrapper.
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "barcode/Gtin.h"
#include "crypto/HubToken.h"
#include "crypto/Signer.h"
#include "promotions/PromotionRepository.h"
#include "store/StoreSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace omnitill;

namespace {
using Answer = test::HubAnswer;

using test::HubProcess;
} // namespace

class TestHubFeeds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;
    QString m_apiKey;

    int import(const QJsonObject& data) { return m_hub->importJson(data, m_dir.path()); }

    Answer call(const QByteArray& verb, const QString& path, const QJsonObject& body = {}, const QString& key = {})
    {
        return m_hub->call(m_network, verb, path, body, key);
    }

    QJsonObject order(const QString& id, const QString& store, const QString& number, qint64 quantity)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("store_id"), store},
                {QStringLiteral("number"), number},
                {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Li Wei")},
                                                         {QStringLiteral("phone"), QStringLiteral("+8613800001234")}}},
                {QStringLiteral("paid"), true},
                {QStringLiteral("currency"), QStringLiteral("EUR")},
                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                                                                 {QStringLiteral("quantity"), quantity},
                                                                 {QStringLiteral("unit_price"), 250}}}}};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1"), QStringLiteral("S2")}));
        const QJsonArray rates = HubProcess::standardTaxRate();
        QCOMPARE(import({{QStringLiteral("tax_rates"), rates},
                         {QStringLiteral("products"), QJsonArray{HubProcess::product(QStringLiteral("SKU0000001"), QStringLiteral("Tea"),
                                                                                     250, QStringLiteral("4000000000013"))}}}),
                 0);
        m_apiKey = m_hub->createApiKey(QStringLiteral("web shop"));
        QVERIFY(m_apiKey.startsWith(QLatin1String("otk_")));
    }

    void cleanupTestCase() { m_hub->terminate(); }

    void referenceDataReachesTheTill()
    {
        // Refused as a whole: a setting the hub may not manage, a PIN given twice.
        QVERIFY(import({{QStringLiteral("settings"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("device.id")},
                                                                            {QStringLiteral("value"), QStringLiteral("x")}}}}}) != 0);
        const auto person = [](const char* code, const char* role, const char* pin, const char* store) {
            return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                               {QStringLiteral("name"), QLatin1String(code)},
                               {QStringLiteral("role"), QLatin1String(role)},
                               {QStringLiteral("pin"), QLatin1String(pin)},
                               {QStringLiteral("store_id"), QLatin1String(store)}};
        };
        QVERIFY(import({{QStringLiteral("staff"),
                         QJsonArray{person("E1", "cashier", "5555", "S1"), person("E2", "cashier", "5555", "S1")}}}) != 0);
        // #19: nobody's PIN hash goes to every till of the chain, nor to a store that does not exist.
        QVERIFY(import({{QStringLiteral("staff"), QJsonArray{person("E3", "manager", "6666", "")}}}) != 0);
        QVERIFY(import({{QStringLiteral("staff"), QJsonArray{person("E4", "manager", "6666", "S9")}}}) != 0);
        QCOMPARE(
            import({{QStringLiteral("staff"), QJsonArray{person("E7", "cashier", "5555", "S1"), person("E8", "manager", "6666", "S1"),
                                                         person("E9", "cashier", "7777", "S2")}},
                    {QStringLiteral("settings"), QJsonArray{QJsonObject{{QStringLiteral("store_id"), QStringLiteral("S1")},
                                                                        {QStringLiteral("key"), QStringLiteral("store.name")},
                                                                        {QStringLiteral("value"), QStringLiteral("OmniTill Riverside")}},
                                                            QJsonObject{{QStringLiteral("store_id"), QStringLiteral("S2")},
                                                                        {QStringLiteral("key"), QStringLiteral("store.name")},
                                                                        {QStringLiteral("value"), QStringLiteral("Elsewhere")}}}},
                    {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("M1")},
                                                                       {QStringLiteral("card_code"), QStringLiteral("2900000000011")},
                                                                       {QStringLiteral("name"), QStringLiteral("Olga")},
                                                                       {QStringLiteral("phone"), QStringLiteral("+79990001122")},
                                                                       {QStringLiteral("consent"), true},
                                                                       {QStringLiteral("points_balance"), 420}}}},
                    {QStringLiteral("stock"), QJsonArray{QJsonObject{{QStringLiteral("store_id"), QStringLiteral("S1")},
                                                                     {QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                                                                     {QStringLiteral("on_hand"), 50}},
                                                         QJsonObject{{QStringLiteral("store_id"), QStringLiteral("S2")},
                                                                     {QStringLiteral("sku"), QStringLiteral("SKU0000001")},
                                                                     {QStringLiteral("on_hand"), 12}}}}}),
            0);

        test::TestStore store(100);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T1")));
        // A sale of three teas, pushed in the same round that pulls the stock.
        const Session cashier = store.openShift();
        Cart cart = store.till().sales().newCart();
        for (int i = 0; i < 3; ++i)
            store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        store.till().sales().complete(cashier, cart, payment);

        SyncSummary summary;
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, &summary, &error), qPrintable(error));
        Database& db = store.till().db();
        QCOMPARE(store.till().settings().storeName(), QStringLiteral("OmniTill Riverside")); // S2's name is not ours
        QCOMPARE(store.till().staff().login(QStringLiteral("5555")).name, QStringLiteral("E7"));
        QCOMPARE(store.till().staff().login(QStringLiteral("6666")).role, Role::Manager);
        QCOMPARE(test::errorCode([&] { store.till().staff().login(QStringLiteral("7777")); }), QStringLiteral("auth.bad_pin"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT points_balance FROM members WHERE card_code = '2900000000011'")).toLongLong(), 420);
        QCOMPARE(db.scalar(QStringLiteral("SELECT on_hand FROM remote_stock WHERE store_id = 'S2' AND sku = 'SKU0000001'")).toLongLong(),
                 12);
        QCOMPARE(db.scalar(QStringLiteral("SELECT on_hand FROM remote_stock WHERE store_id = 'S1' AND sku = 'SKU0000001'")).toLongLong(),
                 47);
        QCOMPARE(summary.pulledItems, 6); // two staff (not S2's), one setting, one member, two stock levels
        // Nothing new: the cursors remember.
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.pulledItems, 0);

        // Erasure on the hub removes the person's data on the till at the next sync.
        int exitCode = -1;
        m_hub->admin({QStringLiteral("erase-member"), QStringLiteral("--member"), QStringLiteral("M1")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QSqlQuery& q = db.exec(QStringLiteral("SELECT name, phone, erased, card_code FROM members WHERE id = 'M1'"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(!q.value(3).toString().contains(QLatin1String("2900000000011")));
        q.finish();
    }

    void promotionsReachTheTillAndAreCharged()
    {
        const auto promotion = [](const char* id, const char* store, bool active) {
            return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                               {QStringLiteral("store_id"), QLatin1String(store)},
                               {QStringLiteral("name"), QStringLiteral("Tea 3 for 2")},
                               {QStringLiteral("kind"), QStringLiteral("buy_x_get_y")},
                               {QStringLiteral("skus"), QJsonArray{QStringLiteral("SKU0000001"), QStringLiteral("NOT-SOLD-HERE")}},
                               {QStringLiteral("buy"), 2},
                               {QStringLiteral("get"), 1},
                               {QStringLiteral("percent_bp"), 10000},
                               {QStringLiteral("active"), active}};
        };
        // Checked on the hub by the tills' own rules: refused as a whole.
        QJsonObject broken = promotion("BROKEN", "S1", true);
        broken.insert(QStringLiteral("percent_bp"), 20000);
        QVERIFY(import({{QStringLiteral("promotions"), QJsonArray{promotion("TEA-3FOR2", "S1", true), broken}}}) != 0);
        QCOMPARE(import({{QStringLiteral("promotions"), QJsonArray{promotion("TEA-3FOR2", "S1", true), promotion("S2-ONLY", "S2", true)}}}),
                 0);

        // Categories belong to the hub's catalog; a category promotion is recomputed with them.
        QJsonObject tea = HubProcess::product(QStringLiteral("SKU0000001"), QStringLiteral("Tea"), 250, QStringLiteral("4000000000013"));
        tea.insert(QStringLiteral("category_id"), 77);
        QVERIFY(import({{QStringLiteral("products"), QJsonArray{tea}}}) != 0); // category 77 is not known yet
        const QJsonArray categories{QJsonObject{{QStringLiteral("id"), 77},
                                                {QStringLiteral("name_en"), QStringLiteral("Tea & Coffee")},
                                                {QStringLiteral("name_ru"), QStringLiteral("Чай и кофе")},
                                                {QStringLiteral("name_zh"), QStringLiteral("茶和咖啡")}}};
        QCOMPARE(import({{QStringLiteral("categories"), categories}, {QStringLiteral("products"), QJsonArray{tea}}}), 0);
        const QJsonObject teaCategory{{QStringLiteral("id"), QStringLiteral("TEA-CAT-5")},
                                      {QStringLiteral("name"), QStringLiteral("Tea -5%")},
                                      {QStringLiteral("kind"), QStringLiteral("percent_off")},
                                      {QStringLiteral("categories"), QJsonArray{77}},
                                      {QStringLiteral("percent_bp"), 500},
                                      {QStringLiteral("stackable"), true}};
        QCOMPARE(import({{QStringLiteral("promotions"), QJsonArray{teaCategory}}}), 0);

        test::TestStore store(100);
        store.clock().set(QDateTime::currentDateTimeUtc().addSecs(1)); // after the hub's promotions changed
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T3")));
        SyncSummary summary;
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, &summary, &error), qPrintable(error));
        const QList<Promotion> here = store.till().promotions().all();
        QCOMPARE(here.size(), 2); // S2's promotion is not this store's
        const qint64 teaId = store.till().catalog().idForSku(QStringLiteral("SKU0000001"));
        QCOMPARE(store.till().catalog().findById(teaId)->categoryId, 77);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT name_ru FROM categories WHERE id = 77")).toString(),
                 QStringLiteral("Чай и кофе"));

        const Session cashier = store.openShift();
        Cart cart = store.till().sales().newCart();
        for (int i = 0; i < 3; ++i)
            store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        QCOMPARE(cart.promotions().applied.size(), 2);
        QCOMPARE(cart.totals().discount.minor(), 250 + 2 * 13); // the free tea, then 5 % of each paid one
        // The hub recomputes the promotions with its own and finds the same.
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        store.till().sales().complete(cashier, cart, payment);
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.conflicts, 0);

        // A till that applies a promotion the hub does not have (stale, or tampered with) is found.
        Promotion local;
        local.id = QStringLiteral("LOCAL-HALF");
        local.name = QStringLiteral("Half price");
        local.kind = Promotion::Kind::PercentOff;
        local.percentBp = 5000;
        local.priority = 9;
        local.products = {teaId};
        {
            Transaction tx(store.till().db());
            store.till().promotions().put(local, store.clock().nowUtc());
            tx.commit();
        }
        store.clock().advanceSeconds(60);
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        Payment half(cart.totals().total.minor());
        half.addExactCash();
        store.till().sales().complete(cashier, cart, half);
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QCOMPARE(summary.conflicts, 1);
        const QString reason = store.till().db().scalar(QStringLiteral("SELECT reason FROM sync_conflicts")).toString();
        QVERIFY2(reason.contains(QLatin1String("LOCAL-HALF: hub 0, till 125")), qPrintable(reason));
        {
            Transaction tx(store.till().db());
            store.till().promotions().remove(local.id);
            tx.commit();
        }

        // Withdrawn on the hub: gone from the till at the next sync, and from the next scan.
        QJsonObject withdrawn = teaCategory;
        withdrawn.insert(QStringLiteral("active"), false);
        QCOMPARE(import({{QStringLiteral("promotions"), QJsonArray{promotion("TEA-3FOR2", "S1", false), withdrawn}}}), 0);
        QVERIFY(test::HubProcess::runSync(client, &summary));
        QVERIFY(store.till().promotions().all().isEmpty());
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        QCOMPARE(cart.totals().discount.minor(), 0);
    }

    void membersAreIdentifiedByAppQrCardOrPhoneOffline()
    {
        QCOMPARE(import({{QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("M7")},
                                                                            {QStringLiteral("card_code"), QStringLiteral("2900000000073")},
                                                                            {QStringLiteral("name"), QStringLiteral("Wei")},
                                                                            {QStringLiteral("phone"), QStringLiteral("+86 138 0013 8000")},
                                                                            {QStringLiteral("consent"), true},
                                                                            {QStringLiteral("points_balance"), 0}}}},
                         {QStringLiteral("promotions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("MEMBERS-5")},
                                                                               {QStringLiteral("name"), QStringLiteral("Members -5%")},
                                                                               {QStringLiteral("kind"), QStringLiteral("percent_off")},
                                                                               {QStringLiteral("percent_bp"), 500},
                                                                               {QStringLiteral("member_only"), true}}}}}),
                 0);
        test::TestStore store(100);
        store.clock().set(m_realClock.nowUtc()); // the hub dates its member codes by the real clock
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T4")));
        QVERIFY(test::HubProcess::runSync(client));
        const Answer token = call("GET", QStringLiteral("/v1/integrator/members/M7/token"), {}, m_apiKey);
        QCOMPARE(token.status, 200);
        const QString qr = token.body.value(QStringLiteral("token")).toString();
        QVERIFY(qr.startsWith(QStringLiteral("OTM2.")));
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/members/NOBODY/token"), {}, m_apiKey).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/members/M7/token")).status, 401);

        // From here on nothing talks to the hub: the till checks the token with the key it has.
        store.openShift();
        MemberService& members = store.till().members();
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        const qint64 listTotal = cart.totals().total.minor();
        QVERIFY(members.isMemberCode(qr));
        QVERIFY(!members.isMemberCode(QStringLiteral("4000000000013")));
        const MemberSummary m = members.identify(cart, qr);
        QCOMPARE(m.name, QStringLiteral("Wei"));
        QCOMPARE(cart.memberId(), QStringLiteral("M7"));
        QVERIFY(cart.totals().total.minor() < listTotal); // the member price, decided again at once

        // A token altered by one character, or signed by someone else, is refused.
        QString forged = qr;
        forged[forged.size() - 5] = forged[forged.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(test::errorCode([&] { members.identify(cart, forged); }), QStringLiteral("member.bad_token"));
        QString otherPayload = qr;
        otherPayload.replace(QStringLiteral("OTM2."), QStringLiteral("OTM2.TTdYfDE3"));
        QCOMPARE(test::errorCode([&] { members.identify(cart, otherPayload); }), QStringLiteral("member.bad_token"));

        members.clear(cart);
        QCOMPARE(cart.totals().total.minor(), listTotal);
        QCOMPARE(members.identify(cart, QStringLiteral("2900000000073")).id, QStringLiteral("M7"));
        QCOMPARE(members.findByPhone(QStringLiteral("138-0013-8000")).size(), 1);
        QCOMPARE(members.findByPhone(QStringLiteral("138-0013-8000")).first().phoneEnding, QStringLiteral("8000"));
        QCOMPARE(test::errorCode([&] { members.findByPhone(QStringLiteral("8000")); }), QStringLiteral("member.phone"));
        QCOMPARE(test::errorCode([&] { members.identify(cart, QStringLiteral("2900000000999")); }), QStringLiteral("member.unknown"));
    }

    void aMemberEnrolledAtOneTillIsKnownAtAnother()
    {
        test::TestStore first(20);
        SyncClient firstClient(first.till().db(), first.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(firstClient, QStringLiteral("S1"), QStringLiteral("T5")));
        const Session cashier = first.openShift();
        Cart cart = first.till().sales().newCart();
        QCOMPARE(test::errorCode([&] { first.till().members().enrol(cashier, cart, QStringLiteral("Ana"), QStringLiteral("555"), true); }),
                 QStringLiteral("member.phone"));
        QCOMPARE(test::errorCode([&] { first.till().members().enrol(cashier, cart, QStringLiteral("Ana"), {}, false); }),
                 QStringLiteral("member.consent"));
        const MemberSummary ana =
            first.till().members().enrol(cashier, cart, QStringLiteral("Ana"), QStringLiteral("+34 600 123 456"), true);
        QCOMPARE(cart.memberId(), ana.id);
        QVERIFY(ana.cardCode.size() == 13 && gtin::hasValidCheckDigit(ana.cardCode) && ana.cardCode.startsWith(QStringLiteral("29")));
        SyncSummary summary;
        QVERIFY(test::HubProcess::runSync(firstClient, &summary));
        QCOMPARE(summary.conflicts, 0);

        // Another store's till learns of her at its next sync and finds her by card or phone.
        test::TestStore second(20);
        SyncClient secondClient(second.till().db(), second.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(secondClient, QStringLiteral("S2"), QStringLiteral("T5")));
        QVERIFY(test::HubProcess::runSync(secondClient));
        second.openShift();
        Cart there = second.till().sales().newCart();
        QCOMPARE(second.till().members().identify(there, ana.cardCode).name, QStringLiteral("Ana"));
        QCOMPARE(second.till().members().findByPhone(QStringLiteral("600123456")).size(), 1);
        // Erased on the hub: at the next sync the till forgets her, in its outbox too.
        int exitCode = -1;
        m_hub->admin({QStringLiteral("erase-member"), QStringLiteral("--member"), ana.id}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(test::HubProcess::runSync(firstClient));
        QCOMPARE(first.till().db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%Ana%'")).toInt(), 0);
        QCOMPARE(test::errorCode([&] { first.till().members().identify(cart, ana.cardCode); }), QStringLiteral("member.unknown"));
    }

    void csvFilesImportAndRefuseClearly()
    {
        const auto importCsv = [&](const QByteArray& csv, QByteArray* err) {
            QFile f(m_dir.filePath(QStringLiteral("import.csv")));
            if (!f.open(QIODevice::WriteOnly))
                return -1;
            f.write(csv);
            f.close();
            QProcess p;
            p.start(test::HubProcess::bin("omnitill-hub"), {QStringLiteral("admin"), QStringLiteral("--db"), m_hub->db(),
                                                            QStringLiteral("import"), QStringLiteral("--file"), f.fileName()});
            p.waitForFinished(60000);
            *err = p.readAllStandardError() + p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray output;
        QVERIFY(importCsv("store_id,code,name,role,pin\nS1,E20,\"Ivanova, Anna\",cashier,8080\nS1,E21,Li,boss,8181\n", &output) != 0);
        QVERIFY2(output.contains("role must be"), output.constData());
        QVERIFY(importCsv("sku,price\nSKU0000001,abc\n", &output) != 0);
        QVERIFY2(output.contains("line 2"), output.constData());
        QCOMPARE(importCsv("store_id,code,name,role,pin\r\nS2,E20,\"Ivanova, Anna\",cashier,8080\r\n", &output), 0);
        QVERIFY2(output.contains("\"staff\": 1"), output.constData());
    }

    void integratorApiNeedsAKey()
    {
        const QJsonObject o = order(QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001"), 2);
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders"), o).status, 401);
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders"), o, QStringLiteral("otk_wrong")).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/feed"), {}, QStringLiteral("otk_wrong")).status, 401);
        const QJsonObject spare =
            QJsonDocument::fromJson(m_hub->admin({QStringLiteral("api-key"), QStringLiteral("--name"), QStringLiteral("old"),
                                                  QStringLiteral("--scopes"), QStringLiteral("orders")}))
                .object();
        m_hub->admin({QStringLiteral("api-key"), QStringLiteral("--revoke"), spare.value(QStringLiteral("id")).toString()});
        const Answer revoked = call("POST", QStringLiteral("/v1/integrator/orders"), o, spare.value(QStringLiteral("key")).toString());
        QCOMPARE(revoked.status, 403);
        QCOMPARE(revoked.body.value(QStringLiteral("error")).toString(), QStringLiteral("auth.api_key_revoked"));
    }

    // #19: a web shop's key could import the catalog, set prices and issue a 1,000.00 coupon.
    void apiKeysDoOnlyWhatTheirScopesSay()
    {
        int exitCode = 0;
        m_hub->admin({QStringLiteral("api-key"), QStringLiteral("--name"), QStringLiteral("no scopes")}, &exitCode);
        QVERIFY(exitCode != 0);
        m_hub->admin({QStringLiteral("api-key"), QStringLiteral("--name"), QStringLiteral("typo"), QStringLiteral("--scopes"),
                      QStringLiteral("order")},
                     &exitCode);
        QVERIFY(exitCode != 0);
        const QString shop = m_hub->createApiKey(QStringLiteral("shop front"), QStringLiteral("orders,feed"));
        QVERIFY(!shop.isEmpty());
        const auto refused = [&](const QByteArray& verb, const QString& path, const QJsonObject& body) {
            const Answer a = call(verb, path, body, shop);
            return a.status == 403 && a.body.value(QStringLiteral("error")).toString() == QLatin1String("auth.scope");
        };
        QVERIFY(refused("POST", QStringLiteral("/v1/integrator/prices"),
                        {{QStringLiteral("prices"),
                          QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0001")}, {QStringLiteral("price"), 1}}}}}));
        QVERIFY(refused("POST", QStringLiteral("/v1/integrator/catalog"), {{QStringLiteral("products"), QJsonArray{}}}));
        QVERIFY(refused("POST", QStringLiteral("/v1/integrator/coupons"),
                        {{QStringLiteral("kind"), QStringLiteral("amount")}, {QStringLiteral("value"), 100000}}));
        QVERIFY(refused("GET", QStringLiteral("/v1/integrator/members/M7/token"), {}));
        QVERIFY(refused("GET", QStringLiteral("/v1/integrator/replenishment"), {}));
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/feed?limit=1"), {}, shop).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/orders/no-such-order"), {}, shop).status, 404); // allowed, just unknown
        // Given the scope later, the same key may.
        QJsonArray keys = QJsonDocument::fromJson(m_hub->admin({QStringLiteral("api-key"), QStringLiteral("--list")})).array();
        QString id;
        for (const QJsonValue& k : keys) {
            if (k.toObject().value(QStringLiteral("name")).toString() == QLatin1String("shop front")) {
                id = k.toObject().value(QStringLiteral("id")).toString();
                QCOMPARE(k.toObject().value(QStringLiteral("scopes")).toArray(),
                         (QJsonArray{QStringLiteral("orders"), QStringLiteral("feed")}));
            }
        }
        m_hub->admin({QStringLiteral("api-key"), QStringLiteral("--set-scopes"), id, QStringLiteral("--scopes"),
                      QStringLiteral("orders,feed,replenishment")},
                     &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/replenishment"), {}, shop).status, 200);
    }

    void onlineOrdersReachTheirStoreOnly()
    {
        const Answer placed = call("POST", QStringLiteral("/v1/integrator/orders"),
                                   order(QStringLiteral("web-2"), QStringLiteral("S1"), QStringLiteral("1002"), 2), m_apiKey);
        QCOMPARE(placed.status, 200);
        QCOMPARE(placed.body.value(QStringLiteral("total")).toInteger(), 500);
        // The same request again (a lost answer) gets the same order; other content under the id is refused.
        const Answer again = call("POST", QStringLiteral("/v1/integrator/orders"),
                                  order(QStringLiteral("web-2"), QStringLiteral("S1"), QStringLiteral("1002"), 2), m_apiKey);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("pickup_token")), placed.body.value(QStringLiteral("pickup_token")));
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders"),
                      order(QStringLiteral("web-2"), QStringLiteral("S1"), QStringLiteral("1002"), 3), m_apiKey)
                     .status,
                 409);
        QJsonObject unknownSku = order(QStringLiteral("web-3"), QStringLiteral("S1"), QStringLiteral("1003"), 1);
        unknownSku.insert(QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("NOPE")},
                                                                          {QStringLiteral("quantity"), 1},
                                                                          {QStringLiteral("unit_price"), 1}}});
        const Answer refused = call("POST", QStringLiteral("/v1/integrator/orders"), unknownSku, m_apiKey);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.value(QStringLiteral("message")).toString().contains(QLatin1String("NOPE")));
        // #19: 1000 lines of a million pieces at 100,000,000.00 each: refused, not stored wrapped.
        QJsonObject huge = order(QStringLiteral("web-8"), QStringLiteral("S1"), QStringLiteral("1008"), 1);
        QJsonArray hugeLines;
        const QJsonObject firstLine = huge.value(QStringLiteral("lines")).toArray().first().toObject();
        for (int i = 0; i < 1000; ++i)
            hugeLines.append(QJsonObject{{QStringLiteral("sku"), firstLine.value(QStringLiteral("sku"))},
                                         {QStringLiteral("quantity"), 1000000},
                                         {QStringLiteral("unit_price"), 10000000000.0}});
        huge.insert(QStringLiteral("lines"), hugeLines);
        const Answer tooBig = call("POST", QStringLiteral("/v1/integrator/orders"), huge, m_apiKey);
        QCOMPARE(tooBig.status, 400);
        QVERIFY2(tooBig.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("total would exceed")),
                 qPrintable(tooBig.body.value(QStringLiteral("message")).toString()));
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/orders/web-8"), {}, m_apiKey).status, 404);
        // #19: an id made to be read as another token's fields is refused before anything is signed.
        for (const auto& [id, number] : {std::pair{QStringLiteral("C1|amount|50000|0||"), QStringLiteral("1009")},
                                         std::pair{QStringLiteral("web-9"), QStringLiteral("10\n09")}}) {
            const Answer separator =
                call("POST", QStringLiteral("/v1/integrator/orders"), order(id, QStringLiteral("S1"), number, 1), m_apiKey);
            QCOMPARE(separator.status, 400);
            QCOMPARE(separator.body.value(QStringLiteral("error")).toString(), QStringLiteral("order.invalid"));
        }
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders"),
                      order(QStringLiteral("web-4"), QStringLiteral("S2"), QStringLiteral("2001"), 1), m_apiKey)
                     .status,
                 200);

        test::TestStore store(10);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T2")));
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, nullptr, &error), qPrintable(error));
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM online_orders")).toInt(), 1); // S2's order stays at S2
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM online_orders WHERE number = '1002'")).toString(), QStringLiteral("placed"));

        // The pickup token verifies with the hub key the till got at enrollment: no hub needed.
        const QString token = placed.body.value(QStringLiteral("pickup_token")).toString();
        const QByteArray hubKey = QByteArray::fromBase64(store.till().settings().value(QStringLiteral("sync.hub_public_key")).toLatin1());
        QCOMPARE(HubToken::check(token, HubToken::kPickup, 3, hubKey, QDateTime::currentDateTimeUtc()).fields,
                 std::optional<QStringList>({QStringLiteral("web-2"), QStringLiteral("S1"), QStringLiteral("1002")}));
        // Altered in its payload, it no longer verifies.
        const QStringList parts = token.split(QLatin1Char('.'));
        const QString altered = parts[0] + QLatin1Char('.') +
                                QString::fromLatin1(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)
                                                        .replace("1002", "1003")
                                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                                QLatin1Char('.') + parts[2];
        QCOMPARE(HubToken::check(altered, HubToken::kPickup, 3, hubKey, QDateTime::currentDateTimeUtc()).refusal,
                 HubToken::Refusal::Forged);

        // Cancelled online: the till learns it at the next sync.
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/orders/web-2/cancel"), {}, m_apiKey).status, 200);
        QVERIFY(test::HubProcess::runSync(client));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM online_orders WHERE number = '1002'")).toString(),
                 QStringLiteral("cancelled"));

        // A price posted by the ERP reaches the till.
        const Answer priced =
            call("POST", QStringLiteral("/v1/integrator/prices"),
                 {{QStringLiteral("prices"),
                   QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU0000001")}, {QStringLiteral("price"), 275}}}}},
                 m_apiKey);
        QCOMPARE(priced.status, 200);
        QCOMPARE(call("POST", QStringLiteral("/v1/integrator/prices"),
                      {{QStringLiteral("prices"),
                        QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("NOPE")}, {QStringLiteral("price"), 1}}}}},
                      m_apiKey)
                     .status,
                 404);
        QVERIFY(test::HubProcess::runSync(client));
        QCOMPARE(store.till().catalog().findByCodes({QStringLiteral("04000000000013")})->price, 275);
    }

    void integratorsReadWhatTheStoresDidInPages()
    {
        // Earlier tests pushed sales of their own; add two more from another till.
        test::TestStore store(10);
        SyncClient client(store.till().db(), store.till().settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S2"), QStringLiteral("T1")));
        const Session cashier = store.openShift();
        for (int i = 0; i < 2; ++i) {
            Cart cart = store.till().sales().newCart();
            store.till().sales().scan(cart, QStringLiteral("4000000000013"));
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            store.till().sales().complete(cashier, cart, payment);
        }
        QVERIFY(test::HubProcess::runSync(client));
        const qint64 sales = m_hub->stats().value(QStringLiteral("sales")).toInteger();
        QVERIFY(sales >= 3);

        QString cursor;
        QStringList receipts;
        for (int page = 0; page < 20; ++page) {
            const Answer a = call("GET", QStringLiteral("/v1/integrator/feed?limit=1&cursor=") + cursor, {}, m_apiKey);
            QCOMPARE(a.status, 200);
            const QJsonArray items = a.body.value(QStringLiteral("items")).toArray();
            if (items.isEmpty())
                break;
            QCOMPARE(items.size(), 1);
            const QJsonObject item = items.first().toObject();
            QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("sale"));
            receipts.append(item.value(QStringLiteral("event"))
                                .toObject()
                                .value(QStringLiteral("body"))
                                .toObject()
                                .value(QStringLiteral("sale_id"))
                                .toString());
            cursor = a.body.value(QStringLiteral("cursor")).toString();
        }
        QCOMPARE(receipts.size(), sales); // every sale once, in pages of one
        QCOMPARE(QSet<QString>(receipts.begin(), receipts.end()).size(), sales);
        QCOMPARE(call("GET", QStringLiteral("/v1/integrator/feed?cursor=garbage"), {}, m_apiKey).status, 400);
        const QJsonObject stats = m_hub->stats();
        QCOMPARE(stats.value(QStringLiteral("sales")).toInteger(), sales);
        QCOMPARE(stats.value(QStringLiteral("online_orders")).toInteger(), 2);
        QVERIFY(stats.contains(QStringLiteral("loyalty_movements")));
    }

    void servesHttpsAndRefusesPlainTextOffLoopback()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "this Qt has no TLS backend: the hub could not serve HTTPS");
        // A throwaway self-signed certificate for 127.0.0.1.
        const QString cert = m_dir.filePath(QStringLiteral("hub.crt"));
        const QString key = m_dir.filePath(QStringLiteral("hub.key"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                                    key, QStringLiteral("-out"), cert}),
                 0);
        test::HubProcess tlsHub(m_hub->db());
        QVERIFY(tlsHub.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QCOMPARE(tlsHub.url().scheme(), QStringLiteral("https"));
        QNetworkRequest request(tlsHub.url().resolved(QUrl(QStringLiteral("/v1/health"))));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        request.setSslConfiguration(ssl);
        QNetworkReply* reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("ok")).toBool(), true);
        reply->deleteLater();
        tlsHub.terminate();

        // No TLS off loopback: refused with the reason. A key file that is not a key: refused clearly.
        QProcess plain;
        plain.start(test::HubProcess::bin("omnitill-hub"), {QStringLiteral("serve"), QStringLiteral("--db"), m_hub->db(),
                                                            QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QVERIFY(plain.waitForFinished(30000));
        QCOMPARE(plain.exitCode(), 2);
        QVERIFY(plain.readAllStandardError().contains("without TLS"));
        QProcess broken;
        broken.start(test::HubProcess::bin("omnitill-hub"),
                     {QStringLiteral("serve"), QStringLiteral("--db"), m_hub->db(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), cert});
        QVERIFY(broken.waitForFinished(30000));
        QCOMPARE(broken.exitCode(), 1);
        QVERIFY(broken.readAllStandardError().contains("private key"));
    }
};

QTEST_GUILESS_MAIN(TestHubFeeds)
#include "tst_hub_feeds.moc"
