#include "TestStore.h"
#include "reports/SalesReport.h"

#include "SaleSimulator.h"
#include "common/DomainError.h"
#include "store/IntegrityCheck.h"
#include "store/StoreHealth.h"
#include "store/StoreRecovery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace omnitill;
using namespace omnitill::test;

namespace {

// Every row of a table, in a stable order, on a connection of the test's own.
QStringList dump(const QString& path, const QString& table)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
                while (query.next()) {
                    QStringList values;
                    for (int i = 0; i < query.record().count(); ++i)
                        values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
                    rows.append(values.join(QLatin1Char('|')));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    rows.sort();
    return rows;
}

QList<qint64> leafPages(const QString& path, const QString& table)
{
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path"));
            query.addBindValue(table);
            if (query.exec())
                while (query.next())
                    pages.append(query.value(0).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    return pages;
}

// What a failing disk or a bad write leaves: one page of the file full of noise.
void scramblePage(const QString& path, qint64 page, qint64 offset = 0, qint64 length = 4096)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray noise(int(length), '\0');
    QRandomGenerator random{quint32(page)};
    for (char& byte : noise)
        byte = char(random.bounded(256));
    QVERIFY(file.seek((page - 1) * 4096 + offset));
    QCOMPARE(file.write(noise), length);
}

// The middle leaf page of a table: damage in the middle of the file, not at its start or end.
qint64 middleLeaf(const QString& path, const QString& table)
{
    const QList<qint64> pages = leafPages(path, table);
    return pages.size() < 3 ? 0 : pages.at(pages.size() / 2);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStoreIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { m_store.reset(); }

    void aSoundStorePassesBothChecks()
    {
        TestStore store(300);
        QVERIFY(IntegrityCheck::run(store.path(), IntegrityCheck::Depth::Quick).isEmpty());
        QVERIFY(IntegrityCheck::run(store.path(), IntegrityCheck::Depth::Full).isEmpty());
        QVERIFY(!StoreHealth::damage(store.path()));
    }

    // A page in the middle goes bad: the store opens (its header is fine), the quick check finds
    // it, and from then on no sale is recorded in the file; the message names the file.
    void aDamagedPageStopsSelling()
    {
        makeStoreWithSales();
        const qint64 page = middleLeaf(m_store->path(), QStringLiteral("products"));
        QVERIFY(page > 0);
        scramblePage(m_store->path(), page);
        m_store->reopen();
        const QStringList problems = IntegrityCheck::run(m_store->path(), IntegrityCheck::Depth::Quick);
        QVERIFY(!problems.isEmpty());
        QVERIFY(StoreHealth::damage(m_store->path()));

        const qint64 salesBefore = m_store->count(QStringLiteral("sales"));
        QString message;
        try {
            SaleSimulator(m_store->till(), 8).run(m_store->cashier(), 1);
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), QStringLiteral("db.damaged"));
            message = e.message();
        }
        QVERIFY2(message.contains(m_store->path()) && message.contains(QLatin1String("omnitillctl recover")), qPrintable(message));
        QCOMPARE(m_store->count(QStringLiteral("sales")), salesBefore);
        // Not only what touches the broken page: nothing at all is written any more.
        const qint64 movements = m_store->count(QStringLiteral("cash_movements"));
        QCOMPARE(errorCode([&] { m_store->till().shifts().cashIn(m_store->supervisor(), 500, QStringLiteral("change")); }),
                 QStringLiteral("db.damaged"));
        QCOMPARE(m_store->count(QStringLiteral("cash_movements")), movements);
    }

    // Without any check having run, a query that meets the broken page marks the file.
    void aQueryThatMeetsDamageStopsSellingToo()
    {
        makeStoreWithSales();
        scramblePage(m_store->path(), middleLeaf(m_store->path(), QStringLiteral("products")));
        m_store->reopen();
        QVERIFY(!StoreHealth::damage(m_store->path()));
        QCOMPARE(errorCode([&] { m_store->till().db().scalar(QStringLiteral("SELECT sum(price) FROM products")); }),
                 QStringLiteral("db.damaged"));
        QVERIFY(StoreHealth::damage(m_store->path()));
        QCOMPARE(errorCode([&] { SaleSimulator(m_store->till(), 9).run(m_store->cashier(), 1); }), QStringLiteral("db.damaged"));
    }

    // Bad input is not a bad file: malformed JSON in a query leaves the store selling.
    void malformedInputIsNotDamage()
    {
        TestStore store(50);
        QCOMPARE(errorCode([&] { store.till().db().scalar(QStringLiteral("SELECT json_extract('{broken', '$.a')")); }),
                 QStringLiteral("db.error"));
        QVERIFY(!StoreHealth::damage(store.path()));
        QCOMPARE(errorCode([&] { store.openShift(); }), QStringLiteral("ok"));
    }

    void aDamagedHeaderIsRefusedAtOpenNamingTheFile()
    {
        makeStoreWithSales();
        m_store->close();
        scramblePage(m_store->path(), 1, 0, 100);
        QString message;
        try {
            Till till(m_store->path(), m_store->clock());
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), QStringLiteral("db.damaged"));
            message = e.message();
        }
        QVERIFY2(message.contains(m_store->path()), qPrintable(message));
        m_store.reset();
    }

    // Damage in the catalog: every sale, line, tender, journal entry and event comes back
    // unchanged; the products on the broken page are lost until the hub sends them again.
    void recoveryKeepsEveryRecordedSale()
    {
        makeStoreWithSales();
        m_store->till().settings().setValue(QStringLiteral("sync.cursor.catalog"), QStringLiteral("c-123"));
        const auto reports = [](Till& till) {
            QStringList rows;
            for (const SalesReport::By by : {SalesReport::By::Hour, SalesReport::By::Channel, SalesReport::By::Cashier})
                for (const ReportRow& r : SalesReport(till.db(), till.settings()).sales(by, QDate(2000, 1, 1), QDate(2099, 12, 31)))
                    rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(r.key, r.label)
                                .arg(r.sales)
                                .arg(r.returns)
                                .arg(r.gross)
                                .arg(r.net)
                                .arg(r.cost);
            return rows;
        };
        const QStringList reportsBefore = reports(m_store->till()); // folded into the roll-up, which is salvaged too
        QVERIFY(reportsBefore.size() >= 3);                         // a row at least under each
        m_store->close();
        scramblePage(m_store->path(), middleLeaf(m_store->path(), QStringLiteral("products")));
        const QByteArray before = fileHash(m_store->path());
        const QString out = m_store->dirPath() + QStringLiteral("/recovered.db");

        const RecoveryReport report = StoreRecovery::recover(m_store->path(), out);
        QVERIFY(!report.damage.isEmpty());
        QVERIFY(report.problemsAfter.isEmpty());
        QVERIFY2(report.journalIntact, qPrintable(report.journalProblem));
        QVERIFY(report.journalEntries > 10);
        QCOMPARE(fileHash(m_store->path()), before); // the damaged file is evidence: untouched

        for (const QString& table : {QStringLiteral("sales"), QStringLiteral("sale_lines"), QStringLiteral("sale_tenders"),
                                     QStringLiteral("journal"), QStringLiteral("outbox"), QStringLiteral("shifts"), QStringLiteral("staff"),
                                     QStringLiteral("counters"), QStringLiteral("cash_movements")})
            QCOMPARE(dump(out, table), dump(m_store->path(), table));
        const QStringList products = dump(out, QStringLiteral("products"));
        QVERIFY(products.size() > 1000 && products.size() < 1200);
        QStringList original = dump(m_store->path(), QStringLiteral("settings"));
        original.removeAll(QStringLiteral("sync.cursor.catalog|c-123"));
        // The recovered store names the damaged one's key file by its full path.
        for (QString& setting : original)
            if (setting.startsWith(QLatin1String("journal.key_file|")))
                setting.insert(setting.indexOf(QLatin1Char('|')) + 1, m_store->dirPath() + QLatin1Char('/'));
        QCOMPARE(dump(out, QStringLiteral("settings")), original); // the hub sends the catalog again

        Till recovered(out, m_store->clock());
        QVERIFY(!recovered.catalog().search(QStringLiteral("a")).isEmpty());
        QCOMPARE(reports(recovered), reportsBefore); // the roll-up folded again from the recovered receipts
        const Session session = recovered.staff().login(QStringLiteral("1111"));
        const qint64 sales = recovered.db().scalar(QStringLiteral("SELECT count(*) FROM sales")).toLongLong();
        QCOMPARE(errorCode([&] { SaleSimulator(recovered, 11).run(session, 2); }), QStringLiteral("ok")); // selling again
        QCOMPARE(recovered.db().scalar(QStringLiteral("SELECT count(*) FROM sales")).toLongLong(), sales + 2);
    }

    // Damage among the sale lines (keyed by sale id): the scan skips the broken stretch and
    // reads on; text keys (barcodes) are read from both ends.
    void recoveryReadsPastABrokenStretch_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("sale_lines") << QStringLiteral("sale_lines");
        QTest::newRow("barcodes") << QStringLiteral("barcodes");
        QTest::newRow("outbox") << QStringLiteral("outbox");
    }
    void recoveryReadsPastABrokenStretch()
    {
        QFETCH(QString, table);
        makeStoreWithSales();
        m_store->close();
        const QStringList leaves = [&] {
            QStringList rows;
            for (qint64 page : leafPages(m_store->path(), table))
                rows.append(QString::number(page));
            return rows;
        }();
        QVERIFY2(leaves.size() >= 3, qPrintable(table));
        const QStringList original = dump(m_store->path(), table);
        scramblePage(m_store->path(), middleLeaf(m_store->path(), table));
        const QString out = m_store->dirPath() + QStringLiteral("/recovered.db");
        const RecoveryReport report = StoreRecovery::recover(m_store->path(), out);
        QVERIFY(report.problemsAfter.isEmpty());
        const QStringList recovered = dump(out, table);
        for (const QString& row : recovered)
            QVERIFY2(original.contains(row), qPrintable(row));
        QVERIFY2(recovered.size() < original.size(), qPrintable(table));
        // No more than about two pages' worth lost out of the whole table.
        QVERIFY2(recovered.size() >= original.size() - 2 * original.size() / leaves.size() - 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(recovered.size()).arg(original.size())));
        const auto found =
            std::find_if(report.tables.cbegin(), report.tables.cend(), [&](const RecoveredTable& t) { return t.name == table; });
        QVERIFY(found != report.tables.cend() && found->brokenStretches >= 1);
    }

    void recoveryNeverOverwritesAFile()
    {
        makeStoreWithSales();
        m_store->close();
        const QString out = m_store->dirPath() + QStringLiteral("/taken.db");
        QFile taken(out);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("mine");
        taken.close();
        QCOMPARE(errorCode([&] { StoreRecovery::recover(m_store->path(), out); }), QStringLiteral("recover.exists"));
        QCOMPARE(fileHash(out), QCryptographicHash::hash("mine", QCryptographicHash::Sha256));
        QCOMPARE(errorCode([&] { StoreRecovery::recover(m_store->dirPath() + QStringLiteral("/none.db"), out + QStringLiteral("2")); }),
                 QStringLiteral("recover.missing"));
        QVERIFY(!QFile::exists(out + QStringLiteral("2")));
    }

private:
    void makeStoreWithSales()
    {
        m_store = std::make_unique<TestStore>(1100);
        SaleSimulator simulator(m_store->till(), 7);
        simulator.run(m_store->cashier(), 120);
        StoreHealth::forget(m_store->path());
    }

    std::unique_ptr<TestStore> m_store;
};

QTEST_GUILESS_MAIN(TestStoreIntegrity)
#include "tst_store_integrity.moc"
