#include "ZvtMessages.h"

#include "common/Tr.h"

namespace omnitill::zvt::messages {

Meaning meaningOf(int code)
{
    if (code == 0)
        return Meaning::Success;
    // 01–63 are the card issuer's answers; the rest from 64h on are the terminal's (PA00P015 §10).
    if (code < 0x64)
        return Meaning::Declined;
    switch (code) {
    case 0x64:
    case 0x65:
    case 0x67:
    case 0x68:
    case 0x6C:
    case 0x6E:
    case 0x71:
    case 0x72:
    case 0x73:
    case 0x78:
    case 0x79:
    case 0x7A:
    case 0xC3:
    case 0xC4:
    case 0xC5:
    case 0xC8:
        return Meaning::Declined;
    default:
        return Meaning::Unavailable;
    }
}

QString result(int code)
{
    switch (code) {
    case 0x00:
        return {};
    case 0x05:
        return Tr::tr("Card declined by the bank");
    case 0x33:
        return Tr::tr("The card has expired");
    case 0x37:
        return Tr::tr("Declined: not enough funds");
    case 0x55:
        return Tr::tr("Declined: wrong PIN");
    case 0x64:
        return Tr::tr("The card could not be read");
    case 0x65:
        return Tr::tr("Card data missing");
    case 0x66:
        return Tr::tr("Processing error at the card terminal");
    case 0x6A:
        return Tr::tr("The card terminal's turnover file is full: run its end of day");
    case 0x6B:
        return Tr::tr("This function is switched off at the card terminal");
    case 0x6C:
        return Tr::tr("Payment cancelled at the card terminal or timed out");
    case 0x6E:
        return Tr::tr("The card is blocked");
    case 0x6F:
        return Tr::tr("The card terminal does not accept this currency");
    case 0x71:
        return Tr::tr("Declined: not enough credit");
    case 0x78:
        return Tr::tr("The card has expired");
    case 0x7A:
        return Tr::tr("Card not known to the terminal");
    case 0x7D:
        return Tr::tr("The card terminal could not reach the bank");
    case 0x83:
        return Tr::tr("The card terminal cannot do this now");
    case 0x9A:
        return Tr::tr("The card terminal reported a protocol error");
    case 0x9C:
        return Tr::tr("The card terminal is busy; try again");
    case 0xA0:
    case 0xA1:
    case 0xA3:
        return Tr::tr("The card terminal could not reach the bank");
    case 0xB4:
        return Tr::tr("This payment was already reversed");
    case 0xB5:
        return Tr::tr("This payment can no longer be reversed");
    case 0xC3:
        return Tr::tr("The amount is above the card's limit");
    case 0xC5:
        return Tr::tr("This kind of card is not accepted");
    case 0xCC:
        return Tr::tr("The card terminal's printer is not ready");
    case 0xDF:
        return Tr::tr("The card terminal is out of order");
    default:
        return code < 0x64 ? Tr::tr("Card declined by the bank (code %1)").arg(code)
                           : Tr::tr("The card terminal reported error %1h").arg(code, 2, 16, QLatin1Char('0'));
    }
}

QString intermediate(int code)
{
    const bool removeCard = code >= 0x41 && code <= 0x5D;
    const int base = removeCard ? code - 0x40 : code;
    QString text;
    switch (base) {
    case 0x00:
        text = Tr::tr("Please confirm the amount");
        break;
    case 0x01:
    case 0x02:
        text = Tr::tr("Please follow the instructions on the card terminal");
        break;
    case 0x03:
        text = Tr::tr("Card not accepted");
        break;
    case 0x04:
        text = Tr::tr("Contacting the bank…");
        break;
    case 0x05:
        text = Tr::tr("Cancelling the payment…");
        break;
    case 0x09:
        text = Tr::tr("The card has expired");
        break;
    case 0x0A:
        text = Tr::tr("Insert, tap or swipe your card");
        break;
    case 0x0B:
        text = Tr::tr("Please remove your card");
        break;
    case 0x0C:
        text = Tr::tr("The card could not be read");
        break;
    case 0x0E:
    case 0x17:
        text = Tr::tr("Please wait…");
        break;
    case 0x13:
        text = Tr::tr("Payment not possible");
        break;
    case 0x14:
        text = Tr::tr("Declined: not enough credit");
        break;
    case 0x15:
        text = Tr::tr("Wrong PIN, please try again");
        break;
    case 0x18:
        text = Tr::tr("Too many wrong PINs");
        break;
    case 0x1C:
        text = Tr::tr("Approved");
        break;
    case 0x1D:
        text = Tr::tr("Declined");
        break;
    default:
        text = Tr::tr("Please follow the instructions on the card terminal");
        break;
    }
    if (removeCard && base != 0x0B)
        text += QLatin1Char('\n') + Tr::tr("Please remove your card");
    return text;
}

} // namespace omnitill::zvt::messages
