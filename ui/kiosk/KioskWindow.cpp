#include "KioskWindow.h"
#include "kiosk/KioskVisit.h"

#include "BackgroundSync.h"
#include "FocusKeeper.h"
#include "KioskCartPanel.h"
#include "KioskCheckoutPage.h"
#include "KioskIdleMonitor.h"
#include "KioskPinOverlay.h"
#include "KioskShopPage.h"
#include "KioskStaffMenu.h"
#include "KioskTheme.h"
#include "LanguageManager.h"
#include "PrintService.h"
#include "ScannerEventFilter.h"
#include "StoreDevices.h"
#include "StoreFormats.h"
#include "StoreHealthBanner.h"
#include "Till.h"
#include "common/DomainError.h"
#include "payment/CardTerminal.h"
#include "promotions/PromotionText.h"
#include "receipt/ReceiptLayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

KioskWindow::KioskWindow(Till& till, LanguageManager& languages, CardTerminal* terminal, BackgroundSync* sync, StoreDevices* devices,
                         QWidget* parent)
    : QWidget(parent), m_till(till), m_languages(languages), m_sync(sync), m_devices(devices),
      m_visit(new KioskVisit(till, terminal, this)), m_defaultLanguage(languages.current())
{
    setObjectName(QStringLiteral("kioskWindow"));
    StoreFormats::apply(till.settings());
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    // Staff read it; customers see the kiosk refuse to take their order.
    layout->addWidget(new StoreHealthBanner(till.db().path(), this));
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(buildAttract());

    m_shopArea = new QWidget(m_stack);
    auto* shopLayout = new QVBoxLayout(m_shopArea);
    shopLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(m_shopArea);
    m_banner->setObjectName(QStringLiteral("kioskSelfCheckoutBannerLabel"));
    m_banner->setWordWrap(true);
    shopLayout->addWidget(m_banner);
    // Side by side on a landscape screen, the order under the catalogue on a portrait one.
    m_split = new QBoxLayout(QBoxLayout::LeftToRight);
    QBoxLayout* split = m_split;
    m_shop = new KioskShopPage(till, m_shopArea);
    connect(m_shop, &KioskShopPage::addRequested, this, &KioskWindow::addProduct);
    split->addWidget(m_shop, 3);
    m_cartPanel = new KioskCartPanel(till, m_shopArea);
    connect(m_cartPanel, &KioskCartPanel::quantityRequested, this, &KioskWindow::changeQuantity);
    connect(m_cartPanel, &KioskCartPanel::removeRequested, this, &KioskWindow::removeLine);
    connect(m_cartPanel, &KioskCartPanel::suggestionChosen, this, [this](qint64 id) { addProduct(id, 1); });
    connect(m_cartPanel, &KioskCartPanel::checkoutRequested, this, &KioskWindow::checkout);
    split->addWidget(m_cartPanel, 2);
    shopLayout->addLayout(split, 1);
    m_stack->addWidget(m_shopArea);

    m_checkout = new KioskCheckoutPage(m_stack);
    connect(m_checkout, &KioskCheckoutPage::cardChosen, this, &KioskWindow::payByCard);
    connect(m_checkout, &KioskCheckoutPage::counterChosen, this, &KioskWindow::payAtCounter);
    connect(m_checkout, &KioskCheckoutPage::backRequested, this, [this] {
        m_visit->backToShop();
        showStage();
    });
    connect(m_checkout, &KioskCheckoutPage::finished, this, &KioskWindow::resetToAttract);
    m_stack->addWidget(m_checkout);

    m_staffMenu = new KioskStaffMenu(m_stack);
    connect(m_staffMenu, &KioskStaffMenu::backRequested, this, [this] {
        m_unlocked = false;
        m_visit->leaveStaffMenu();
        if (page() == Page::Attract) {
            resetToAttract();
        } else {
            showStage();
            refresh();
        }
    });
    connect(m_staffMenu, &KioskStaffMenu::selfCheckoutToggled, this, [this] {
        setSelfCheckout(!m_visit->isSelfCheckout());
        presentStaffMenu();
    });
    connect(m_staffMenu, &KioskStaffMenu::settlePaymentsRequested, this, &KioskWindow::settlePayments);
    connect(m_staffMenu, &KioskStaffMenu::testPrintRequested, this, [this] {
        try {
            m_till.printQueue().printTestPage();
            m_staffMenu->setStatus(tr("Test page sent to the printer."));
        } catch (const DomainError& e) {
            m_staffMenu->setStatus(e.message());
        }
    });
    connect(m_staffMenu, &KioskStaffMenu::syncRequested, this, [this] {
        if (m_sync)
            m_sync->syncNow();
        m_staffMenu->setStatus(m_sync ? tr("Syncing with the hub.") : tr("This kiosk is not connected to a hub."));
    });
    connect(m_staffMenu, &KioskStaffMenu::closeDayRequested, this, &KioskWindow::closeDay);
    connect(m_staffMenu, &KioskStaffMenu::exitRequested, this, [this] {
        if (!m_visit->staffMayExit())
            return;
        m_unlocked = true;
        close();
    });
    m_stack->addWidget(m_staffMenu);

    auto* footer = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("kioskMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    footer->addWidget(m_message, 1);
    m_staffButton = new QPushButton(this);
    m_staffButton->setObjectName(QStringLiteral("kioskStaffPushButton"));
    connect(m_staffButton, &QPushButton::clicked, this, [this] { askStaff(KioskVisit::StaffTask::OpenMenu); });
    footer->addWidget(m_staffButton);
    layout->addLayout(footer);

    m_pin = new KioskPinOverlay(this);
    connect(m_pin, &KioskPinOverlay::pinEntered, this, &KioskWindow::pinEntered);
    connect(m_pin, &KioskPinOverlay::cancelled, this, [this] {
        m_visit->cancelStaff();
        showStage(); // timed again
    });
    m_idleOverlay = buildIdleOverlay();

    m_idle = new KioskIdleMonitor(this);
    const int idleSeconds = till.settings().value(QStringLiteral("kiosk.idle_s"), QStringLiteral("60")).toInt();
    const int countdown = till.settings().value(QStringLiteral("kiosk.countdown_s"), QStringLiteral("20")).toInt();
    m_idle->setTimeouts(idleSeconds * 1000, countdown);
    qApp->installEventFilter(m_idle);
    connect(m_idle, &KioskIdleMonitor::countdownStarted, this, [this](int seconds) {
        m_idleLeft = seconds;
        retranslate();
        m_idleOverlay->setGeometry(rect());
        m_idleOverlay->raise();
        m_idleOverlay->show();
        m_stillHere->setFocus();
    });
    connect(m_idle, &KioskIdleMonitor::countdownTick, this, [this](int left) {
        m_idleLeft = left;
        retranslate();
    });
    connect(m_idle, &KioskIdleMonitor::resumed, m_idleOverlay, &QWidget::hide);
    connect(m_idle, &KioskIdleMonitor::timedOut, this, &KioskWindow::resetToAttract);

    connect(m_visit, &KioskVisit::paymentFinished, this, &KioskWindow::cardPaymentFinished);
    connect(m_visit, &KioskVisit::terminalMessage, m_checkout, &KioskCheckoutPage::showTerminalMessage);
    connect(m_checkout, &KioskCheckoutPage::cardCancelRequested, m_visit, &KioskVisit::cancelPayment);
    connect(m_visit, &KioskVisit::paymentFailed, this, [this](const QString& message) {
        showPaying();
        m_checkout->showFailed(message, false, false);
    });

    new FocusKeeper(this);
    m_scanner = new ScannerEventFilter(ScannerEventFilter::settingsFrom(till.settings()), this);
    qApp->installEventFilter(m_scanner);
    // Accepted even while staff are asked for their PIN: handleScan ignores it then, rather than the
    // code being typed into the PIN field.
    m_scanner->setScanAccepted([this] { return isActiveWindow(); });
    connect(m_scanner, &ScannerEventFilter::scanned, this, &KioskWindow::handleScan);
    if (m_devices)
        connect(m_devices, &StoreDevices::scanned, this, &KioskWindow::handleScan);

    setAccessible(false);
    resetToAttract();
}

KioskWindow::~KioskWindow()
{
    delete m_visit; // waits for a terminal still being asked, before the terminal goes
    qApp->removeEventFilter(m_idle);
    qApp->removeEventFilter(m_scanner);
}

QWidget* KioskWindow::buildHeader()
{
    auto* header = new QWidget(this);
    auto* rows = new QVBoxLayout(header);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    rows->addLayout(row);
    for (const QString& language : LanguageManager::available()) {
        auto* button = new QPushButton(LanguageManager::nativeName(language), header);
        button->setObjectName(QStringLiteral("kioskLanguage_%1PushButton").arg(language));
        button->setProperty("language", language);
        button->setAccessibleName(LanguageManager::nativeName(language));
        connect(button, &QPushButton::clicked, this, [this, language] { switchLanguage(language); });
        row->addWidget(button);
        m_languageButtons.append(button);
    }
    m_accessibility = new QPushButton(header);
    m_accessibility->setObjectName(QStringLiteral("kioskAccessibilityPushButton"));
    connect(m_accessibility, &QPushButton::clicked, this, [this] { setAccessible(!m_accessible); });
    row->addWidget(m_accessibility);
    m_memberLabel = new QLabel(header);
    m_memberLabel->setObjectName(QStringLiteral("kioskMemberLabel"));
    m_memberLabel->setWordWrap(true);
    m_memberLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addStretch();
    m_startOver = new QPushButton(header);
    m_startOver->setObjectName(QStringLiteral("kioskStartOverPushButton"));
    connect(m_startOver, &QPushButton::clicked, this, &KioskWindow::resetToAttract);
    row->addWidget(m_startOver);
    auto* memberRow = new QHBoxLayout;
    rows->addLayout(memberRow);
    memberRow->addWidget(m_memberLabel, 1);
    m_signOut = new QPushButton(header);
    m_signOut->setObjectName(QStringLiteral("kioskSignOutPushButton"));
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        m_visit->signOutMember();
        refresh();
    });
    memberRow->addWidget(m_signOut);
    return header;
}

QWidget* KioskWindow::buildAttract()
{
    m_attract = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_attract);
    layout->addStretch();
    m_attractTitle = new QLabel(m_attract);
    m_attractTitle->setObjectName(QStringLiteral("kioskHeadline"));
    m_attractTitle->setAlignment(Qt::AlignCenter);
    m_attractTitle->setWordWrap(true);
    layout->addWidget(m_attractTitle);
    m_attractText = new QLabel(m_attract);
    m_attractText->setObjectName(QStringLiteral("kioskAttractTextLabel"));
    m_attractText->setAlignment(Qt::AlignCenter);
    m_attractText->setWordWrap(true);
    layout->addWidget(m_attractText);
    m_start = new QPushButton(m_attract);
    m_start->setObjectName(QStringLiteral("kioskStartPushButton"));
    m_start->setProperty("primary", true);
    m_start->setMinimumHeight(140);
    connect(m_start, &QPushButton::clicked, this, &KioskWindow::startSession);
    layout->addWidget(m_start);
    layout->addStretch();
    // A customer touches the screen anywhere, not only the button, to begin.
    for (QObject* area : {static_cast<QObject*>(m_attract), static_cast<QObject*>(m_attractTitle), static_cast<QObject*>(m_attractText)})
        area->installEventFilter(this);
    return m_attract;
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    if ((event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::TouchEnd) && page() == Page::Attract &&
        (watched == m_attract || watched == m_attractTitle || watched == m_attractText)) {
        startSession();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QWidget* KioskWindow::buildIdleOverlay()
{
    auto* overlay = new QFrame(this);
    overlay->setObjectName(QStringLiteral("kioskIdleOverlay"));
    overlay->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(overlay);
    layout->setContentsMargins(120, 120, 120, 120);
    m_idleText = new QLabel(overlay);
    m_idleText->setObjectName(QStringLiteral("kioskHeadline"));
    m_idleText->setWordWrap(true);
    m_idleText->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_idleText);
    m_stillHere = new QPushButton(overlay);
    m_stillHere->setObjectName(QStringLiteral("kioskStillHerePushButton"));
    m_stillHere->setProperty("primary", true);
    connect(m_stillHere, &QPushButton::clicked, this, [this] { m_idle->poke(); });
    layout->addWidget(m_stillHere);
    m_idleStartOver = new QPushButton(overlay);
    m_idleStartOver->setObjectName(QStringLiteral("kioskIdleStartOverPushButton"));
    connect(m_idleStartOver, &QPushButton::clicked, this, &KioskWindow::resetToAttract);
    layout->addWidget(m_idleStartOver);
    overlay->hide();
    return overlay;
}

KioskWindow::Page KioskWindow::page() const
{
    switch (m_visit->stage()) {
    case KioskVisit::Stage::Shop:
        return Page::Shop;
    case KioskVisit::Stage::Checkout:
        return Page::Checkout;
    case KioskVisit::Stage::StaffMenu:
        return Page::StaffMenu;
    case KioskVisit::Stage::Attract:
        break;
    }
    return Page::Attract;
}

const Cart& KioskWindow::cart() const
{
    return m_visit->cart();
}

const std::optional<MemberSummary>& KioskWindow::member() const
{
    return m_visit->member();
}

bool KioskWindow::isSelfCheckout() const
{
    return m_visit->isSelfCheckout();
}

void KioskWindow::showStage()
{
    const Page shown = page();
    QWidget* target = shown == Page::Shop        ? m_shopArea
                      : shown == Page::Checkout  ? static_cast<QWidget*>(m_checkout)
                      : shown == Page::StaffMenu ? static_cast<QWidget*>(m_staffMenu)
                                                 : m_attract;
    // A message belongs to the page it was said on: the next page starts clean.
    if (target != m_stack->currentWidget())
        showMessage(QString());
    m_stack->setCurrentWidget(target);
    showPaying();
}

void KioskWindow::showPaying()
{
    m_staffButton->setEnabled(!m_visit->isPaying());
    m_idle->setArmed(m_visit->mayTimeOut());
    retranslate();
}

void KioskWindow::setIdleTimeouts(int idleMs, int countdownSeconds)
{
    m_idle->setTimeouts(idleMs, countdownSeconds);
}

void KioskWindow::setSelfCheckout(bool on)
{
    try {
        m_visit->setSelfCheckout(on);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    retranslate();
}

void KioskWindow::setAccessible(bool on)
{
    m_accessible = on;
    setStyleSheet(KioskTheme::styleSheet(on));
    m_shop->setLargeText(on);
    m_shop->setLanguage(m_languages.current()); // tiles measured again in the new font
    refresh();
}

void KioskWindow::switchLanguage(const QString& language)
{
    if (!m_languages.apply(language))
        return;
    m_till.sales().setLanguage(language);
    m_till.offers().setLanguage(language);
    m_shop->setLanguage(language);
    showMessage(QString()); // said in the language the customer just left
    refresh();
}

void KioskWindow::startSession()
{
    m_message->clear();
    m_shop->showCategories();
    m_visit->start();
    showStage();
    refresh();
}

void KioskWindow::resetToAttract()
{
    if (!m_visit->reset())
        return;
    m_pin->hide();
    m_idleOverlay->hide();
    if (m_languages.current() != m_defaultLanguage)
        switchLanguage(m_defaultLanguage);
    if (m_accessible)
        setAccessible(false);
    m_message->clear();
    showStage();
    refresh();
    m_start->setFocus();
}

void KioskWindow::handleScan(const QString& code)
{
    const Page before = page();
    try {
        const KioskVisit::ScanOutcome outcome = m_visit->scan(code);
        if (outcome == KioskVisit::ScanOutcome::Ignored)
            return;
        if (before == Page::Attract)
            startSession();
        if (outcome == KioskVisit::ScanOutcome::Member) {
            const MemberSummary& member = *m_visit->member();
            showMessage(member.name.isEmpty() ? tr("Welcome back! Your member prices and offers are on.")
                                              : tr("Welcome, %1! Your member prices and offers are on.").arg(member.name));
        } else {
            showMessage(QString());
        }
    } catch (const DomainError& e) {
        if (before == Page::Attract && page() != Page::Attract)
            startSession();
        showMessage(e.message(), true);
    }
    refresh();
    askPinIfNeeded();
}

void KioskWindow::addProduct(qint64 productId, qint64 quantity)
{
    try {
        m_visit->addProduct(productId, quantity);
        showMessage(QString());
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    refresh();
}

void KioskWindow::changeQuantity(int lineId, qint64 quantity)
{
    try {
        m_visit->changeQuantity(lineId, quantity);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    refresh();
    askPinIfNeeded();
}

void KioskWindow::removeLine(int lineId)
{
    try {
        m_visit->removeLine(lineId);
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    refresh();
    askPinIfNeeded();
}

QString KioskWindow::money(qint64 minor) const
{
    return ReceiptLayout::price(minor, cart().currency(), QLocale());
}

void KioskWindow::checkout()
{
    if (!m_visit->checkout())
        return;
    m_checkout->showChoice(money(cart().totals().total.minor()), m_visit->cardAvailable());
    showStage();
}

void KioskWindow::payByCard()
{
    try {
        if (m_visit->payByCard())
            showWorking();
    } catch (const DomainError& e) {
        m_checkout->showFailed(e.message(), false, e.code() != QLatin1String("kiosk.payment_open"));
    }
    askPinIfNeeded();
}

void KioskWindow::showWorking()
{
    m_checkout->showWorking(money(m_visit->payingAmount()));
    showPaying();
}

void KioskWindow::cardPaymentFinished(const KioskPaymentOutcome& outcome)
{
    showPaying();
    if (outcome.status == KioskPaymentOutcome::Status::Paid) {
        refresh();
        m_checkout->showPaid(outcome.orderNumber, outcome.sale.receiptId);
    } else if (outcome.status == KioskPaymentOutcome::Status::InDoubt) {
        m_checkout->showFailed(outcome.message, false, false); // the card may be charged: staff first
    } else {
        m_checkout->showFailed(outcome.message, m_visit->cardAvailable());
    }
}

void KioskWindow::payAtCounter()
{
    try {
        const QString total = money(cart().totals().total.minor());
        const KioskOrder order = m_visit->payAtCounter(m_languages.current());
        refresh();
        m_checkout->showTicket(order.number, order.code, total);
    } catch (const DomainError& e) {
        const bool open = e.code() == QLatin1String("kiosk.payment_open");
        m_checkout->showFailed(e.message(), !open && m_visit->cardAvailable(), !open);
    }
}

void KioskWindow::askStaff(KioskVisit::StaffTask task)
{
    m_visit->askStaff(task);
    askPinIfNeeded();
}

void KioskWindow::askPinIfNeeded()
{
    switch (m_visit->staffTask()) {
    case KioskVisit::StaffTask::None:
        return;
    case KioskVisit::StaffTask::OpenMenu:
        m_pin->ask(tr("Staff only"), tr("Enter your staff PIN to open the staff menu."));
        break;
    case KioskVisit::StaffTask::CheckAge:
        m_pin->ask(tr("Age check"), tr("Your order has an item with an age limit. A member of staff is on the way to check your ID."),
                   !m_visit->isSelfCheckout());
        break;
    case KioskVisit::StaffTask::ApproveChange:
        m_pin->ask(tr("Staff approval"), tr("A member of staff must approve taking items off a self-checkout order."));
        break;
    }
    showPaying(); // a customer waiting for staff is not idle
}

void KioskWindow::pinEntered(const QString& pin)
{
    const KioskVisit::StaffTask task = m_visit->staffTask();
    const bool wasPaying = m_visit->isPaying();
    try {
        const Session staff = m_visit->staffArrived(pin);
        m_pin->hide();
        if (task == KioskVisit::StaffTask::CheckAge)
            showMessage(tr("Age confirmed by %1.").arg(staff.name));
    } catch (const DomainError& e) {
        if (m_visit->staffTask() != KioskVisit::StaffTask::None) {
            m_pin->refuse(e.message()); // still waiting for someone who may
            return;
        }
        m_pin->hide();
        if (page() == Page::Checkout)
            m_checkout->showFailed(e.message(), false, e.code() != QLatin1String("kiosk.payment_open"));
        else
            showMessage(e.message(), true);
    }
    if (m_visit->isPaying() && !wasPaying)
        showWorking(); // the card payment the age check held back
    if (page() == Page::StaffMenu)
        presentStaffMenu();
    showStage(); // timed again
    refresh();
}

void KioskWindow::presentStaffMenu()
{
    const Session& staff = m_visit->staff();
    m_staffMenu->present(staff.name, int(staff.role) >= int(Role::Supervisor), m_visit->isSelfCheckout(), m_visit->openPayments(),
                         m_visit->cardAvailable() ? tr("Card terminal: ready.") : tr("Card terminal: not available."));
}

void KioskWindow::closeDay()
{
    try {
        const ShiftReport z = m_visit->closeDay();
        m_staffMenu->setStatus(
            tr("Day closed (Z report of shift %1): %n sale(s), %2.", nullptr, z.salesCount).arg(z.shiftId).arg(money(z.gross)));
    } catch (const DomainError& e) {
        m_staffMenu->setStatus(e.message());
    }
}

void KioskWindow::settlePayments()
{
    try {
        const int settled = m_visit->settlePayments();
        const int open = m_visit->openPayments();
        presentStaffMenu();
        m_staffMenu->setStatus(tr("%n payment(s) settled.", nullptr, settled) + QLatin1Char(' ') +
                               tr("%n still open (the terminal cannot tell yet).", nullptr, open));
    } catch (const DomainError& e) {
        m_staffMenu->setStatus(e.message());
    }
}

void KioskWindow::refresh()
{
    const bool member = m_visit->member().has_value();
    m_shop->setMember(member);
    QList<Suggestion> suggestions;
    if (!cart().isEmpty() || member)
        suggestions = m_till.offers().suggestionsFor(cart());
    m_cartPanel->display(cart(), m_languages.current(), suggestions, member);
    retranslate();
}

void KioskWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(error && !text.isEmpty() ? tr("Sorry: %1").arg(text) : text);
    m_message->setAccessibleName(m_message->text());
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    // Alt+F4, the window manager's close and anything else: only staff let the kiosk go.
    if (m_unlocked)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape || (event->key() == Qt::Key_F4 && event->modifiers() & Qt::AltModifier)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_pin->setGeometry(rect());
    m_idleOverlay->setGeometry(rect());
    const bool portrait = height() > width();
    m_split->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_split->setStretch(0, portrait ? 3 : 3);
    m_split->setStretch(1, portrait ? 2 : 2);
}

QString KioskWindow::todaysOffers() const
{
    QStringList offers;
    const QDateTime now = m_till.clock().nowUtc();
    const QLocale locale; // the store's
    for (const Promotion& p : m_till.promotions().all())
        if (p.isActive(now, m_till.settings().localTime(now).time(), false) && offers.size() < 4)
            offers.append(QStringLiteral("%1: %2").arg(p.name, PromotionText::describe(p, m_till.settings().currency(), locale)));
    return offers.join(QLatin1Char('\n'));
}

void KioskWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (page() == Page::Attract)
        m_start->setFocus();
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("OmniTill kiosk"));
    for (QPushButton* button : m_languageButtons) {
        const QString language = button->property("language").toString();
        const bool current = language == m_languages.current();
        button->setText((current ? QStringLiteral("✓ ") : QString()) + LanguageManager::nativeName(language));
        button->setAccessibleDescription(current ? tr("Current language") : tr("Show the kiosk in this language"));
    }
    m_accessibility->setText(m_accessible ? tr("Aa Standard view") : tr("Aa+ Larger text"));
    m_accessibility->setAccessibleName(m_accessible ? tr("Accessibility mode is on: switch to the standard view")
                                                    : tr("Switch on larger text and high contrast"));
    const std::optional<MemberSummary>& member = m_visit->member();
    m_memberLabel->setText(member ? tr("Member: %1 — %Ln points", nullptr, member->pointsBalance)
                                        .arg(!member->name.isEmpty()       ? member->name
                                             : !member->cardCode.isEmpty() ? member->cardCode
                                                                           : tr("signed in"))
                                  : tr("Members: show your app's QR code to the scanner"));
    m_memberLabel->setAccessibleName(m_memberLabel->text());
    m_signOut->setText(tr("Sign out"));
    m_signOut->setVisible(member.has_value());
    m_startOver->setText(tr("Start over"));
    m_startOver->setAccessibleDescription(tr("Empties the order and returns to the welcome screen"));
    m_startOver->setVisible(page() != Page::Attract && page() != Page::StaffMenu && !m_visit->isPaying());
    m_attractTitle->setText(m_visit->isSelfCheckout() ? tr("Scan your first item to start") : tr("Welcome! Order here"));
    const QString offers = page() == Page::Attract ? todaysOffers() : QString();
    m_attractText->setText(offers.isEmpty() ? tr("Touch the screen to start. Choose your language at the top.")
                                            : tr("Today's offers:") + QLatin1Char('\n') + offers);
    m_start->setText(m_visit->isSelfCheckout() ? tr("Touch here to start scanning") : tr("Touch here to start your order"));
    m_start->setAccessibleDescription(tr("Opens the catalogue"));
    m_banner->setText(tr("Self-checkout: scan each item's barcode. Items without a barcode: search or browse."));
    m_banner->setVisible(m_visit->isSelfCheckout());
    m_staffButton->setText(tr("Staff"));
    m_staffButton->setAccessibleName(tr("Staff menu (staff PIN needed)"));
    m_idleText->setText(tr("Are you still there?\nYour order will be cleared in %n second(s).", nullptr, m_idleLeft));
    m_idleText->setAccessibleName(m_idleText->text());
    m_stillHere->setText(tr("Yes, I'm still here"));
    m_idleStartOver->setText(tr("Start over"));
}

} // namespace omnitill::ui
