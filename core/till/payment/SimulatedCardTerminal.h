#pragma once

#include "CardTerminal.h"

#include <QHash>

namespace omnitill {

// A card terminal in software, for the demo store and the tests: it approves, except amounts
// whose last two digits are 51 (declined, like a test card), and keeps its transactions by
// idempotency key as a real terminal does. Faults can be switched on to rehearse the bad days.
class SimulatedCardTerminal : public CardTerminal
{
public:
    enum class Fault
    {
        None,
        Offline,        // not reachable at all
        LoseAnswer,     // approves, but the answer never arrives (once)
        RefuseReversal, // reversals fail (the link dropped)
    };

    void setFault(Fault fault) { m_fault = fault; }
    int authorizations() const { return m_authorizations; }
    bool wasReversed(const QString& key) const { return m_reversed.contains(key); }

    bool isAvailable() const override { return m_fault != Fault::Offline; }
    CardResult authorize(const CardRequest& request) override;
    CardResult status(const CardRequest& request) override;
    bool reverse(const CardRequest& request, const CardResult& approved) override;

private:
    Fault m_fault = Fault::None;
    QHash<QString, CardResult> m_transactions;
    QHash<QString, bool> m_reversed;
    int m_authorizations = 0;
};

} // namespace omnitill
