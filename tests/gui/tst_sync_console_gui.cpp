// The manager's sync console (offscreen): waiting events with their attempts and errors, and the
// conflicts the hub reported, refreshed on demand.
#include "SyncConsole.h"
#include "SyncConsoleDialog.h"
#include "TestStore.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace omnitill;

class TestSyncConsoleGui : public QObject
{
    Q_OBJECT

    static void sell(test::TestStore& store, const Session& cashier)
    {
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        store.till().sales().complete(cashier, cart, payment);
    }

private slots:
    void showsWaitingEventsAndConflicts()
    {
        test::TestStore store(20);
        const Session cashier = store.openShift(); // shift_open waits in the outbox
        sell(store, cashier);
        Database& db = store.till().db();
        {
            Transaction tx(db);
            db.exec(QStringLiteral("UPDATE outbox SET attempts = 2, last_error = 'Sync failed: connection refused' WHERE device_seq = 1"));
            db.exec(QStringLiteral("INSERT INTO sync_conflicts(device_seq, event_id, reason, reported_at)"
                                   " SELECT device_seq, event_id, 'lines add up to 100, the sale says 90', '2026-11-23T09:00:00.000Z'"
                                   " FROM outbox WHERE event_type = 'sale'"));
            tx.commit();
        }
        SyncConsole console(db, store.till().staff(), store.till().outbox());
        const SyncConsole::Access access = console.open(store.manager());
        ui::SyncConsoleDialog dialog([&] { return console.report(access); }, nullptr);
        dialog.show();
        auto* events = dialog.findChild<QTableWidget*>(QStringLiteral("waitingEventsTable"));
        auto* conflicts = dialog.findChild<QTableWidget*>(QStringLiteral("conflictsTable"));
        QVERIFY(events && conflicts);
        QCOMPARE(events->rowCount(), 2);
        QCOMPARE(events->item(0, 1)->text(), QStringLiteral("shift_open"));
        QCOMPARE(events->item(0, 3)->text(), QStringLiteral("2"));
        QCOMPARE(events->item(0, 4)->text(), QStringLiteral("Sync failed: connection refused"));
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->item(0, 1)->text(), QStringLiteral("sale"));
        QVERIFY(conflicts->item(0, 2)->text().contains(QStringLiteral("the sale says 90")));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("syncConsoleStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("not connected to a hub")));
        QVERIFY(status->text().contains(QStringLiteral("2 events wait")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("syncNowButton"))->isEnabled());

        // A new sale shows after Refresh.
        sell(store, cashier);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QCOMPARE(events->rowCount(), 3);
        QCOMPARE(dialog.findChild<QTabWidget*>()->tabText(0), QStringLiteral("Waiting events (3)"));
    }
};

QTEST_MAIN(TestSyncConsoleGui)
#include "tst_sync_console_gui.moc"
