#include "common/DomainError.h"
#include "outbox/Outbox.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace omnitill;

class TestMigrations : public QObject
{
    Q_OBJECT

    // A store as a release of that schema version wrote it, without the Database class, holding rows.
    static bool writeAtVersion(const QString& path, int version, const QStringList& rows)
    {
        bool ok = true;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            ok = raw.open();
            QSqlQuery q(raw);
            const QList<QStringList> migrations = migrationStatements();
            for (int v = 0; ok && v < version; ++v)
                for (const QString& statement : migrations.at(v))
                    ok = ok && q.exec(statement);
            for (const QString& row : rows)
                ok = ok && q.exec(row);
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            if (!ok)
                qWarning() << q.lastQuery() << q.lastError().text();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

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

    // Schema 21 keeps what the hub holds as marks. A till's acknowledged prefix becomes a mark per
    // answer, with its time; an event acknowledged after one that was not (never written so, but
    // possible in an edited file) waits again rather than being taken as held.
    void acknowledgedEventsBecomeMarks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v20.db"));
        QStringList rows;
        const QStringList acked{QStringLiteral("'2026-12-01T10:00:00.000Z'"), QStringLiteral("'2026-12-01T10:00:00.000Z'"),
                                QStringLiteral("'2026-12-01T10:05:00.000Z'"), QStringLiteral("NULL"),
                                QStringLiteral("'2026-12-01T10:06:00.000Z'"), QStringLiteral("NULL")};
        for (int seq = 1; seq <= acked.size(); ++seq)
            rows << QStringLiteral("INSERT INTO outbox(device_seq, event_id, event_type, payload, created_at, acked_at)"
                                   " VALUES(%1, 'e%1', 'sale', '{}', '2026-12-01T09:00:00.000Z', %2)")
                        .arg(seq)
                        .arg(acked.at(seq - 1));
        QVERIFY(writeAtVersion(path, 20, rows));
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery& marks = db.exec(QStringLiteral("SELECT up_to_seq, acked_at FROM outbox_acks ORDER BY up_to_seq"));
        QStringList found;
        while (marks.next())
            found << marks.value(0).toString() + QLatin1Char(' ') + marks.value(1).toString();
        marks.finish();
        QCOMPARE(found, (QStringList{QStringLiteral("2 2026-12-01T10:00:00.000Z"), QStringLiteral("3 2026-12-01T10:05:00.000Z")}));
        QCOMPARE(Outbox::heldUpTo(db), 3);
        QCOMPARE(Outbox::pendingCount(db), 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'acked_at'")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 6);
    }

    void olderDatabaseIsUpgradedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        // Exactly what the first release created.
        QVERIFY(writeAtVersion(path, 1,
                               {QStringLiteral("INSERT INTO settings VALUES('kept', 'yes')"),
                                QStringLiteral("INSERT INTO members(id, card_code) VALUES('M1', '123')")}));
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_acks'")).toInt(), 1);
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
