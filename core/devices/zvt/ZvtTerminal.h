#pragma once

#include "ZvtApdu.h"
#include "ZvtStatusInformation.h"
#include "ZvtTerminalSettings.h"
#include "payment/CardTerminal.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <memory>

namespace omnitill {

namespace zvt {
class Link;
}

// A card terminal spoken to in ZVT (PA00P015/PA00P016) over TCP or a serial line. Each operation
// opens the line, registers (06 00: password, the till prints the receipts, the terminal sends
// intermediate status), sends its command and follows the terminal until it completes (06 0F) or
// aborts (06 1E), acknowledging every message; the terminal's print lines become the card slip.
// A command the terminal may have received but not finished answers Unknown; status() then asks
// for the last transaction (06 20) and tells by its receipt number whether it was this payment.
class ZvtTerminal : public CardTerminal
{
public:
    explicit ZvtTerminal(ZvtTerminalSettings settings) : m_settings(std::move(settings)) {}

    const ZvtTerminalSettings& settings() const { return m_settings; }

    bool isAvailable() const override;
    CardResult authorize(const CardRequest& request) override;
    CardResult status(const CardRequest& request) override;
    bool reverse(const CardRequest& request, const CardResult& approved) override;
    CardResult refund(const CardRequest& request) override;
    CardTerminalTotals endOfDay() override;
    void cancel() override { m_cancel = true; }
    // The last transaction's slip again (06 20), for a customer who lost theirs.
    QStringList repeatLastReceipt();

private:
    struct Exchange
    {
        bool opened = false;    // the line was up and the terminal registered
        bool refused = false;   // the terminal acknowledged it negatively (nothing done)
        bool completed = false; // 06 0F
        int abortCode = -1;     // 06 1E or a NAK's code
        QList<zvt::StatusInformation> infos;
        QStringList slip;
        QString failure; // why the line failed, for the message
    };

    Exchange run(const zvt::Apdu& command);
    bool registerAt(zvt::Link& link, Exchange& ex);
    // Reads the terminal's messages until it completes or aborts; false when the line failed or
    // it fell silent.
    bool follow(zvt::Link& link, Exchange& ex, bool mayCancel);
    std::unique_ptr<zvt::Link> makeLink() const;
    QByteArray password() const;
    CardResult paymentResult(const Exchange& ex, const CardRequest& request);

    ZvtTerminalSettings m_settings;
    QMutex m_busy;
    std::atomic<bool> m_cancel = false;
    QHash<QString, CardResult> m_answers; // by idempotency key, for this process's lifetime
};

} // namespace omnitill
