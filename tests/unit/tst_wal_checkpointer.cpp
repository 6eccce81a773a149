// The store's write-ahead log is copied into the database file while the till is idle, by a thread
// of its own: at a till's pace the log never grows to where SQLite would do it inside a sale's
// commit, a rush of commits is still bounded by SQLite's own checkpoint, and nothing committed is
// lost however the checkpoints and commits interleave.
#include "TestStore.h"
#include "store/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {

constexpr qint64 kPage = 4096;

qint64 walBytes(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

// Rows of a blob each, so that one commit writes many pages.
void commitRows(Database& db, int rows, int bytesEach)
{
    Transaction tx(db);
    for (int i = 0; i < rows; ++i)
        db.exec(QStringLiteral("INSERT INTO bench_rows(body) VALUES(?)"), {QByteArray(bytesEach, char('a' + i % 26))});
    tx.commit();
}

// The database file alone, as it would be read without its log.
qint64 rowsInFileAlone(const QString& path, const QString& dir)
{
    const QString copy = dir + QStringLiteral("/file-alone.db");
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return -1;
    Database alone;
    alone.open(copy, Database::OpenMode::ExistingOnly);
    const bool exists = alone.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'bench_rows'")).toInt() == 1;
    return exists ? alone.scalar(QStringLiteral("SELECT count(*) FROM bench_rows")).toLongLong() : 0;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshPath(const QString& name) { return m_dir.filePath(name); }

    // A new store whose log is checkpointed on the side, with a table for the test's rows.
    static void openWithTable(Database& db, const QString& path)
    {
        db.open(path);
        db.checkpointInBackground();
        Transaction tx(db);
        db.exec(QStringLiteral("CREATE TABLE bench_rows(id INTEGER PRIMARY KEY, body BLOB NOT NULL)"));
        tx.commit();
    }

private slots:
    void aQuietStoreHasItsCommitsInTheFileItself()
    {
        const QString path = freshPath(QStringLiteral("quiet.db"));
        Database db;
        openWithTable(db, path);
        commitRows(db, 3, 100);
        QTRY_VERIFY_WITH_TIMEOUT(db.checkpointer()->completed() >= 1, 10000);
        // Far below SQLite's own 1,000 pages: only the checkpoint on the side can have put them there.
        QCOMPARE(rowsInFileAlone(path, m_dir.path()), 3);
    }

    void aTillsPaceNeverLetsTheLogReachACheckpointInsideACommit()
    {
        // 40 sales of about 30 pages each: 1,200 pages, past the 1,000 at which SQLite checkpoints
        // in the commit. Each waits for the idle moment's checkpoint, as a cashier's next sale does.
        const QString path = freshPath(QStringLiteral("paced.db"));
        Database db;
        openWithTable(db, path);
        QTRY_VERIFY_WITH_TIMEOUT(db.checkpointer()->completed() >= 1, 10000);
        qint64 largestLog = 0;
        for (int sale = 0; sale < 40; ++sale) {
            const int before = db.checkpointer()->completed();
            commitRows(db, 30, 3500);
            largestLog = qMax(largestLog, walBytes(path));
            QTRY_VERIFY_WITH_TIMEOUT(db.checkpointer()->completed() > before, 10000);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bench_rows")).toInt(), 40 * 30);
        // The log file keeps the size it once had (the store's creation took about 200 pages); left
        // to SQLite alone it would have reached 1,000 pages.
        QVERIFY2(largestLog < 300 * kPage, qPrintable(QStringLiteral("the log grew to %1 bytes").arg(largestLog)));
        QCOMPARE(rowsInFileAlone(path, m_dir.path()), 40 * 30);
    }

    void aRushOfCommitsIsStillBoundedBySQLitesOwnCheckpoint()
    {
        const QString path = freshPath(QStringLiteral("rush.db"));
        Database db;
        openWithTable(db, path);
        for (int sale = 0; sale < 1500; ++sale)
            commitRows(db, 1, 3000); // one page each, back to back: never quiet
        // Without a checkpoint in the rush the log would hold all 1,500 pages.
        QVERIFY2(walBytes(path) < 1300 * (kPage + 24), qPrintable(QString::number(walBytes(path))));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bench_rows")).toInt(), 1500);
    }

    void closingWhileACheckpointIsDueLosesNothing()
    {
        const QString path = freshPath(QStringLiteral("closing.db"));
        {
            Database db;
            openWithTable(db, path);
            for (int sale = 0; sale < 20; ++sale)
                commitRows(db, 5, 2000);
            // closed at once, the checkpointer still waiting for its quiet moment
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // the last connection took the rest
        Database reopened;
        reopened.open(path, Database::OpenMode::ExistingOnly);
        QCOMPARE(reopened.scalar(QStringLiteral("SELECT count(*) FROM bench_rows")).toInt(), 100);
        QCOMPARE(reopened.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void theTillsOwnConnectionCheckpointsOnTheSide()
    {
        test::TestStore store(20);
        QVERIFY(store.till().db().checkpointer() != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_wal_checkpointer.moc"
