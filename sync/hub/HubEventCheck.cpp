#include "HubEventCheck.h"

#include "EventType.h"
#include "ReturnEvent.h"
#include "SaleEvent.h"
#include "WireCheck.h"

namespace omnitill::hub {

QString HubEventCheck::problem(const QString& type, const QJsonObject& event)
{
    using namespace protocol;
    using namespace protocol::WireCheck;
    const QJsonValue bodyValue = event.value(QStringLiteral("body"));
    if (!bodyValue.isObject())
        return QStringLiteral("the %1 event has no body").arg(type);
    const QJsonObject body = bodyValue.toObject();
    if (type == EventType::kSale)
        return SaleEvent::problem(body);
    if (type.startsWith(EventType::kPickupFamily)) {
        const QString what = QStringLiteral("the %1 event").arg(type);
        if (QString p = missingText(body, "order_id", what); !p.isEmpty())
            return p;
        const QJsonValue sale = body.value(QStringLiteral("sale"));
        if (sale.isUndefined() || sale.isNull())
            return {};
        if (!sale.isObject())
            return QStringLiteral("%1 has a sale that is not an object").arg(what);
        return sale.toObject().isEmpty() ? QString() : SaleEvent::problem(sale.toObject());
    }
    if (type == EventType::kReturn)
        return ReturnEvent::problem(body);
    return {};
}

} // namespace omnitill::hub
