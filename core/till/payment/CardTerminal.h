#pragma once

#include <QString>

namespace omnitill {

struct CardRequest
{
    QString idempotencyKey; // the same key again must never charge twice
    qint64 amount = 0;      // minor units
    QString currency;
};

struct CardResult
{
    // Unknown: the terminal was asked but its answer was lost (timeout, dropped link); ask
    // status() with the same key before deciding anything.
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

    bool approved() const { return outcome == Outcome::Approved; }
};

// A semi-integrated card terminal (DESIGN.md, standards §4.1): the till sends the amount, the
// terminal handles the card and PIN and answers. Card data never reaches OmniTill. Every request
// carries an idempotency key; the terminal answers a repeated key with the first result.
class CardTerminal
{
public:
    virtual ~CardTerminal() = default;

    // Whether the terminal is there to take a card now (connected, not out of service).
    virtual bool isAvailable() const = 0;
    virtual CardResult authorize(const CardRequest& request) = 0;
    // What became of an earlier request (after an Unknown answer, or after a restart).
    virtual CardResult status(const QString& idempotencyKey) = 0;
    // Cancels an approved payment; false when the terminal could not be reached.
    virtual bool reverse(const QString& idempotencyKey) = 0;
};

} // namespace omnitill
