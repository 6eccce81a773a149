#pragma once

#include <QString>

namespace omnitill {

enum class Role
{
    Cashier = 0,
    Supervisor = 1,
    Manager = 2
};

// Operations a core service refuses unless the role allows them or a manager approves.
enum class Action
{
    VoidAfterSubtotal,
    PriceOverride,
    DiscountOverLimit,
    Refund,
    NoSale,
    CashInOut,
    ShiftClose,
    TrainingMode,
    SyncConsole,
    DeviceSettings,
    NoReceiptReturn,
    PickupRestock, // an uncollected online order's goods go back to the shelves
    StockManage,   // receive goods, set restocking rules
    ViewFigures,   // costs, stock value, sales reports
};

QString roleName(Role role);
Role roleFromName(const QString& name);
QString roleTitle(Role role); // translated
QString actionName(Action action);
QString actionTitle(Action action); // translated
Role requiredRole(Action action);

struct Session
{
    qint64 staffId = 0;
    QString name;
    Role role = Role::Cashier;
    bool training = false;

    bool isValid() const { return staffId > 0; }
    bool may(Action action) const { return int(role) >= int(requiredRole(action)); }
};

} // namespace omnitill
