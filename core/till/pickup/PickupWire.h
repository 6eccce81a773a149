#pragma once

#include "PickupEvents.h"
#include "PickupOrder.h"
#include "SaleEvent.h"
#include "staff/Role.h"

#include <QDateTime>

namespace omnitill {

class CatalogRepository;
class StoreSettings;

// What the pickup desk tells the hub, in the wire's terms: the order and its lines as settled,
// and the sale an order paid online becomes when it is handed over.
class PickupWire
{
public:
    PickupWire(const StoreSettings& settings, CatalogRepository& catalog) : m_settings(settings), m_catalog(catalog) {}

    static QList<protocol::PickupEventLine> lines(const PickupOrder& order);
    protocol::PickupEventOrder order(const Session& session, const PickupOrder& order) const;
    // The sale an order paid online becomes at hand-over, so that it can be returned like any
    // sale (receipt id: the order number; tender: the online payment).
    protocol::SaleEvent onlineSale(const Session& session, const PickupOrder& order, const QDateTime& at) const;

private:
    const StoreSettings& m_settings;
    CatalogRepository& m_catalog;
};

} // namespace omnitill
