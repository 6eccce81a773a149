#include "CardTerminal.h"

#include "common/Tr.h"

namespace omnitill {

CardResult CardTerminal::refund(const CardRequest&)
{
    CardResult result;
    result.outcome = CardResult::Outcome::Unavailable;
    result.message = Tr::tr("This card terminal cannot refund to a card");
    return result;
}

CardTerminalTotals CardTerminal::endOfDay()
{
    CardTerminalTotals totals;
    totals.message = Tr::tr("This card terminal has no end of day");
    return totals;
}

} // namespace omnitill
