#include "MainWindow.h"
#include "StoreFormats.h"
#include "Theme.h"

#include "ApprovalDialog.h"
#include "BackgroundSync.h"
#include "CashierPage.h"
#include "DeviceSettingsDialog.h"
#include "FocusKeeper.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "ManagerPage.h"
#include "PickupPage.h"
#include "PrintService.h"
#include "ScannerEventFilter.h"
#include "ShiftCloseDialog.h"
#include "ShiftOpenPage.h"
#include "StoreDevices.h"
#include "StoreHealthBanner.h"
#include "SyncConsoleDialog.h"
#include "Till.h"
#include "common/DomainError.h"
#include "money/Money.h"
#include "payment/CardTerminal.h"
#include "shift/ShiftReportText.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace omnitill::ui {

MainWindow::MainWindow(Till& till, LanguageManager& languages, BackgroundSync* sync, StoreDevices* devices, Mode mode, QWidget* parent)
    : QMainWindow(parent), m_till(till), m_languages(languages), m_sync(sync), m_devices(devices), m_mode(mode)
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(Theme::styleSheet(QStringLiteral("store")));
    StoreFormats::apply(till.settings());
    resize(QSize(1280, 760).boundedTo(screen()->availableSize()));
    m_stack = new QStackedWidget(this);
    m_login = new LoginPage(till.staff(), m_stack);
    m_shiftOpen = new ShiftOpenPage(till.shifts(), till.settings(), m_stack);
    m_cashier = new CashierPage(till, m_stack);
    m_cashier->setLanguage(languages.current());
    m_cashier->setDevices(devices);
    m_cashier->setSaleLookup(sync);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_shiftOpen);
    m_stack->addWidget(m_cashier);
    m_pickup = new PickupPage(till, m_stack);
    m_pickup->setLanguage(languages.current());
    m_pickup->setBackVisible(mode == Mode::Till);
    m_stack->addWidget(m_pickup);
    // A payment taken at the desk queued its receipt (and drawer kick) with the sale.
    connect(m_pickup, &PickupPage::shiftNeeded, this, [this] {
        m_shiftOpen->setSession(m_session);
        m_stack->setCurrentWidget(m_shiftOpen);
        m_shiftOpen->setFocus();
    });
    connect(m_pickup, &PickupPage::backRequested, this, [this] {
        m_stack->setCurrentWidget(m_cashier);
        m_cashier->setFocus();
    });
    m_manager = new ManagerPage(till, m_stack);
    m_manager->setBackVisible(mode == Mode::Till);
    m_manager->setLanguage(languages.current());
    m_stack->addWidget(m_manager);
    connect(m_manager, &ManagerPage::backRequested, this, [this] {
        m_manager->setSession(m_session);
        m_stack->setCurrentWidget(m_cashier);
        m_cashier->setFocus();
    });
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_health = new StoreHealthBanner(till.db().path(), central);
    connect(m_health, &StoreHealthBanner::damaged, this,
            [this](const QString& message) { QMessageBox::critical(this, tr("Store database damaged"), message); });
    column->addWidget(m_health);
    column->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_shiftOpen, &ShiftOpenPage::shiftOpened, this, &MainWindow::showCashier);
    connect(m_shiftOpen, &ShiftOpenPage::logoutRequested, this, &MainWindow::logout);
    connect(m_cashier, &CashierPage::statusChanged, this, &MainWindow::updateStatus);

    new FocusKeeper(this);
    m_scanner = new ScannerEventFilter({}, this);
    applyScannerSettings();
    qApp->installEventFilter(m_scanner);
    m_scanner->setScanAccepted([this] { return scanTarget() && isActiveWindow(); });
    connect(m_scanner, &ScannerEventFilter::scanned, this, &MainWindow::routeScan);
    connect(m_scanner, &ScannerEventFilter::scanRefused, this, [this](QWidget* field) {
        const QString message = tr("A barcode was scanned into an amount field and ignored: type the amount.");
        QApplication::beep();
        statusBar()->showMessage(message, 8000);
        QToolTip::showText(field->mapToGlobal(QPoint(0, field->height())), message, field);
    });
    if (m_devices) {
        // Serial and camera scans go to the cart or the pickup desk when the screen can take them.
        connect(m_devices, &StoreDevices::scanned, this, [this](const QString& code) {
            if (scanTarget())
                routeScan(code);
        });
        connect(m_devices, &StoreDevices::statusChanged, this, &MainWindow::updateStatus);
    }

    m_tillMenu = menuBar()->addMenu(QString());
    const auto addAction = [&](const char* label, const QKeySequence& key, auto slot) {
        QAction* action = m_tillMenu->addAction(QString());
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append({action, label});
        return action;
    };
    addAction(QT_TR_NOOP("X report"), Qt::Key_F11, &MainWindow::xReport);
    addAction(QT_TR_NOOP("Cash in..."), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { cashMovement(true); });
    addAction(QT_TR_NOOP("Cash out..."), QKeySequence(Qt::CTRL | Qt::Key_O), [this] { cashMovement(false); });
    addAction(QT_TR_NOOP("Open drawer (no sale)"), QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::noSale);
    addAction(QT_TR_NOOP("Close shift (Z)..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), &MainWindow::closeShift);
    m_training = addAction(QT_TR_NOOP("Training mode"), QKeySequence(Qt::CTRL | Qt::Key_T), [] {});
    m_training->setObjectName(QStringLiteral("trainingModeAction"));
    m_training->setCheckable(true);
    disconnect(m_training, &QAction::triggered, nullptr, nullptr);
    connect(m_training, &QAction::toggled, this, &MainWindow::toggleTraining);
    QAction* syncNow = addAction(QT_TR_NOOP("Sync now"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    syncNow->setEnabled(m_sync != nullptr);
    addAction(QT_TR_NOOP("Sync console..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::openSyncConsole);
    addAction(QT_TR_NOOP("Devices..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &MainWindow::openDeviceSettings);
    addAction(QT_TR_NOOP("Settle card payments"), QKeySequence(), &MainWindow::settleCardPayments)
        ->setObjectName(QStringLiteral("settleCardPaymentsAction"));
    QAction* pickupDesk = addAction(QT_TR_NOOP("Pickup desk"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        if (m_session.isValid() && m_stack->currentWidget() == m_cashier)
            showPickup();
    });
    pickupDesk->setObjectName(QStringLiteral("pickupDeskAction"));
    pickupDesk->setEnabled(mode == Mode::Till);
    QAction* console =
        addAction(QT_TR_NOOP("Manager's console..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &MainWindow::openManagerConsole);
    console->setObjectName(QStringLiteral("managerConsoleAction"));
    console->setEnabled(mode == Mode::Till);
    if (m_sync) {
        connect(m_sync, &BackgroundSync::statusChanged, this, &MainWindow::updateStatus);
        // What the hub took is no longer "waiting to send" on the manager's screens.
        connect(m_sync, &BackgroundSync::statusChanged, m_manager, &ManagerPage::syncProgressed);
        // The hub may have renamed the store or changed its limits: re-read the cached settings.
        connect(m_sync, &BackgroundSync::referenceDataApplied, this, [this] {
            m_till.settings().reload();
            StoreFormats::apply(m_till.settings());
            updateStatus();
        });
        // A finished sale goes to the hub at once when it can; otherwise it waits in the outbox.
        connect(m_cashier, &CashierPage::saleCompleted, m_sync, &BackgroundSync::syncNow);
        connect(m_cashier, &CashierPage::returnCompleted, m_sync, &BackgroundSync::syncNow);
        connect(m_pickup, &PickupPage::saleCompleted, m_sync, &BackgroundSync::syncNow);
        connect(m_cashier, &CashierPage::orderPlaced, m_sync, &BackgroundSync::syncNow);
        connect(m_manager, &ManagerPage::somethingToSync, m_sync, &BackgroundSync::syncNow);
    }
    m_tillMenu->addSeparator();
    addAction(QT_TR_NOOP("Log out"), QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::logout)
        ->setObjectName(QStringLiteral("logoutAction"));

    m_languageMenu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    for (const QString& language : LanguageManager::available()) {
        QAction* action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_%1_Action").arg(language));
        action->setCheckable(true);
        action->setChecked(language == languages.current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            m_languages.apply(language);
            m_cashier->setLanguage(language);
            m_pickup->setLanguage(language);
            m_manager->setLanguage(language);
        });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    QAction* shortcuts = m_helpMenu->addAction(QString());
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_actions.append({shortcuts, QT_TR_NOOP("Keyboard shortcuts")});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    // Long in Chinese or with many device problems: it is cut, never widens the window; the
    // whole text is its tooltip, and what matters most stays at the right, always visible.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_status, 1);
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncStateLabel"));
    statusBar()->addPermanentWidget(m_syncState);
    m_storeClock = new QLabel(this);
    m_storeClock->setObjectName(QStringLiteral("storeClockLabel"));
    statusBar()->addPermanentWidget(m_storeClock);
    auto* clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, [this] { m_storeClock->setText(StoreFormats::clock(m_till.clock().nowUtc())); });
    clockTimer->start(15000);
    m_catalogProgress = new QProgressBar(this);
    m_catalogProgress->setObjectName(QStringLiteral("catalogProgressBar"));
    m_catalogProgress->setMaximumWidth(260);
    m_catalogProgress->hide();
    statusBar()->addPermanentWidget(m_catalogProgress);
    retranslate();
    logout();
}

void MainWindow::refuse(const QString& message)
{
    QMessageBox::warning(this, tr("Not possible"), message);
    m_health->refresh();
}

void MainWindow::onLoggedIn(const Session& session)
{
    m_session = session;
    m_session.training = false;
    m_training->blockSignals(true);
    m_training->setChecked(false);
    m_training->blockSignals(false);
    m_cashier->setSession(m_session);
    m_pickup->setSession(m_session);
    m_manager->setSession(m_session);
    if (m_mode == Mode::Manager) {
        // Stock work needs no till shift: counting is anyone's, the rest the manager's.
        showManager(m_session);
    } else if (m_till.shifts().current() || m_mode == Mode::Pickup) {
        // The desk picks and hands over orders paid online without a drawer; the float is
        // counted when it first takes a payment (PickupPage::shiftNeeded).
        showCashier();
    } else {
        m_shiftOpen->setSession(m_session);
        m_stack->setCurrentWidget(m_shiftOpen);
        m_shiftOpen->setFocus();
    }
    updateStatus();
}

void MainWindow::showCashier()
{
    if (m_mode == Mode::Pickup) {
        showPickup();
        return;
    }
    m_stack->setCurrentWidget(m_cashier);
    m_cashier->setFocus();
    updateStatus();
}

void MainWindow::showPickup()
{
    m_pickup->refresh();
    m_stack->setCurrentWidget(m_pickup);
    m_pickup->setFocus();
    updateStatus();
}

void MainWindow::showManager(const Session& manager)
{
    m_manager->setSession(manager);
    m_manager->refresh();
    m_stack->setCurrentWidget(m_manager);
    m_manager->setFocus();
    updateStatus();
}

void MainWindow::openManagerConsole()
{
    if (!m_session.isValid() || m_stack->currentWidget() != m_cashier)
        return;
    if (m_session.may(Action::StockManage)) {
        showManager(m_session);
        return;
    }
    // The manager who gives their PIN works in the console under their own name.
    ApprovalDialog dialog(tr("The manager's console needs a manager's PIN."), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const Session manager = m_till.staff().login(dialog.pin());
        if (!manager.may(Action::StockManage)) {
            refuse(tr("%1 is not a manager.").arg(manager.name));
            return;
        }
        showManager(manager);
    } catch (const DomainError& e) {
        refuse(e.message());
    }
}

QWidget* MainWindow::scanTarget() const
{
    if (QApplication::activeModalWidget())
        return nullptr;
    QWidget* page = m_stack->currentWidget();
    return page == m_cashier || page == m_pickup || page == m_manager ? page : nullptr;
}

void MainWindow::routeScan(const QString& code)
{
    if (m_stack->currentWidget() == m_pickup)
        m_pickup->handleScan(code);
    else if (m_stack->currentWidget() == m_manager)
        m_manager->handleScan(code);
    else
        m_cashier->handleScan(code);
}

void MainWindow::logout()
{
    if (m_cashier->hasOpenSale()) {
        refuse(tr("Finish, park or void the current sale before logging out."));
        return;
    }
    if (m_session.training) {
        try {
            m_till.training().end(m_session);
        } catch (const DomainError& e) {
            refuse(e.message());
            return;
        }
        m_training->blockSignals(true);
        m_training->setChecked(false);
        m_training->blockSignals(false);
    }
    m_session = Session{};
    m_cashier->setSession(m_session);
    m_pickup->setSession(m_session);
    m_manager->setSession(m_session);
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    m_login->setFocus();
    updateStatus();
}

void MainWindow::showReport(const QString& title, const QString& text)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reportDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* view = new QPlainTextEdit(text, &dialog);
    view->setObjectName(QStringLiteral("reportPlainTextEdit"));
    view->setReadOnly(true);
    view->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
    view->setMinimumSize(480, 420);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::xReport()
{
    if (!m_session.isValid())
        return;
    try {
        const ShiftReport report = m_till.shifts().xReport(m_session, m_languages.current());
        showReport(tr("X report"), shiftReportText(report, m_till.settings().currency(), QLocale()));
    } catch (const DomainError& e) {
        refuse(e.message());
    }
}

void MainWindow::closeShift()
{
    if (!m_session.isValid() || !m_till.shifts().current())
        return;
    if (m_cashier->hasOpenSale()) {
        refuse(tr("Finish, park or void the current sale first."));
        return;
    }
    ShiftCloseDialog dialog(m_till.settings().currency(), this);
    if (m_devices && m_devices->cardTerminal())
        dialog.offerCardEndOfDay(m_devices->cardTerminal(), m_till.cardPayments(), m_session);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ShiftReport report;
    const QString error = ApprovalDialog::runWithApproval(
        this, [&](const QString& pin) { report = m_till.shifts().close(m_session, dialog.counted(), pin, m_languages.current()); });
    if (!error.isEmpty()) {
        refuse(error);
        return;
    }
    showReport(tr("Z report"), shiftReportText(report, m_till.settings().currency(), QLocale()));
    // The till is idle until the next shift: time for the check that also reads every index.
    m_health->checkFully();
    logout();
}

void MainWindow::cashMovement(bool in)
{
    if (!m_session.isValid() || !m_till.shifts().current())
        return;
    bool ok = false;
    const QString amountText =
        QInputDialog::getText(this, in ? tr("Cash in") : tr("Cash out"), tr("Amount:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString reason =
        QInputDialog::getText(this, in ? tr("Cash in") : tr("Cash out"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        const qint64 amount = Money::parse(amountText, m_till.settings().currency()).minor();
        bool confirmed = false;
        try {
            m_till.shifts().checkTypedAmount(amount, false);
        } catch (const DomainError& e) {
            if (e.code() != QLatin1String("shift.amount_unconfirmed"))
                throw;
            if (QMessageBox::question(this, in ? tr("Cash in") : tr("Cash out"),
                                      tr("Is %1 right?").arg(Money(amount, m_till.settings().currency()).format())) != QMessageBox::Yes)
                return;
            confirmed = true;
        }
        const QString error = ApprovalDialog::runWithApproval(this, [&](const QString& pin) {
            if (in)
                m_till.shifts().cashIn(m_session, amount, reason, pin, confirmed);
            else
                m_till.shifts().cashOut(m_session, amount, reason, pin, confirmed);
        });
        if (!error.isEmpty())
            refuse(error);
    } catch (const DomainError& e) {
        refuse(e.message());
    }
    updateStatus();
}

void MainWindow::applyScannerSettings()
{
    m_scanner->setSettings(ScannerEventFilter::settingsFrom(m_till.settings()));
}

void MainWindow::openDeviceSettings()
{
    if (!m_session.isValid())
        return;
    const QString error = ApprovalDialog::runWithApproval(this, [&](const QString& pin) {
        m_till.staff().approve(m_session, Action::DeviceSettings, pin, QStringLiteral("device_settings"));
    });
    if (!error.isEmpty()) {
        refuse(error);
        return;
    }
    DeviceSettingsDialog dialog(m_till, m_devices, m_session, this);
    connect(&dialog, &DeviceSettingsDialog::saved, this, [this] {
        applyScannerSettings();
        if (m_devices)
            m_devices->reload();
        updateStatus();
    });
    dialog.exec();
}

void MainWindow::settleCardPayments()
{
    if (!m_session.isValid())
        return;
    const std::shared_ptr<CardTerminal> terminal = m_devices ? m_devices->cardTerminal() : nullptr;
    if (!terminal) {
        refuse(tr("No card terminal is set up at this till."));
        return;
    }
    try {
        // A few seconds at most: each open payment is one question to the terminal, and a
        // terminal that does not answer is given up on after its timeout.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const int settled = m_till.cardPayments().settle(m_session, *terminal);
        const qsizetype open = m_till.cardPayments().open().size();
        QApplication::restoreOverrideCursor();
        QMessageBox::information(
            this, tr("Card payments"),
            tr("%n card payment(s) settled.", nullptr, settled) + QLatin1Char(' ') +
                (open > 0 ? tr("%n still open: the terminal cannot tell yet.", nullptr, int(open)) : tr("None is open.")));
    } catch (const DomainError& e) {
        QApplication::restoreOverrideCursor();
        refuse(e.message());
    }
}

void MainWindow::noSale()
{
    if (!m_session.isValid())
        return;
    const QString error = ApprovalDialog::runWithApproval(this, [&](const QString& pin) { m_till.shifts().noSale(m_session, pin); });
    if (!error.isEmpty())
        refuse(error);
}

void MainWindow::openSyncConsole()
{
    if (!m_session.isValid())
        return;
    auto console = std::make_shared<SyncConsole>(m_till.db(), m_till.staff(), m_till.outbox());
    std::optional<SyncConsole::Access> access;
    const QString error = ApprovalDialog::runWithApproval(this, [&](const QString& pin) { access = console->open(m_session, pin); });
    if (!error.isEmpty()) {
        refuse(error);
        return;
    }
    SyncConsoleDialog dialog([console, access = *access] { return console->report(access); }, m_sync, this);
    dialog.exec();
}

void MainWindow::toggleTraining(bool on)
{
    if (!m_session.isValid() || m_cashier->hasOpenSale()) {
        m_training->blockSignals(true);
        m_training->setChecked(m_session.training);
        m_training->blockSignals(false);
        if (m_cashier->hasOpenSale())
            refuse(tr("Finish the current sale first."));
        return;
    }
    const QString error = ApprovalDialog::runWithApproval(this, [&](const QString& pin) {
        if (on)
            m_till.training().start(m_session, pin);
        else
            m_till.training().end(m_session);
    });
    if (!error.isEmpty()) {
        m_training->blockSignals(true);
        m_training->setChecked(m_session.training);
        m_training->blockSignals(false);
        refuse(error);
        return;
    }
    m_cashier->setSession(m_session);
    updateStatus();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("Enter: add the scanned or typed code, or pay when the field is empty\n"
           "F2: quantity   F3: line discount   Shift+F3: sale discount\n"
           "F4 or Delete: void line   F5: subtotal   F6: park sale   F7: resume sale\n"
           "F8: price override   F9: void sale   F10: last receipt   F12: pay   Ctrl+M: member\n"
           "Ctrl+E: return (or scan the receipt's QR)   Ctrl+G: gift card   Ctrl+P: redeem points   Ctrl+K: pickup desk\n"
           "Ctrl+Shift+A: order the selected item from another store   Ctrl+Shift+M: manager's console\n"
           "Up/Down: select a line   F11: X report   Ctrl+I/Ctrl+O: cash in/out   Ctrl+R: sync now\n"
           "Ctrl+Shift+R: sync console (manager)   Ctrl+Shift+D: devices (manager)\n"
           "Ctrl+D: open drawer   Ctrl+T: training mode   Ctrl+Shift+Z: close shift   Ctrl+L: log out\n"
           "In payment: F1 cash, F2 exact cash, F3 card, F4 QR, Esc back"));
}

void MainWindow::updateStatus()
{
    m_health->refresh();
    StoreSettings& s = m_till.settings();
    QStringList parts{tr("Store %1, till %2").arg(s.storeCode(), s.tillCode())};
    if (m_session.isValid())
        parts << tr("%1 (%2)").arg(m_session.name, roleTitle(m_session.role));
    const auto shift = m_till.shifts().current();
    parts << (shift ? tr("Shift %1 open").arg(shift->id) : tr("No shift open"));
    m_syncState->setText(syncStatusText());
    m_storeClock->setText(StoreFormats::clock(m_till.clock().nowUtc()));
    if (m_devices) {
        if (const QString printer = m_devices->printerStatusText(); !printer.isEmpty())
            parts << printer;
        parts << m_devices->problems();
    }
    if (m_session.training)
        parts << tr("TRAINING MODE");
    m_status->setText(parts.join(QStringLiteral("  |  ")));
    m_status->setToolTip(m_status->text());
    // A first sync of a large catalog takes minutes: show how far it is.
    const bool pulling = m_sync && m_sync->status().running && m_sync->status().catalogRemaining > 0;
    m_catalogProgress->setVisible(pulling);
    if (pulling) {
        const SyncScheduler::Status& st = m_sync->status();
        m_catalogProgress->setRange(0, 1000);
        m_catalogProgress->setValue(int(1000 * st.catalogApplied / std::max<qint64>(1, st.catalogApplied + st.catalogRemaining)));
        m_catalogProgress->setFormat(
            tr("Catalog: %1 of about %2")
                .arg(QLocale().toString(st.catalogApplied), QLocale().toString(st.catalogApplied + st.catalogRemaining)));
    }
    Theme::setRole(m_status, m_session.training ? QStringLiteral("training") : QString());
    setWindowTitle(tr("OmniTill - %1").arg(s.storeName()));
}

QString MainWindow::syncStatusText() const
{
    const qint64 pending = Outbox::pendingCount(m_till.db());
    if (!m_sync || !m_sync->status().enrolled)
        return tr("Not connected to a hub; waiting: %1").arg(pending);
    const SyncScheduler::Status& s = m_sync->status();
    QString text = s.online ? tr("Online") : tr("Offline");
    text += QStringLiteral(", ") + tr("waiting: %1").arg(pending);
    if (s.lastSuccess.isValid())
        text += QStringLiteral(", ") + tr("last sync %1").arg(StoreFormats::dateTime(s.lastSuccess));
    if (!s.lastError.isEmpty())
        text += QStringLiteral(", ") + tr("retry in %1 s: %2").arg(s.nextAttemptSeconds).arg(s.lastError);
    return text;
}

void MainWindow::retranslate()
{
    m_tillMenu->setTitle(tr("&Till"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    for (const auto& [action, label] : m_actions)
        action->setText(tr(label));
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_cashier->hasOpenSale()) {
        refuse(tr("Finish, park or void the current sale before closing OmniTill."));
        event->ignore();
        return;
    }
    if (m_session.training) { // the journal says when practice ended, also when the till closes
        try {
            m_till.training().end(m_session);
        } catch (const DomainError& e) {
            refuse(e.message());
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace omnitill::ui
