#include "AisleOrderEvent.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject AisleOrderEvent::toJson() const
{
    QJsonObject out = order.toJson();
    out.insert(QStringLiteral("staff_id"), staffId);
    out.insert(QStringLiteral("created_at"), createdAt);
    return out;
}

AisleOrderEvent AisleOrderEvent::fromJson(const QJsonObject& o)
{
    return {OrderRequest::fromJson(o), whole(o, "staff_id"), text(o, "created_at")};
}

} // namespace omnitill::protocol
