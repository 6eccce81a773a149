// The pickup desk on screen (omnitill --mode pickup, offscreen): an order found by its number,
// picked by scanning (a wrong item is refused on screen), marked ready, and handed over when the
// customer's pickup QR is scanned; an order paid at pickup handed over with the phone's last four
// digits and paid through the normal payment dialog.
#include "CashierPage.h"
#include "DemoStore.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PickupOrders.h"
#include "PickupPage.h"
#include "TestStore.h"
#include "WidgetLookup.h"
#include "receipt/ReceiptLayout.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace omnitill;
using test::child;

namespace {
const QString kMilk = QStringLiteral("4000000000013");
const QString kBread = QStringLiteral("4000000000020");

using test::scan;
} // namespace

class TestPickupGui : public QObject
{
    Q_OBJECT

private slots:
    void anOrderIsPickedByScanningAndHandedOverByItsQr()
    {
        test::TestStore store;
        test::PickupOrders shop(store.till());
        {
            Transaction tx(store.till().db());
            store.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("file:///dev/null"));
            tx.commit();
        }
        const QJsonObject paidOnline = shop.order(QStringLiteral("o-1"), QStringLiteral("1001"),
                                                  {{QStringLiteral("SKU0000001"), 2, 578}, {QStringLiteral("SKU0000002"), 1, 305}}, true);
        shop.deliver(
            {paidOnline, shop.order(QStringLiteral("o-2"), QStringLiteral("1002"), {{QStringLiteral("SKU0000002"), 1, 305}}, false)});
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages, nullptr, nullptr, ui::MainWindow::Mode::Pickup);
        window.show();
        QLineEdit* scanField = test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100.00"), "pickupScanLineEdit");
        QVERIFY(scanField);
        auto* orders = child<QTableWidget>(&window, "pickupOrdersTable");
        auto* lines = child<QTableWidget>(&window, "pickupLinesTable");
        auto* message = child<QLabel>(&window, "pickupMessageLabel");
        QCOMPARE(orders->rowCount(), 2);
        // The hand-over asks for the phone's last four digits: the list never shows the whole number.
        for (int row = 0; row < orders->rowCount(); ++row)
            QVERIFY2(orders->item(row, 2)->text().size() <= 5, qPrintable(orders->item(row, 2)->text()));

        // Found by its number, opened, picked by scanning.
        // Typed at a person's pace (a burst of keys would be taken for a scan).
        child<QLineEdit>(&window, "pickupSearchLineEdit")->setText(QStringLiteral("1001"));
        QCOMPARE(orders->rowCount(), 1);
        orders->selectRow(0);
        QCOMPARE(lines->rowCount(), 2);
        scan(scanField, DemoStore::eanFor(5));
        QVERIFY2(message->text().contains(QLatin1String("is not in order 1001")), qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(&window, "pickupReadyPushButton")->isEnabled()); // nothing picked yet
        scan(scanField, kMilk);
        scan(scanField, kMilk);
        scan(scanField, kMilk);
        QVERIFY2(message->text().contains(QLatin1String("picked already")), qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(&window, "pickupReadyPushButton")->isEnabled()); // the bread is still to pick
        QVERIFY(!child<QPushButton>(&window, "pickupHandOverPushButton")->isEnabled());
        scan(scanField, kBread);
        QCOMPARE(lines->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(lines->item(1, 2)->text(), QStringLiteral("1"));
        child<QPushButton>(&window, "pickupReadyPushButton")->click();
        QCOMPARE(store.till().pickups().load(QStringLiteral("o-1")).status, PickupStatus::Ready);

        // The customer shows the QR from the shop: the desk checks it and offers the hand-over, with
        // how many of each the customer takes.
        QString handOverText;
        test::ModalAnswers answers({[&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("handOverDialog"));
            handOverText = child<QCheckBox>(dialog, "takesLine1CheckBox")->text();
            child<QPushButton>(dialog, "handOverOkPushButton")->click();
        }});
        scan(scanField, paidOnline.value(QStringLiteral("pickup_token")).toString());
        QCOMPARE(answers.answered(), 1);
        QVERIFY2(handOverText.startsWith(QStringLiteral("2 \u00d7 ")), qPrintable(handOverText));
        QCOMPARE(store.till().pickups().load(QStringLiteral("o-1")).status, PickupStatus::Collected);
        QVERIFY2(message->text().contains(QLatin1String("1001 handed over")), qPrintable(message->text()));
        // Paid online, so no sale: the customer gets a collection slip of what was handed over.
        QList<PrintJob> slips;
        for (const PrintJob& job : store.till().printQueue().pending())
            if (job.kind == PrintJob::Kind::CollectionSlip)
                slips.append(job);
        QCOMPARE(slips.size(), 1);
        const Receipt slip = store.till().receipts().collectionSlip(slips[0].reference.toLongLong());
        const QString paper = ReceiptLayout::plainText(slip, 42, QLocale::c());
        QVERIFY2(paper.contains(QStringLiteral("ONLINE ORDER COLLECTED")) && paper.contains(QStringLiteral("1001")) &&
                     paper.contains(QStringLiteral("Paid online")) && paper.contains(QStringLiteral("2 x 5.78")),
                 qPrintable(paper));
        QCOMPARE(slip.total, 2 * 578 + 305);
        QVERIFY(!slip.qrText.isEmpty());
    }

    void anOrderPaidAtPickupIsHandedOverWithThePhoneDigitsAndPaid()
    {
        test::TestStore store;
        test::PickupOrders shop(store.till());
        shop.deliver({shop.order(QStringLiteral("o-2"), QStringLiteral("1002"), {{QStringLiteral("SKU0000002"), 2, 305}}, false)});
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages, nullptr, nullptr, ui::MainWindow::Mode::Pickup);
        window.show();
        // The desk starts without a float: picking needs no drawer.
        QLineEdit* scanField = test::logInAndOpenShift(&window, QStringLiteral("1111"), {}, "pickupScanLineEdit");
        QVERIFY(scanField);
        QVERIFY(!store.till().shifts().current());
        child<QTableWidget>(&window, "pickupOrdersTable")->selectRow(0);
        scan(scanField, kBread);
        scan(scanField, kBread);
        child<QPushButton>(&window, "pickupReadyPushButton")->click();

        // Taking the money needs the shift: the float is counted then, and the desk comes back.
        test::ModalAnswers digits({[](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("1234"));
            input->accept();
        }});
        child<QPushButton>(&window, "pickupHandOverPushButton")->click();
        QCOMPARE(digits.answered(), 1);
        auto* floatField = child<QLineEdit>(&window, "floatLineEdit");
        QTRY_VERIFY(floatField->isVisible());
        test::type(floatField, QStringLiteral("100"));
        QTest::keyClick(floatField, Qt::Key_Return);
        QTRY_VERIFY(scanField->isVisible());
        QVERIFY(store.till().shifts().current().has_value());

        test::ModalAnswers answers({[](QWidget* dialog) {
                                        QCOMPARE(dialog->objectName(), QStringLiteral("handOverDialog"));
                                        child<QPushButton>(dialog, "handOverOkPushButton")->click();
                                    },
                                    [](QWidget* dialog) {
                                        QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
                                        child<QPushButton>(dialog, "exactPushButton")->click();
                                    }});
        child<QPushButton>(&window, "pickupHandOverPushButton")->click();
        QCOMPARE(answers.answered(), 2);
        const PickupOrder order = store.till().pickups().load(QStringLiteral("o-2"));
        QCOMPARE(order.status, PickupStatus::Collected);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT total FROM sales WHERE online_order_id = 'o-2'")).toLongLong(), 610);
    }

    void theTillReachesTheDeskAndEveryControlIsNamed()
    {
        test::TestStore store;
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100.00")));
        window.findChild<QAction*>(QStringLiteral("pickupDeskAction"))->trigger();
        auto* page = window.pickupPage();
        QVERIFY(QTest::qWaitFor([&] { return page->isVisible(); }));
        int controls = 0;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (w->focusPolicy() != Qt::NoFocus && w->isVisible() && w->objectName().startsWith(QLatin1String("pickup"))) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                ++controls;
            }
        }
        QCOMPARE(controls, 12); // search, filter, two tables, scan field, seven buttons
        child<QPushButton>(page, "pickupBackPushButton")->click();
        QVERIFY(window.cashierPage()->isVisible());
    }

    void anItemOutOfStockHereIsOrderedFromAnotherStore()
    {
        test::TestStore store;
        Database& db = store.till().db();
        const qint64 milk = store.till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        db.exec(QStringLiteral("INSERT INTO stock_levels(product_id, quantity) VALUES(?, 0)"
                               " ON CONFLICT(product_id) DO UPDATE SET quantity = 0"),
                {milk});
        db.exec(QStringLiteral("INSERT INTO remote_stock(store_id, sku, on_hand) VALUES('S2', 'SKU0000001', 7)"));
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QLineEdit* scanField = test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100.00"));
        QVERIFY(scanField);
        scan(scanField, kMilk);
        auto* message = child<QLabel>(&window, "messageLabel");
        QVERIFY2(message->text().contains(QLatin1String("out of stock here")), qPrintable(message->text()));

        test::ModalAnswers answers({[](QWidget* dialog) {
                                        QCOMPARE(dialog->objectName(), QStringLiteral("aisleOrderDialog"));
                                        QCOMPARE(child<QTableWidget>(dialog, "aisleStoresTable")->rowCount(), 1);
                                        child<QPushButton>(dialog, "aislePlacePushButton")->click(); // no customer yet: refused
                                        QVERIFY(!child<QLabel>(dialog, "aisleErrorLabel")->text().isEmpty());
                                        child<QLineEdit>(dialog, "aisleNameLineEdit")->setText(QStringLiteral("Ivan Petrov"));
                                        child<QLineEdit>(dialog, "aislePhoneLineEdit")->setText(QStringLiteral("+7 912 345 6789"));
                                        child<QPushButton>(dialog, "aislePlacePushButton")->click();
                                    },
                                    [](QWidget* dialog) {
                                        auto* box = qobject_cast<QMessageBox*>(dialog);
                                        QVERIFY(box);
                                        box->button(QMessageBox::Yes)->click();
                                    }});
        child<QPushButton>(&window, "otherStoresPushButton")->click();
        QCOMPARE(answers.answered(), 2);
        const QList<AisleOrder> orders = store.till().aisle().recent();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0].state, AisleOrder::State::Pending);
        QCOMPARE(orders[0].storeId, QStringLiteral("S2"));
        QVERIFY(!window.cashierPage()->hasOpenSale());
    }
};

QTEST_MAIN(TestPickupGui)
#include "tst_pickup_gui.moc"
