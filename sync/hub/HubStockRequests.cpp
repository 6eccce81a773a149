#include "HubStockRequests.h"
#include "EventType.h"

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

// Applies f to each line of the body (by index), writing the lines back.
template <typename F> void forEachLine(QJsonObject& body, F f)
{
    QJsonArray lines = body.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        f(line);
        lines.replace(i, line);
    }
    body.insert(QStringLiteral("lines"), lines);
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

void addHistory(QJsonObject& body, const QString& status, const QString& at, const QString& by)
{
    QJsonArray history = body.value(QStringLiteral("history")).toArray();
    history.append(QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("at"), at}, {QStringLiteral("by"), by}});
    body.insert(QStringLiteral("history"), history);
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
    Stored s{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
    q.finish();
    return s;
}

HubStockRequests::Stored HubStockRequests::loadForIntegrator(const QString& id)
{
    std::optional<Stored> s = load(id, true);
    if (!s)
        throw HubError(404, QStringLiteral("request.unknown"), QStringLiteral("no stock request %1").arg(id));
    if (s->kind != QLatin1String("replenishment"))
        wrongState(
            QStringLiteral("%1 is a transfer: store %2 ships it").arg(s->body.value(QStringLiteral("number")).toString(), s->source));
    return *s;
}

void HubStockRequests::save(const QString& id, const Stored& s)
{
    const QString at = now();
    QJsonObject doc = s.body;
    doc.insert(QStringLiteral("status"), s.status);
    doc.insert(QStringLiteral("updated_at"), at);
    m_db.exec(QStringLiteral("UPDATE stock_requests SET status = ?, body = ?, updated_at = ? WHERE id = ?"),
              {s.status, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)), at, id});
    QList<FeedItem> items{{s.store, id, doc}};
    if (s.kind == QLatin1String("transfer"))
        items.append({s.source, id, doc});
    m_feeds.publish(QStringLiteral("requests"), items);
}

QString HubStockRequests::create(const QString& storeId, const QString& type, const QJsonObject& body)
{
    const QString id = body.value(QStringLiteral("id")).toString();
    const QString number = body.value(QStringLiteral("number")).toString();
    if (id.isEmpty() || id.size() > 64)
        return QStringLiteral("%1 %2 without an id").arg(type, number);
    if (load(id, false))
        return QStringLiteral("stock request %1 (%2) was submitted twice").arg(number, id);
    const bool transfer = type == protocol::EventType::kTransferRequested;
    Stored s{storeId, transfer ? body.value(QStringLiteral("source")).toString() : QStringLiteral("warehouse"),
             transfer ? QStringLiteral("transfer") : QStringLiteral("replenishment"), QStringLiteral("submitted"), body};
    s.body.remove(QStringLiteral("staff_id"));
    s.body.insert(QStringLiteral("store_id"), storeId);
    s.body.insert(QStringLiteral("kind"), s.kind);
    s.body.insert(QStringLiteral("source"), s.source);
    forEachLine(s.body, [](QJsonObject& l) {
        l.insert(QStringLiteral("shipped"), 0);
        l.insert(QStringLiteral("received"), 0);
    });
    QString conflict;
    if (transfer && (s.source == storeId || !m_db.scalar(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"), {s.source}).isValid())) {
        conflict = QStringLiteral("transfer %1 of store %2 asks unknown store '%3'").arg(number, storeId, s.source);
        s.status = QStringLiteral("rejected");
        s.body.insert(QStringLiteral("reason"), QStringLiteral("unknown store"));
    }
    addHistory(s.body, s.status, now(), storeId);
    const QString created = body.value(QStringLiteral("created_at")).toString();
    m_db.exec(QStringLiteral("INSERT INTO stock_requests(id, number, kind, store_id, source, status, body, created_at, updated_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, '{}', ?, ?)"),
              {id, number, s.kind, storeId, s.source, s.status, created.isEmpty() ? now() : created, now()});
    save(id, s);
    return conflict;
}

QString HubStockRequests::post(const QString& storeId, const QString& type, const QJsonObject& body)
{
    if (type == protocol::EventType::kReplenishmentSubmitted || type == protocol::EventType::kTransferRequested)
        return create(storeId, type, body);

    const QString id = body.value(QStringLiteral("request_id")).toString();
    std::optional<Stored> found = load(id, true);
    if (!found) {
        if (type == protocol::EventType::kStockReceived)
            return QStringLiteral("store %1 received goods against request %2, which the hub does not know").arg(storeId, id);
        return QStringLiteral("%1 for stock request %2, which the hub does not know").arg(type, id);
    }
    Stored s = *found;
    const QString number = s.body.value(QStringLiteral("number")).toString();
    const QString at = body.value(QStringLiteral("at")).toString(now());
    QString conflict;
    if (type == protocol::EventType::kReplenishmentCancelled || type == protocol::EventType::kTransferCancelled) {
        if (s.store != storeId)
            return QStringLiteral("store %1 cancelled request %2 of store %3").arg(storeId, number, s.store);
        if (!open(s.status))
            return QStringLiteral("store %1 cancelled request %2, but it was already %3").arg(storeId, number, s.status);
        s.status = QStringLiteral("cancelled");
    } else if (type == protocol::EventType::kTransferRefused || type == protocol::EventType::kTransferShipped) {
        if (s.kind != QLatin1String("transfer") || s.source != storeId)
            return QStringLiteral("store %1 answered request %2, which is not a transfer from it").arg(storeId, number);
        if (type == protocol::EventType::kTransferRefused) {
            if (!open(s.status))
                return QStringLiteral("store %1 refused transfer %2, but it was already %3").arg(storeId, number, s.status);
            s.status = QStringLiteral("rejected");
            s.body.insert(QStringLiteral("reason"), body.value(QStringLiteral("reason")));
        } else {
            // The goods are on their way whatever the request's state: record it, and say so.
            if (!open(s.status))
                conflict = QStringLiteral("store %1 shipped transfer %2 although it was %3: the goods are on their way to store %4")
                               .arg(storeId, number, s.status, s.store);
            if (s.status == QLatin1String("shipped") || s.status == QLatin1String("received"))
                return QStringLiteral("store %1 shipped transfer %2 twice").arg(storeId, number);
            QHash<QString, qint64> shipped;
            for (const QJsonValue& v : body.value(QStringLiteral("lines")).toArray())
                shipped[v.toObject().value(QStringLiteral("sku")).toString()] += v.toObject().value(QStringLiteral("quantity")).toInteger();
            forEachLine(s.body, [&](QJsonObject& l) {
                const qint64 q = shipped.value(l.value(QStringLiteral("sku")).toString());
                l.insert(QStringLiteral("approved"), q);
                l.insert(QStringLiteral("shipped"), q);
            });
            s.body.insert(QStringLiteral("shipment"),
                          QJsonObject{{QStringLiteral("shipment_id"), body.value(QStringLiteral("shipment_id"))},
                                      {QStringLiteral("shipped_at"), at},
                                      {QStringLiteral("lines"), body.value(QStringLiteral("lines"))}});
            s.status = QStringLiteral("shipped");
        }
    } else if (type == protocol::EventType::kStockReceived) {
        if (s.store != storeId)
            return QStringLiteral("store %1 received request %2 of store %3").arg(storeId, number, s.store);
        if (s.status == QLatin1String("received"))
            return QStringLiteral("store %1 received request %2 twice").arg(storeId, number);
        if (s.status != QLatin1String("shipped"))
            conflict = QStringLiteral("store %1 received request %2, which was %3, not shipped").arg(storeId, number, s.status);
        QHash<QString, qint64> received;
        for (const QJsonValue& v : body.value(QStringLiteral("lines")).toArray())
            received[v.toObject().value(QStringLiteral("sku")).toString()] += v.toObject().value(QStringLiteral("quantity")).toInteger();
        forEachLine(s.body, [&](QJsonObject& l) {
            l.insert(QStringLiteral("received"), received.value(l.value(QStringLiteral("sku")).toString()));
        });
        s.body.insert(QStringLiteral("received"),
                      QJsonObject{{QStringLiteral("at"), body.value(QStringLiteral("received_at"))},
                                  {QStringLiteral("receipt_id"), body.value(QStringLiteral("receipt_id"))},
                                  {QStringLiteral("discrepancies"), body.value(QStringLiteral("discrepancies"))}});
        s.status = QStringLiteral("received");
    } else {
        return QStringLiteral("unknown stock request event %1 for %2").arg(type, number);
    }
    addHistory(s.body, s.status, at, storeId);
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
        QJsonObject doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        doc.insert(QStringLiteral("status"), q.value(1).toString());
        doc.insert(QStringLiteral("updated_at"), q.value(2).toString());
        items.append(doc);
    }
    q.finish();
    return {{QStringLiteral("requests"), items}};
}

QJsonObject HubStockRequests::request(const QString& id)
{
    const std::optional<Stored> s = load(id, false);
    if (!s)
        throw HubError(404, QStringLiteral("request.unknown"), QStringLiteral("no stock request %1").arg(id));
    QJsonObject doc = s->body;
    doc.insert(QStringLiteral("status"), s->status);
    doc.insert(QStringLiteral("updated_at"),
               m_db.scalar(QStringLiteral("SELECT updated_at FROM stock_requests WHERE id = ?"), {id}).toString());
    return doc;
}

QJsonObject HubStockRequests::record(HubTransaction& tx, const QString& id, const Stored& stored)
{
    Stored s = stored;
    addHistory(s.body, s.status, now(), QStringLiteral("warehouse"));
    save(id, s);
    tx.commit();
    return request(id);
}

QJsonObject HubStockRequests::approve(const QString& id, const QJsonObject& body)
{
    HubTransaction tx(m_db);
    Stored s = loadForIntegrator(id);
    const QJsonArray before = s.body.value(QStringLiteral("lines")).toArray();
    const QString number = s.body.value(QStringLiteral("number")).toString();
    const QHash<QString, qint64> answer = bySku(body.value(QStringLiteral("lines")).toArray(), number);
    QHash<QString, qint64> approved;
    bool any = false;
    forEachLine(s.body, [&](QJsonObject& l) {
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const qint64 requested = l.value(QStringLiteral("requested")).toInteger();
        const qint64 q = answer.value(sku, requested);
        if (q > requested)
            invalid(QStringLiteral("%1: %2 approved, but only %3 asked for").arg(sku).arg(q).arg(requested));
        approved.insert(sku, q);
        any = any || q > 0;
        l.insert(QStringLiteral("approved"), q);
    });
    for (auto it = answer.cbegin(); it != answer.cend(); ++it) {
        if (!approved.contains(it.key()))
            invalid(QStringLiteral("%1 does not ask for %2").arg(number, it.key()));
    }
    if (s.status == QLatin1String("approved")) {
        // Sent again after a lost answer: the same approval is answered, another is refused.
        bool same = true;
        for (const QJsonValue& v : before)
            same = same && v.toObject().value(QStringLiteral("approved")).toInteger() ==
                               approved.value(v.toObject().value(QStringLiteral("sku")).toString());
        if (!same)
            wrongState(QStringLiteral("%1 was already approved with other quantities").arg(number));
        return request(id);
    }
    if (s.status != QLatin1String("submitted"))
        wrongState(QStringLiteral("%1 is %2: only a submitted request can be approved").arg(number, s.status));
    s.status = any ? QStringLiteral("approved") : QStringLiteral("rejected");
    if (!any)
        s.body.insert(QStringLiteral("reason"), body.value(QStringLiteral("note")).toString(QStringLiteral("nothing approved")));
    else if (body.contains(QStringLiteral("note")))
        s.body.insert(QStringLiteral("answer"), body.value(QStringLiteral("note")).toString());
    return record(tx, id, s);
}

QJsonObject HubStockRequests::reject(const QString& id, const QJsonObject& body)
{
    HubTransaction tx(m_db);
    Stored s = loadForIntegrator(id);
    const QString number = s.body.value(QStringLiteral("number")).toString();
    const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty() || reason.size() > 500)
        invalid(QStringLiteral("say why %1 is rejected (up to 500 characters)").arg(number));
    if (s.status == QLatin1String("rejected"))
        return request(id);
    if (!open(s.status))
        wrongState(QStringLiteral("%1 is %2: it can no longer be rejected").arg(number, s.status));
    s.status = QStringLiteral("rejected");
    s.body.insert(QStringLiteral("reason"), reason);
    return record(tx, id, s);
}

QJsonObject HubStockRequests::ship(const QString& id, const QJsonObject& body)
{
    HubTransaction tx(m_db);
    Stored s = loadForIntegrator(id);
    const QString number = s.body.value(QStringLiteral("number")).toString();
    const QString shipmentId = body.value(QStringLiteral("shipment_id")).toString().trimmed();
    if (shipmentId.isEmpty() || shipmentId.size() > 64)
        invalid(QStringLiteral("%1: a shipment needs a shipment_id (up to 64 characters)").arg(number));
    if (s.status == QLatin1String("shipped") || s.status == QLatin1String("received")) {
        if (s.body.value(QStringLiteral("shipment")).toObject().value(QStringLiteral("shipment_id")).toString() == shipmentId)
            return request(id); // the same shipment sent again
        wrongState(QStringLiteral("%1 was already shipped").arg(number));
    }
    if (s.status != QLatin1String("approved"))
        wrongState(QStringLiteral("%1 is %2: approve it before shipping").arg(number, s.status));
    const QJsonArray lines = body.value(QStringLiteral("lines")).toArray();
    const QHash<QString, qint64> shipped = bySku(lines, number);
    QJsonArray clean;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        QJsonObject out{{QStringLiteral("sku"), l.value(QStringLiteral("sku"))},
                        {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))}};
        const QString batch = l.value(QStringLiteral("batch")).toString();
        if (batch.size() > 20)
            invalid(QStringLiteral("%1: a batch is up to 20 characters (GS1 AI 10)").arg(number));
        if (!batch.isEmpty())
            out.insert(QStringLiteral("batch"), batch);
        if (l.contains(QStringLiteral("expiry"))) {
            const QDate expiry = QDate::fromString(l.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
            if (!expiry.isValid())
                invalid(QStringLiteral("%1: expiry is a date, YYYY-MM-DD").arg(number));
            out.insert(QStringLiteral("expiry"), expiry.toString(Qt::ISODate));
        }
        const qint64 cost = l.value(QStringLiteral("unit_cost")).toInteger();
        if (cost < 0 || cost > 10000000000)
            invalid(QStringLiteral("%1: unit_cost is minor units from 0").arg(number));
        out.insert(QStringLiteral("unit_cost"), cost);
        clean.append(out);
    }
    QSet<QString> asked;
    forEachLine(s.body, [&](QJsonObject& l) {
        const QString sku = l.value(QStringLiteral("sku")).toString();
        asked.insert(sku);
        const qint64 q = shipped.value(sku);
        if (q > l.value(QStringLiteral("approved")).toInteger())
            invalid(QStringLiteral("%1: %2 shipped, but only %3 approved")
                        .arg(sku)
                        .arg(q)
                        .arg(l.value(QStringLiteral("approved")).toInteger()));
        l.insert(QStringLiteral("shipped"), q);
    });
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        if (!asked.contains(it.key()))
            invalid(QStringLiteral("%1 does not ask for %2").arg(number, it.key()));
    }
    s.status = QStringLiteral("shipped");
    s.body.insert(
        QStringLiteral("shipment"),
        QJsonObject{{QStringLiteral("shipment_id"), shipmentId}, {QStringLiteral("shipped_at"), now()}, {QStringLiteral("lines"), clean}});
    return record(tx, id, s);
}

} // namespace omnitill::hub
