#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace omnitill {
class CameraScanner;
class CardTerminal;
class Cart;
class Clock;
class PoleDisplay;
class PrintService;
class SerialScale;
class SerialScanner;
class Till;
} // namespace omnitill

namespace omnitill::ui {

class CustomerDisplayWindow;

// The till's hardware as its settings describe it (printer.*, drawer.*, scanner.*, scale.*,
// display.*, payment.*): the print service, the card terminal, serial and camera scanners, the scale, the customer display
// window and the pole display. Devices that are not set up are simply absent; a device that
// fails says so in problems() and the till keeps selling.
class StoreDevices : public QObject
{
    Q_OBJECT
public:
    StoreDevices(Till& till, QString storePath, const Clock& clock, QObject* parent = nullptr);
    ~StoreDevices() override;

    // (Re)creates every device from the current settings.
    void reload();

    PrintService* printer() const { return m_printer.get(); }
    QString printerStatusText() const; // for the status bar; empty without a printer
    QStringList problems() const { return m_problems; }

    // The ZVT card terminal (payment.terminal = zvt://… or zvt+serial://…); null without one, and
    // the card tender is then keyed in from a stand-alone terminal.
    std::shared_ptr<CardTerminal> cardTerminal() const { return m_cardTerminal; }

    bool hasScale() const { return m_scale != nullptr; }
    void weigh(std::function<void(qint64 grams)> done, std::function<void(const QString& error)> failed);

    CustomerDisplayWindow* customerDisplay() const;
    void showCart(const Cart& cart);
    void showSuggestions(const QStringList& suggestions);
    void showPaymentQr(const QString& payload, const QString& amountText);
    void showThankYou(const QString& totalText, const QString& changeText);

signals:
    void scanned(const QString& code);
    void statusChanged();

private:
    void problem(const QString& message);
    void pole(const QString& top, const QString& bottom);

    Till& m_till;
    QString m_storePath;
    const Clock& m_clock;
    std::unique_ptr<PrintService> m_printer;
    std::unique_ptr<SerialScanner> m_serialScanner;
    std::unique_ptr<CameraScanner> m_camera;
    std::unique_ptr<SerialScale> m_scale;
    std::unique_ptr<PoleDisplay> m_pole;
    std::shared_ptr<CardTerminal> m_cardTerminal;
    QPointer<CustomerDisplayWindow> m_customerDisplay;
    std::function<void(qint64)> m_weighed;
    std::function<void(const QString&)> m_weighFailed;
    QStringList m_problems;
};

} // namespace omnitill::ui
