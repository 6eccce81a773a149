#pragma once

#include "ReplenishmentPolicy.h"
#include "staff/Role.h"

#include <QList>
#include <QString>

namespace omnitill {

class Clock;
class Database;
class StaffService;
class StockRequestService;

struct ReplenishmentLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    StockPosition position;
    ReplenishmentSuggestion suggestion;
};

// What the store should ask the warehouse for: every product with a restocking rule or sales in
// the window, with its position from the stock ledger and the requests still on their way, and the
// suggested quantity (only those with something to order). Rules are a manager's to set.
class ReplenishmentPlanner
{
public:
    ReplenishmentPlanner(Database& db, const Clock& clock, StaffService& staff, StockRequestService& requests)
        : m_db(db), m_clock(clock), m_staff(staff), m_requests(requests)
    {
    }

    void setRule(const Session& session, qint64 productId, const ReorderRule& rule, const QString& approverPin = {});
    ReorderRule rule(qint64 productId);
    QList<ReplenishmentLine> suggestions(int windowDays = 28);

private:
    Database& m_db;
    const Clock& m_clock;
    StaffService& m_staff;
    StockRequestService& m_requests;
};

} // namespace omnitill
