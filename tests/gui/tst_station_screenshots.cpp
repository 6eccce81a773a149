// Renders every main screen of the till, the pickup desk and the manager's console in English,
// Russian and Chinese at 1366x768 (the till screens stores buy), as PNG files for review: in
// $OMNITILL_SCREENSHOT_DIR, or station-screenshots/ in the build directory. Fails when a screen
// needs more than the display, comes out blank, cuts a button off, or shows an internal id.
#include "DemoStore.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PickupOrders.h"
#include "ScreenCheck.h"
#include "TestStore.h"
#include "WidgetLookup.h"
#include "store/StoreHealth.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace omnitill;
using test::child;

namespace {
const QSize kScreen(1366, 768);

// What staff read on the screen: labels, buttons and the cells of every visible table.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->isVisible())
            texts.append(l->text());
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        if (b->isVisible())
            texts.append(b->text());
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel* model = view->model();
        for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                texts.append(model->index(r, c).data().toString());
    }
    return texts;
}
} // namespace

class TestStationScreenshots : public QObject
{
    Q_OBJECT

    QDir m_out;
    QStringList m_written;

    void shoot(QWidget* window, const QString& name)
    {
        QApplication::processEvents();
        const QImage image = window->grab().toImage();
        if (image.size() != kScreen) {
            QStringList wide;
            for (QWidget* w : window->findChildren<QWidget*>())
                if (w->isVisible() && !w->objectName().isEmpty() &&
                    (w->minimumSizeHint().width() > kScreen.width() / 2 || w->minimumSizeHint().height() > kScreen.height() / 4))
                    wide.append(QStringLiteral("%1 %2x%3")
                                    .arg(w->objectName())
                                    .arg(w->minimumSizeHint().width())
                                    .arg(w->minimumSizeHint().height()));
            for (QWidget* w : window->findChildren<QWidget*>())
                if ((w->isVisible() || qobject_cast<QStackedWidget*>(w->parentWidget())) && w->hasHeightForWidth() &&
                    w->heightForWidth(w->width()) > 80)
                    wide.append(QStringLiteral("%1 hfw %2")
                                    .arg(w->objectName() + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className()))
                                    .arg(w->heightForWidth(w->width())));
            QFAIL(qPrintable(QStringLiteral("%1 needs %2x%3: %4")
                                 .arg(name)
                                 .arg(image.width())
                                 .arg(image.height())
                                 .arg(wide.join(QStringLiteral(", ")))));
        }
        QVERIFY2(test::distinctColours(image) > 8, qPrintable(name + QStringLiteral(" looks blank")));
        const QStringList clashes = test::clashingMnemonics(window);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("%1: two controls share a key: %2").arg(name, clashes.join(QStringLiteral("; ")))));
        const QString cut = test::cutOffButton(window);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1: %2 is cut off").arg(name, cut)));
        for (QPushButton* b : window->findChildren<QPushButton*>())
            QVERIFY2(!b->isVisible() || b->text().isEmpty() || !b->icon().isNull() || b->sizeHint().width() <= b->width() + 2,
                     qPrintable(QStringLiteral("%1: the text of %2 (\"%3\") does not fit").arg(name, b->objectName(), b->text())));
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"));
        for (const QString& text : visibleTexts(window))
            QVERIFY2(!uuid.match(text).hasMatch(), qPrintable(QStringLiteral("%1 shows an internal id: %2").arg(name, text)));
        const QString file = m_out.filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(file), qPrintable(file));
        m_written.append(file);
    }

    static void language(ui::MainWindow& window, const QString& language)
    {
        window.findChild<QAction*>(QStringLiteral("language_%1_Action").arg(language))->trigger();
    }

private slots:
    void initTestCase()
    {
        const QString dir =
            qEnvironmentVariable("OMNITILL_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("station-screenshots")));
        QVERIFY(QDir().mkpath(dir));
        m_out = QDir(dir);
    }

    void screens_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")})
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void screens()
    {
        QFETCH(QString, lang);
        test::TestStore store(120);
        DemoStore::addDemoPromotions(store.till().promotions(), store.till().db(), store.clock());
        test::PickupOrders shop(store.till());
        shop.deliver({shop.order(QStringLiteral("o-1"), QStringLiteral("1001"),
                                 {{QStringLiteral("SKU0000001"), 2, 578}, {QStringLiteral("SKU0000002"), 1, 305}}, true),
                      shop.order(QStringLiteral("o-2"), QStringLiteral("1002"), {{QStringLiteral("SKU0000003"), 3, 199}}, false)});
        ui::LanguageManager languages;
        ui::MainWindow window(store.till(), languages);
        window.resize(kScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        language(window, lang);
        const QString tag = QStringLiteral("%1-").arg(lang);

        shoot(&window, tag + QStringLiteral("till-1-login"));
        auto* pin = child<QLineEdit>(&window, "pinLineEdit");
        test::type(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(child<QLineEdit>(&window, "floatLineEdit")->isVisible());
        shoot(&window, tag + QStringLiteral("till-2-open-shift"));
        test::type(child<QLineEdit>(&window, "floatLineEdit"), QStringLiteral("100"));
        QTest::keyClick(child<QLineEdit>(&window, "floatLineEdit"), Qt::Key_Return);
        auto* scanField = child<QLineEdit>(&window, "scanLineEdit");
        QTRY_VERIFY(scanField->isVisible());
        shoot(&window, tag + QStringLiteral("till-3-empty-sale"));
        test::scan(scanField, QStringLiteral("M0001"));
        test::scan(scanField, QStringLiteral("4000000000013"));
        test::scan(scanField, QStringLiteral("4000000000013"));
        test::scan(scanField, QStringLiteral("4000000000020"));
        test::scan(scanField, DemoStore::weightLabel(1, 750));
        QTRY_VERIFY(!window.findChild<QLabel*>(QStringLiteral("totalLabel"))->text().isEmpty());
        shoot(&window, tag + QStringLiteral("till-4-sale-with-member"));

        window.findChild<QAction*>(QStringLiteral("pickupDeskAction"))->trigger();
        QTRY_VERIFY(child<QWidget>(&window, "pickupOrdersTable")->isVisible());
        shoot(&window, tag + QStringLiteral("pickup-1-orders"));
        child<QAbstractItemView>(&window, "pickupOrdersTable")
            ->setCurrentIndex(child<QAbstractItemView>(&window, "pickupOrdersTable")->model()->index(0, 0));
        shoot(&window, tag + QStringLiteral("pickup-2-order-open"));

        // The manager's console, every tab, as a manager.
        ui::MainWindow console(store.till(), languages, nullptr, nullptr, ui::MainWindow::Mode::Manager);
        console.resize(kScreen);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        auto* managerPin = child<QLineEdit>(&console, "pinLineEdit");
        test::type(managerPin, QStringLiteral("3333"));
        QTest::keyClick(managerPin, Qt::Key_Return);
        auto* tabs = child<QTabWidget>(&console, "managerTabWidget");
        QTRY_VERIFY(tabs->isVisible());
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shoot(&console, tag + QStringLiteral("manager-%1-%2").arg(i + 1).arg(tabs->widget(i)->objectName()));
        }

        // A damaged store: the banner names the file above every page.
        StoreHealth::markDamaged(store.path(), QStringLiteral("database disk image is malformed"));
        {
            ui::MainWindow damaged(store.till(), languages);
            damaged.resize(kScreen);
            damaged.show();
            QVERIFY(QTest::qWaitForWindowExposed(&damaged));
            QVERIFY(child<QLabel>(&damaged, "storeHealthBanner")->isVisible());
            shoot(&damaged, tag + QStringLiteral("till-5-store-damaged"));
        }
        StoreHealth::forget(store.path());
    }

    void cleanupTestCase() { qInfo("%lld screenshots in %s", qint64(m_written.size()), qPrintable(m_out.absolutePath())); }
};

QTEST_MAIN(TestStationScreenshots)
#include "tst_station_screenshots.moc"
