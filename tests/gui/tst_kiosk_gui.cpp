// The self-order kiosk driven as customers and staff use it (offscreen): browse, search with the
// on-screen keyboard, change quantities, pay at the counter, and the till loads the order from the
// ticket's QR; inactivity clears everything; the window cannot be closed without a staff PIN;
// self-checkout pauses for an age check and pays by card; every control has an accessible name.
#include "BarcodeImageDecoder.h"
#include "CashierPage.h"
#include "DemoStore.h"
#include "KioskCheckoutPage.h"
#include "KioskIdleMonitor.h"
#include "KioskShopPage.h"
#include "KioskWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ManualTimers.h"
#include "TestStore.h"
#include "WedgeScanner.h"
#include "WidgetLookup.h"
#include "ZvtStandIn.h"
#include "ZvtTestTerminal.h"
#include "crypto/HubToken.h"
#include "crypto/Signer.h"
#include "payment/SimulatedCardTerminal.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>

using namespace omnitill;
using test::child;

namespace {
const QString kMilk = QStringLiteral("4000000000013");

QPushButton* button(QWidget* root, const QString& name)
{
    return child<QPushButton>(root, qPrintable(name));
}

// Touches a key of the on-screen keyboard by its label.
bool touchKey(QWidget* root, const QString& key)
{
    for (QPushButton* b : child<QWidget>(root, "onScreenKeyboard")->findChildren<QPushButton*>())
        if (b->accessibleName() == key && b->isVisible()) {
            b->click();
            return true;
        }
    return false;
}

QString wineBarcode(Till& till)
{
    return till.db()
        .scalar(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                               " WHERE p.age_restricted = 1 AND p.unit = 'piece' ORDER BY p.id LIMIT 1"))
        .toString();
}

QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const auto check = [&](QWidget* w) {
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    };
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        check(b);
    for (QLineEdit* e : root->findChildren<QLineEdit*>())
        check(e);
    return unnamed;
}
} // namespace

class TestKioskGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { QAccessible::setActive(true); }

    void anOrderIsPaidAtTheCounterAndTheTillLoadsItsQr()
    {
        test::TestStore kioskStore(60);
        DemoStore::addDemoPromotions(kioskStore.till().promotions(), kioskStore.till().db(), kioskStore.clock());
        ui::LanguageManager languages;
        QString code;
        qint64 total = 0;
        {
            ui::KioskWindow kiosk(kioskStore.till(), languages);
            kiosk.resize(1920, 1080);
            kiosk.show();
            test::WedgeScanner scanner(&kiosk);
            QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Attract);
            button(&kiosk, QStringLiteral("kioskStartPushButton"))->click();
            QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Shop);

            // Browse: the dairy category, milk, two of them.
            const qint64 milk = kioskStore.till().catalog().idForSku(QStringLiteral("SKU0000001"));
            const qint64 dairy = kioskStore.till().catalog().findById(milk)->categoryId;
            button(&kiosk, QStringLiteral("kioskCategory%1PushButton").arg(dairy))->click();
            button(&kiosk, QStringLiteral("kioskProduct%1PushButton").arg(milk))->click();
            auto* details = child<QLabel>(&kiosk, "kioskDetailsTextLabel");
            QVERIFY2(details->text().contains(QLatin1String("10 % off")), qPrintable(details->text())); // the offer, explained
            button(&kiosk, QStringLiteral("kioskDetailsPlusPushButton"))->click();
            button(&kiosk, QStringLiteral("kioskDetailsAddPushButton"))->click();
            QCOMPARE(kiosk.cart().lines().size(), 1);
            QCOMPARE(kiosk.cart().lines()[0].quantity, 2);
            auto* promotions = child<QLabel>(&kiosk, "kioskPromotionsLabel");
            QVERIFY2(promotions->text().contains(QLatin1String("Dairy -10%")) && promotions->text().contains(QLatin1String("10 % off")),
                     qPrintable(promotions->text()));

            // Search with the on-screen keyboard: "bread".
            button(&kiosk, QStringLiteral("kioskProductsBackPushButton"))->click();
            button(&kiosk, QStringLiteral("kioskSearchPushButton"))->click();
            for (const QString& key :
                 {QStringLiteral("B"), QStringLiteral("R"), QStringLiteral("E"), QStringLiteral("A"), QStringLiteral("D")})
                QVERIFY2(touchKey(&kiosk, key), qPrintable(key));
            QCOMPARE(child<QLineEdit>(&kiosk, "kioskSearchLineEdit")->text(), QStringLiteral("bread"));
            // Digits are on the letters' layout itself (a size, a product number).
            QVERIFY(touchKey(&kiosk, QStringLiteral("2")));
            QCOMPARE(child<QLineEdit>(&kiosk, "kioskSearchLineEdit")->text(), QStringLiteral("bread2"));
            child<QPushButton>(&kiosk, "keyboardBackPushButton")->click();
            QCOMPARE(child<QLineEdit>(&kiosk, "kioskSearchLineEdit")->text(), QStringLiteral("bread"));
            const qint64 bread = kioskStore.till().catalog().idForSku(QStringLiteral("SKU0000002"));
            QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskProduct%1PushButton").arg(bread)) != nullptr);
            button(&kiosk, QStringLiteral("kioskProduct%1PushButton").arg(bread))->click();
            button(&kiosk, QStringLiteral("kioskDetailsAddPushButton"))->click();
            QCOMPARE(kiosk.cart().lines().size(), 2);

            // The cart's steppers: one more bread, then one less.
            QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskLine1PlusPushButton")) != nullptr);
            button(&kiosk, QStringLiteral("kioskLine1PlusPushButton"))->click();
            QCOMPARE(kiosk.cart().lines()[1].quantity, 2);
            QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskLine1MinusPushButton")) != nullptr);
            button(&kiosk, QStringLiteral("kioskLine1MinusPushButton"))->click();
            QCOMPARE(kiosk.cart().lines()[1].quantity, 1);
            total = kiosk.cart().totals().total.minor();
            QCOMPARE(total, 2 * 578 - 116 + 305); // 10 % off the milk

            QVERIFY(scanner.scan(QStringLiteral("M0001"))); // the member's app at the scanner
            QVERIFY(kiosk.member().has_value());
            QCOMPARE(kiosk.cart().totals().total.minor(), total); // no member prices on these
            // No card terminal here: paying at the counter is the way.
            button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
            QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Checkout);
            QVERIFY(!button(&kiosk, QStringLiteral("kioskPayCardPushButton"))->isEnabled());
            button(&kiosk, QStringLiteral("kioskPayCounterPushButton"))->click();
            QCOMPARE(child<QLabel>(&kiosk, "kioskOrderNumberLabel")->text(), QStringLiteral("001"));
            QVERIFY(kiosk.cart().isEmpty());
            QVERIFY(!kiosk.member().has_value()); // the finished order takes the member with it
            // The QR on the screen is what the cashier scans: read it back from the picture.
            const QList<DecodedBarcode> read = BarcodeImageDecoder::decode(child<QLabel>(&kiosk, "kioskTicketQrLabel")->pixmap().toImage());
            QCOMPARE(read.size(), 1);
            code = read.first().text;
            QCOMPARE(code, kiosk.checkoutPage()->ticketCode());
            QCOMPARE(kioskStore.count(QStringLiteral("kiosk_orders")), 1);
            button(&kiosk, QStringLiteral("kioskTicketDonePushButton"))->click();
            QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Attract);
        }

        // A till of the same store scans the ticket: the order is in the sale, priced by the till.
        test::TestStore tillStore(60);
        DemoStore::addDemoPromotions(tillStore.till().promotions(), tillStore.till().db(), tillStore.clock());
        ui::MainWindow till(tillStore.till(), languages);
        till.show();
        QLineEdit* scanField = test::logInAndOpenShift(&till, QStringLiteral("1111"), QStringLiteral("100.00"));
        QVERIFY(scanField);
        test::scan(scanField, code);
        const Cart& atTill = till.cashierPage()->cart();
        QCOMPARE(atTill.lines().size(), 2);
        QCOMPARE(atTill.totals().total.minor(), total);
        QVERIFY(!atTill.kioskOrder().isEmpty());
        QVERIFY2(child<QLabel>(&till, "messageLabel")->text().contains(QLatin1String("Kiosk order 001")),
                 qPrintable(child<QLabel>(&till, "messageLabel")->text()));
    }

    // An error belongs to the page and the language it was said in; the keyboard speaks the
    // customer's alphabet.
    void aMessageDoesNotOutliveItsPageOrLanguage()
    {
        test::TestStore store(30);
        ui::LanguageManager languages;
        ui::KioskWindow kiosk(store.till(), languages);
        kiosk.resize(1080, 1920);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        kiosk.startSession();
        auto* message = child<QLabel>(&kiosk, "kioskMessageLabel");
        QVERIFY(scanner.scan(QStringLiteral("4999999999999")));
        QVERIFY2(!message->text().isEmpty(), "an unknown barcode says so");
        kiosk.switchLanguage(QStringLiteral("ru"));
        QCOMPARE(message->text(), QString());
        kiosk.shopPage()->showSearch();
        QVERIFY2(touchKey(&kiosk, QStringLiteral("Ж")), "the keyboard is Cyrillic for a Russian customer");
        QCOMPARE(child<QLineEdit>(&kiosk, "kioskSearchLineEdit")->text(), QStringLiteral("ж"));
        QVERIFY(scanner.scan(QStringLiteral("4999999999999")));
        QVERIFY(!message->text().isEmpty());
        QVERIFY(scanner.scan(QStringLiteral("4000000000013")));
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Checkout);
        QCOMPARE(message->text(), QString());
    }

    void inactivityClearsTheCartTheMemberAndTheLanguage()
    {
        test::TestStore store(40);
        ui::LanguageManager languages;
        ui::KioskWindow kiosk(store.till(), languages);
        kiosk.resize(1080, 1920);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        test::ManualTimers timers; // time passes only when the test says so
        kiosk.idleMonitor().useTimers(timers);
        kiosk.setIdleTimeouts(150, 1);
        // The member shows the app's QR (a token the hub signed) to the scanner: that starts a session.
        const std::unique_ptr<EcdsaP256Signer> hubKey = EcdsaP256Signer::generate();
        {
            Transaction tx(store.till().db());
            store.till().settings().setValue(QStringLiteral("sync.hub_public_key"), QString::fromLatin1(hubKey->publicKeyDer().toBase64()));
            tx.commit();
        }
        const QString memberId = store.till().db().scalar(QStringLiteral("SELECT id FROM members WHERE card_code = 'M0001'")).toString();
        const std::unique_ptr<EcdsaP256Signer> forger = EcdsaP256Signer::generate();
        const QDateTime now = store.clock().nowUtc();
        QVERIFY(scanner.scan(HubToken::sign(*forger, HubToken::kMember, {memberId}, now, now.addDays(7))));
        QVERIFY(!kiosk.member().has_value());
        QVERIFY(child<QLabel>(&kiosk, "kioskMessageLabel")->text().contains(QLatin1String("not genuine")));
        QVERIFY(scanner.scan(HubToken::sign(*hubKey, HubToken::kMember, {memberId}, now, now.addDays(7))));
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Shop);
        QVERIFY(kiosk.member().has_value());
        QCOMPARE(kiosk.cart().memberId(), memberId);
        QVERIFY(child<QLabel>(&kiosk, "kioskMemberLabel")->text().contains(QLatin1String("2.500")));
        // Personal suggestions: the hub's offers feed says this member likes dairy.
        const qint64 dairy = store.till().catalog().categoryOf(QStringLiteral("SKU0000001"));
        store.till().db().exec(QStringLiteral("INSERT INTO offers(key, body) VALUES(?, ?)"),
                               {QStringLiteral("member:") + memberId, QStringLiteral("{\"categories\": [%1]}").arg(dairy)});
        kiosk.switchLanguage(QStringLiteral("en")); // shows the order again
        QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskSuggestion0PushButton")) != nullptr);
        auto* suggestion = button(&kiosk, QStringLiteral("kioskSuggestion0PushButton"));
        QCOMPARE(suggestion->accessibleDescription(), QStringLiteral("Suggested for you"));
        QCOMPARE(child<QLabel>(&kiosk, "kioskSuggestionsLabel")->text(), QStringLiteral("Suggested for you"));
        suggestion->click();
        QCOMPARE(kiosk.cart().lines().size(), 1);
        QCOMPARE(store.till().catalog().findById(kiosk.cart().lines()[0].productId)->categoryId, dairy);
        kiosk.switchLanguage(QStringLiteral("en"));
        QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskLine0RemovePushButton")) != nullptr);
        button(&kiosk, QStringLiteral("kioskLine0RemovePushButton"))->click();
        QVERIFY(kiosk.cart().isEmpty());
        QVERIFY(scanner.scan(kMilk));
        kiosk.switchLanguage(QStringLiteral("ru"));
        kiosk.setAccessible(true);
        QCOMPARE(languages.current(), QStringLiteral("ru"));
        // The high-contrast theme comes from resources/styles/kiosk-accessible.qss.
        QVERIFY(kiosk.styleSheet().contains(QLatin1String("#kioskWindow { background: #000000; }")));
        auto* overlay = child<QWidget>(&kiosk, "kioskIdleOverlay");

        // "Are you still there?" — yes: everything stays.
        timers.advance(149);
        QVERIFY(!overlay->isVisible());
        timers.advance(1);
        QVERIFY(overlay->isVisible());
        button(&kiosk, QStringLiteral("kioskStillHerePushButton"))->click();
        QVERIFY(!overlay->isVisible());
        QCOMPARE(kiosk.cart().lines().size(), 1);

        // No answer: the countdown runs out and the next customer finds nothing of this one.
        timers.advance(150);
        QVERIFY(overlay->isVisible());
        timers.advance(1000);
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Attract);
        QVERIFY(!overlay->isVisible());
        QVERIFY(kiosk.cart().isEmpty());
        QVERIFY(kiosk.cart().memberId().isEmpty());
        QVERIFY(!kiosk.member().has_value());
        QCOMPARE(languages.current(), QStringLiteral("en"));
        QVERIFY(!kiosk.isAccessibleMode());
        QVERIFY(!child<QLabel>(&kiosk, "kioskMemberLabel")->text().contains(QLatin1String("2")));
        QCOMPARE(child<QLabel>(&kiosk, "kioskCartTitleLabel")->text(), QStringLiteral("Your order is empty"));
        // The attract screen itself is not timed.
        timers.advance(60000);
        QVERIFY(!overlay->isVisible());
        // A touch anywhere on it begins, not only on the button.
        QTest::mouseClick(child<QLabel>(&kiosk, "kioskAttractTextLabel"), Qt::LeftButton);
        QTRY_COMPARE(kiosk.page(), ui::KioskWindow::Page::Shop);
    }

    void theKioskCannotBeClosedWithoutAStaffPin()
    {
        test::TestStore store(20);
        ui::LanguageManager languages;
        ui::KioskWindow kiosk(store.till(), languages);
        kiosk.resize(1920, 1080);
        kiosk.show();
        QVERIFY(!kiosk.close()); // the window manager's close, Alt+F4
        QTest::keyClick(&kiosk, Qt::Key_Escape);
        QTest::keyClick(&kiosk, Qt::Key_F4, Qt::AltModifier);
        QVERIFY(kiosk.isVisible());

        auto* pin = child<QLineEdit>(&kiosk, "kioskPinLineEdit");
        button(&kiosk, QStringLiteral("kioskStaffPushButton"))->click();
        QVERIFY(pin->isVisible());
        test::type(pin, QStringLiteral("9999"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(!child<QLabel>(&kiosk, "kioskPinErrorLabel")->text().isEmpty());
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Attract);

        // A cashier reaches the staff menu but may not close the kiosk.
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::StaffMenu);
        QVERIFY(!button(&kiosk, QStringLiteral("kioskStaffExitPushButton"))->isEnabled());
        QVERIFY(!kiosk.close());
        button(&kiosk, QStringLiteral("kioskStaffSelfCheckoutPushButton"))->click();
        QVERIFY(kiosk.isSelfCheckout());
        QCOMPARE(store.till().settings().value(QStringLiteral("kiosk.self_checkout")), QStringLiteral("1"));
        button(&kiosk, QStringLiteral("kioskStaffBackPushButton"))->click();
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Attract);
        QVERIFY(!kiosk.close());

        QVERIFY(!button(&kiosk, QStringLiteral("kioskStaffCloseDayPushButton"))->isEnabled());

        // A supervisor closes the kiosk's day (a Z report; the next day's shift opens) and the kiosk.
        button(&kiosk, QStringLiteral("kioskStaffPushButton"))->click();
        test::type(pin, QStringLiteral("2222"));
        QTest::keyClick(pin, Qt::Key_Return);
        const qint64 shift = store.till().shifts().current()->id;
        button(&kiosk, QStringLiteral("kioskStaffCloseDayPushButton"))->click();
        QVERIFY2(child<QLabel>(&kiosk, "kioskStaffStatusLabel")
                     ->text()
                     .startsWith(QStringLiteral("Day closed (Z report of shift %1)").arg(shift)),
                 qPrintable(child<QLabel>(&kiosk, "kioskStaffStatusLabel")->text()));
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE event_type = 'z_report'")).toInt(), 1);
        QVERIFY(store.till().shifts().current()->id > shift);
        QVERIFY(button(&kiosk, QStringLiteral("kioskStaffExitPushButton"))->isEnabled());
        button(&kiosk, QStringLiteral("kioskStaffExitPushButton"))->click();
        QVERIFY(!kiosk.isVisible());
    }

    void selfCheckoutPausesForAnAgeCheckAndPaysByCard()
    {
        test::TestStore store(60);
        ui::LanguageManager languages;
        SimulatedCardTerminal terminal;
        ui::KioskWindow kiosk(store.till(), languages, &terminal);
        kiosk.resize(1080, 1920);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        kiosk.setSelfCheckout(true);
        QVERIFY(scanner.scan(kMilk)); // the first scan starts the session
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Shop);
        QVERIFY(scanner.scan(kMilk));
        QCOMPARE(kiosk.cart().lines()[0].quantity, 2);

        // Wine: the screen pauses until staff confirm the customer's age; the customer cannot dismiss it.
        const QString wine = wineBarcode(store.till());
        QVERIFY(!wine.isEmpty());
        QVERIFY(scanner.scan(wine));
        auto* pin = child<QLineEdit>(&kiosk, "kioskPinLineEdit");
        QVERIFY(pin->isVisible());
        QVERIFY(!button(&kiosk, QStringLiteral("kioskPinCancelPushButton"))->isVisible());
        QVERIFY(scanner.scan(kMilk)); // scans wait while staff are needed
        QCOMPARE(kiosk.cart().lines()[0].quantity, 2);
        // Waiting for staff is not being idle: the order stays however long it takes.
        test::ManualTimers timers;
        kiosk.idleMonitor().useTimers(timers);
        kiosk.setIdleTimeouts(100, 1);
        timers.advance(60000);
        QVERIFY(pin->isVisible());
        QCOMPARE(kiosk.cart().lines().size(), 2);
        kiosk.setIdleTimeouts(60000, 20);
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(!pin->isVisible());
        QVERIFY(!kiosk.cart().needsAgeConfirmation());

        // Taking a scanned item off needs staff too.
        QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskLine0MinusPushButton")) != nullptr);
        button(&kiosk, QStringLiteral("kioskLine0MinusPushButton"))->click();
        QVERIFY(pin->isVisible());
        QCOMPARE(kiosk.cart().lines()[0].quantity, 2);
        test::type(pin, QStringLiteral("2222"));
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(kiosk.cart().lines()[0].quantity, 1);
        QCOMPARE(store.till()
                     .db()
                     .scalar(QStringLiteral("SELECT reference FROM approvals WHERE approved_by ="
                                            " (SELECT id FROM staff WHERE code = '2002')"))
                     .toString(),
                 QStringLiteral("self-checkout: SKU0000001 to 1"));

        // Staff who open their menu to help hand the customer's order back as it was.
        button(&kiosk, QStringLiteral("kioskStaffPushButton"))->click();
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::StaffMenu);
        button(&kiosk, QStringLiteral("kioskStaffBackPushButton"))->click();
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Shop);
        QCOMPARE(kiosk.cart().lines().size(), 2);

        const qint64 total = kiosk.cart().totals().total.minor();
        QTRY_VERIFY(button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->isEnabled());
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        QVERIFY(button(&kiosk, QStringLiteral("kioskPayCardPushButton"))->isEnabled());
        button(&kiosk, QStringLiteral("kioskPayCardPushButton"))->click();
        QTRY_VERIFY(child<QLabel>(&kiosk, "kioskResultLabel")->text().contains(QLatin1String("is paid")));
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT total || ':' || channel FROM sales")).toString(),
                 QStringLiteral("%1:kiosk").arg(total));
        QVERIFY(store.till().db().scalar(QStringLiteral("SELECT age_confirmed_by FROM sales")).toLongLong() > 0);
        QVERIFY(kiosk.cart().isEmpty());
        button(&kiosk, QStringLiteral("kioskResultDonePushButton"))->click();
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Attract);
    }

    void theScreenStaysAliveWhileTheCustomerPays()
    {
        // A terminal that takes its time, as a customer typing a PIN does.
        struct SlowTerminal : SimulatedCardTerminal
        {
            CardResult authorize(const CardRequest& request) override
            {
                QThread::msleep(400);
                return SimulatedCardTerminal::authorize(request);
            }
        } terminal;
        test::TestStore store(30);
        ui::LanguageManager languages;
        ui::KioskWindow kiosk(store.till(), languages, &terminal);
        kiosk.resize(1920, 1080);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        kiosk.setIdleTimeouts(50, 1);
        QVERIFY(scanner.scan(kMilk));
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        button(&kiosk, QStringLiteral("kioskPayCardPushButton"))->click();
        auto* working = child<QLabel>(&kiosk, "kioskCardWorkingLabel");
        QTRY_VERIFY(working->isVisible());
        QVERIFY(working->text().contains(QLatin1String("card terminal")));
        // Meanwhile nothing can take the order away: no start over, no staff menu, no time-out, no scans.
        QVERIFY(!button(&kiosk, QStringLiteral("kioskStartOverPushButton"))->isVisible());
        QVERIFY(!button(&kiosk, QStringLiteral("kioskStaffPushButton"))->isEnabled());
        kiosk.resetToAttract();
        QVERIFY(scanner.scan(kMilk));
        QCOMPARE(kiosk.page(), ui::KioskWindow::Page::Checkout);
        QCOMPARE(kiosk.cart().lines().size(), 1);
        QCOMPARE(kiosk.cart().lines()[0].quantity, 1);
        QTRY_VERIFY(child<QLabel>(&kiosk, "kioskResultLabel")->text().contains(QLatin1String("is paid")));
        QCOMPARE(store.count(QStringLiteral("sales")), 1);
        QVERIFY(button(&kiosk, QStringLiteral("kioskStaffPushButton"))->isEnabled());
    }

    // A ZVT terminal (the stand-in, its own process) asks for the PIN: the kiosk shows what the
    // terminal asks in the language the customer chose, and the customer can give up at the
    // terminal: nothing is charged and nothing sold.
    void theTerminalSpeaksTheCustomersLanguageAndCanBeCancelled()
    {
        test::ZvtStandIn standIn;
        QVERIFY(standIn.start(QStringLiteral("pin"), false, 60000)); // the customer takes a minute over the PIN
        ZvtTerminalSettings settings = test::quickZvtSettings(standIn.address());
        settings.silenceTimeoutMs = 120000;
        ZvtTerminal terminal(settings);
        test::TestStore store(30);
        ui::LanguageManager languages;
        ui::KioskWindow kiosk(store.till(), languages, &terminal);
        kiosk.resize(1920, 1080);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        QVERIFY(scanner.scan(kMilk));
        button(&kiosk, QStringLiteral("kioskLanguage_ruPushButton"))->click();
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        button(&kiosk, QStringLiteral("kioskPayCardPushButton"))->click();
        auto* message = child<QLabel>(&kiosk, "kioskTerminalMessageLabel");
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Следуйте указаниям на платёжном терминале"), 10000);
        QVERIFY(message->isVisible());
        auto* cancel = button(&kiosk, QStringLiteral("kioskCancelCardPushButton"));
        QCOMPARE(cancel->text(), QStringLiteral("Отменить оплату картой"));
        cancel->click();
        // The terminal confirms the abort (06 1E 6C): said in Russian too.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&kiosk, "kioskResultLabel")->text().contains(QStringLiteral("Оплата отменена")), 10000);
        QCOMPARE(store.count(QStringLiteral("sales")), 0);
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT status FROM kiosk_payments")).toString(), QStringLiteral("declined"));
        QCOMPARE(standIn.log(QStringLiteral("abort")).size(), 1);
        QVERIFY(standIn.log(QStringLiteral("payment")).isEmpty());
    }

    void aCardPaymentInDoubtWaitsForStaff()
    {
        test::TestStore store(30);
        ui::LanguageManager languages;
        SimulatedCardTerminal terminal;
        ui::KioskWindow kiosk(store.till(), languages, &terminal);
        kiosk.resize(1920, 1080);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        QVERIFY(scanner.scan(kMilk));
        // The card is charged, the disk is full when the sale is written, and the reversal does not
        // get through: the money may be taken, so nothing else may happen until staff look.
        store.till().db().exec(QStringLiteral("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON sales"
                                              " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        terminal.setFault(SimulatedCardTerminal::Fault::RefuseReversal);
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        button(&kiosk, QStringLiteral("kioskPayCardPushButton"))->click();
        auto* result = child<QLabel>(&kiosk, "kioskResultLabel");
        QTRY_VERIFY(result->text().contains(QLatin1String("ask a member of staff")));
        QVERIFY(!button(&kiosk, QStringLiteral("kioskRetryCardPushButton"))->isVisible());
        QVERIFY(!button(&kiosk, QStringLiteral("kioskResultCounterPushButton"))->isVisible());
        // Not at the counter either, by another way round.
        button(&kiosk, QStringLiteral("kioskResultDonePushButton"))->click();
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        button(&kiosk, QStringLiteral("kioskPayCounterPushButton"))->click();
        QVERIFY(result->text().contains(QLatin1String("not settled")));
        QCOMPARE(store.count(QStringLiteral("kiosk_orders")), 0);

        // Staff make room and settle it: the paid order is recorded.
        store.till().db().exec(QStringLiteral("DROP TRIGGER full_disk"));
        button(&kiosk, QStringLiteral("kioskStaffPushButton"))->click();
        auto* pin = child<QLineEdit>(&kiosk, "kioskPinLineEdit");
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        auto* settle = button(&kiosk, QStringLiteral("kioskStaffSettlePushButton"));
        QVERIFY(settle->isEnabled());
        settle->click();
        QVERIFY2(child<QLabel>(&kiosk, "kioskStaffStatusLabel")->text().startsWith(QLatin1String("1 payment(s) settled")),
                 qPrintable(child<QLabel>(&kiosk, "kioskStaffStatusLabel")->text()));
        QVERIFY(!settle->isEnabled());
        QCOMPARE(store.till().db().scalar(QStringLiteral("SELECT channel FROM sales")).toString(), QStringLiteral("kiosk"));
        QCOMPARE(terminal.authorizations(), 1);
    }

    void everyControlHasAnAccessibleNameAndTheKeyboardReachesIt()
    {
        test::TestStore store(40);
        DemoStore::addDemoPromotions(store.till().promotions(), store.till().db(), store.clock());
        ui::LanguageManager languages;
        SimulatedCardTerminal terminal;
        ui::KioskWindow kiosk(store.till(), languages, &terminal);
        kiosk.resize(1920, 1080);
        kiosk.show();
        test::WedgeScanner scanner(&kiosk);
        kiosk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&kiosk));
        QStringList unnamed = unnamedControls(&kiosk);
        // Keyboard or switch: Space on the focused start button opens the catalogue.
        QVERIFY(button(&kiosk, QStringLiteral("kioskStartPushButton"))->hasFocus());
        // (The scanner filter holds typed keys back a moment to tell a scan from a person.)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(kiosk.page(), ui::KioskWindow::Page::Shop);
        unnamed += unnamedControls(&kiosk);
        QVERIFY(scanner.scan(QStringLiteral("M0001")));
        QVERIFY(scanner.scan(kMilk));
        kiosk.shopPage()->showDetails(store.till().catalog().idForSku(QStringLiteral("SKU0000001")));
        unnamed += unnamedControls(&kiosk);
        kiosk.shopPage()->showSearch();
        unnamed += unnamedControls(&kiosk);
        for (const QString& language : {QStringLiteral("ru"), QStringLiteral("zh_CN")}) {
            kiosk.switchLanguage(language);
            unnamed += unnamedControls(&kiosk);
        }
        kiosk.switchLanguage(QStringLiteral("en"));
        button(&kiosk, QStringLiteral("kioskCheckoutPushButton"))->click();
        unnamed += unnamedControls(&kiosk);
        button(&kiosk, QStringLiteral("kioskPayCounterPushButton"))->click();
        unnamed += unnamedControls(&kiosk);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Every button takes keyboard focus, so Tab (or a switch) reaches each in turn.
        for (QAbstractButton* b : kiosk.findChildren<QAbstractButton*>())
            QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(b->objectName()));
        // Accessibility mode: larger text, and the state is said in words, not only shown in colour.
        auto* toggle = button(&kiosk, QStringLiteral("kioskAccessibilityPushButton"));
        const QString before = toggle->text();
        toggle->click();
        QVERIFY(kiosk.isAccessibleMode());
        QVERIFY(toggle->text() != before);
        auto* done = button(&kiosk, QStringLiteral("kioskTicketDonePushButton"));
        done->ensurePolished();
        QCOMPARE(done->font().pixelSize(), 30);
        QVERIFY(child<QPushButton>(&kiosk, "kioskLanguage_enPushButton")->text().startsWith(QStringLiteral("✓")));
    }
};

QTEST_MAIN(TestKioskGui)
#include "tst_kiosk_gui.moc"
