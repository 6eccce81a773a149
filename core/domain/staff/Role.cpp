#include "Role.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

Role roleFromName(const QString& name)
{
    for (Role role : {Role::Cashier, Role::Supervisor, Role::Manager}) {
        if (roleName(role) == name)
            return role;
    }
    throw DomainError(QStringLiteral("staff.role"), Tr::tr("Unknown role \"%1\"").arg(name));
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Cashier:
        return Tr::tr("Cashier");
    case Role::Supervisor:
        return Tr::tr("Supervisor");
    case Role::Manager:
        return Tr::tr("Manager");
    }
    return {};
}

QString actionName(Action action)
{
    switch (action) {
    case Action::VoidAfterSubtotal:
        return QStringLiteral("void_after_subtotal");
    case Action::PriceOverride:
        return QStringLiteral("price_override");
    case Action::DiscountOverLimit:
        return QStringLiteral("discount_over_limit");
    case Action::Refund:
        return QStringLiteral("refund");
    case Action::NoSale:
        return QStringLiteral("no_sale");
    case Action::CashInOut:
        return QStringLiteral("cash_in_out");
    case Action::ShiftClose:
        return QStringLiteral("shift_close");
    case Action::TrainingMode:
        return QStringLiteral("training_mode");
    case Action::SyncConsole:
        return QStringLiteral("sync_console");
    case Action::DeviceSettings:
        return QStringLiteral("device_settings");
    case Action::NoReceiptReturn:
        return QStringLiteral("no_receipt_return");
    case Action::PickupRestock:
        return QStringLiteral("pickup_restock");
    case Action::StockManage:
        return QStringLiteral("stock_manage");
    case Action::ViewFigures:
        return QStringLiteral("view_figures");
    }
    return {};
}

QString actionTitle(Action action)
{
    switch (action) {
    case Action::VoidAfterSubtotal:
        return Tr::tr("Void after subtotal");
    case Action::PriceOverride:
        return Tr::tr("Price override");
    case Action::DiscountOverLimit:
        return Tr::tr("Discount over the cashier's limit");
    case Action::Refund:
        return Tr::tr("Refund");
    case Action::NoSale:
        return Tr::tr("Open drawer (no sale)");
    case Action::CashInOut:
        return Tr::tr("Cash in or out");
    case Action::ShiftClose:
        return Tr::tr("Close shift");
    case Action::TrainingMode:
        return Tr::tr("Training mode");
    case Action::SyncConsole:
        return Tr::tr("Sync console");
    case Action::DeviceSettings:
        return Tr::tr("Device settings");
    case Action::NoReceiptReturn:
        return Tr::tr("Return without a receipt");
    case Action::PickupRestock:
        return Tr::tr("Return an uncollected order to stock");
    case Action::StockManage:
        return Tr::tr("Receive goods and set restocking rules");
    case Action::ViewFigures:
        return Tr::tr("See costs, stock value and sales reports");
    }
    return {};
}

Role requiredRole(Action action)
{
    switch (action) {
    case Action::TrainingMode:
    case Action::SyncConsole:
    case Action::DeviceSettings:
    case Action::NoReceiptReturn:
    case Action::StockManage:
        return Role::Manager;
    case Action::VoidAfterSubtotal:
    case Action::PriceOverride:
    case Action::DiscountOverLimit:
    case Action::Refund:
    case Action::NoSale:
    case Action::CashInOut:
    case Action::ShiftClose:
    case Action::PickupRestock:
    case Action::ViewFigures:
        return Role::Supervisor;
    }
    return Role::Manager;
}

} // namespace omnitill
