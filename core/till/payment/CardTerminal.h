#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace omnitill {

struct CardRequest
{
    QString idempotencyKey; // the same key again must never charge twice
    qint64 amount = 0;      // minor units
    QString currency;
    // The terminal's receipt number of the last card payment recorded before this one. After a
    // lost answer, the terminal's last transaction is this payment only if its number differs.
    QString previousReceipt;
};

struct CardResult
{
    // Unknown: the terminal was asked but its answer was lost (timeout, dropped link); ask
    // status() with the same request before deciding anything.
    enum class Outcome
    {
        Approved,
        Declined,
        Unavailable,
        Unknown
    };

    Outcome outcome = Outcome::Unknown;
    QString approvalCode;
    QString cardBrand;
    QString cardLast4; // never more of the card number than this
    QString terminalId;
    QString trace;
    QString message; // the terminal's own text, for the customer or staff
    QString receiptNumber;
    int resultCode = -1;  // the terminal's code, when it sent one
    QString terminalTime; // the terminal's clock: MMDD HHMMSS
    QStringList slip;     // the card slip's lines, printed by the till

    bool approved() const { return outcome == Outcome::Approved; }
    static CardResult of(Outcome outcome, QString message = {}, QString terminalId = {})
    {
        CardResult r;
        r.outcome = outcome;
        r.message = std::move(message);
        r.terminalId = std::move(terminalId);
        return r;
    }
};

// The end-of-day of a terminal: what it submitted to the acquirer since the last one.
struct CardTerminalTotals
{
    bool ok = false;
    QString message;
    QString terminalId;
    qint64 total = 0;
    int count = 0;
    struct Group
    {
        QString name;
        int count = 0;
        qint64 amount = 0;
    };
    QList<Group> groups;
    QStringList slip;
};

// A semi-integrated card terminal (DESIGN.md, standards §4.1): the till sends the amount, the
// terminal handles the card and PIN and answers. Card data never reaches OmniTill. Every request
// carries an idempotency key; the terminal answers a repeated key with the first result.
// authorize(), refund() and the rest block until the terminal is done: call them off the screen's
// thread. cancel() may be called from any thread.
class CardTerminal
{
public:
    virtual ~CardTerminal() = default;

    // Whether the terminal is there to take a card now (connected, not out of service).
    virtual bool isAvailable() const = 0;
    virtual CardResult authorize(const CardRequest& request) = 0;
    // What became of an earlier request (after an Unknown answer, or after a restart). Unknown
    // when the terminal cannot be asked: that is never taken as "not charged".
    virtual CardResult status(const CardRequest& request) = 0;
    // Cancels an approved payment; false when the terminal could not be reached or refused.
    virtual bool reverse(const CardRequest& request, const CardResult& approved) = 0;
    // Money back onto a card, not tied to a payment of today (a return).
    virtual CardResult refund(const CardRequest& request);
    virtual CardTerminalTotals endOfDay();
    // Asks the terminal to stop a payment in progress (the customer gave up); its answer still
    // comes from authorize().
    virtual void cancel() {}
    // What the terminal asks of the customer as it goes ("Insert card", "Enter PIN"): the terminal's
    // own text when it sends one, else ours in the application's current language. Called on the
    // thread that called authorize().
    void setStatusHandler(std::function<void(const QString&)> handler) { m_statusHandler = std::move(handler); }

protected:
    void showStatus(const QString& text) const
    {
        if (m_statusHandler)
            m_statusHandler(text);
    }

private:
    std::function<void(const QString&)> m_statusHandler;
};

} // namespace omnitill
