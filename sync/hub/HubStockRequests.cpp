#include "HubStockRequests.h"
#include "EventType.h"
#include "StockRequestEvents.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "common/Clock.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace omnitill::hub {

namespace {
constexpr qint64 kMaxQuantity = 100000000;
constexpr int kMaxLines = 2000;

[[noreturn]] void invalid(const QString& what)
{
    throw HubError(400, QStringLiteral("request.invalid"), what);
}

[[noreturn]] void wrongState(const QString& what)
{
    throw HubError(409, QStringLiteral("request.state"), what);
}

// Quantities per SKU of an array of {sku, quantity}.
QHash<QString, qint64> bySku(const QJsonArray& lines, const QString& what)
{
    QHash<QString, qint64> out;
    if (lines.size() > kMaxLines)
        invalid(QStringLiteral("%1: at most %2 lines").arg(what).arg(kMaxLines));
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const QJsonValue q = l.value(QStringLiteral("quantity"));
        if (sku.isEmpty() || !q.isDouble() || q.toDouble() != double(q.toInteger()) || q.toInteger() < 0 || q.toInteger() > kMaxQuantity)
            invalid(QStringLiteral("%1: each line needs a sku and a whole quantity from 0").arg(what));
        out[sku] += q.toInteger();
    }
    return out;
}

QHash<QString, qint64> bySku(const QList<protocol::ShipmentLine>& lines)
{
    QHash<QString, qint64> out;
    for (const protocol::ShipmentLine& l : lines)
        out[l.sku] += l.quantity;
    return out;
}

bool open(const QString& status)
{
    return status == QLatin1String("submitted") || status == QLatin1String("approved");
}
} // namespace

QString HubStockRequests::now() const
{
    return isoUtc(m_clock.nowUtc());
}

std::optional<HubStockRequests::Stored> HubStockRequests::load(const QString& id, bool forUpdate)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT store_id, source, kind, status, body FROM stock_requests WHERE id = ?") +
                                 (forUpdate && m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                             {id});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    Stored s{
        q.value(QStringLiteral("store_id")).toString(), q.value(QStringLiteral("source")).toString(),
        q.value(QStringLiteral("kind")).toString(), q.value(QStringLiteral("status")).toString(),
        protocol::StockRequestDocument::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object())};
    q.finish();
    return s;
}

HubStockRequests::Stored HubStockRequests::loadForIntegrator(const QString& id)
{
    std::optional<Stored> s = load(id, true);
    if (!s)
        throw HubError(404, QStringLiteral("request.unknown"), QStringLiteral("no stock request %1").arg(id));
    if (s->kind != protocol::StockRequestSubmittedEvent::kReplenishment)
        wrongState(QStringLiteral("%1 is a transfer: store %2 ships it").arg(s->doc.number, s->source));
    return *s;
}

void HubStockRequests::save(const QString& id, const Stored& s)
{
    const QString at = now();
    protocol::StockRequestDocument published = s.doc;
    published.status = s.status;
    published.updatedAt = at;
    const QJsonObject doc = published.toJson();
    m_db.exec(QStringLiteral("UPDATE stock_requests SET status = ?, body = ?, updated_at = ? WHERE id = ?"),
              {s.status, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)), at, id});
    QList<FeedItem> items{{s.store, id, doc}};
    if (s.kind == protocol::StockRequestSubmittedEvent::kTransfer)
        items.append({s.source, id, doc});
    m_feeds.publish(protocol::StockRequestDocument::kFeed, items);
}

QString HubStockRequests::create(const QString& storeId, const QString& type, const QJsonObject& body)
{
    using protocol::StockRequestSubmittedEvent;
    const StockRequestSubmittedEvent asked = StockRequestSubmittedEvent::fromJson(body);
    if (asked.id.isEmpty() || asked.id.size() > 64)
        return QStringLiteral("%1 %2 without an id").arg(type, asked.number);
    if (load(asked.id, false))
        return QStringLiteral("stock request %1 (%2) was submitted twice").arg(asked.number, asked.id);
    const bool transfer = type == protocol::EventType::kTransferRequested;
    Stored s{storeId,
             transfer ? asked.source : QStringLiteral("warehouse"),
             transfer ? StockRequestSubmittedEvent::kTransfer : StockRequestSubmittedEvent::kReplenishment,
             QStringLiteral("submitted"),
             {}};
    s.doc.id = asked.id;
    s.doc.number = asked.number;
    s.doc.kind = s.kind;
    s.doc.storeId = storeId;
    s.doc.source = s.source;
    s.doc.note = asked.note;
    s.doc.createdAt = asked.createdAt;
    for (const protocol::StockRequestLine& l : asked.lines)
        s.doc.lines.append({l.sku, l.name, l.requested, std::nullopt, 0, 0});
    QString conflict;
    if (transfer && (s.source == storeId || !m_db.scalar(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"), {s.source}).isValid())) {
        conflict = QStringLiteral("transfer %1 of store %2 asks unknown store '%3'").arg(asked.number, storeId, s.source);
        s.status = QStringLiteral("rejected");
        s.doc.reason = QStringLiteral("unknown store");
    }
    s.doc.history.append({s.status, now(), storeId});
    m_db.exec(QStringLiteral("INSERT INTO stock_requests(id, number, kind, store_id, source, status, body, created_at, updated_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, '{}', ?, ?)"),
              {asked.id, asked.number, s.kind, storeId, s.source, s.status, asked.createdAt.isEmpty() ? now() : asked.createdAt, now()});
    save(asked.id, s);
    return conflict;
}

QString HubStockRequests::post(const QString& storeId, const QString& type, const QJsonObject& body)
{
    if (type == protocol::EventType::kReplenishmentSubmitted || type == protocol::EventType::kTransferRequested)
        return create(storeId, type, body);

    const bool received = type == protocol::EventType::kStockReceived;
    const protocol::StockRequestAnswerEvent answer = protocol::StockRequestAnswerEvent::fromJson(body);
    const protocol::StockReceivedEvent booked = received ? protocol::StockReceivedEvent::fromJson(body) : protocol::StockReceivedEvent{};
    const QString id = received ? booked.requestId : answer.requestId;
    std::optional<Stored> found = load(id, true);
    if (!found) {
        if (received)
            return QStringLiteral("store %1 received goods against request %2, which the hub does not know").arg(storeId, id);
        return QStringLiteral("%1 for stock request %2, which the hub does not know").arg(type, id);
    }
    Stored s = *found;
    const QString number = s.doc.number;
    const QString at = answer.at.isEmpty() ? now() : answer.at;
    QString conflict;
    if (type == protocol::EventType::kReplenishmentCancelled || type == protocol::EventType::kTransferCancelled) {
        if (s.store != storeId)
            return QStringLiteral("store %1 cancelled request %2 of store %3").arg(storeId, number, s.store);
        if (!open(s.status))
            return QStringLiteral("store %1 cancelled request %2, but it was already %3").arg(storeId, number, s.status);
        s.status = QStringLiteral("cancelled");
    } else if (type == protocol::EventType::kTransferRefused || type == protocol::EventType::kTransferShipped) {
        if (s.kind != protocol::StockRequestSubmittedEvent::kTransfer || s.source != storeId)
            return QStringLiteral("store %1 answered request %2, which is not a transfer from it").arg(storeId, number);
        if (type == protocol::EventType::kTransferRefused) {
            if (!open(s.status))
                return QStringLiteral("store %1 refused transfer %2, but it was already %3").arg(storeId, number, s.status);
            s.status = QStringLiteral("rejected");
            s.doc.reason = answer.reason;
        } else {
            // The goods are on their way whatever the request's state: record it, and say so.
            if (!open(s.status))
                conflict = QStringLiteral("store %1 shipped transfer %2 although it was %3: the goods are on their way to store %4")
                               .arg(storeId, number, s.status, s.store);
            if (s.status == QLatin1String("shipped") || s.status == QLatin1String("received"))
                return QStringLiteral("store %1 shipped transfer %2 twice").arg(storeId, number);
            const QHash<QString, qint64> shipped = bySku(answer.lines);
            for (protocol::StockRequestLine& l : s.doc.lines) {
                l.approved = shipped.value(l.sku);
                l.shipped = shipped.value(l.sku);
            }
            s.doc.shipment = protocol::StockRequestDocument::Shipment{answer.shipmentId, at, answer.lines};
            s.status = QStringLiteral("shipped");
        }
    } else if (received) {
        if (s.store != storeId)
            return QStringLiteral("store %1 received request %2 of store %3").arg(storeId, number, s.store);
        if (s.status == QLatin1String("received"))
            return QStringLiteral("store %1 received request %2 twice").arg(storeId, number);
        if (s.status != QLatin1String("shipped"))
            conflict = QStringLiteral("store %1 received request %2, which was %3, not shipped").arg(storeId, number, s.status);
        const QHash<QString, qint64> got = bySku(booked.lines);
        for (protocol::StockRequestLine& l : s.doc.lines)
            l.received = got.value(l.sku);
        s.doc.received = protocol::StockRequestDocument::Receipt{booked.receivedAt, booked.receiptId, booked.discrepancies};
        s.status = QStringLiteral("received");
    } else {
        return QStringLiteral("unknown stock request event %1 for %2").arg(type, number);
    }
    s.doc.history.append({s.status, at, storeId});
    save(id, s);
    return conflict;
}

QJsonObject HubStockRequests::list(const QString& kind, const QString& status, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    QJsonArray items;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT body, status, updated_at FROM stock_requests WHERE kind = ? AND (? = '' OR status = ?)"
                                            " ORDER BY created_at, id LIMIT ?"),
                             {kind.isEmpty() ? QStringLiteral("replenishment") : kind, status, status, limit});
    while (q.next()) {
        protocol::StockRequestDocument doc =
            protocol::StockRequestDocument::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
        doc.status = q.value(QStringLiteral("status")).toString();
        doc.updatedAt = q.value(QStringLiteral("updated_at")).toString();
        items.append(doc.toJson());
    }
    q.finish();
    return {{protocol::StockRequestDocument::kFeed, items}};
}

QJsonObject HubStockRequests::request(const QString& id)
{
    const std::optional<Stored> s = load(id, false);
    if (!s)
        throw HubError(404, QStringLiteral("request.unknown"), QStringLiteral("no stock request %1").arg(id));
    protocol::StockRequestDocument doc = s->doc;
    doc.status = s->status;
    doc.updatedAt = m_db.scalar(QStringLiteral("SELECT updated_at FROM stock_requests WHERE id = ?"), {id}).toString();
    return doc.toJson();
}

QJsonObject HubStockRequests::record(HubTransaction& tx, const QString& id, const Stored& stored)
{
    Stored s = stored;
    s.doc.history.append({s.status, now(), QStringLiteral("warehouse")});
    save(id, s);
    tx.commit();
    return request(id);
}

QJsonObject HubStockRequests::approve(const QString& id, const QJsonObject& body)
{
    HubTransaction tx(m_db);
    Stored s = loadForIntegrator(id);
    const QList<protocol::StockRequestLine> before = s.doc.lines;
    const QString& number = s.doc.number;
    const QHash<QString, qint64> answer = bySku(body.value(QStringLiteral("lines")).toArray(), number);
    QHash<QString, qint64> approved;
    bool any = false;
    for (protocol::StockRequestLine& l : s.doc.lines) {
        const qint64 q = answer.value(l.sku, l.requested);
        if (q > l.requested)
            invalid(QStringLiteral("%1: %2 approved, but only %3 asked for").arg(l.sku).arg(q).arg(l.requested));
        approved.insert(l.sku, q);
        any = any || q > 0;
        l.approved = q;
    }
    for (auto it = answer.cbegin(); it != answer.cend(); ++it) {
        if (!approved.contains(it.key()))
            invalid(QStringLiteral("%1 does not ask for %2").arg(number, it.key()));
    }
    if (s.status == QLatin1String("approved")) {
        // Sent again after a lost answer: the same approval is answered, another is refused.
        bool same = true;
        for (const protocol::StockRequestLine& l : before)
            same = same && l.approved.value_or(0) == approved.value(l.sku);
        if (!same)
            wrongState(QStringLiteral("%1 was already approved with other quantities").arg(number));
        return request(id);
    }
    if (s.status != QLatin1String("submitted"))
        wrongState(QStringLiteral("%1 is %2: only a submitted request can be approved").arg(number, s.status));
    s.status = any ? QStringLiteral("approved") : QStringLiteral("rejected");
    if (!any)
        s.doc.reason = body.value(QStringLiteral("note")).toString(QStringLiteral("nothing approved"));
    else if (body.contains(QStringLiteral("note")))
        s.doc.answer = body.value(QStringLiteral("note")).toString();
    return record(tx, id, s);
}

QJsonObject HubStockRequests::reject(const QString& id, const QJsonObject& body)
{
    HubTransaction tx(m_db);
    Stored s = loadForIntegrator(id);
    const QString& number = s.doc.number;
    const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty() || reason.size() > 500)
        invalid(QStringLiteral("say why %1 is rejected (up to 500 characters)").arg(number));
    if (s.status == QLatin1String("rejected"))
        return request(id);
    if (!open(s.status))
        wrongState(QStringLiteral("%1 is %2: it can no longer be rejected").arg(number, s.status));
    s.status = QStringLiteral("rejected");
    s.doc.reason = reason;
    return record(tx, id, s);
}

QJsonObject HubStockRequests::ship(const QString& id, const QJsonObject& body)
{
    HubTransaction tx(m_db);
    Stored s = loadForIntegrator(id);
    const QString& number = s.doc.number;
    const QString shipmentId = body.value(QStringLiteral("shipment_id")).toString().trimmed();
    if (shipmentId.isEmpty() || shipmentId.size() > 64)
        invalid(QStringLiteral("%1: a shipment needs a shipment_id (up to 64 characters)").arg(number));
    if (s.status == QLatin1String("shipped") || s.status == QLatin1String("received")) {
        if (s.doc.shipment && s.doc.shipment->shipmentId == shipmentId)
            return request(id); // the same shipment sent again
        wrongState(QStringLiteral("%1 was already shipped").arg(number));
    }
    if (s.status != QLatin1String("approved"))
        wrongState(QStringLiteral("%1 is %2: approve it before shipping").arg(number, s.status));
    const QJsonArray lines = body.value(QStringLiteral("lines")).toArray();
    const QHash<QString, qint64> shipped = bySku(lines, number);
    // The integrator's lines are checked as they came, then kept in the wire's form.
    QList<protocol::ShipmentLine> clean;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        protocol::ShipmentLine out{l.value(QStringLiteral("sku")).toString(), l.value(QStringLiteral("quantity")).toInteger(), 0, {}, {}};
        out.batch = l.value(QStringLiteral("batch")).toString();
        if (out.batch.size() > 20)
            invalid(QStringLiteral("%1: a batch is up to 20 characters (GS1 AI 10)").arg(number));
        if (l.contains(QStringLiteral("expiry"))) {
            const QDate expiry = QDate::fromString(l.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
            if (!expiry.isValid())
                invalid(QStringLiteral("%1: expiry is a date, YYYY-MM-DD").arg(number));
            out.expiry = expiry.toString(Qt::ISODate);
        }
        out.unitCost = l.value(QStringLiteral("unit_cost")).toInteger();
        if (out.unitCost < 0 || out.unitCost > 10000000000)
            invalid(QStringLiteral("%1: unit_cost is minor units from 0").arg(number));
        clean.append(out);
    }
    QSet<QString> asked;
    for (protocol::StockRequestLine& l : s.doc.lines) {
        asked.insert(l.sku);
        const qint64 q = shipped.value(l.sku);
        if (q > l.approved.value_or(0))
            invalid(QStringLiteral("%1: %2 shipped, but only %3 approved").arg(l.sku).arg(q).arg(l.approved.value_or(0)));
        l.shipped = q;
    }
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        if (!asked.contains(it.key()))
            invalid(QStringLiteral("%1 does not ask for %2").arg(number, it.key()));
    }
    s.status = QStringLiteral("shipped");
    s.doc.shipment = protocol::StockRequestDocument::Shipment{shipmentId, now(), clean};
    return record(tx, id, s);
}

} // namespace omnitill::hub
