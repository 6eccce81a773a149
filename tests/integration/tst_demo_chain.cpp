// The demo chain is one consistent chain: its hub, loaded from a demo store with
// `omnitillctl demo-hub`, holds the same catalog, promotions, members and staff, so a demo day of
// promoted and member sales syncs without a single conflict, and the till's own data survives the
// hub's feeds unchanged. SQLite by default, PostgreSQL when OMNITILL_HUB_DB is set by the wrapper.
#include "DemoHubImport.h"
#include "DemoStore.h"
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "common/DomainError.h"
#include "store/StoreRecovery.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

class TestDemoChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    QNetworkAccessManager m_network;
    SystemClock m_realClock;

    // What must not change when the hub's feeds arrive: products with prices, tax, category, age
    // rule and barcodes; promotions; members; staff.
    static QStringList referenceState(Database& db)
    {
        QStringList state;
        for (const QString& sql :
             {QStringLiteral(
                  "SELECT p.sku || '|' || p.price || '|' || p.tax_rate_id || '|' || coalesce(p.category_id, 0) || '|'"
                  " || p.age_restricted || '|' || p.active || '|' || p.name_en || '|' || p.name_ru || '|' || p.name_zh"
                  " || '|' || (SELECT group_concat(code) FROM (SELECT code FROM barcodes b WHERE b.product_id = p.id ORDER BY code))"
                  " FROM products p ORDER BY p.sku"),
              QStringLiteral("SELECT id || '|' || json_remove(body, '$.updated_at', '$.active') FROM promotions ORDER BY id"),
              QStringLiteral("SELECT id || '|' || card_code || '|' || consent FROM members ORDER BY id"),
              QStringLiteral("SELECT code || '|' || name || '|' || role FROM staff ORDER BY code")}) {
            QSqlQuery& q = db.exec(sql);
            while (q.next())
                state.append(q.value(0).toString());
            q.finish();
        }
        return state;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        m_hub = std::make_unique<test::HubProcess>(
            qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        QVERIFY(m_hub->startWithStores({QStringLiteral("S1")}));
    }

    void aDemoDaySyncsWithoutAConflict()
    {
        try {
            demoDay();
        } catch (const DomainError& e) {
            QFAIL(qPrintable(e.code() + QStringLiteral(": ") + e.message()));
        }
    }

    // A till whose store file was damaged and recovered gets its lost reference data back from
    // the hub at the next sync, and delivers the sales the hub had not seen yet.
    void aRecoveredTillGetsItsReferenceDataBack()
    {
        try {
            recoveredTill();
        } catch (const DomainError& e) {
            QFAIL(qPrintable(e.code() + QStringLiteral(": ") + e.message()));
        }
    }

private:
    void recoveredTill()
    {
        auto store = std::make_unique<test::TestStore>(1100);
        const QString damaged = store->path();
        DemoStore::addDemoPromotions(store->till().promotions(), store->till().db(), store->clock());
        QCOMPARE(m_hub->importJson(DemoHubImport::document(store->till().db(), QStringLiteral("S1")), m_dir.path()), 0);
        const QStringList before = referenceState(store->till().db());
        {
            SyncClient client(store->till().db(), store->till().settings(), m_realClock, m_network);
            QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T2")));
            QVERIFY(test::HubProcess::runSync(client));
        }
        const Session cashier = store->openShift();
        for (int sale = 0; sale < 3; ++sale) {
            Cart cart = store->till().sales().newCart();
            store->till().sales().scan(cart, DemoStore::eanFor(sale));
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            store->till().sales().complete(cashier, cart, payment);
        }
        store->close();
        // One page of products in the middle of the file turns to noise.
        {
            Database db;
            db.open(damaged);
            const qint64 page = db.scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'products' AND pagetype = 'leaf'"
                                                         " ORDER BY path LIMIT 1 OFFSET 5"))
                                    .toLongLong();
            db.close();
            QVERIFY(page > 1);
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite) && file.seek((page - 1) * 4096));
            file.write(QByteArray(4096, '\x5a'));
        }
        const QString out = m_dir.filePath(QStringLiteral("recovered-T2.db"));
        const RecoveryReport report = StoreRecovery::recover(damaged, out);
        QVERIFY(report.journalIntact);
        QVERIFY(report.unsentEvents >= 3);
        Till till(out, store->clock());
        QVERIFY(till.catalog().productCount() < 1100);

        SyncClient client(till.db(), till.settings(), m_realClock, m_network);
        SyncSummary summary;
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, &summary, &error), qPrintable(error));
        QCOMPARE(referenceState(till.db()), before);
        QCOMPARE(Outbox::pendingCount(till.db()), 0);
        QCOMPARE(summary.conflicts, 0);
        const QByteArray conflicts = m_hub->admin({QStringLiteral("conflicts")});
        QVERIFY2(QJsonDocument::fromJson(conflicts).array().isEmpty(), conflicts.constData());
    }

    void demoDay()
    {
        test::TestStore store(60);
        Till& till = store.till();
        DemoStore::addDemoPromotions(till.promotions(), till.db(), store.clock());
        QVERIFY(till.db().scalar(QStringLiteral("SELECT count(*) FROM promotions")).toInt() > 0);
        QCOMPARE(m_hub->importJson(DemoHubImport::document(till.db(), QStringLiteral("S1")), m_dir.path()), 0);
        const QStringList before = referenceState(till.db());

        SyncClient client(till.db(), till.settings(), m_realClock, m_network);
        QVERIFY(m_hub->enroll(client, QStringLiteral("S1"), QStringLiteral("T1")));
        QVERIFY(test::HubProcess::runSync(client));
        QCOMPARE(referenceState(till.db()), before);

        // A day of sales: every category (the promoted ones among them), some for members.
        const Session cashier = store.openShift();
        SaleService& sales = till.sales();
        for (int sale = 0; sale < 6; ++sale) {
            Cart cart = sales.newCart();
            for (int i = 0; i < 14; ++i) {
                for (int n = 0; n <= (i + sale) % 3; ++n)
                    sales.scan(cart, DemoStore::eanFor(i));
            }
            if (sale % 2 == 0)
                till.members().identify(cart, sale == 0 ? QStringLiteral("M0001") : QStringLiteral("M0002"));
            if (cart.needsAgeConfirmation())
                cart.confirmAge(store.supervisor().staffId);
            Payment payment(cart.totals().total.minor());
            payment.addExactCash();
            sales.complete(cashier, cart, payment);
        }
        QVERIFY(till.db().scalar(QStringLiteral("SELECT count(*) FROM sale_promotions")).toInt() > 0); // promotions applied
        QVERIFY(till.db().scalar(QStringLiteral("SELECT count(*) FROM sales WHERE member_id IS NOT NULL")).toInt() == 3);
        SyncSummary summary;
        QString error;
        QVERIFY2(test::HubProcess::runSync(client, &summary, &error), qPrintable(error));
        QCOMPARE(Outbox::pendingCount(till.db()), 0);
        const QByteArray conflicts = m_hub->admin({QStringLiteral("conflicts")});
        QVERIFY2(QJsonDocument::fromJson(conflicts).array().isEmpty(), conflicts.constData());
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(referenceState(till.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoChain)
#include "tst_demo_chain.moc"
