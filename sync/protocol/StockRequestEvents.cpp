#include "StockRequestEvents.h"

#include "JsonFields.h"

namespace omnitill::protocol {

namespace {
using namespace JsonFields;

QJsonArray differencesJson(const QList<ReceivingDifference>& differences)
{
    return arrayOf(differences, [](const ReceivingDifference& d) {
        return QJsonObject{
            {QStringLiteral("sku"), d.sku}, {QStringLiteral("expected"), d.expected}, {QStringLiteral("received"), d.received}};
    });
}

QList<ReceivingDifference> differencesFrom(const QJsonObject& o)
{
    return listOf<ReceivingDifference>(o, "discrepancies", [](const QJsonObject& d) {
        return ReceivingDifference{text(d, "sku"), whole(d, "expected"), whole(d, "received")};
    });
}

// The lines of a request: as asked in the event, as they went on in the document.
QJsonArray linesJson(const QList<StockRequestLine>& lines, bool progress)
{
    return arrayOf(lines, [progress](const StockRequestLine& l) {
        QJsonObject line{{QStringLiteral("sku"), l.sku}, {QStringLiteral("name"), l.name}, {QStringLiteral("requested"), l.requested}};
        if (progress) {
            if (l.approved)
                line.insert(QStringLiteral("approved"), *l.approved);
            line.insert(QStringLiteral("shipped"), l.shipped);
            line.insert(QStringLiteral("received"), l.received);
        }
        return line;
    });
}

QList<StockRequestLine> linesFrom(const QJsonObject& o)
{
    return listOf<StockRequestLine>(o, "lines", [](const QJsonObject& l) {
        StockRequestLine line{text(l, "sku"), text(l, "name"),     whole(l, "requested"),
                              std::nullopt,   whole(l, "shipped"), whole(l, "received")};
        if (l.value(QLatin1String("approved")).isDouble())
            line.approved = whole(l, "approved");
        return line;
    });
}
} // namespace

QJsonArray ShipmentLine::toJson(const QList<ShipmentLine>& lines)
{
    return arrayOf(lines, [](const ShipmentLine& l) {
        QJsonObject line{
            {QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("unit_cost"), l.unitCost}};
        insertText(line, "batch", l.batch);
        insertText(line, "expiry", l.expiry);
        return line;
    });
}

QList<ShipmentLine> ShipmentLine::fromJson(const QJsonArray& lines)
{
    QList<ShipmentLine> out;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        out.append({text(l, "sku"), whole(l, "quantity"), whole(l, "unit_cost"), text(l, "batch"), text(l, "expiry")});
    }
    return out;
}

QJsonObject StockRequestSubmittedEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("store_id"), storeId},
            {QStringLiteral("source"), source},
            {QStringLiteral("note"), note},
            {QStringLiteral("staff_id"), staffId},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("lines"), linesJson(lines, false)}};
}

StockRequestSubmittedEvent StockRequestSubmittedEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "id"),   text(o, "number"),    text(o, "kind"),       text(o, "store_id"), text(o, "source"),
            text(o, "note"), whole(o, "staff_id"), text(o, "created_at"), linesFrom(o)};
}

QJsonObject StockRequestAnswerEvent::toJson() const
{
    QJsonObject out{{QStringLiteral("request_id"), requestId},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("staff_id"), staffId},
                    {QStringLiteral("at"), at}};
    insertText(out, "reason", reason);
    if (!shipmentId.isEmpty()) {
        out.insert(QStringLiteral("shipment_id"), shipmentId);
        out.insert(QStringLiteral("lines"), ShipmentLine::toJson(lines));
    }
    return out;
}

StockRequestAnswerEvent StockRequestAnswerEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "request_id"),
            text(o, "number"),
            whole(o, "staff_id"),
            text(o, "at"),
            text(o, "reason"),
            text(o, "shipment_id"),
            ShipmentLine::fromJson(o.value(QLatin1String("lines")).toArray())};
}

QJsonObject StockReceivedEvent::toJson() const
{
    QJsonObject out{{QStringLiteral("receipt_id"), receiptId},
                    {QStringLiteral("reference"), reference},
                    {QStringLiteral("expected"), expected},
                    {QStringLiteral("staff_id"), staffId},
                    {QStringLiteral("approved_by"), approvedBy},
                    {QStringLiteral("received_at"), receivedAt},
                    {QStringLiteral("value"), value},
                    {QStringLiteral("lines"), ShipmentLine::toJson(lines)}};
    if (requestId.isEmpty()) {
        out.insert(QStringLiteral("reason"), reason);
    } else {
        out.insert(QStringLiteral("request_id"), requestId);
        out.insert(QStringLiteral("discrepancies"), differencesJson(discrepancies));
    }
    return out;
}

StockReceivedEvent StockReceivedEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "receipt_id"),   text(o, "reference"),
            flag(o, "expected"),     whole(o, "staff_id"),
            whole(o, "approved_by"), text(o, "received_at"),
            whole(o, "value"),       ShipmentLine::fromJson(o.value(QLatin1String("lines")).toArray()),
            text(o, "reason"),       text(o, "request_id"),
            differencesFrom(o)};
}

QJsonObject StockRequestDocument::toJson() const
{
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("store_id"), storeId},
        {QStringLiteral("source"), source},
        {QStringLiteral("note"), note},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("lines"), linesJson(lines, true)},
        {QStringLiteral("status"), status},
        {QStringLiteral("history"), arrayOf(history, [](const Change& c) {
             return QJsonObject{{QStringLiteral("status"), c.status}, {QStringLiteral("at"), c.at}, {QStringLiteral("by"), c.by}};
         })}};
    insertText(out, "updated_at", updatedAt);
    insertText(out, "reason", reason);
    insertText(out, "answer", answer);
    if (shipment)
        out.insert(QStringLiteral("shipment"), QJsonObject{{QStringLiteral("shipment_id"), shipment->shipmentId},
                                                           {QStringLiteral("shipped_at"), shipment->shippedAt},
                                                           {QStringLiteral("lines"), ShipmentLine::toJson(shipment->lines)}});
    if (received)
        out.insert(QStringLiteral("received"), QJsonObject{{QStringLiteral("at"), received->at},
                                                           {QStringLiteral("receipt_id"), received->receiptId},
                                                           {QStringLiteral("discrepancies"), differencesJson(received->discrepancies)}});
    return out;
}

StockRequestDocument StockRequestDocument::fromJson(const QJsonObject& o)
{
    StockRequestDocument d;
    d.id = text(o, "id");
    d.number = text(o, "number");
    d.kind = text(o, "kind");
    d.storeId = text(o, "store_id");
    d.source = text(o, "source");
    d.note = text(o, "note");
    d.createdAt = text(o, "created_at");
    d.lines = linesFrom(o);
    d.status = text(o, "status");
    d.updatedAt = text(o, "updated_at");
    d.history = listOf<Change>(o, "history", [](const QJsonObject& c) { return Change{text(c, "status"), text(c, "at"), text(c, "by")}; });
    d.reason = text(o, "reason");
    d.answer = text(o, "answer");
    if (const QJsonValue s = o.value(QLatin1String("shipment")); s.isObject()) {
        const QJsonObject shipment = s.toObject();
        d.shipment = Shipment{text(shipment, "shipment_id"), text(shipment, "shipped_at"),
                              ShipmentLine::fromJson(shipment.value(QLatin1String("lines")).toArray())};
    }
    if (const QJsonValue r = o.value(QLatin1String("received")); r.isObject()) {
        const QJsonObject received = r.toObject();
        d.received = Receipt{text(received, "at"), text(received, "receipt_id"), differencesFrom(received)};
    }
    return d;
}

} // namespace omnitill::protocol
