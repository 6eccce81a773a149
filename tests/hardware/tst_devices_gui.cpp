// The till's window with its hardware, offscreen: a serial scan and a weighed item reach the cart,
// the customer display follows the sale, a cash sale prints and opens the drawer once, F10
// prints a marked copy, and the manager's device screen tests the printer and the scanner.
#include "CashierPage.h"
#include "CustomerDisplayWindow.h"
#include "DeviceSettingsDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PrinterEmulator.h"
#include "ScaleReading.h"
#include "ScriptedScanner.h"
#include "StoreDevices.h"
#include "TestStore.h"
#include "VirtualSerialLine.h"
#include "WedgeScanner.h"
#include "WidgetLookup.h"
#include "ZvtStandIn.h"
#include "ZvtTestTerminal.h"
#include "payment/CardPayments.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace omnitill;
using standins::PrinterEmulator;

namespace {
using test::child;

void setSettings(Till& till, const QList<QPair<QString, QString>>& values)
{
    Transaction tx(till.db());
    for (const auto& [key, value] : values)
        till.settings().setValue(key, value);
    tx.commit();
}

QStringList printedLines(const PrinterEmulator& printer)
{
    QStringList lines;
    for (const standins::PrintedDocument& doc : printer.documents())
        lines += doc.lines;
    return lines;
}
// A till with the card terminal stand-in behind its window: start() readies the terminal and the
// store, open() puts up the window and logs the cashier in with a shift.
struct TerminalTill
{
    test::ZvtStandIn terminal;
    test::TestStore store{50};
    ui::LanguageManager languages;
    std::unique_ptr<ui::StoreDevices> devices;
    std::unique_ptr<ui::MainWindow> window;

    bool start(const QString& behaviour, const QString& printerAddress = QStringLiteral("tcp://127.0.0.1:9"))
    {
        if (!terminal.start(behaviour))
            return false;
        setSettings(store.till(), {{QStringLiteral("printer.address"), printerAddress},
                                   {QStringLiteral("payment.terminal"), terminal.address()},
                                   {QStringLiteral("payment.timeout_s"), QStringLiteral("5")}});
        return true;
    }

    QLineEdit* open()
    {
        languages.apply(QStringLiteral("en"));
        devices = std::make_unique<ui::StoreDevices>(store.till(), store.path(), store.clock());
        devices->reload();
        if (!devices->cardTerminal())
            return nullptr;
        window = std::make_unique<ui::MainWindow>(store.till(), languages, nullptr, devices.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return test::logInAndOpenShift(window.get(), QStringLiteral("1111"), QStringLiteral("100"));
    }
};
} // namespace

class TestDevicesGui : public QObject
{
    Q_OBJECT
private slots:
    void saleWithScannerScaleDisplayPrinterAndDrawer()
    {
        PrinterEmulator printer(PrinterProfile::byId(QStringLiteral("tm-t20ii")));
        QVERIFY(printer.start() != 0);
        standins::ScriptedScanner scanner;
        standins::VirtualSerialLine scaleLine;
        QVERIFY(scanner.isValid() && scaleLine.isValid());
        QSocketNotifier scale(scaleLine.fd(), QSocketNotifier::Read);
        connect(&scale, &QSocketNotifier::activated, this, [&] {
            if (scaleLine.readAvailable().contains('W'))
                scaleLine.send(ScaleReading::reply({ScaleReading::State::Stable, 640}));
        });

        test::TestStore store(50);
        setSettings(store.till(), {{QStringLiteral("printer.address"), printer.address()},
                                   {QStringLiteral("printer.poll_ms"), QStringLiteral("200")},
                                   {QStringLiteral("scanner.serial_port"), scanner.port()},
                                   {QStringLiteral("scale.port"), scaleLine.port()},
                                   {QStringLiteral("display.customer"), QStringLiteral("on")}});
        ui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        ui::StoreDevices devices(store.till(), store.path(), store.clock());
        devices.reload();
        QVERIFY2(devices.problems().isEmpty(), qPrintable(devices.problems().join(QLatin1Char('\n'))));
        ui::CustomerDisplayWindow* display = devices.customerDisplay();
        QVERIFY(display && display->isVisible());
        ui::MainWindow window(store.till(), languages, nullptr, &devices);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100")));
        auto* table = child<QTableView>(&window, "cartTableView");
        QVERIFY(table->isVisible());

        // A scripted serial scanner: a packed item, then a loose one the scale weighs.
        const QString weighed = store.till()
                                    .db()
                                    .scalar(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                                                           " WHERE p.unit = 'weight' ORDER BY p.id LIMIT 1"))
                                    .toString();
        // The hub's offers say milk goes with bread: the customer sees the suggestion too.
        store.till().db().exec(QStringLiteral("INSERT INTO offers(key, body) VALUES('product:SKU0000001',"
                                              " '{\"with\": [{\"sku\": \"SKU0000002\", \"count\": 4}]}')"));
        scanner.play({QStringLiteral("4000000000013"), QStringLiteral("wait 300"), weighed});
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(1, 1).data().toString(), QStringLiteral("0,640 kg"));
        auto* customerLines = child<QListWidget>(display, "customerLinesList");
        QTRY_COMPARE(customerLines->count(), 2);
        QVERIFY(child<QLabel>(display, "customerTotalLabel")->text().contains(child<QLabel>(&window, "totalLabel")->text()));
        const QString bread = store.till().catalog().findById(store.till().catalog().idForSku(QStringLiteral("SKU0000002")))->nameEn;
        QVERIFY2(child<QLabel>(display, "customerSuggestionsLabel")->text().contains(bread),
                 qPrintable(child<QLabel>(display, "customerSuggestionsLabel")->text()));
        QVERIFY(child<QLabel>(&window, "suggestionsLabel")->text().contains(bread));

        bool qrShown = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            // The payment QR appears on the customer's screen too; then the customer pays cash.
            child<QLineEdit>(dialog, "amountLineEdit")->setText(QStringLiteral("1"));
            child<QPushButton>(dialog, "qrPushButton")->click();
            qrShown = !child<QLabel>(display, "customerQrLabel")->pixmap().isNull() &&
                      child<QLabel>(display, "customerMessageLabel")->text().contains(QStringLiteral("banking app"));
            child<QLineEdit>(dialog, "amountLineEdit")->setText(QStringLiteral("50"));
            child<QPushButton>(dialog, "cashPushButton")->click();
        });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(qrShown);
        const QString receiptId = store.till().db().scalar(QStringLiteral("SELECT receipt_id FROM sales")).toString();
        QTRY_VERIFY(printedLines(printer).filter(QStringLiteral("Receipt")).filter(receiptId).size() == 1);
        QTRY_COMPARE(printer.drawerKicks(), 1);
        QVERIFY(child<QLabel>(display, "customerMessageLabel")->text().contains(QStringLiteral("Your change")));
        QTRY_VERIFY(child<QLabel>(&window, "statusLabel")->text().contains(QStringLiteral("printer ready")));

        // F10: a copy, marked and journaled; the drawer stays shut.
        child<QPushButton>(&window, "lastReceiptPushButton")->click();
        QTRY_COMPARE(printer.documents().size(), 2);
        const QStringList copy = printer.documents().last().lines;
        QVERIFY(std::any_of(copy.begin(), copy.end(), [](const QString& l) { return l.trimmed() == QStringLiteral("COPY"); }));
        QVERIFY(std::any_of(copy.begin(), copy.end(), [&](const QString& l) { return l.endsWith(receiptId); }));
        QCOMPARE(printer.drawerKicks(), 1);

        // The printer runs out of paper: the till says so.
        printer.setPaper(PrinterEmulator::Paper::End);
        QTRY_VERIFY(child<QLabel>(&window, "statusLabel")->text().contains(QStringLiteral("out of paper")));
    }

    void scannerInAnotherKeyboardLayoutStillSells()
    {
        test::TestStore store(50);
        store.addBarcode(QStringLiteral("ABC12345"));
        store.openShift();
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100")));
        test::WedgeScanner scanner(&window);
        QVERIFY(scanner.scan(QStringLiteral("ФИС12345"))); // Shift+F, Shift+B, Shift+C on a Russian layout
        QVERIFY2(child<QTableView>(&window, "cartTableView")->model()->rowCount() == 1,
                 qPrintable(child<QLabel>(&window, "messageLabel")->text()));
        QVERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QStringLiteral("keyboard layout")));
    }

    void aMemberCardAtTheScannerIdentifiesTheCustomer()
    {
        test::TestStore store(50);
        Promotion members;
        members.id = QStringLiteral("MEMBERS-10");
        members.name = QStringLiteral("Members -10%");
        members.percentBp = 1000;
        members.memberOnly = true;
        {
            Transaction tx(store.till().db());
            store.till().promotions().put(members, store.clock().nowUtc());
            tx.commit();
        }
        store.openShift();
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100")));
        test::WedgeScanner scanner(&window);
        QVERIFY(scanner.scan(QStringLiteral("4000000000013")));
        auto* total = child<QLabel>(&window, "totalLabel");
        const QString listPrice = total->text();
        QVERIFY(scanner.scan(QStringLiteral("M0002"))); // the demo members' cards, M with Shift
        QVERIFY2(child<QLabel>(&window, "memberLabel")->text().startsWith(QStringLiteral("Member ")),
                 qPrintable(child<QLabel>(&window, "messageLabel")->text()));
        QCOMPARE(child<QTableView>(&window, "cartTableView")->model()->rowCount(), 1); // not a product line
        QVERIFY(total->text() != listPrice);
        QVERIFY(child<QLabel>(&window, "taxesLabel")->text().contains(QStringLiteral("Members -10%")));
    }

    void aNewMemberIsEnrolledWithConsentFromTheCashierScreen()
    {
        test::TestStore store(20);
        store.openShift();
        ui::CashierPage page(store.till());
        page.setSession(store.cashier());
        page.show();
        // The dialogs as the cashier answers them: the phone number, "enrol?", the name, consent.
        QStringList answers{QStringLiteral("+49 170 5550 123"), QStringLiteral("yes"), QStringLiteral("Jana"), QStringLiteral("yes")};
        QTimer answering;
        connect(&answering, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || answers.isEmpty())
                return;
            const QString answer = answers.takeFirst();
            if (auto* input = qobject_cast<QInputDialog*>(modal)) {
                input->setTextValue(answer);
                input->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                box->button(answer == QLatin1String("yes") ? QMessageBox::Yes : QMessageBox::No)->click();
            }
        });
        answering.start(20);
        child<QPushButton>(&page, "memberPushButton")->click();
        QVERIFY2(answers.isEmpty(), qPrintable(answers.join(QLatin1Char(','))));
        QVERIFY2(child<QLabel>(&page, "memberLabel")->text().contains(QStringLiteral("Jana")),
                 qPrintable(child<QLabel>(&page, "messageLabel")->text()));
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT consent FROM members WHERE name = 'Jana'")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'member_enrolled'")).toInt(), 1);

        // Without consent nobody is enrolled.
        answers = {QStringLiteral("+49 170 5550 999"), QStringLiteral("yes"), QStringLiteral("Max"), QStringLiteral("no")};
        child<QPushButton>(&page, "memberPushButton")->click();
        QVERIFY(answers.isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Max'")).toInt(), 0);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("consent")));
    }

    void managerTestsDevicesFromTheSettingsScreen()
    {
        PrinterEmulator printer(PrinterProfile::byId(QStringLiteral("pos-5890")));
        QVERIFY(printer.start() != 0);
        test::TestStore store(50);
        const Session manager = store.manager();
        store.till().shifts().open(manager, 10000);
        ui::StoreDevices devices(store.till(), store.path(), store.clock());
        ui::DeviceSettingsDialog dialog(store.till(), &devices, manager);
        auto* address = child<QLineEdit>(&dialog, "printer.addressLineEdit");
        auto* message = child<QLabel>(&dialog, "deviceMessageLabel");
        address->setText(QStringLiteral("lpt1"));
        child<QPushButton>(&dialog, "savePushButton")->click();
        QVERIFY(message->text().contains(QStringLiteral("is not tcp://")));
        QVERIFY(store.till().settings().value(QStringLiteral("printer.address")).isEmpty()); // nothing stored

        address->setText(printer.address());
        auto* model = child<QComboBox>(&dialog, "printer.profileComboBox");
        model->setCurrentIndex(model->findData(QStringLiteral("pos-5890")));
        child<QPushButton>(&dialog, "savePushButton")->click();
        QCOMPARE(store.till().settings().value(QStringLiteral("printer.address")), printer.address());
        QCOMPARE(store.till().settings().value(QStringLiteral("printer.profile")), QStringLiteral("pos-5890"));
        devices.reload();
        child<QPushButton>(&dialog, "testPagePushButton")->click();
        QTRY_VERIFY2(printedLines(printer).contains(QStringLiteral("Printer test page")),
                     qPrintable(message->text() + QLatin1Char('|') + devices.printerStatusText()));
        QVERIFY(printedLines(printer).contains(QStringLiteral("Съешь же ещё этих мягких булок")));
        QVERIFY(printedLines(printer).contains(QStringLiteral("欢迎光临 谢谢惠顾"))); // GB18030 model
        child<QPushButton>(&dialog, "openDrawerPushButton")->click();
        QTRY_COMPARE(printer.drawerKicks(), 1);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'no_sale'")).toInt(), 1);

        auto* scanInput = child<QLineEdit>(&dialog, "scanTestLineEdit");
        scanInput->setText(QStringLiteral("]d2010400000000001310LOT7") + QChar(0x1D) + QStringLiteral("17261130"));
        QTest::keyClick(scanInput, Qt::Key_Return);
        const QString result = child<QLabel>(&dialog, "scanResultLabel")->text();
        QVERIFY2(result.contains(QStringLiteral("Batch (AI 10): LOT7")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("<GS>")));
        QVERIFY(result.contains(QStringLiteral("Product: ")));
        QVERIFY(dialog.describeScan(QStringLiteral("ФИС12345")).contains(QStringLiteral("Read as: ABC12345")));
    }

    // The cashier takes a card on the ZVT terminal stand-in: no approval code to type, the
    // terminal's messages on the screen, its slip printed on the receipt printer. A declined card
    // and a card taken off the payment again (reversed on the terminal) on the way.
    void aCardPaidOnTheTerminalPrintsItsSlip()
    {
        PrinterEmulator printer(PrinterProfile::byId(QStringLiteral("tm-t20ii")));
        QVERIFY(printer.start() != 0);
        TerminalTill till;
        QVERIFY(till.start(QStringLiteral("decline"), printer.address()));
        QLineEdit* scanEdit = till.open();
        QVERIFY(scanEdit);
        test::ZvtStandIn& terminal = till.terminal;
        test::TestStore& store = till.store;
        ui::MainWindow& window = *till.window;
        auto* table = child<QTableView>(&window, "cartTableView");
        test::scan(scanEdit, QStringLiteral("4000000000013"));
        test::scan(scanEdit, QStringLiteral("4000000000013"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        QStringList shown;
        bool manualHidden = false;
        bool declineShown = false;
        bool reversedShown = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            manualHidden = !child<QLineEdit>(dialog, "approvalLineEdit")->isVisible();
            auto* message = child<QLabel>(dialog, "terminalMessageLabel");
            auto* error = child<QLabel>(dialog, "paymentErrorLabel");
            // 1. Declined by the bank: the sale stays open, the error says why.
            child<QPushButton>(dialog, "cardPushButton")->click();
            QTRY_VERIFY(!error->text().isEmpty());
            declineShown = error->text().contains(QStringLiteral("declined"), Qt::CaseInsensitive);
            // 2. 5.00 on a card, approved; then taken off again: reversed on the terminal.
            QVERIFY(terminal.setBehaviour(QStringLiteral("approve")));
            child<QLineEdit>(dialog, "amountLineEdit")->setText(QStringLiteral("5"));
            child<QPushButton>(dialog, "cardPushButton")->click();
            QTRY_VERIFY(child<QListWidget>(dialog, "tendersListWidget")->count() == 1);
            shown.append(message->text());
            child<QPushButton>(dialog, "undoTenderPushButton")->click();
            QTRY_VERIFY(child<QListWidget>(dialog, "tendersListWidget")->count() == 0);
            reversedShown = message->text() == QStringLiteral("Reversed");
            // 3. The whole amount on a card: approved, and the sale completes by itself.
            child<QPushButton>(dialog, "cardPushButton")->click();
        });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 20000);
        QVERIFY(manualHidden);
        QVERIFY(declineShown);
        QVERIFY(reversedShown);
        QCOMPARE(shown, QStringList{QStringLiteral("Approved")});

        // The stand-in's log and the store agree: a declined attempt, a charge reversed, a charge sold.
        const QList<QJsonObject> charges = terminal.log(QStringLiteral("payment"));
        QCOMPARE(charges.size(), 2);
        QCOMPARE(terminal.log(QStringLiteral("decline")).size(), 1);
        QCOMPARE(terminal.log(QStringLiteral("reversal")).size(), 1);
        QCOMPARE(terminal.log(QStringLiteral("reversal")).at(0).value(QStringLiteral("original_receipt")),
                 charges.at(0).value(QStringLiteral("receipt")));
        const QString saleId = store.till().db().scalar(QStringLiteral("SELECT id FROM sales")).toString();
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT receipt_no FROM card_payments WHERE sale_id = ?"), {saleId}).toInt(),
                 charges.at(1).value(QStringLiteral("receipt")).toInt());
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT amount FROM sale_tenders WHERE sale_id = ? AND kind = 'card'"), {saleId})
                     .toLongLong(),
                 qint64(charges.at(1).value(QStringLiteral("amount")).toInteger()));
        // On paper: both card slips (the reversed payment's and the sale's) and the receipt.
        const QString receiptId = store.till().db().scalar(QStringLiteral("SELECT receipt_id FROM sales")).toString();
        QTRY_VERIFY(printedLines(printer).filter(receiptId).size() == 1);
        QTRY_COMPARE(printedLines(printer).filter(QStringLiteral("Kartenzahlung")).size(), 2);
        QVERIFY(printedLines(printer).filter(QStringLiteral("BETRAG EUR 11.56")).size() == 1);
        QCOMPARE(printer.drawerKicks(), 0); // no cash, no drawer

        // One milk comes back: the refund goes to the card on the terminal (no approval code to type).
        bool returned = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("returnDialog"));
            QVERIFY(!child<QLineEdit>(dialog, "cardApprovalLineEdit")->isVisible());
            child<QSpinBox>(dialog, "returnQuantity0SpinBox")->setValue(1);
            child<QPushButton>(dialog, "refundPushButton")->click();
            returned = true;
        });
        test::scan(scanEdit, store.till().receipts().byReceiptId(receiptId).qrText);
        QVERIFY(returned);
        QTRY_COMPARE_WITH_TIMEOUT(store.count(QStringLiteral("returns")), qint64(1), 20000);
        QCOMPARE(terminal.log(QStringLiteral("refund")).size(), 1);
        QCOMPARE(terminal.log(QStringLiteral("refund")).at(0).value(QStringLiteral("amount")).toInt(), 578);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT status FROM card_payments WHERE kind = 'refund'")).toString(),
                 QStringLiteral("completed"));
        QTRY_COMPARE(printedLines(printer).filter(QStringLiteral("Gutschrift")).size(), 1);

        // Closing the shift: the terminal's end of day next to what the till recorded through it
        // (11.56 paid, 5.78 refunded; the reversed 5.00 in neither).
        QString reconciliation;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("shiftCloseDialog"));
            child<QPushButton>(dialog, "endOfDayPushButton")->click();
            auto* label = child<QLabel>(dialog, "cardReconciliationLabel");
            QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("difference"), Qt::CaseInsensitive), 10000);
            reconciliation = label->text();
            qobject_cast<QDialog*>(dialog)->reject(); // the drawer is counted another time
        });
        QAction* close = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))
                close = a;
        QVERIFY(close);
        close->trigger();
        QVERIFY2(reconciliation.contains(QStringLiteral("No difference")), qPrintable(reconciliation));
        QVERIFY(reconciliation.contains(QStringLiteral("5,78")));
        QCOMPARE(terminal.log(QStringLiteral("end_of_day")).size(), 1);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT amount FROM card_payments WHERE kind = 'end_of_day'")).toLongLong(), 578);
        QTRY_VERIFY(printedLines(printer).filter(QStringLiteral("Kassenschnitt")).size() == 1);
    }

    void anExchangeGivesTheMoneyBackToTheCardOnTheTerminal()
    {
        TerminalTill till;
        QVERIFY(till.start(QStringLiteral("approve")));
        QLineEdit* scanEdit = till.open();
        QVERIFY(scanEdit);
        test::ZvtStandIn& terminal = till.terminal;
        test::TestStore& store = till.store;
        ui::MainWindow& window = *till.window;
        auto* table = child<QTableView>(&window, "cartTableView");

        // Two milk paid with a girocard on the terminal.
        QVERIFY(terminal.presentCard(QStringLiteral("girocard")));
        test::scan(scanEdit, QStringLiteral("4000000000013"));
        test::scan(scanEdit, QStringLiteral("4000000000013"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTimer::singleShot(0, this, [&] { child<QPushButton>(QApplication::activeModalWidget(), "cardPushButton")->click(); });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 20000);
        const QString qr =
            store.till().receipts().byReceiptId(store.till().db().scalar(QStringLiteral("SELECT receipt_id FROM sales")).toString()).qrText;

        // The customer takes bread instead and wants the rest (11.56 - 3.05) back on the card.
        // First a Visa is held to the terminal: refunded there, refused by the till (not the card
        // that paid) and reversed at once; the dialog stays open.
        test::scan(scanEdit, QStringLiteral("4000000000020"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QString refusal;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("returnDialog"));
            child<QSpinBox>(dialog, "returnQuantity0SpinBox")->setValue(2);
            QVERIFY(terminal.presentCard(QStringLiteral("VISA")));
            auto* exchange = child<QPushButton>(dialog, "exchangePushButton");
            exchange->click();
            auto* message = child<QLabel>(dialog, "returnMessageLabel");
            QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("reversed")), 20000);
            refusal = message->text();
            // Then the girocard that paid: the terminal refunds, the exchange completes by itself.
            QVERIFY(terminal.presentCard(QStringLiteral("girocard")));
            exchange->click();
        });
        test::scan(scanEdit, qr);
        QVERIFY2(refusal.contains(QStringLiteral("card that paid")), qPrintable(refusal));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&window, "messageLabel")->text().contains(QStringLiteral("Exchange: receipt")), 20000);
        QCOMPARE(table->model()->rowCount(), 0);

        // The terminal's log and the till agree: one refund reversed, one refund kept by the exchange.
        const QList<QJsonObject> refunds = terminal.log(QStringLiteral("refund"));
        QCOMPARE(refunds.size(), 2);
        QCOMPARE(refunds.at(0).value(QStringLiteral("amount")).toInt(), 2 * 578 - 305);
        QCOMPARE(refunds.at(1).value(QStringLiteral("amount")).toInt(), 2 * 578 - 305);
        QCOMPARE(refunds.at(1).value(QStringLiteral("last4")).toString(), QStringLiteral("1234"));
        const QList<QJsonObject> reversals = terminal.log(QStringLiteral("reversal"));
        QCOMPARE(reversals.size(), 1);
        QCOMPARE(reversals.at(0).value(QStringLiteral("original_receipt")), refunds.at(0).value(QStringLiteral("receipt")));
        Database& db = store.till().db();
        QCOMPARE(store.count(QStringLiteral("sales")), qint64(2));
        const QString returnId = db.scalar(QStringLiteral("SELECT id FROM returns WHERE exchange_sale_id IS NOT NULL")).toString();
        QVERIFY(!returnId.isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM return_tenders WHERE return_id = ? AND kind = 'exchange'"), {returnId})
                     .toLongLong(),
                 qint64(305));
        const QString kept =
            db.scalar(QStringLiteral("SELECT reference FROM return_tenders WHERE return_id = ? AND kind = 'card'"), {returnId}).toString();
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '/' || sale_id || '/' || receipt_no FROM card_payments WHERE id = ?"), {kept})
                     .toString(),
                 QStringLiteral("completed/%1/%2").arg(returnId).arg(refunds.at(1).value(QStringLiteral("receipt")).toInt()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM card_payments WHERE kind = 'refund' AND status = 'reversed'")).toInt(), 1);
        QVERIFY(store.till().cardPayments().open().isEmpty());
    }

    void undecidedCardPaymentsAreSettledFromTheTillMenu()
    {
        TerminalTill till;
        QVERIFY(till.start(QStringLiteral("approve")));
        test::ZvtStandIn& terminal = till.terminal;
        test::TestStore& store = till.store;
        // Left by an earlier moment at this till: a payment written down whose request never
        // left, and one the terminal charged while the answer was lost on the line.
        CardPayments& cards = store.till().cardPayments();
        const CardRequest never = cards.begin(store.cashier(), CardPayments::Kind::Payment, 700);
        QVERIFY(terminal.setBehaviour(QStringLiteral("drop-after-charge")));
        const CardRequest lost = cards.begin(store.cashier(), CardPayments::Kind::Payment, 800);
        QCOMPARE(test::quickZvtTerminal(terminal.address())->authorize(lost).outcome, CardResult::Outcome::Unknown);
        QVERIFY(terminal.setBehaviour(QStringLiteral("approve")));
        QCOMPARE(cards.open().size(), 2);

        QVERIFY(till.open());
        QString answer;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            answer = box->text();
            box->accept();
        });
        child<QAction>(till.window.get(), "settleCardPaymentsAction")->trigger();
        QCOMPARE(answer, QStringLiteral("2 card payment(s) settled. None is open."));
        QCOMPARE(cards.find(never.idempotencyKey).status, QStringLiteral("declined"));
        QCOMPARE(cards.find(lost.idempotencyKey).status, QStringLiteral("reversed"));
        QCOMPARE(terminal.log(QStringLiteral("payment")).size(), 1);
        QCOMPARE(terminal.log(QStringLiteral("reversal")).size(), 1);
        QCOMPARE(terminal.log(QStringLiteral("reversal")).at(0).value(QStringLiteral("original_receipt")),
                 terminal.log(QStringLiteral("payment")).at(0).value(QStringLiteral("receipt")));
        QCOMPARE(store.count(QStringLiteral("sales")), qint64(0));
    }
};

QTEST_MAIN(TestDevicesGui)
#include "tst_devices_gui.moc"
