#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

struct StockCountLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    bool weighed = false;
    std::optional<qint64> expected; // the ledger's on hand when first counted; hidden in a blind count until it is closed
    qint64 counted = 0;
    qint64 variance = 0;      // counted - expected, once visible
    qint64 varianceValue = 0; // at the moving average cost, minor units
};

// A cycle count: staff scan what is on the shelves; the expected quantity is the ledger's at the
// moment a product is first counted, so sales during the count do not show as losses. Closed, the
// variances show; a manager's approval turns them into `count` movements.
struct StockCount
{
    enum class Status
    {
        Open,
        Closed,
        Approved,
        Cancelled
    };
    QString id;
    Status status = Status::Open;
    bool blind = false;
    QString note;
    QDateTime startedAt;
    QList<StockCountLine> lines;
};

} // namespace omnitill
