#pragma once

#include <QJsonObject>

namespace omnitill {

class Database;

// The demo chain's hub holds what its demo stores hold: the same tax rates, categories, products
// with their barcodes and prices, promotions, members and staff (with the demo PINs), written
// from a demo store's own tables in the hub's import format (`omnitill-hub admin import`), so a
// demo day syncs without a conflict.
class DemoHubImport
{
public:
    // storeId: the hub's store the demo staff work at (their PIN hashes go only to its tills).
    static QJsonObject document(Database& db, const QString& storeId);
};

} // namespace omnitill
