#include "common/DomainError.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace omnitill;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    // A till pointed at a path with no store says so, naming it, and leaves nothing behind; a
    // folder that is not there is named too.
    void aMissingStoreIsRefusedAndNothingIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.db"));
        const auto failure = [](const std::function<void()>& op) {
            try {
                op();
            } catch (const DomainError& e) {
                return e.code() + QLatin1Char(' ') + e.message();
            }
            return QStringLiteral("ok");
        };
        Database db;
        const QString missing = failure([&] { db.open(path, Database::OpenMode::ExistingOnly); });
        QVERIFY2(missing.startsWith(QStringLiteral("db.missing")) && missing.contains(path), qPrintable(missing));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
        const QString folder = failure([&] { db.open(dir.filePath(QStringLiteral("no/such/folder/store.db"))); });
        QVERIFY2(folder.startsWith(QStringLiteral("db.folder")) && folder.contains(dir.filePath(QStringLiteral("no/such/folder"))),
                 qPrintable(folder));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));
    }

    void freshDatabaseReachesCurrentVersion()
    {
        QTemporaryDir dir;
        Database db;
        db.open(dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        db.exec(QStringLiteral("INSERT INTO settings VALUES('k', 'v')"));
        db.close();
        db.open(dir.filePath(QStringLiteral("a.db"))); // reopening migrates nothing and keeps data
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")).toString(), QStringLiteral("v"));
    }

    void aSecondConnectionSeesWhatTheFirstCommits()
    {
        // The till's window and its sync thread (or omnitillctl) each hold a connection.
        QTemporaryDir dir;
        Database first;
        first.open(dir.filePath(QStringLiteral("shared.db")));
        Database second;
        second.open(dir.filePath(QStringLiteral("shared.db")));
        QCOMPARE(second.scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
        {
            Transaction tx(first);
            first.exec(QStringLiteral("INSERT INTO settings VALUES('sync.device_id', 'd1')"));
            tx.commit();
        }
        QCOMPARE(second.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'sync.device_id'")).toString(), QStringLiteral("d1"));
        {
            Transaction tx(second); // and can write after it
            second.exec(QStringLiteral("INSERT INTO settings VALUES('k2', 'v2')"));
            tx.commit();
        }
        QCOMPARE(first.scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 2);
    }

    void olderDatabaseIsUpgradedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            // Exactly what the first release created, written without the Database class.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            const QStringList version1 = migrationStatements().first();
            for (const QString& statement : version1)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES('kept', 'yes')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO members(id, card_code) VALUES('M1', '123')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_pending'")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'online_orders'")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT erased FROM members WHERE id = 'M1'")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'kept'")).toString(), QStringLiteral("yes"));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.db"));
        {
            Database db;
            db.open(path);
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1));
        }
        Database db;
        try {
            db.open(path);
            QFAIL("a newer database must be refused");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), QStringLiteral("db.newer"));
            QVERIFY(e.message().contains(QStringLiteral("newer")));
        }
        db.close();
        // still untouched: the version stays what the newer program wrote
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion + 1);
            q.finish();
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void brokenFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        QVERIFY_THROWS_EXCEPTION(DomainError, db.open(path));
    }

    void failedTransactionRollsBack()
    {
        QTemporaryDir dir;
        Database db;
        db.open(dir.filePath(QStringLiteral("d.db")));
        try {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO settings VALUES('a', '1')"));
            db.exec(QStringLiteral("INSERT INTO settings VALUES('a', '2')")); // duplicate key
            tx.commit();
        } catch (const DomainError&) {
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
        QVERIFY(!db.inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
