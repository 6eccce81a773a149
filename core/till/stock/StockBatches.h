#pragma once

#include "FefoAllocator.h"

namespace omnitill {

class Database;

// The batches on the shelf, as received (stock_batches): what FEFO takes goods from.
class StockBatches
{
public:
    explicit StockBatches(Database& db) : m_db(db) {}

    // Those still holding goods; receivedSeq is the batch's row.
    QList<StockBatch> of(qint64 productId);
    // Takes quantity out of the product's batches (inside the caller's transaction): from the batch
    // named first when there is one (a GS1 label scanned), then first expiry first; what no batch
    // holds is the result's shortfall.
    FefoResult take(qint64 productId, qint64 quantity, const QDate& today, const QString& batch = {});

private:
    Database& m_db;
};

} // namespace omnitill
