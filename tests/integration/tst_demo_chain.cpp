// The demo chain is one consistent chain: its hub, loaded from a demo store with
// `omnitillctl demo-hub`, holds the same catalog, promotions, members and staff, so a demo day of
// promoted and member sales syncs without a single conflict, and the till's own data survives the
// hub's feeds unchanged. SQLite by default, PostgreSQL when OMNITILL_HUB_DB is set by the wrapper.
#include "HubProcess.h"
#include "SyncClient.h"
#include "TestStore.h"
#include "demo/DemoHubImport.h"
#include "common/DomainError.h"
#include "demo/DemoStore.h"

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
             {QStringLiteral("SELECT p.sku || '|' || p.price || '|' || p.tax_rate_id || '|' || coalesce(p.category_id, 0) || '|'"
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

private:
    void demoDay()
    {
        test::TestStore store(60);
        Till& till = store.till();
        DemoStore::addDemoPromotions(till.promotions(), till.db(), store.clock());
        QVERIFY(till.db().scalar(QStringLiteral("SELECT count(*) FROM promotions")).toInt() > 0);
        QCOMPARE(m_hub->importJson(DemoHubImport::document(till.db()), m_dir.path()), 0);
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
        QCOMPARE(till.db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")).toInt(), 0);
        const QByteArray conflicts = m_hub->admin({QStringLiteral("conflicts")});
        QVERIFY2(QJsonDocument::fromJson(conflicts).array().isEmpty(), conflicts.constData());
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(referenceState(till.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoChain)
#include "tst_demo_chain.moc"
