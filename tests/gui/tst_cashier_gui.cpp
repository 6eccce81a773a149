// Drives the real cashier screens offscreen, by object name, the way a cashier would.
#include "CashierPage.h"
#include "DemoStore.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "ScannerEventFilter.h"
#include "TestStore.h"
#include "WidgetLookup.h"
#include "giftcards/GiftCardNumber.h"
#include "sale/EmvQrPayload.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace omnitill;

namespace {
using test::child;

// Answers the input dialogs that open next, in order (a choice is answered by its text).
void answerInputs(QObject* context, QStringList answers)
{
    auto* timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answers]() mutable {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog || answers.isEmpty())
            return;
        dialog->setTextValue(answers.takeFirst());
        dialog->accept();
        if (answers.isEmpty())
            timer->deleteLater();
    });
    timer->start(20);
}

// A fresh store on the English cashier screen, the cashier logged in with a shift open.
struct CashierScreen
{
    test::TestStore store{50};
    ui::LanguageManager languages;
    std::unique_ptr<ui::MainWindow> window;
    QLineEdit* scanEdit = nullptr;

    bool open()
    {
        languages.apply(QStringLiteral("en"));
        window = std::make_unique<ui::MainWindow>(store.till(), languages);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        scanEdit = test::logInAndOpenShift(window.get(), QStringLiteral("1111"), QStringLiteral("100"));
        return scanEdit != nullptr;
    }
};

using test::scan;
} // namespace

class TestCashierGui : public QObject
{
    Q_OBJECT

    // Two milk sold through the screen, paid exactly in cash; returns the receipt's QR text.
    QString sellTwoMilk(CashierScreen& screen)
    {
        auto* table = child<QTableView>(screen.window.get(), "cartTableView");
        scan(screen.scanEdit, QStringLiteral("4000000000013"));
        scan(screen.scanEdit, QStringLiteral("4000000000013"));
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }))
            return {};
        QTimer::singleShot(0, this, [&] { child<QPushButton>(QApplication::activeModalWidget(), "exactPushButton")->click(); });
        child<QPushButton>(screen.window.get(), "payPushButton")->click();
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() == 0; }))
            return {};
        const QString receiptId = screen.store.till().db().scalar(QStringLiteral("SELECT receipt_id FROM sales")).toString();
        return screen.store.till().receipts().byReceiptId(receiptId).qrText;
    }

private slots:
    // Training mode from the till's menu, as a cashier would: a manager's PIN in the approval dialog
    // starts it, and the journal signs who approved it; switching it off, and logging out while in
    // it, sign its end.
    void trainingModeIsApprovedAndJournaled()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        Till& till = screen.store.till();
        auto* training = screen.window->findChild<QAction*>(QStringLiteral("trainingModeAction"));
        QVERIFY(training);
        const qint64 before = Journal::headSeq(till.db());
        test::ModalAnswers manager({[](QWidget* dialog) {
            child<QLineEdit>(dialog, "approvalPinLineEdit")->setText(QStringLiteral("3333"));
            qobject_cast<QDialog*>(dialog)->accept();
        }});
        training->setChecked(true);
        QTRY_COMPARE(manager.answered(), 1);
        QTRY_COMPARE(Journal::headSeq(till.db()), before + 2);
        QCOMPARE(till.journal().entry(before + 1)->type, QStringLiteral("approval"));
        QCOMPARE(till.journal().entry(before + 2)->type, QStringLiteral("training_start"));
        QVERIFY(training->isChecked());

        training->setChecked(false); // ending it needs nobody
        QCOMPARE(till.journal().entry(before + 3)->type, QStringLiteral("training_end"));

        test::ModalAnswers again({[](QWidget* dialog) {
            child<QLineEdit>(dialog, "approvalPinLineEdit")->setText(QStringLiteral("3333"));
            qobject_cast<QDialog*>(dialog)->accept();
        }});
        training->setChecked(true);
        QTRY_COMPARE(Journal::headSeq(till.db()), before + 5);
        screen.window->findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
        QCOMPARE(till.journal().entry(before + 6)->type, QStringLiteral("training_end"));
        QVERIFY(!training->isChecked());
    }

    void sellWithScannerSplitPaymentAndFindEverything()
    {
        test::TestStore store(50);
        ui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        // A printer that is not there: the receipt waits in the queue, the one way receipts go out.
        store.till().settings().setValue(QStringLiteral("printer.address"), QStringLiteral("tcp://127.0.0.1:9"));
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* pin = child<QLineEdit>(&window, "pinLineEdit");
        QVERIFY(pin);
        QTRY_VERIFY(pin->hasFocus());
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        auto* floatEdit = child<QLineEdit>(&window, "floatLineEdit");
        QTRY_VERIFY(floatEdit->isVisible());
        test::type(floatEdit, QStringLiteral("100"));
        QTest::keyClick(floatEdit, Qt::Key_Return);
        auto* scanEdit = child<QLineEdit>(&window, "scanLineEdit");
        QTRY_VERIFY(scanEdit->isVisible());
        QTRY_VERIFY(scanEdit->hasFocus());
        QVERIFY(store.till().shifts().current().has_value());

        scan(scanEdit, QStringLiteral("4000000000013"));
        scan(scanEdit, QStringLiteral("4000000000020"));
        scan(scanEdit, DemoStore::weightLabel(1, 750)); // 0.750 kg of bananas
        auto* table = child<QTableView>(&window, "cartTableView");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QVERIFY(scanEdit->text().isEmpty()); // the scans did not land as text
        QCOMPARE(table->model()->index(2, 1).data().toString(), QStringLiteral("0,750 kg"));

        // 5.78 + 3.05 + 0.750 kg x 1.99 = 1.4925 -> 1.49
        const qint64 due = 578 + 305 + 149;
        QTRY_COMPARE(child<QLabel>(&window, "totalLabel")->text(), QStringLiteral("10,32\u00a0\u20ac"));
        bool dialogHandled = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
            auto* amount = child<QLineEdit>(dialog, "amountLineEdit");
            amount->setText(QStringLiteral("5"));
            child<QPushButton>(dialog, "cashPushButton")->click();
            child<QLineEdit>(dialog, "approvalLineEdit")->setText(QStringLiteral("AB12"));
            child<QLineEdit>(dialog, "last4LineEdit")->setText(QStringLiteral("4242"));
            child<QPushButton>(dialog, "cardPushButton")->click(); // the rest on the card
            dialogHandled = true;
        });
        child<QPushButton>(&window, "payPushButton")->click();
        QVERIFY(dialogHandled);
        QTRY_COMPARE(table->model()->rowCount(), 0);

        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT total FROM sales")).toLongLong(), due);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sale_lines")).toInt(), 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM sale_tenders WHERE kind = 'cash'")).toLongLong(), 500);
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM sale_tenders WHERE kind = 'card'")).toLongLong(), due - 500);
        QCOMPARE(db.scalar(QStringLiteral("SELECT card_last4 FROM sale_tenders WHERE kind = 'card'")).toString(), QStringLiteral("4242"));
        const QString receiptId = db.scalar(QStringLiteral("SELECT receipt_id FROM sales")).toString();
        QCOMPARE(db.scalar(QStringLiteral("SELECT event_type FROM journal WHERE reference = ?"), {receiptId}).toString(),
                 QStringLiteral("sale"));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT group_concat(kind || ':' || state, ',') FROM print_jobs WHERE reference = ?"), {receiptId})
                .toString(),
            QStringLiteral("receipt:queued,drawer:queued")); // and the drawer opens once, for the cash
        QVERIFY(!child<QLabel>(&window, "receiptPreviewLabel")->pixmap().isNull());
        QVERIFY(child<QLabel>(&window, "messageLabel")->text().contains(receiptId));
    }

    // A scanner fires into the float prompt: nothing is opened, and a typed float far above the
    // usual one is asked about before the shift opens with it.
    void aScanAtTheFloatPromptIsRefusedAndALargeFloatConfirmed()
    {
        test::TestStore store(20);
        ui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pin = child<QLineEdit>(&window, "pinLineEdit");
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        auto* floatEdit = child<QLineEdit>(&window, "floatLineEdit");
        QTRY_VERIFY(floatEdit->isVisible());
        QTRY_VERIFY(floatEdit->hasFocus());
        scan(floatEdit, QStringLiteral("4000000000013"));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("barcode")));
        QVERIFY(!store.till().shifts().current());
        QCOMPARE(floatEdit->text(), QString());

        // 3.000,00 (the Berlin store writes it so) typed: asked, declined, nothing opened; then confirmed.
        test::ModalAnswers no({[](QWidget* box) {
            QVERIFY(qobject_cast<QMessageBox*>(box)->text().contains(QStringLiteral("3.000,00")));
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::No)->click();
        }});
        test::type(floatEdit, QStringLiteral("3000"));
        QTest::keyClick(floatEdit, Qt::Key_Return);
        QTRY_COMPARE(no.answered(), 1);
        QVERIFY(!store.till().shifts().current());
        test::ModalAnswers yes({[](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); }});
        QTest::keyClick(floatEdit, Qt::Key_Return);
        QTRY_COMPARE(yes.answered(), 1);
        QTRY_VERIFY(store.till().shifts().current().has_value());
        QCOMPARE(store.till().shifts().current()->openingFloat, 300000);
    }

    void typingIsNotAScanAndSearchesByName()
    {
        test::TestStore store(50);
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        store.openShift();
        QLineEdit* scanEdit = test::logInAndOpenShift(&window, QStringLiteral("1111"), {});
        QVERIFY(scanEdit);
        // a person types slower than the scanner threshold; the test keeps the time
        test::ManualTimers timers;
        auto* scanner = window.findChild<ui::ScannerEventFilter*>();
        QVERIFY(scanner);
        scanner->useTimers(timers);
        test::type(scanEdit, QStringLiteral("whole mil"), timers, 60);
        QCOMPARE(scanEdit->text(), QStringLiteral("whole mil"));
        auto* results = child<QListWidget>(&window, "searchListWidget");
        QTRY_VERIFY(results->isVisible());
        QVERIFY(results->count() > 0);
        QVERIFY(results->item(0)->text().contains(QStringLiteral("Whole Milk")));
        QTest::keyClick(scanEdit, Qt::Key_Return);
        QTRY_COMPARE(child<QTableView>(&window, "cartTableView")->model()->rowCount(), 1);
    }

    // The keys a cashier reaches for while the scan field has the focus: Down through the search
    // results, Escape to clear them, the till's shortcuts, and the card's last four digits typed
    // after a click anywhere in their field.
    void keysWorkWhereTheCashierIs()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        QWidget* window = screen.window.get();
        test::type(screen.scanEdit, QStringLiteral("mi"));
        auto* results = child<QListWidget>(window, "searchListWidget");
        QTRY_VERIFY(results->isVisible());
        QVERIFY(results->count() > 1);
        const QString second = results->item(1)->text().section(QStringLiteral("   "), 0, 0);
        QTest::keyClick(screen.scanEdit, Qt::Key_Down);
        QCOMPARE(results->currentRow(), 1);
        QTest::keyClick(screen.scanEdit, Qt::Key_Return);
        auto* table = child<QTableView>(window, "cartTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), second);

        test::type(screen.scanEdit, QStringLiteral("bre"));
        QTRY_VERIFY(results->isVisible());
        QTest::keyClick(screen.scanEdit, Qt::Key_Escape);
        QVERIFY(!results->isVisible());
        QCOMPARE(screen.scanEdit->text(), QString());
        QVERIFY(screen.scanEdit->hasFocus());

        // Ctrl+E (return) from the scan field.
        QString opened;
        test::ModalAnswers returns({[&](QWidget* dialog) {
            opened = dialog->objectName();
            qobject_cast<QDialog*>(dialog)->reject();
        }});
        QTest::keyClick(screen.scanEdit, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(returns.answered(), 1);
        QCOMPARE(opened, QStringLiteral("returnDialog"));
        QTRY_VERIFY(window->isActiveWindow()); // the keyboard is the window's again

        // The card's last four digits, typed after a click at the field's right end.
        bool typed = false;
        test::ModalAnswers payment({[&](QWidget* dialog) {
            auto* last4 = child<QLineEdit>(dialog, "last4LineEdit");
            QTest::mouseClick(last4, Qt::LeftButton, {}, QPoint(last4->width() - 4, last4->height() / 2));
            test::type(last4, QStringLiteral("4242"));
            typed = last4->text() == QStringLiteral("4242");
            qobject_cast<QDialog*>(dialog)->reject();
        }});
        QTest::keyClick(screen.scanEdit, Qt::Key_F12);
        QTRY_COMPARE(payment.answered(), 1);
        QVERIFY(typed);
        QTRY_VERIFY(window->isActiveWindow());

        // Ctrl+Shift+Z (close the shift) from the scan field: with a sale open, the till says why not.
        QString said;
        test::ModalAnswers close({[&](QWidget* dialog) {
            said = qobject_cast<QMessageBox*>(dialog) ? qobject_cast<QMessageBox*>(dialog)->text() : dialog->objectName();
            qobject_cast<QDialog*>(dialog)->reject();
        }});
        QTest::keyClick(screen.scanEdit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(close.answered(), 1);
        QVERIFY2(said.contains(QStringLiteral("current sale")), qPrintable(said));
    }

    void approvalsAgeCheckAndQrPayment()
    {
        test::TestStore store(50);
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        store.openShift();
        QLineEdit* scanEdit = test::logInAndOpenShift(&window, QStringLiteral("1111"), {});
        QVERIFY(scanEdit);
        auto* table = child<QTableView>(&window, "cartTableView");

        // Void after subtotal: the cashier may not, a supervisor approves with a PIN.
        scan(scanEdit, QStringLiteral("4000000000013"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        child<QPushButton>(&window, "subtotalPushButton")->click();
        bool approvalAsked = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("approvalDialog"));
            child<QLineEdit>(dialog, "approvalPinLineEdit")->setText(QStringLiteral("2222"));
            static_cast<QDialog*>(dialog)->accept();
            approvalAsked = true;
        });
        child<QPushButton>(&window, "voidLinePushButton")->click();
        QVERIFY(approvalAsked);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'line_void'")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM approvals")).toString(), QStringLiteral("void_after_subtotal"));

        // An age-restricted item asks the cashier, and the answer is kept with the sale.
        // The check names the birth date to compare with the ID (18 years before today in Berlin).
        bool ageAsked = false;
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
            ageAsked = true;
        });
        scan(scanEdit, DemoStore::eanFor(3));
        QTRY_VERIFY(ageAsked);
        QVERIFY2(question.contains(QLocale().toString(QDate(2008, 11, 23), QLocale::LongFormat)), qPrintable(question));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        // Pay by a dynamic EMVCo QR that the cashier confirms.
        QString payload;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("paymentDialog"));
            child<QPushButton>(dialog, "qrPushButton")->click();
            auto* image = child<QLabel>(dialog, "qrImageLabel");
            QVERIFY(!image->pixmap().isNull());
            payload = image->toolTip();
            child<QPushButton>(dialog, "qrConfirmPushButton")->click();
        });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(EmvQrPayload::hasValidCrc(payload));
        QVERIFY(payload.contains(QStringLiteral("5303978")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM sale_tenders")).toString(), QStringLiteral("qr"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT age_confirmed_by FROM sales")).toLongLong(), store.cashier().staffId);
    }

    void memberPaysPartlyWithPoints()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        test::TestStore& store = screen.store;
        ui::MainWindow& window = *screen.window;
        QLineEdit* scanEdit = screen.scanEdit;
        auto* table = child<QTableView>(&window, "cartTableView");
        scan(scanEdit, QStringLiteral("4000000000013"));
        scan(scanEdit, QStringLiteral("4000000000020"));
        QTRY_COMPARE(table->model()->rowCount(), 2);

        // Without a member there is nothing to redeem.
        child<QPushButton>(&window, "redeemPointsPushButton")->click();
        QTRY_VERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QLatin1String("Identify the member first")));
        QCOMPARE(child<QLabel>(&window, "messageLabel")->property("role").toString(),
                 QStringLiteral("error")); // red, by window.styleSheet()
        QVERIFY(window.styleSheet().contains(QLatin1String("QLabel[role=\"error\"]")));

        // The demo member's loyalty card at the scanner: 2,500 points to spend.
        scan(scanEdit, QStringLiteral("M0001"));
        QTRY_VERIFY(child<QLabel>(&window, "memberLabel")->text().contains(QLatin1String("2500 points")));
        QCOMPARE(table->model()->rowCount(), 2); // a card is not a product

        // 8.83 due; the cashier is offered at most all of it (100 % may be paid with points).
        int offered = 0;
        QTimer::singleShot(0, this, [&] {
            auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(ask);
            offered = ask->intMaximum();
            ask->setIntValue(500);
            ask->accept();
        });
        child<QPushButton>(&window, "redeemPointsPushButton")->click();
        QCOMPARE(offered, 883);
        QTRY_VERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QLatin1String("500 points pay")));
        QCOMPARE(child<QLabel>(&window, "totalLabel")->text(), QStringLiteral("8,83\u00a0\u20ac")); // a tender: the price stays

        QStringList tenders;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("paymentDialog"));
            auto* list = child<QListWidget>(dialog, "tendersListWidget");
            for (int i = 0; i < list->count(); ++i)
                tenders.append(list->item(i)->text());
            child<QPushButton>(dialog, "exactPushButton")->click(); // the rest in cash
        });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(tenders.size(), 1);
        QVERIFY2(tenders.first().contains(QLatin1String("Points (500)")), qPrintable(tenders.first()));

        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT points FROM sale_tenders WHERE kind = 'points'")).toLongLong(), 500);
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM sale_tenders WHERE kind = 'cash'")).toLongLong(), 883 - 500);
        QCOMPARE(db.scalar(QStringLiteral("SELECT points_redeemed FROM sales")).toLongLong(), 500);
        // Gold tier (lifetime 7,500): 3.83 paid in money earns 3 x 1.5 = 5 points.
        QCOMPARE(db.scalar(QStringLiteral("SELECT points_earned FROM sales")).toLongLong(), 5);
        const QString memberId = db.scalar(QStringLiteral("SELECT id FROM members WHERE card_code = 'M0001'")).toString();
        QCOMPARE(store.till().points().account(memberId).available, 2000);
        // Only cash opens the drawer's count: the points are not cash in the till.
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM cash_movements WHERE kind = 'sale'")).toLongLong(), 883 - 500);
    }

    void giftCardSoldThenSpent()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        test::TestStore& store = screen.store;
        ui::MainWindow& window = *screen.window;
        QLineEdit* scanEdit = screen.scanEdit;
        auto* table = child<QTableView>(&window, "cartTableView");
        const QString number = GiftCardNumber::generate(GiftCardNumber::Kind::GiftCard);

        answerInputs(this, {QStringLiteral("Sell a gift card"), number, QStringLiteral("25")});
        child<QPushButton>(&window, "giftCardPushButton")->click();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTRY_COMPARE(child<QLabel>(&window, "totalLabel")->text(), QStringLiteral("25,00\u00a0\u20ac"));
        QTimer::singleShot(0, this, [&] { child<QPushButton>(QApplication::activeModalWidget(), "exactPushButton")->click(); });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);

        // The next customer pays 8.83 with the card; the rest stays on it.
        scan(scanEdit, QStringLiteral("4000000000013"));
        scan(scanEdit, QStringLiteral("4000000000020"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            child<QLineEdit>(dialog, "giftCardLineEdit")->setText(number);
            child<QPushButton>(dialog, "giftCardPushButton")->click();
        });
        child<QPushButton>(&window, "payPushButton")->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT amount FROM sale_tenders WHERE kind = 'giftcard'")).toLongLong(), 883);
        QCOMPARE(store.till().giftCards().account(number).available, 2500 - 883);

        answerInputs(this, {QStringLiteral("Card balance"), number});
        child<QPushButton>(&window, "giftCardPushButton")->click();
        QTRY_VERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QLatin1String("16,17 available")));
    }

    void aReturnIsFoundByScanningTheReceiptQr()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        test::TestStore& store = screen.store;
        ui::MainWindow& window = *screen.window;
        const QString qr = sellTwoMilk(screen);
        QVERIFY(!qr.isEmpty());
        const QString receiptId = ReturnService::receiptIdOf(qr);

        // The customer comes back with one milk; the cashier scans the receipt's QR on the sale screen.
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("returnDialog"));
            QVERIFY(child<QLabel>(dialog, "saleLabel")->text().contains(receiptId));
            auto* quantity = child<QSpinBox>(dialog, "returnQuantity0SpinBox");
            QCOMPARE(quantity->maximum(), 2);
            auto* refund = child<QPushButton>(dialog, "refundPushButton");
            QVERIFY(!refund->isEnabled()); // nothing chosen yet
            quantity->setValue(1);
            QVERIFY(child<QLabel>(dialog, "quoteLabel")->text().contains(QStringLiteral("Refund: 5,78")));
            refund->click();
            handled = true;
        });
        scan(screen.scanEdit, qr);
        QVERIFY(handled);
        QTRY_VERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QStringLiteral("Refund S1-T1-R000001")));
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT refund FROM returns WHERE original_receipt_id = ?"), {receiptId}).toLongLong(), 578);
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM cash_movements WHERE kind = 'refund'")).toLongLong(), -578);
        QVERIFY(!child<QLabel>(&window, "receiptPreviewLabel")->pixmap().isNull());
        QVERIFY(screen.scanEdit->text().isEmpty()); // the QR did not land in the scan field

        // Scanned again: only the other milk can still come back.
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QCOMPARE(child<QSpinBox>(dialog, "returnQuantity0SpinBox")->maximum(), 1);
            qobject_cast<QDialog*>(dialog)->reject();
        });
        scan(screen.scanEdit, qr);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM returns")).toInt(), 1);
    }

    void twoMilkExchangedForBreadWithMoneyBack()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        test::TestStore& store = screen.store;
        ui::MainWindow& window = *screen.window;
        auto* table = child<QTableView>(&window, "cartTableView");
        const QString qr = sellTwoMilk(screen);
        QVERIFY(!qr.isEmpty());
        const QString receiptId = ReturnService::receiptIdOf(qr);

        // The customer takes bread instead: bread in the cart, then the receipt's QR.
        scan(screen.scanEdit, QStringLiteral("4000000000020"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QCOMPARE(dialog->objectName(), QStringLiteral("returnDialog"));
            child<QSpinBox>(dialog, "returnQuantity0SpinBox")->setValue(2);
            auto* exchange = child<QPushButton>(dialog, "exchangePushButton");
            QVERIFY(exchange->isVisible() && exchange->isEnabled());
            exchange->click(); // the milk pays for the bread; the payment completes by itself
            handled = true;
        });
        scan(screen.scanEdit, qr);
        QVERIFY(handled);
        QTRY_VERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QStringLiteral("Exchange: receipt")));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        Database& db = store.till().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sales")).toInt(), 2);
        QVERIFY(!db.scalar(QStringLiteral("SELECT exchange_sale_id FROM returns")).toString().isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount FROM return_tenders WHERE kind = 'cash'")).toLongLong(), 2 * 578 - 305);
    }

    void goodsWithoutAReceiptNeedAManager()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        ui::MainWindow& window = *screen.window;
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QCOMPARE(dialog->objectName(), QStringLiteral("returnDialog"));
            child<QPushButton>(dialog, "noReceiptPushButton")->click();
            auto* code = child<QLineEdit>(dialog, "receiptLineEdit");
            code->setText(QStringLiteral("4000000000013"));
            QTest::keyClick(code, Qt::Key_Return);
            QVERIFY(child<QLabel>(dialog, "quoteLabel")->text().contains(QStringLiteral("5,78")));
            child<QLineEdit>(dialog, "reasonLineEdit")->setText(QStringLiteral("gift"));
            // The manager's PIN, asked for when the refund is pressed.
            QTimer::singleShot(0, this, [&] {
                QWidget* approval = QApplication::activeModalWidget();
                QCOMPARE(approval->objectName(), QStringLiteral("approvalDialog"));
                child<QLineEdit>(approval, "approvalPinLineEdit")->setText(QStringLiteral("3333"));
                qobject_cast<QDialog*>(approval)->accept();
            });
            child<QPushButton>(dialog, "refundPushButton")->click();
            handled = true;
        });
        child<QPushButton>(&window, "returnPushButton")->click();
        QVERIFY(handled);
        QTRY_VERIFY(child<QLabel>(&window, "messageLabel")->text().contains(QStringLiteral("on store credit 982")));
        QCOMPARE(screen.store.till().db().scalar(QStringLiteral("SELECT refund FROM returns WHERE original_sale_id IS NULL")).toLongLong(),
                 578);
    }

    void languageSwitchesAtRunTime()
    {
        test::TestStore store(20);
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* login = child<QPushButton>(&window, "loginPushButton");
        QCOMPARE(login->text(), QStringLiteral("Log in"));
        window.findChild<QAction*>(QStringLiteral("language_ru_Action"))->trigger();
        QTRY_COMPARE(login->text(), QStringLiteral("Войти"));
        auto* pin = child<QLineEdit>(&window, "pinLineEdit");
        test::type(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_COMPARE(child<QLabel>(&window, "loginErrorLabel")->text(), QStringLiteral("Неверный PIN-код")); // from core
        window.findChild<QAction*>(QStringLiteral("language_zh_CN_Action"))->trigger();
        QTRY_COMPARE(login->text(), QStringLiteral("登录"));
        QCOMPARE(child<QPushButton>(&window, "payPushButton")->text(), QStringLiteral("付款 (F12)"));
        window.findChild<QAction*>(QStringLiteral("language_en_Action"))->trigger();
        QTRY_COMPARE(login->text(), QStringLiteral("Log in"));
    }

    // The cashier switches language mid-sale: the lines, the totals panel and the quick keys follow
    // at once, not when the cart next changes.
    void aLanguageSwitchMidSaleRenamesEverything()
    {
        CashierScreen screen;
        QVERIFY(screen.open());
        QWidget* window = screen.window.get();
        scan(screen.scanEdit, QStringLiteral("4000000000013"));
        auto* table = child<QTableView>(window, "cartTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->model()->index(0, 0).data().toString().contains(QStringLiteral("Milk")));
        auto* taxes = child<QLabel>(window, "taxesLabel");
        QVERIFY2(taxes->text().contains(QStringLiteral("tax")), qPrintable(taxes->text()));
        // Money is written the Berlin store's way in every language, and the clock is the store's.
        auto* total = child<QLabel>(window, "totalLabel");
        QTRY_COMPARE(total->text(), QStringLiteral("5,78\u00a0\u20ac"));
        // The keypad's decimal key is the store's too.
        QCOMPARE(child<QPushButton>(window, "keyDotPushButton")->text(), QStringLiteral(","));
        auto* clock = child<QLabel>(window, "storeClockLabel");
        QVERIFY2(clock->text().endsWith(QLatin1String("CET")), qPrintable(clock->text()));
        const auto fitsTheScreen = [&] {
            const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
            return least.width() <= 1366 && least.height() <= 768;
        };
        QVERIFY2(fitsTheScreen(),
                 qPrintable(QStringLiteral("%1x%2").arg(window->minimumSizeHint().width()).arg(window->minimumSizeHint().height())));
        window->findChild<QAction*>(QStringLiteral("language_ru_Action"))->trigger();
        QTRY_VERIFY2(table->model()->index(0, 0).data().toString().contains(QStringLiteral("Молоко")),
                     qPrintable(table->model()->index(0, 0).data().toString()));
        QTRY_VERIFY2(taxes->text().contains(QStringLiteral("налог")), qPrintable(taxes->text()));
        auto* quickKey = window->findChild<QPushButton*>(QStringLiteral("quickKey1PushButton"));
        QVERIFY(quickKey);
        QVERIFY2(quickKey->text().contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))), qPrintable(quickKey->text()));
        window->findChild<QAction*>(QStringLiteral("language_zh_CN_Action"))->trigger();
        QTRY_VERIFY2(table->model()->index(0, 0).data().toString().contains(QStringLiteral("牛奶")),
                     qPrintable(table->model()->index(0, 0).data().toString()));
        QCOMPARE(total->text(), QStringLiteral("5,78\u00a0\u20ac"));
        QVERIFY2(clock->text().endsWith(QLatin1String("CET")), qPrintable(clock->text()));
        // Chinese labels are wider: the window still fits a 1366x768 till screen, status bar included.
        QVERIFY2(fitsTheScreen(),
                 qPrintable(QStringLiteral("%1x%2").arg(window->minimumSizeHint().width()).arg(window->minimumSizeHint().height())));
        QVERIFY(child<QLabel>(window, "syncStateLabel")->isVisible());
        // The sale goes on in the new language: the next scan is named in it too.
        scan(screen.scanEdit, QStringLiteral("4000000000020"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QVERIFY2(table->model()->index(1, 0).data().toString().contains(QStringLiteral("面包")),
                 qPrintable(table->model()->index(1, 0).data().toString()));
        window->findChild<QAction*>(QStringLiteral("language_en_Action"))->trigger();
        QTRY_VERIFY(table->model()->index(0, 0).data().toString().contains(QStringLiteral("Milk")));
    }
};

QTEST_MAIN(TestCashierGui)
#include "tst_cashier_gui.moc"
