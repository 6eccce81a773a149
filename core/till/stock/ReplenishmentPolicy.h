#pragma once

#include <QtGlobal>

namespace omnitill {

// How a product is restocked. With a max, min/max: below or at min, order up to max. Otherwise,
// with a reorder point: at or below it, order up to the reorder point plus the expected demand over
// the cover period. Otherwise by sales velocity alone: order what the cover period will sell.
struct ReorderRule
{
    qint64 min = 0;
    qint64 max = 0;           // 0: no min/max
    qint64 reorderPoint = -1; // -1: none
    qint64 packSize = 1;      // orders are whole packs
    int leadTimeDays = 2;     // from request to goods on the shelf
    int reviewDays = 7;       // until the next request
};

// What the store has and sold, in pieces (or grams): on hand from the stock ledger, inbound from
// requests and transfers not yet received, and sales less returns over the last windowDays days.
struct StockPosition
{
    qint64 onHand = 0;
    qint64 inbound = 0;
    qint64 soldInWindow = 0;
    int windowDays = 28;
};

struct ReplenishmentSuggestion
{
    enum class Basis
    {
        None,
        MinMax,
        ReorderPoint,
        Velocity
    };
    qint64 quantity = 0; // whole packs, in pieces
    Basis basis = Basis::None;
    qint64 expectedDemand = 0; // over lead time and review period
};

// The suggested quantity of a replenishment request line (pure; the manager edits it).
class ReplenishmentPolicy
{
public:
    static ReplenishmentSuggestion suggest(const ReorderRule& rule, const StockPosition& position);
    // Demand over days at the window's rate, rounded up (a part of a piece is a piece).
    static qint64 demand(qint64 soldInWindow, int windowDays, int days);
};

} // namespace omnitill
