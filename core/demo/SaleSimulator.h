#pragma once

#include "staff/Role.h"

#include <QString>

namespace omnitill {

class Till;

struct SimulationResult
{
    int sales = 0;
    qint64 total = 0;
    QString lastReceiptId;
};

// Rings varied sales through the same SaleService the till uses: several lines, weighed goods,
// age-restricted items, discounts within the cashier's limit, cash, card and split payments.
class SaleSimulator
{
public:
    SaleSimulator(Till& till, quint32 seed) : m_till(till), m_seed(seed) {}

    // Opens a shift for the session if none is open.
    SimulationResult run(const Session& session, int sales);

private:
    Till& m_till;
    quint32 m_seed;
};

} // namespace omnitill
