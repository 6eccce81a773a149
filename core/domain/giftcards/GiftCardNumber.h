#pragma once

#include <QString>

namespace omnitill {

// Gift card and store credit numbers: 16 digits, "98", a kind digit (1 gift card, 2 store
// credit), 12 digits and a GS1 mod-10 check digit, so a mistyped or misread number is refused.
namespace GiftCardNumber {

enum class Kind
{
    GiftCard,
    StoreCredit
};

bool isValid(const QString& number);
Kind kindOf(const QString& number); // of a valid number
QString generate(Kind kind);        // a random valid number (store credit the till issues)
QString kindName(Kind kind);        // "giftcard" or "credit"
// "…1234" for receipts and screens: the full number is a bearer instrument.
QString masked(const QString& number);

} // namespace GiftCardNumber

} // namespace omnitill
