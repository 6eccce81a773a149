// The persistent print queue against the network printer stand-in: nothing is lost when the
// printer goes offline mid-queue or is switched off across a till restart, everything prints in
// order, copies are journaled, and the drawer opens exactly once per cash sale, never without
// the right and never late.
#include "PrintService.h"
#include "PrintSpooler.h"
#include "PrinterEmulator.h"
#include "TestStore.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace omnitill;
using standins::PrinterEmulator;

class TestPrintQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrinterEmulator> m_printer;
    std::unique_ptr<test::TestStore> m_store;
    bool m_jobMismatch = false;

    void connectPrinter()
    {
        Transaction tx(m_store->till().db());
        m_store->till().settings().setValue(QStringLiteral("printer.address"), m_printer->address());
        m_store->till().settings().setValue(QStringLiteral("printer.timeout_ms"), QStringLiteral("1000"));
        tx.commit();
    }

    QString sell(const Session& session, bool cash)
    {
        SaleService& sales = m_store->till().sales();
        Cart cart = sales.newCart();
        sales.scan(cart, QStringLiteral("4000000000013"));
        Payment p(cart.totals().total.minor());
        if (cash)
            p.addCash(p.due() + 500);
        else
            p.addCard(p.due(), QStringLiteral("A1"), QStringLiteral("VISA"), QStringLiteral("4242"));
        const CompletedSale done = sales.complete(session, cart, p);
        // The sale knows its print job (0 without a printer), and the job knows its receipt.
        const QString printed =
            m_store->till().db().scalar(QStringLiteral("SELECT reference FROM print_jobs WHERE id = ?"), {done.printJobId}).toString();
        if (m_store->till().printQueue().hasPrinter() ? printed != done.receiptId : done.printJobId != 0)
            m_jobMismatch = true; // checked in cleanup(): a helper returning a value cannot QVERIFY
        return done.receiptId;
    }

    // The receipt id each printed document carries, in print order.
    QStringList printedReceipts() const
    {
        QStringList ids;
        for (const standins::PrintedDocument& doc : m_printer->documents()) {
            for (const QString& line : doc.lines) {
                if (line.startsWith(QStringLiteral("Receipt")))
                    ids.append(line.section(QLatin1Char(' '), -1));
            }
        }
        return ids;
    }

private slots:
    void init()
    {
        m_printer = std::make_unique<PrinterEmulator>(PrinterProfile::byId(QStringLiteral("tm-t20ii")));
        QVERIFY(m_printer->start() != 0);
        m_store = std::make_unique<test::TestStore>(20);
        connectPrinter();
    }

    void cleanup()
    {
        QVERIFY2(!std::exchange(m_jobMismatch, false), "a sale's print job id does not name its receipt");
        m_store.reset();
        m_printer.reset();
    }

    void offlineMidQueueLosesNothing()
    {
        const Session s = m_store->openShift();
        QStringList sold;
        for (int i = 0; i < 5; ++i)
            sold.append(sell(s, false));
        QCOMPARE(m_store->till().printQueue().pendingCount(), 5);

        m_printer->goOfflineAfter(2);
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        spooler.poll();
        QCOMPARE(printedReceipts(), sold.mid(0, 2));
        QVERIFY(spooler.state().status.offline);
        QCOMPARE(spooler.state().queued, 3);
        QCOMPARE(spooler.state().status.describe(), QStringLiteral("printer offline"));
        spooler.poll(); // still offline: waits, sends nothing
        QCOMPARE(printedReceipts().size(), 2);

        m_printer->setOnline(true);
        spooler.poll();
        QCOMPARE(printedReceipts(), sold);
        QCOMPARE(spooler.state().queued, 0);
        QCOMPARE(m_store->till().printQueue().pendingCount(), 0);
    }

    void paperRunsOutDuringAJob()
    {
        const Session s = m_store->openShift();
        const QString first = sell(s, false);
        m_printer->setPaper(PrinterEmulator::Paper::End);
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        spooler.poll();
        QVERIFY(spooler.state().status.paperEnd);
        QCOMPARE(spooler.state().status.describe(), QStringLiteral("out of paper"));
        QVERIFY(printedReceipts().isEmpty());
        const QString second = sell(s, false);
        m_printer->setPaper(PrinterEmulator::Paper::NearEnd);
        spooler.poll();
        QCOMPARE(printedReceipts(), (QStringList{first, second}));
        QVERIFY(spooler.state().status.paperNearEnd && spooler.state().status.canPrint());
        QCOMPARE(spooler.state().status.describe(), QStringLiteral("paper low"));
    }

    void switchedOffAcrossARestartLosesNothing()
    {
        const Session s = m_store->openShift();
        m_printer->setPowered(false);
        QStringList sold;
        {
            PrintSpooler spooler(m_store->till().db(), m_store->clock());
            for (int i = 0; i < 3; ++i) {
                sold.append(sell(s, false));
                spooler.poll();
            }
            QVERIFY(!spooler.state().status.reachable);
            QVERIFY(spooler.state().status.describe().startsWith(QStringLiteral("printer not connected")));
            QCOMPARE(spooler.state().queued, 3);
        }
        m_store->reopen(); // the till restarts with three receipts waiting
        QCOMPARE(m_store->till().printQueue().pendingCount(), 3);
        m_printer->setPowered(true);
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        spooler.poll();
        QCOMPARE(printedReceipts(), sold);
    }

    void drawerOpensOncePerCashSale()
    {
        const Session s = m_store->openShift();
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        sell(s, true);
        spooler.poll();
        QCOMPARE(m_printer->drawerKicks(), 1);
        sell(s, false); // card: the drawer stays shut
        spooler.poll();
        QCOMPARE(m_printer->drawerKicks(), 1);
        sell(s, true);
        spooler.poll();
        spooler.poll();
        QCOMPARE(m_printer->drawerKicks(), 2);
        QCOMPARE(printedReceipts().size(), 3);

        // Printer off at the sale: the kick is not sent when it comes back a while later.
        m_printer->setPowered(false);
        sell(s, true);
        spooler.poll();
        m_store->clock().advanceSeconds(120);
        m_printer->setPowered(true);
        spooler.poll();
        QCOMPARE(m_printer->drawerKicks(), 2);
        QCOMPARE(printedReceipts().size(), 4); // the receipt itself is not lost
        QCOMPARE(m_store->till()
                     .db()
                     .scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = 'drawer' AND state = 'dropped'"))
                     .toInt(),
                 1);
    }

    void noSaleNeedsTheRight()
    {
        const Session cashier = m_store->openShift();
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        QCOMPARE(test::errorCode([&] { m_store->till().shifts().noSale(cashier); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(test::errorCode([&] { m_store->till().shifts().noSale(cashier, QStringLiteral("1111")); }),
                 QStringLiteral("auth.not_allowed"));
        spooler.poll();
        QCOMPARE(m_printer->drawerKicks(), 0);
        m_store->till().shifts().noSale(cashier, QStringLiteral("3333"));
        spooler.poll();
        QTRY_COMPARE(m_printer->drawerKicks(), 1); // the emulator reads the pulse on its own thread
        spooler.poll();                            // a status round trip: everything sent before it has been read
        QCOMPARE(m_printer->drawerKicks(), 1);
    }

    void copiesAreMarkedAndJournaled()
    {
        const Session s = m_store->openShift();
        const QString receipt = sell(s, false);
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        spooler.poll();
        m_store->till().receiptCopies().printCopy(s, receipt, QStringLiteral("en"));
        QCOMPARE(
            test::errorCode([&] { m_store->till().receiptCopies().printCopy(s, QStringLiteral("S1-T1-999999"), QStringLiteral("en")); }),
            QStringLiteral("receipt.unknown"));
        spooler.poll();
        const QList<standins::PrintedDocument> docs = m_printer->documents();
        QCOMPARE(docs.size(), 2);
        QVERIFY(!docs.at(0).lines.contains(QStringLiteral("COPY")));
        QVERIFY(std::any_of(docs.at(1).lines.begin(), docs.at(1).lines.end(),
                            [](const QString& l) { return l.trimmed() == QStringLiteral("COPY"); }));
        QCOMPARE(printedReceipts(), (QStringList{receipt, receipt}));
        QCOMPARE(m_store->till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'receipt_copy'")).toInt(), 1);
    }

    void noPrinterNoQueue()
    {
        Transaction tx(m_store->till().db());
        m_store->till().settings().setValue(QStringLiteral("printer.address"), QString());
        tx.commit();
        const Session s = m_store->openShift();
        sell(s, true);
        QCOMPARE(m_store->till().printQueue().pendingCount(), 0);
        QCOMPARE(test::errorCode([&] { m_store->till().receiptCopies().printCopy(s, QStringLiteral("S1-T1-000001"), {}); }),
                 QStringLiteral("printer.none"));
        QCOMPARE(test::errorCode([] { PrinterTransport::fromAddress(QStringLiteral("lpt://x")); }), QStringLiteral("printer.address"));
    }

    void aSilentPrinterIsNotTrusted()
    {
        // Something takes the connection and the bytes but never answers (a print server whose
        // printer is off): a receipt sent there is not printed as far as the till knows.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        {
            Transaction tx(m_store->till().db());
            m_store->till().settings().setValue(QStringLiteral("printer.address"),
                                                QStringLiteral("tcp://127.0.0.1:%1").arg(silent.serverPort()));
            tx.commit();
        }
        const Session s = m_store->openShift();
        const QString receipt = sell(s, false);
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        spooler.poll();
        QVERIFY(!spooler.state().status.reachable);
        QVERIFY(spooler.state().status.describe().contains(QStringLiteral("does not answer")));
        QCOMPARE(spooler.state().queued, 1);

        // A model that cannot report is declared so: then the till trusts the wire.
        {
            Transaction tx(m_store->till().db());
            m_store->till().settings().setValue(QStringLiteral("printer.status"), QStringLiteral("none"));
            tx.commit();
        }
        spooler.poll();
        QCOMPARE(spooler.state().queued, 0);
        QByteArray received;
        while (silent.hasPendingConnections() || silent.waitForNewConnection(500)) {
            QTcpSocket* connection = silent.nextPendingConnection();
            while (connection->waitForReadyRead(200))
                received += connection->readAll();
            received += connection->readAll();
        }
        QVERIFY(received.contains(receipt.toLatin1()));
    }

    void usbAndSerialLinesPrintToo_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("usb device file") << QStringLiteral("usb://%1");
        QTest::newRow("serial") << QStringLiteral("serial://%1?baud=19200&flow=none");
    }

    void usbAndSerialLinesPrintToo()
    {
        QFETCH(QString, scheme);
        const QString port = m_printer->openLine();
        QVERIFY(!port.isEmpty());
        {
            Transaction tx(m_store->till().db());
            m_store->till().settings().setValue(QStringLiteral("printer.address"), scheme.arg(port));
            tx.commit();
        }
        const Session s = m_store->openShift();
        const QString sold = sell(s, true);
        PrintSpooler spooler(m_store->till().db(), m_store->clock());
        spooler.poll();
        QVERIFY2(spooler.state().status.answersStatus, qPrintable(spooler.state().status.describe()));
        QCOMPARE(printedReceipts(), QStringList{sold});
        QCOMPARE(m_printer->drawerKicks(), 1);
        m_printer->setPaper(PrinterEmulator::Paper::End);
        spooler.poll();
        QVERIFY(spooler.state().status.paperEnd);
    }

    void serviceThreadPrintsAndReports()
    {
        const Session s = m_store->openShift();
        {
            Transaction tx(m_store->till().db());
            m_store->till().settings().setValue(QStringLiteral("printer.poll_ms"), QStringLiteral("200"));
            tx.commit();
        }
        const QString receipt = sell(s, true);
        PrintService service(m_store->path(), m_store->clock());
        QSignalSpy spy(&service, &PrintService::stateChanged);
        service.start();
        QTRY_COMPARE(printedReceipts(), QStringList{receipt});
        QTRY_COMPARE(m_printer->drawerKicks(), 1);
        QTRY_VERIFY(service.state().configured && service.state().status.canPrint() && service.state().queued == 0);
        m_printer->setCoverOpen(true);
        QTRY_VERIFY(service.state().status.coverOpen);
        QCOMPARE(service.state().status.describe(), QStringLiteral("cover open"));
        QVERIFY(m_printer->statusRequests() > 0);
    }

    void aCommittedJobWakesThePrintThread()
    {
        PrintQueue& queue = m_store->till().printQueue();
        int wakes = 0;
        queue.setWakeUp([&wakes] { ++wakes; });
        {
            Transaction tx(m_store->till().db());
            queue.printTestPage();
            QCOMPARE(wakes, 0); // the spooler's own connection could not see the job yet
        }                       // rolled back: nothing to print, nobody woken
        QCOMPARE(wakes, 0);
        queue.printTestPage(); // outside a transaction: committed at once
        QCOMPARE(wakes, 1);

        // The print thread polls once a minute here: only the wake can print the sale in time.
        {
            Transaction tx(m_store->till().db());
            m_store->till().settings().setValue(QStringLiteral("printer.poll_ms"), QStringLiteral("60000"));
            tx.commit();
        }
        const Session s = m_store->openShift();
        PrintService service(m_store->path(), m_store->clock());
        service.start();
        QTRY_VERIFY(service.state().configured && service.state().queued == 0);
        queue.setWakeUp([&service] { service.wake(); });
        const QString receipt = sell(s, false);
        QTRY_COMPARE_WITH_TIMEOUT(printedReceipts().contains(receipt), true, 10000);
        queue.setWakeUp({});
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestPrintQueue test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_print_queue.moc"
