#include "SimulatedCardTerminal.h"

#include "common/Tr.h"

namespace omnitill {

CardResult SimulatedCardTerminal::authorize(const CardRequest& request)
{
    if (m_fault == Fault::Offline)
        return CardResult::of(CardResult::Outcome::Unavailable, Tr::tr("The card terminal is not responding"), QStringLiteral("SIM-1"));
    if (const auto known = m_transactions.constFind(request.idempotencyKey); known != m_transactions.constEnd())
        return *known;
    ++m_authorizations;
    CardResult result;
    result.terminalId = QStringLiteral("SIM-1");
    result.trace = QStringLiteral("%1").arg(m_authorizations, 6, 10, QLatin1Char('0'));
    result.receiptNumber = QString::number(m_authorizations);
    if (request.amount <= 0 || request.amount % 100 == 51) {
        result.outcome = CardResult::Outcome::Declined;
        result.message = Tr::tr("Card declined");
    } else {
        result.outcome = CardResult::Outcome::Approved;
        result.approvalCode = QStringLiteral("A%1").arg(m_authorizations, 5, 10, QLatin1Char('0'));
        result.cardBrand = QStringLiteral("VISA");
        result.cardLast4 = QStringLiteral("0119");
        result.message = Tr::tr("Approved");
    }
    m_transactions.insert(request.idempotencyKey, result);
    if (m_fault == Fault::LoseAnswer) {
        m_fault = Fault::None;
        return CardResult::of(CardResult::Outcome::Unknown, Tr::tr("No answer from the card terminal"), result.terminalId);
    }
    return result;
}

CardResult SimulatedCardTerminal::status(const CardRequest& request)
{
    const QString& idempotencyKey = request.idempotencyKey;
    if (m_fault == Fault::Offline)
        return CardResult::of(CardResult::Outcome::Unavailable, Tr::tr("The card terminal is not responding"), QStringLiteral("SIM-1"));
    if (m_reversed.value(idempotencyKey))
        return CardResult::of(CardResult::Outcome::Declined, Tr::tr("Reversed"), QStringLiteral("SIM-1"));
    // A key the terminal never saw was never charged.
    return m_transactions.value(idempotencyKey,
                                CardResult::of(CardResult::Outcome::Declined, Tr::tr("No such payment"), QStringLiteral("SIM-1")));
}

bool SimulatedCardTerminal::reverse(const CardRequest& request, const CardResult&)
{
    const QString& idempotencyKey = request.idempotencyKey;
    if (m_fault == Fault::Offline || m_fault == Fault::RefuseReversal)
        return false;
    if (m_transactions.value(idempotencyKey).approved())
        m_reversed.insert(idempotencyKey, true);
    return true;
}

} // namespace omnitill
