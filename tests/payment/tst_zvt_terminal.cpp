// The ZVT driver against the terminal stand-in, a separate process, over TCP and over a pty with
// the serial framing: every behaviour of the stand-in, and what its charge log says afterwards.
#include "ZvtStandIn.h"
#include "ZvtTestTerminal.h"
#include "common/DomainError.h"

#include <QElapsedTimer>
#include <QTest>

using namespace omnitill;
using omnitill::test::ZvtStandIn;

namespace {

CardRequest request(const QString& key, qint64 amount, const QString& previous = {})
{
    return {key, amount, QStringLiteral("EUR"), previous};
}

} // namespace

class TestZvtTerminal : public QObject
{
    Q_OBJECT
private slots:
    void addressesAreChecked()
    {
        const ZvtTerminalSettings tcp = ZvtTerminalSettings::fromAddress(QStringLiteral("zvt://192.168.1.20"));
        QCOMPARE(tcp.host, QStringLiteral("192.168.1.20"));
        QCOMPARE(tcp.port, quint16(20007));
        const ZvtTerminalSettings serial = ZvtTerminalSettings::fromAddress(QStringLiteral("zvt+serial:///dev/ttyUSB0?baud=115200"));
        QCOMPARE(serial.transport, ZvtTerminalSettings::Transport::Serial);
        QCOMPARE(serial.device, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(serial.baud, 115200);
        for (const char* bad :
             {"zvt://", "tcp://1.2.3.4:20007", "zvt+serial://?baud=9600", "zvt+serial:///dev/ttyS0?baud=fast", "zvt://host:99999"})
            QVERIFY_THROWS_EXCEPTION(DomainError, ZvtTerminalSettings::fromAddress(QString::fromLatin1(bad)));
        QCOMPARE(ZvtTerminalSettings::numericCurrency(QStringLiteral("CHF")), QStringLiteral("0756"));
    }

    void approvedPaymentWithItsSlip()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        ZvtTerminal terminal(test::quickZvtSettings(standIn.address()));
        QStringList shown;
        terminal.setStatusHandler([&](const QString& text) { shown.append(text); });
        const CardResult result = terminal.authorize(request(QStringLiteral("K-1"), 1234));
        QVERIFY2(result.approved(), qPrintable(result.message));
        QCOMPARE(result.terminalId, QStringLiteral("52500038"));
        QVERIFY(!result.approvalCode.isEmpty());
        QCOMPARE(result.cardLast4.size(), 4);
        QVERIFY(!result.cardBrand.isEmpty());
        QCOMPARE(result.resultCode, 0);
        QVERIFY(!shown.isEmpty()); // "Insert, tap or swipe your card"
        QVERIFY(result.slip.join(QLatin1Char('\n')).contains(QStringLiteral("BETRAG EUR 12.34")));
        QVERIFY(!result.slip.join(QLatin1Char('\n')).contains(QStringLiteral("6725"))); // no card number beyond the last 4
        const QList<QJsonObject> charges = standIn.log(QStringLiteral("payment"));
        QCOMPARE(charges.size(), 1);
        QCOMPARE(charges.at(0).value(QStringLiteral("amount")).toInt(), 1234);
        QCOMPARE(QString::number(charges.at(0).value(QStringLiteral("receipt")).toInt()), result.receiptNumber);
        // The same key again is answered from memory: never a second charge.
        QCOMPARE(terminal.authorize(request(QStringLiteral("K-1"), 1234)).receiptNumber, result.receiptNumber);
        QCOMPARE(standIn.log(QStringLiteral("payment")).size(), 1);
        // Reversed (06 30 with the receipt number), and a second reversal is "already reversed".
        QVERIFY(terminal.reverse(request(QStringLiteral("K-1"), 1234), result));
        QVERIFY(terminal.reverse(request(QStringLiteral("K-1"), 1234), result));
        QCOMPARE(standIn.log(QStringLiteral("reversal")).size(), 1);
        QCOMPARE(standIn.log(QStringLiteral("reversal")).at(0).value(QStringLiteral("original_receipt")).toInt(),
                 result.receiptNumber.toInt());
        // The receipt again (06 20) is the reversal's.
        QVERIFY(terminal.repeatLastReceipt().join(QLatin1Char('\n')).contains(QStringLiteral("Storno")));
    }

    void declinedAndWithPin()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start(QStringLiteral("decline")));
        ZvtTerminal terminal(test::quickZvtSettings(standIn.address()));
        const CardResult declined = terminal.authorize(request(QStringLiteral("K-2"), 999));
        QCOMPARE(declined.outcome, CardResult::Outcome::Declined);
        QCOMPARE(declined.resultCode, 0x05);
        QVERIFY(!declined.message.isEmpty());
        QVERIFY(standIn.log(QStringLiteral("payment")).isEmpty());

        QVERIFY(standIn.setBehaviour(QStringLiteral("pin")));
        QStringList shown;
        terminal.setStatusHandler([&](const QString& text) { shown.append(text); });
        const CardResult approved = terminal.authorize(request(QStringLiteral("K-3"), 999));
        QVERIFY2(approved.approved(), qPrintable(approved.message));
        QVERIFY2(shown.size() >= 3, qPrintable(shown.join(QLatin1Char('|')))); // card, PIN, contacting the bank
        QCOMPARE(standIn.log(QStringLiteral("payment")).size(), 1);
        // A test card amount ending in 51 is declined whatever the behaviour.
        QCOMPARE(terminal.authorize(request(QStringLiteral("K-4"), 1051)).outcome, CardResult::Outcome::Declined);
    }

    void aSilentTerminalIsAbortedAndChargesNothing()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start(QStringLiteral("timeout")));
        ZvtTerminal terminal(test::quickZvtSettings(standIn.address()));
        const CardResult result = terminal.authorize(request(QStringLiteral("K-5"), 500));
        QCOMPARE(result.outcome, CardResult::Outcome::Declined);
        QCOMPARE(result.resultCode, 0x6C); // aborted by our 06 B0 after the silence
        QCOMPARE(standIn.log(QStringLiteral("abort")).size(), 1);
        QVERIFY(standIn.log(QStringLiteral("payment")).isEmpty());
    }

    void theCustomerCancels()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start(QStringLiteral("timeout")));
        ZvtTerminalSettings s = test::quickZvtSettings(standIn.address());
        s.silenceTimeoutMs = 30000;
        ZvtTerminal terminal(s);
        terminal.setStatusHandler([&](const QString&) { terminal.cancel(); }); // the customer taps "Cancel"
        QElapsedTimer took;
        took.start();
        const CardResult result = terminal.authorize(request(QStringLiteral("K-6"), 500));
        QCOMPARE(result.outcome, CardResult::Outcome::Declined);
        QVERIFY(took.elapsed() < 10000);
        QVERIFY(standIn.log(QStringLiteral("payment")).isEmpty());
    }

    void aLostAnswerIsFoundByTheLastTransaction()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        ZvtTerminal first(test::quickZvtSettings(standIn.address()));
        const CardResult earlier = first.authorize(request(QStringLiteral("K-7"), 700));
        QVERIFY(earlier.approved());

        for (const QString& behaviour : {QStringLiteral("drop-after-charge"), QStringLiteral("status-only")}) {
            QVERIFY(standIn.setBehaviour(behaviour));
            const QString key = QStringLiteral("K-8-") + behaviour;
            ZvtTerminal terminal(test::quickZvtSettings(standIn.address()));
            const CardResult lost = terminal.authorize(request(key, 800, earlier.receiptNumber));
            QCOMPARE(lost.outcome, CardResult::Outcome::Unknown);
            QCOMPARE(standIn.log(QStringLiteral("payment")).size(), behaviour.startsWith(QLatin1Char('d')) ? 2 : 3);
            QVERIFY(standIn.setBehaviour(QStringLiteral("approve")));
            // Asked again with the same key, the driver asks for the status, never for a second charge.
            // A new process (no memory of the key) finds it by the terminal's last transaction.
            ZvtTerminal restarted(test::quickZvtSettings(standIn.address()));
            const CardResult found = restarted.status(request(key, 800, earlier.receiptNumber));
            QVERIFY2(found.approved(), qPrintable(found.message));
            QCOMPARE(found.receiptNumber,
                     QString::number(standIn.log(QStringLiteral("payment")).last().value(QStringLiteral("receipt")).toInt()));
            QCOMPARE(terminal.authorize(request(key, 800, earlier.receiptNumber)).receiptNumber, found.receiptNumber);
            QCOMPARE(standIn.log(QStringLiteral("payment")).size(), behaviour.startsWith(QLatin1Char('d')) ? 2 : 3);
        }
        // A payment the terminal never took: its last transaction is the one recorded before it.
        const QString last = QString::number(standIn.log(QStringLiteral("payment")).last().value(QStringLiteral("receipt")).toInt());
        ZvtTerminal restarted(test::quickZvtSettings(standIn.address()));
        QCOMPARE(restarted.status(request(QStringLiteral("K-9"), 900, last)).outcome, CardResult::Outcome::Declined);
    }

    void refundAndEndOfDay()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        ZvtTerminal terminal(test::quickZvtSettings(standIn.address()));
        QVERIFY(terminal.authorize(request(QStringLiteral("E-1"), 1000)).approved());
        const CardResult second = terminal.authorize(request(QStringLiteral("E-2"), 2500));
        QVERIFY(second.approved());
        QVERIFY(terminal.authorize(request(QStringLiteral("E-3"), 450)).approved());
        QVERIFY(terminal.reverse(request(QStringLiteral("E-2"), 2500), second));
        const CardResult refund = terminal.refund(request(QStringLiteral("R-1"), 300));
        QVERIFY2(refund.approved(), qPrintable(refund.message));
        QCOMPARE(standIn.log(QStringLiteral("refund")).size(), 1);
        const CardTerminalTotals totals = terminal.endOfDay();
        QVERIFY2(totals.ok, qPrintable(totals.message));
        QCOMPARE(totals.total, 1000 + 450 - 300);
        QCOMPARE(totals.count, 3);
        QVERIFY(totals.slip.join(QLatin1Char('\n')).contains(QStringLiteral("GESAMT EUR 11.50")));
        // After the end of day a payment can no longer be reversed.
        const CardResult settled = terminal.authorize(request(QStringLiteral("E-4"), 100));
        QVERIFY(terminal.endOfDay().ok);
        QVERIFY(!terminal.reverse(request(QStringLiteral("E-4"), 100), settled));
    }

    void refusalsAndAnUnreachableTerminal()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start());
        ZvtTerminalSettings wrong = test::quickZvtSettings(standIn.address());
        wrong.password = QStringLiteral("123456");
        ZvtTerminal locked(wrong);
        const CardResult refused = locked.authorize(request(QStringLiteral("P-1"), 100));
        QCOMPARE(refused.outcome, CardResult::Outcome::Unavailable);
        QVERIFY(standIn.log().isEmpty());
        standIn.stop();
        ZvtTerminal gone(test::quickZvtSettings(standIn.address()));
        const CardResult unreachable = gone.authorize(request(QStringLiteral("P-2"), 100));
        QCOMPARE(unreachable.outcome, CardResult::Outcome::Unavailable);
        QVERIFY(unreachable.message.contains(QStringLiteral("127.0.0.1")));
        // Asked for the status, an unreachable terminal is never taken for "not charged".
        QCOMPARE(gone.status(request(QStringLiteral("P-3"), 100, QStringLiteral("4"))).outcome, CardResult::Outcome::Unknown);
    }

    void overTheSerialLine()
    {
        ZvtStandIn standIn;
        QVERIFY(standIn.start(QStringLiteral("approve"), true));
        ZvtTerminal terminal(test::quickZvtSettings(standIn.serialAddress()));
        const CardResult result = terminal.authorize(request(QStringLiteral("S-1"), 4321));
        QVERIFY2(result.approved(), qPrintable(result.message));
        QVERIFY(result.slip.join(QLatin1Char('\n')).contains(QStringLiteral("BETRAG EUR 43.21")));
        QVERIFY(terminal.reverse(request(QStringLiteral("S-1"), 4321), result));
        QCOMPARE(standIn.log(QStringLiteral("payment")).size(), 1);
        QCOMPARE(standIn.log(QStringLiteral("reversal")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestZvtTerminal)
#include "tst_zvt_terminal.moc"
