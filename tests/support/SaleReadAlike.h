#pragma once

#include "HubEventCheck.h"
#include "SaleEventText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// Header-only, for tests and fuzz targets that link the hub library: the hub reads pushed sales
// straight from their text (SaleEventText); these say what the general way (QJsonDocument,
// HubEventCheck, SaleEvent::fromJson) makes of the same text.
namespace omnitill::test {

// nullopt when the general way would not read the text as a sale without a problem.
inline std::optional<protocol::SaleEventText> saleReadTheGeneralWay(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject event = doc.object();
    const QJsonValue seq = event.value(QStringLiteral("device_seq"));
    protocol::SaleEventText out;
    out.seq = seq.toInteger();
    out.eventId = event.value(QStringLiteral("event_id")).toString();
    const QString type = event.value(QStringLiteral("type")).toString();
    if (out.seq <= 0 || double(out.seq) != seq.toDouble() || out.eventId.isEmpty() || out.eventId.size() > 128 ||
        type != QLatin1String("sale") || !hub::HubEventCheck::problem(type, event).isEmpty())
        return std::nullopt;
    out.sale = protocol::SaleEvent::fromJson(event.value(QStringLiteral("body")).toObject());
    return out;
}

// Whatever the text reader takes, the general way takes alike.
inline bool saleReadAlike(const QByteArray& text)
{
    const std::optional<protocol::SaleEventText> fast = protocol::SaleEventText::read(text);
    if (!fast)
        return true;
    const std::optional<protocol::SaleEventText> slow = saleReadTheGeneralWay(text);
    return slow && slow->seq == fast->seq && slow->eventId == fast->eventId && slow->sale == fast->sale;
}

} // namespace omnitill::test
