#pragma once

#include <QString>

namespace omnitill::zvt {

// The protocol's codes as text for the cashier or customer, in the user's language.
namespace messages {

// A result or error code (BMP 27, 06 1E, NAK 84 xx): "" for 00 (success).
QString result(int code);
// An intermediate status byte (04 FF): what the terminal asks of the customer now.
QString intermediate(int code);

enum class Meaning
{
    Success,
    Declined,   // the card or the customer: not charged
    Unavailable // the terminal, its line or its set-up: not charged, try again or another tender
};
Meaning meaningOf(int code);

} // namespace messages

} // namespace omnitill::zvt
