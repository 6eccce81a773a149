#pragma once

#include <QJsonObject>
#include <QString>

namespace omnitill::hub {

class HubDatabase;
class HubIntegrator;

// What the stores' pickup desks did with online orders (picked and ready, handed over, returned to
// stock), applied to the hub's orders so the shop can tell the customer and refund what was not
// taken. A hand-over of an order the shop cancelled meanwhile (the desk was offline) is kept —
// the goods did leave — and opens a conflict for the manager.
class HubPickups
{
public:
    HubPickups(HubDatabase& db, HubIntegrator& integrator) : m_db(db), m_integrator(integrator) {}

    // Inside the push's transaction: a pickup.* event body from a till of storeId. Returns the
    // conflict reason (empty: none).
    QString post(const QString& storeId, const QString& type, const QJsonObject& body);

private:
    HubDatabase& m_db;
    HubIntegrator& m_integrator;
};

} // namespace omnitill::hub
