#include "StockRequest.h"

namespace omnitill {

QString StockRequest::kindName(Kind kind)
{
    return kind == Kind::Transfer ? QStringLiteral("transfer") : QStringLiteral("replenishment");
}

QString StockRequest::statusName(Status status)
{
    switch (status) {
    case Status::Submitted:
        return QStringLiteral("submitted");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Shipped:
        return QStringLiteral("shipped");
    case Status::Received:
        return QStringLiteral("received");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<StockRequest::Status> StockRequest::statusFromName(const QString& name)
{
    for (Status s : {Status::Submitted, Status::Approved, Status::Rejected, Status::Shipped, Status::Received, Status::Cancelled}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

int StockRequest::rank(Status status)
{
    switch (status) {
    case Status::Submitted:
        return 0;
    case Status::Approved:
    case Status::Rejected:
    case Status::Cancelled:
        return 1;
    case Status::Shipped:
        return 2;
    case Status::Received:
        return 3;
    }
    return 0;
}

} // namespace omnitill
