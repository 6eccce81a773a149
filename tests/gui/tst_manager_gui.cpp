// The manager's console driven as staff do: a blind stock count by scanning, closed to see the
// variances and approved with a manager's PIN into the stock; the console reached from the till
// with a manager's PIN; a replenishment request filled from the suggestions and sent.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ManagerPage.h"
#include "ModalAnswers.h"
#include "ReportsTab.h"
#include "TestStore.h"
#include "WidgetLookup.h"
#include "stock/StockLedger.h"
#include "store/StoreHealth.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace omnitill;
using test::child;

namespace {
const QString kMilk = QStringLiteral("4000000000013");
const QString kBread = QStringLiteral("4000000000020");

bool logIn(QWidget* window, const QString& pin)
{
    auto* pinField = child<QLineEdit>(window, "pinLineEdit");
    test::type(pinField, pin);
    QTest::keyClick(pinField, Qt::Key_Return);
    return QTest::qWaitFor([&] { return child<ui::ManagerPage>(window, "managerPage")->isVisible(); });
}

QString cellText(QTableWidget* table, const QString& sku, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == sku)
            return table->item(row, column)->text();
    }
    return QStringLiteral("(no row for %1)").arg(sku);
}
} // namespace

class TestManagerGui : public QObject
{
    Q_OBJECT

private slots:
    void aBlindCountByScanningIsApprovedIntoTheStock()
    {
        test::TestStore store(20);
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages, nullptr, nullptr, ui::MainWindow::Mode::Manager);
        window.show();
        // Anyone may count: a cashier logs in and goes to the Count tab.
        QVERIFY(logIn(&window, QStringLiteral("1111")));
        auto* tabs = child<QTabWidget>(&window, "managerTabWidget");
        tabs->setCurrentWidget(child<QWidget>(&window, "stockCountTab"));
        auto* scanField = child<QLineEdit>(&window, "countScanLineEdit");
        auto* lines = child<QTableWidget>(&window, "countLinesTable");
        auto* message = child<QLabel>(&window, "countMessageLabel");
        QVERIFY(!scanField->isEnabled());

        child<QCheckBox>(&window, "countBlindCheckBox")->setChecked(true);
        child<QPushButton>(&window, "countStartPushButton")->click();
        QVERIFY(scanField->isEnabled());
        for (int i = 0; i < 3; ++i)
            test::scan(scanField, kMilk);
        test::scan(scanField, kBread);
        test::scan(scanField, QStringLiteral("4000000000999")); // not a product: refused, nothing counted
        QVERIFY2(!message->text().isEmpty() && message->accessibleDescription() == QLatin1String("Error"), qPrintable(message->text()));
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(cellText(lines, QStringLiteral("SKU0000001"), 2), QStringLiteral("3"));
        // Blind: the counters do not see what the ledger expects.
        QCOMPARE(cellText(lines, QStringLiteral("SKU0000001"), 3), QStringLiteral("hidden"));

        const qint64 milk = store.till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        StockLedger ledger(store.till().db(), store.clock());
        const qint64 before = ledger.onHand(milk);
        child<QPushButton>(&window, "countClosePushButton")->click();
        QCOMPARE(cellText(lines, QStringLiteral("SKU0000001"), 3), QString::number(before));
        QCOMPARE(cellText(lines, QStringLiteral("SKU0000001"), 4), QString::number(3 - before));
        QVERIFY(child<QLabel>(&window, "countSummaryLabel")->text().contains(QLatin1String("2 with a variance")));

        // The cashier cannot approve: what it is worth is said first, then the manager's PIN is asked for.
        test::ModalAnswers answers({[](QWidget* box) {
                                        QVERIFY2(qobject_cast<QMessageBox*>(box)->text().contains(QLatin1String("at cost")),
                                                 qPrintable(qobject_cast<QMessageBox*>(box)->text()));
                                        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
                                    },
                                    [](QWidget* dialog) {
                                        QCOMPARE(dialog->objectName(), QStringLiteral("approvalDialog"));
                                        child<QLineEdit>(dialog, "approvalPinLineEdit")->setText(QStringLiteral("3333"));
                                        QTest::keyClick(child<QLineEdit>(dialog, "approvalPinLineEdit"), Qt::Key_Return);
                                    }});
        child<QPushButton>(&window, "countApprovePushButton")->click();
        QTRY_COMPARE(answers.answered(), 2);
        QVERIFY2(message->text().contains(QLatin1String("2 product(s) adjusted")), qPrintable(message->text()));
        QCOMPARE(ledger.onHand(milk), 3);
        QVERIFY(ledger.inconsistent().isEmpty());
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'stock.counted'")).toInt(), 1);
        QCOMPARE(lines->rowCount(), 0);
        QVERIFY(child<QPushButton>(&window, "countStartPushButton")->isEnabled());

        // A cashier sees no costs, stock value, requests or reports; the manager does.
        for (const char* name : {"stockTab", "stockRequestsTab", "reportsTab"})
            QVERIFY2(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(&window, name))), name);
        QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>(&window, "stockCountTab"))));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(logIn(&window, QStringLiteral("3333")));
        for (const char* name : {"stockTab", "stockRequestsTab", "reportsTab"})
            QVERIFY2(tabs->isTabVisible(tabs->indexOf(child<QWidget>(&window, name))), name);

        // The stock tab shows the new figure and the count among the movements.
        tabs->setCurrentWidget(child<QWidget>(&window, "stockTab"));
        child<QLineEdit>(&window, "stockSearchLineEdit")->setText(QStringLiteral("SKU0000001"));
        auto* products = child<QTableWidget>(&window, "stockProductsTable");
        QCOMPARE(products->rowCount(), 1);
        QCOMPARE(products->item(0, 2)->text(), QStringLiteral("3"));
        products->selectRow(0);
        auto* history = child<QTableWidget>(&window, "stockHistoryTable");
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Stock count"));

        // The stock's value by category, as a table and a chart, exported as CSV.
        tabs->setCurrentWidget(child<QWidget>(&window, "reportsTab"));
        auto* kind = child<QComboBox>(&window, "reportKindComboBox");
        kind->setCurrentIndex(kind->count() - 1);
        auto* report = child<QTableWidget>(&window, "reportTable");
        QVERIFY(report->rowCount() > 0);
        QVERIFY(!child<QWidget>(&window, "reportChart")->accessibleDescription().isEmpty());
        auto* reports = child<ui::ReportsTab>(&window, "reportsTab");
        QTemporaryDir dir;
        QCOMPARE(reports->exportCsv(dir.filePath(QStringLiteral("stock.csv"))), QString());
        QFile csv(dir.filePath(QStringLiteral("stock.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("Key,Category,Products,"));
        QVERIFY(!reports->exportCsv(dir.path()).isEmpty()); // a folder is not a file: said, not crashed
    }

    // A damaged store refuses writes, and reading a report first folds in the receipts since the
    // last one: the reports tab says why it has no figures, the console stays up.
    void reportsOnADamagedStoreSayWhyInsteadOfShowingFiguresThatLeaveSalesOut()
    {
        test::TestStore store(20);
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages, nullptr, nullptr, ui::MainWindow::Mode::Manager);
        window.show();
        QVERIFY(logIn(&window, QStringLiteral("3333")));
        // Sold after the console read its reports: not folded in yet.
        const Session cashier = store.openShift();
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, kMilk);
        Payment cash(cart.totals().total.minor());
        cash.addExactCash();
        store.till().sales().complete(cashier, cart, cash);
        StoreHealth::markDamaged(store.path(), QStringLiteral("database disk image is malformed"));
        auto* tabs = child<QTabWidget>(&window, "managerTabWidget");
        tabs->setCurrentWidget(child<QWidget>(&window, "reportsTab"));
        auto* kind = child<QComboBox>(&window, "reportKindComboBox");
        kind->setCurrentIndex(1); // by category
        auto* message = child<QLabel>(&window, "reportMessageLabel");
        const QString said = message->text();
        StoreHealth::forget(store.path());
        QVERIFY2(said.contains(store.path()) || said.contains(QFileInfo(store.path()).absoluteFilePath()), qPrintable(said));
        QCOMPARE(child<QTableWidget>(&window, "reportTable")->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&window, "reportExportPushButton")->isEnabled());
        // Once the store is sound again the same report shows the sale.
        kind->setCurrentIndex(2); // by channel
        QCOMPARE(child<QTableWidget>(&window, "reportTable")->rowCount(), 1);
    }

    void theTillOpensTheConsoleWithAManagersPinAndARequestIsSent()
    {
        test::TestStore store(20);
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(test::logInAndOpenShift(&window, QStringLiteral("1111"), QStringLiteral("100.00")));
        test::ModalAnswers answers({[](QWidget* dialog) {
            child<QLineEdit>(dialog, "approvalPinLineEdit")->setText(QStringLiteral("3333"));
            QTest::keyClick(child<QLineEdit>(dialog, "approvalPinLineEdit"), Qt::Key_Return);
        }});
        window.findChild<QAction*>(QStringLiteral("managerConsoleAction"))->trigger();
        QCOMPARE(answers.answered(), 1);
        QVERIFY(window.managerPage()->isVisible());

        // A rule makes the planner suggest milk; the manager adds bread by scanning and sends it.
        ReorderRule rule;
        rule.min = 150;
        rule.max = 160;
        const qint64 milk = store.till().catalog().findByCodes({QStringLiteral("0") + kMilk})->id;
        store.till().planner().setRule(store.manager(), milk, rule);
        child<QTabWidget>(&window, "managerTabWidget")->setCurrentWidget(child<QWidget>(&window, "stockRequestsTab"));
        child<QPushButton>(&window, "requestSuggestPushButton")->click();
        auto* newLines = child<QTableWidget>(&window, "requestLinesTable");
        QCOMPARE(newLines->rowCount(), 1);
        QCOMPARE(newLines->item(0, 5)->text(), QStringLiteral("60"));
        newLines->item(0, 5)->setText(QStringLiteral("48"));
        test::scan(child<QLineEdit>(&window, "requestScanLineEdit"), kBread);
        QCOMPARE(newLines->rowCount(), 2);
        newLines->item(1, 5)->setText(QStringLiteral("x"));
        child<QPushButton>(&window, "requestSubmitPushButton")->click();
        auto* message = child<QLabel>(&window, "requestMessageLabel");
        QVERIFY2(message->text().contains(QLatin1String("whole quantity")), qPrintable(message->text()));
        newLines->item(1, 5)->setText(QStringLiteral("12"));
        child<QPushButton>(&window, "requestSubmitPushButton")->click();
        QVERIFY2(message->text().contains(QLatin1String("on its way")), qPrintable(message->text()));
        QCOMPARE(newLines->rowCount(), 0);
        auto* requests = child<QTableWidget>(&window, "requestsTable");
        QCOMPARE(requests->rowCount(), 1);
        QCOMPARE(requests->item(0, 4)->text(), QStringLiteral("waiting to send"));
        const StockRequest sent = store.till().stockRequests().requests().value(0);
        QVERIFY2(QRegularExpression(QStringLiteral("^REQ-S1-T1-\\d{4}$")).match(sent.number).hasMatch(), qPrintable(sent.number));
        QCOMPARE(sent.lines.size(), 2);
        QCOMPARE(sent.lines[0].requested, 48);
        QCOMPARE(sent.lines[1].requested, 12);

        // A delivery nobody announced, taken in at the cost typed, with a reason.
        const qint64 bread = store.till().catalog().findByCodes({QStringLiteral("0") + kBread})->id;
        const qint64 breadBefore = StockLedger(store.till().db(), store.clock()).onHand(bread);
        // The case's GS1 label gives batch and expiry; the cost is typed.
        test::scan(child<QLineEdit>(&window, "requestScanLineEdit"), QStringLiteral("(01)04000000000020(17)261130(10)TRAY7"));
        QCOMPARE(newLines->item(0, 7)->text(), QStringLiteral("TRAY7"));
        QCOMPARE(newLines->item(0, 8)->text(), QStringLiteral("2026-11-30"));
        newLines->item(0, 5)->setText(QStringLiteral("6"));
        // The unit cost is an amount (3.47), not a count of cents (347).
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$")).match(newLines->item(0, 6)->text()).hasMatch(),
                 qPrintable(newLines->item(0, 6)->text()));
        newLines->item(0, 6)->setText(QStringLiteral("0.90"));
        test::ModalAnswers reason({[](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("baker's extra trays"));
            input->accept();
        }});
        child<QPushButton>(&window, "requestUnannouncedPushButton")->click();
        QCOMPARE(reason.answered(), 1);
        QVERIFY2(message->text().contains(QLatin1String("taken into stock")), qPrintable(message->text()));
        QCOMPARE(StockLedger(store.till().db(), store.clock()).onHand(bread), breadBefore + 6);
        QCOMPARE(store.till().receiving().averageCost(bread), 90000);
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT quantity FROM stock_batches WHERE batch = 'TRAY7' AND expiry = '2026-11-30'"))
                     .toLongLong(),
                 6);

        // Back to the till, which is the cashier's again.
        child<QPushButton>(&window, "managerBackPushButton")->click();
        QVERIFY(child<QLineEdit>(&window, "scanLineEdit")->isVisible());
    }
};

QTEST_MAIN(TestManagerGui)
#include "tst_manager_gui.moc"
