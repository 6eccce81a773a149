#pragma once

#include "common/DomainError.h"
#include "common/Tr.h"
#include "staff/StaffService.h"

#include <optional>

namespace omnitill {

// What every change to the store's stock asks of the person making it: a login, real (not training)
// mode, and the manager's right, or a manager's PIN.
inline std::optional<Approval> authorizeStockChange(StaffService& staff, const Session& session, const QString& approverPin)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (session.training)
        throw DomainError(QStringLiteral("stock.training"), Tr::tr("Stock is real: leave training mode to change it"));
    return staff.authorize(session, Action::StockManage, approverPin);
}

} // namespace omnitill
