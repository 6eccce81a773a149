#include "StoreDevices.h"

#include "CameraScanner.h"
#include "CardTerminalFactory.h"
#include "CustomerDisplayWindow.h"
#include "PoleDisplay.h"
#include "PrintService.h"
#include "SerialScale.h"
#include "SerialScanner.h"
#include "Till.h"
#include "ZvtTerminalSettings.h"
#include "common/DomainError.h"
#include "receipt/ReceiptLayout.h"
#include "sale/Cart.h"

namespace omnitill::ui {

namespace {
QByteArray suffixFromSetting(const QString& name)
{
    if (name == QLatin1String("lf"))
        return "\n";
    if (name == QLatin1String("crlf"))
        return "\r\n";
    if (name == QLatin1String("none"))
        return {};
    return "\r";
}
} // namespace

StoreDevices::StoreDevices(Till& till, QString storePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_till(till), m_storePath(std::move(storePath)), m_clock(clock)
{
}

CustomerDisplayWindow* StoreDevices::customerDisplay() const
{
    return m_customerDisplay;
}

StoreDevices::~StoreDevices()
{
    m_till.printQueue().setWakeUp({});
    delete m_customerDisplay;
}

void StoreDevices::problem(const QString& message)
{
    if (m_problems.contains(message))
        return; // a device that keeps failing the same way is one line in the status bar
    m_problems.append(message);
    emit statusChanged();
}

void StoreDevices::reload()
{
    StoreSettings& s = m_till.settings();
    m_problems.clear();

    if (!m_printer) {
        m_printer = std::make_unique<PrintService>(m_storePath, m_clock);
        connect(m_printer.get(), &PrintService::stateChanged, this, &StoreDevices::statusChanged);
        m_printer->start();
        // Every job the till queues wakes the print thread once its transaction has committed.
        m_till.printQueue().setWakeUp([printer = m_printer.get()] { printer->wake(); });
    } else {
        m_printer->wake(); // re-reads printer.* on its next round
    }

    // A payment in progress keeps its own reference to the terminal it started with.
    m_cardTerminal.reset();
    if (ZvtTerminalSettings::isZvtAddress(s.value(QStringLiteral("payment.terminal")))) {
        try {
            m_cardTerminal = CardTerminalFactory::create(s);
        } catch (const DomainError& e) {
            problem(e.message());
        }
    }

    m_serialScanner.reset();
    if (const QString port = s.value(QStringLiteral("scanner.serial_port")); !port.isEmpty()) {
        SerialScanner::Settings settings;
        settings.port = port;
        settings.baud = s.value(QStringLiteral("scanner.serial_baud"), QStringLiteral("9600")).toInt();
        settings.prefix = s.value(QStringLiteral("scanner.serial_prefix")).toUtf8();
        settings.suffix = suffixFromSetting(s.value(QStringLiteral("scanner.serial_suffix"), QStringLiteral("cr")));
        m_serialScanner = std::make_unique<SerialScanner>(settings);
        connect(m_serialScanner.get(), &SerialScanner::scanned, this, &StoreDevices::scanned);
        connect(m_serialScanner.get(), &SerialScanner::failed, this, &StoreDevices::problem);
        if (!m_serialScanner->open())
            problem(m_serialScanner->error());
    }

    m_camera.reset();
    if (const QString camera = s.value(QStringLiteral("scanner.camera")); !camera.isEmpty() && camera != QLatin1String("off")) {
        m_camera = std::make_unique<CameraScanner>();
        connect(m_camera.get(), &CameraScanner::scanned, this, &StoreDevices::scanned);
        connect(m_camera.get(), &CameraScanner::failed, this, &StoreDevices::problem);
        if (!m_camera->start(camera == QLatin1String("default") ? QString() : camera))
            problem(m_camera->error());
    }

    m_scale.reset();
    if (const QString port = s.value(QStringLiteral("scale.port")); !port.isEmpty()) {
        SerialScale::Settings settings;
        settings.port = port;
        settings.baud = s.value(QStringLiteral("scale.baud"), QStringLiteral("9600")).toInt();
        m_scale = std::make_unique<SerialScale>(settings);
        connect(m_scale.get(), &SerialScale::weighed, this, [this](qint64 grams) {
            if (auto done = std::exchange(m_weighed, {}))
                done(grams);
            m_weighFailed = {};
        });
        connect(m_scale.get(), &SerialScale::failed, this, [this](const QString& error) {
            if (auto failed = std::exchange(m_weighFailed, {}))
                failed(error);
            m_weighed = {};
        });
        if (!m_scale->open())
            problem(m_scale->error());
    }

    m_pole.reset();
    if (const QString port = s.value(QStringLiteral("display.pole_port")); !port.isEmpty()) {
        m_pole = std::make_unique<PoleDisplay>(port, s.value(QStringLiteral("display.pole_baud"), QStringLiteral("9600")).toInt());
        pole(s.storeName(), tr("Welcome!"));
    }

    delete m_customerDisplay;
    const QString customer = s.value(QStringLiteral("display.customer"), QStringLiteral("auto"));
    if (customer != QLatin1String("off")) {
        m_customerDisplay = new CustomerDisplayWindow(s.storeName());
        if (!m_customerDisplay->placeOnSecondScreen()) {
            if (customer == QLatin1String("on"))
                m_customerDisplay->show(); // a window beside the till's, e.g. on a wide monitor
            else
                delete m_customerDisplay; // auto: only with a second screen
        }
    }
    emit statusChanged();
}

QString StoreDevices::printerStatusText() const
{
    if (!m_printer || !m_printer->state().configured)
        return m_printer && !m_printer->state().lastError.isEmpty() ? m_printer->state().lastError : QString();
    const PrintSpooler::State& st = m_printer->state();
    QString text = st.status.describe();
    if (st.status.drawerOpen.value_or(false))
        text += QStringLiteral(", ") + tr("drawer open");
    if (st.queued > 0)
        text += QStringLiteral(", ") + tr("receipts waiting to print: %1").arg(st.queued);
    return text;
}

void StoreDevices::weigh(std::function<void(qint64)> done, std::function<void(const QString&)> failed)
{
    if (!m_scale)
        return failed(tr("No scale is connected"));
    m_weighed = std::move(done);
    m_weighFailed = std::move(failed);
    m_scale->weigh();
}

void StoreDevices::pole(const QString& top, const QString& bottom)
{
    if (m_pole && !m_pole->show(top, bottom))
        problem(m_pole->error());
}

void StoreDevices::showCart(const Cart& cart)
{
    if (m_customerDisplay)
        m_customerDisplay->showCart(cart);
    if (!m_pole || cart.isEmpty())
        return;
    const CartTotals totals = cart.totals();
    // Line 1: the last item and its amount; line 2: the running total.
    const QString price = ReceiptLayout::amount(totals.lines.last().tax.gross.minor(), cart.currency(), QLocale());
    const int nameWidth = std::max(0, int(PoleDisplay::kColumns - price.size() - 1));
    const QString name = cart.lines().last().name.simplified().left(nameWidth).leftJustified(nameWidth, QLatin1Char(' '));
    pole(name + QLatin1Char(' ') + price, tr("Total %1").arg(totals.total.format(QLocale())));
}

void StoreDevices::showSuggestions(const QStringList& suggestions)
{
    if (m_customerDisplay)
        m_customerDisplay->showSuggestions(suggestions);
}

void StoreDevices::showPaymentQr(const QString& payload, const QString& amountText)
{
    if (m_customerDisplay)
        m_customerDisplay->showPaymentQr(payload, amountText);
    pole(tr("Pay by QR"), amountText);
}

void StoreDevices::showThankYou(const QString& totalText, const QString& changeText)
{
    if (m_customerDisplay)
        m_customerDisplay->showThankYou(totalText, changeText);
    pole(tr("Thank you!"), changeText.isEmpty() ? totalText : tr("Change %1").arg(changeText));
}

} // namespace omnitill::ui
