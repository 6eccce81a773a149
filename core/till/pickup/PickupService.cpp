#include "PickupService.h"
#include "EventType.h"
#include "print/PrintQueue.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/LikePattern.h"
#include "common/Tr.h"
#include "crypto/HubTokenRefusal.h"
#include "journal/Journal.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "outbox/Outbox.h"
#include "staff/StaffService.h"
#include "stock/StockLedger.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "tax/TaxCalculator.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace omnitill {

namespace {
// A weighed line may be picked up to this much over what was ordered (nobody cuts cheese to the
// gram); the customer still pays the agreed price.
constexpr qint64 kWeightTolerancePercent = 10;

// The one rule for where an order stands, used for the list and for a single order. The hub's
// word on cancellation wins over the desk's progress until the goods have left.
const QString kStatusSql = QStringLiteral("CASE WHEN p.status = 'collected' OR o.status = 'collected' THEN 'collected'"
                                          " WHEN p.status = 'restocked' OR o.status = 'returned' THEN 'restocked'"
                                          " WHEN o.status = 'cancelled' THEN 'cancelled'"
                                          " WHEN p.status = 'ready' OR (p.status IS NULL AND o.status = 'ready') THEN"
                                          "  CASE WHEN coalesce(p.ready_at, o.updated_at) < ? THEN 'overdue' ELSE 'ready' END"
                                          " WHEN p.status = 'picking' THEN 'picking' ELSE 'to_pick' END");

[[noreturn]] void refuse(const char* code, const QString& message)
{
    throw DomainError(QString::fromLatin1(code), message);
}

qint64 pickLimit(const PickupLine& l)
{
    return l.unit == Unit::Weight ? l.ordered + l.ordered * kWeightTolerancePercent / 100 : l.ordered;
}

void requireLive(const Session& session)
{
    if (!session.isValid())
        refuse("auth.no_session", Tr::tr("Nobody is logged in"));
    if (session.training)
        refuse("pickup.training", Tr::tr("Online orders are real customers' orders: leave training mode to work on them"));
}
} // namespace

PickupService::PickupService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                             Journal& journal, Outbox& outbox, SaleService& sales, PrintQueue& printQueue)
    : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog), m_staff(staff), m_journal(journal), m_outbox(outbox),
      m_sales(sales), m_printQueue(printQueue)
{
}

QString PickupService::overdueBefore() const
{
    const int days = m_settings.value(QStringLiteral("pickup.overdue_days"), QStringLiteral("7")).toInt();
    return isoUtc(m_clock.nowUtc().addDays(-std::max(days, 1)));
}

QList<PickupSummary> PickupService::list(const PickupSearch& search)
{
    QString sql = QStringLiteral("SELECT o.id, o.number, o.customer_name, o.phone, o.paid, o.total, o.currency,"
                                 " json_extract(o.body, '$.created_at'), %1 AS st FROM online_orders o"
                                 " LEFT JOIN pickups p ON p.order_id = o.id")
                      .arg(kStatusSql);
    QVariantList bindings{overdueBefore()};
    QStringList where;
    const QString text = search.text.trimmed();
    if (!text.isEmpty()) {
        const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QString match = QStringLiteral("o.number LIKE ? ESCAPE '\\' OR o.customer_name LIKE ? ESCAPE '\\'");
        bindings << likeEscaped(text) + QLatin1Char('%') << QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
        static const QRegularExpression phoneLike(QStringLiteral("^[0-9 +()-]+$"));
        if (digits.size() >= 3 && phoneLike.match(text).hasMatch()) {
            match += QStringLiteral(" OR replace(replace(o.phone, ' ', ''), '-', '') LIKE ?");
            bindings << QLatin1Char('%') + digits;
        }
        where << QLatin1Char('(') + match + QLatin1Char(')');
    }
    if (search.status) {
        where << QStringLiteral("st = ?");
        bindings << pickupStatusName(*search.status);
    } else if (search.openOnly) {
        where << QStringLiteral("st IN ('to_pick', 'picking', 'ready', 'overdue')");
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY o.number LIMIT ?");
    bindings << std::clamp(search.limit, 1, 5000);
    QList<PickupSummary> out;
    QSqlQuery& q = m_db.exec(sql, bindings);
    while (q.next()) {
        PickupSummary s;
        s.id = q.value(0).toString();
        s.number = q.value(1).toString();
        s.customerName = q.value(2).toString();
        s.phone = q.value(3).toString();
        s.paid = q.value(4).toInt() != 0;
        s.total = q.value(5).toLongLong();
        s.currency = q.value(6).toString();
        s.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        s.status = pickupStatusFromName(q.value(8).toString());
        out.append(s);
    }
    q.finish();
    return out;
}

QHash<PickupStatus, int> PickupService::counts()
{
    QHash<PickupStatus, int> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT %1 AS st, count(*) FROM online_orders o LEFT JOIN pickups p ON p.order_id = o.id"
                                            " GROUP BY st")
                                 .arg(kStatusSql),
                             {overdueBefore()});
    while (q.next())
        out.insert(pickupStatusFromName(q.value(0).toString()), q.value(1).toInt());
    q.finish();
    return out;
}

PickupOrder PickupService::load(const QString& orderId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT o.id, o.store_id, o.number, o.status, o.customer_name, o.phone, o.paid, o.currency,"
                                            " o.total, o.body, p.order_id, p.ready_at, p.collected_at, p.sale_id, p.refund_due, %1"
                                            " FROM online_orders o LEFT JOIN pickups p ON p.order_id = o.id WHERE o.id = ?")
                                 .arg(kStatusSql),
                             {overdueBefore(), orderId});
    if (!q.next()) {
        q.finish();
        refuse("pickup.unknown", Tr::tr("This till has not received online order %1").arg(orderId));
    }
    PickupOrder o;
    o.id = q.value(0).toString();
    o.storeId = q.value(1).toString();
    o.number = q.value(2).toString();
    o.hubStatus = q.value(3).toString();
    o.customerName = q.value(4).toString();
    o.phone = q.value(5).toString();
    o.paid = q.value(6).toInt() != 0;
    o.currency = q.value(7).toString();
    o.total = q.value(8).toLongLong();
    const QJsonObject body = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    const bool local = !q.value(10).isNull();
    o.readyAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    o.collectedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    o.saleId = q.value(13).toString();
    o.refundDue = q.value(14).toLongLong();
    o.status = pickupStatusFromName(q.value(15).toString());
    q.finish();
    o.pickupToken = body.value(QStringLiteral("pickup_token")).toString();
    o.createdAt = QDateTime::fromString(body.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    const QJsonArray lines = body.value(QStringLiteral("lines")).toArray();
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        PickupLine line;
        line.line = i + 1;
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.name = l.value(QStringLiteral("name")).toString();
        line.ordered = l.value(QStringLiteral("quantity")).toInteger();
        line.unitPrice = l.value(QStringLiteral("unit_price")).toInteger();
        line.total = l.value(QStringLiteral("total")).toInteger();
        line.productId = m_catalog.idForSku(line.sku);
        if (const std::optional<Product> p = line.productId ? m_catalog.findById(line.productId) : std::nullopt)
            line.unit = p->unit;
        o.lines.append(line);
    }
    auto applyPicked = [&](int lineNo, qint64 picked, const QString& shortConsent, qint64 subProduct, qint64 subQuantity, qint64 subPrice,
                           const QString& subConsent, bool refused) {
        if (lineNo < 1 || lineNo > o.lines.size())
            return;
        PickupLine& line = o.lines[lineNo - 1];
        line.picked = picked;
        line.shortConsent = shortConsent;
        line.substituteProductId = subProduct;
        line.substituteQuantity = subQuantity;
        line.substituteUnitPrice = subPrice;
        line.substituteConsent = subConsent;
        line.refused = refused;
        if (const std::optional<Product> p = subProduct ? m_catalog.findById(subProduct) : std::nullopt) {
            line.substituteSku = p->sku;
            line.substituteName = p->name(QStringLiteral("en"));
        }
    };
    if (local) {
        QSqlQuery& l = m_db.exec(QStringLiteral("SELECT line_no, picked, short_consent, substitute_product_id, substitute_quantity,"
                                                " substitute_price, substitute_consent, refused FROM pickup_lines WHERE order_id = ?"),
                                 {orderId});
        while (l.next())
            applyPicked(l.value(0).toInt(), l.value(1).toLongLong(), l.value(2).toString(), l.value(3).toLongLong(),
                        l.value(4).toLongLong(), l.value(5).toLongLong(), l.value(6).toString(), l.value(7).toInt() != 0);
        l.finish();
    } else {
        // Picked at another device of this store: the hub passed on what was picked.
        for (const QJsonValue& v : body.value(QStringLiteral("picked")).toArray()) {
            const QJsonObject p = v.toObject();
            applyPicked(p.value(QStringLiteral("line")).toInt(), p.value(QStringLiteral("picked")).toInteger(),
                        p.value(QStringLiteral("short_consent")).toString(),
                        m_catalog.idForSku(p.value(QStringLiteral("substitute_sku")).toString()),
                        p.value(QStringLiteral("substitute_quantity")).toInteger(),
                        p.value(QStringLiteral("substitute_unit_price")).toInteger(),
                        p.value(QStringLiteral("substitute_consent")).toString(), false);
        }
    }
    return o;
}

QString PickupService::orderForToken(const QString& token)
{
    const QByteArray hubKey = m_settings.hubPublicKey();
    if (hubKey.isEmpty())
        refuse("pickup.not_enrolled", Tr::tr("This till is not enrolled with the hub, so it cannot check pickup codes"));
    const HubToken::Checked checked = HubToken::check(token, HubToken::kPickup, 3, hubKey, m_clock.nowUtc());
    if (!checked.fields)
        refuse("pickup.bad_token", HubTokenRefusal::message(checked, HubToken::kPickup));
    const std::optional<QStringList>& fields = checked.fields;
    const QString store = m_settings.value(QStringLiteral("sync.store_id"));
    if (!store.isEmpty() && fields->at(1) != store)
        refuse("pickup.other_store", Tr::tr("This order is for pickup at another store (%1)").arg(fields->at(1)));
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM online_orders WHERE id = ?"), {fields->at(0)}).isValid())
        refuse("pickup.unknown", Tr::tr("Order %1 has not reached this till yet; sync and try again").arg(fields->at(2)));
    return fields->at(0);
}

QString PickupService::orderForNumberAndPhone(const QString& number, const QString& phoneLast4)
{
    const QString digits = QString(phoneLast4).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.size() != 4)
        refuse("pickup.phone_digits", Tr::tr("Type the last four digits of the customer's phone number"));
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, phone FROM online_orders WHERE number = ?"), {number.trimmed()});
    QString found;
    while (q.next()) {
        const QString phone = q.value(1).toString().remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (phone.size() >= 4 && phone.endsWith(digits))
            found = q.value(0).toString();
    }
    q.finish();
    // One answer for both a wrong number and wrong digits, so neither can be guessed apart.
    if (found.isEmpty())
        refuse("pickup.no_match", Tr::tr("No order %1 with a phone number ending in %2").arg(number.trimmed(), digits));
    return found;
}

PickupOrder PickupService::requireOpen(const QString& orderId)
{
    PickupOrder order = load(orderId);
    if (order.status == PickupStatus::Cancelled)
        refuse("pickup.cancelled", Tr::tr("Order %1 was cancelled online: put its goods back on the shelves").arg(order.number));
    if (order.status == PickupStatus::Collected)
        refuse("pickup.collected", Tr::tr("Order %1 has already been collected").arg(order.number));
    if (order.status == PickupStatus::Restocked)
        refuse("pickup.restocked", Tr::tr("Order %1 was returned to stock").arg(order.number));
    return order;
}

void PickupService::requireStatus(const PickupOrder& order, std::initializer_list<PickupStatus> allowed)
{
    if (std::find(allowed.begin(), allowed.end(), order.status) != allowed.end())
        return;
    if (order.status == PickupStatus::Ready || order.status == PickupStatus::Overdue)
        refuse("pickup.ready", Tr::tr("Order %1 is ready; put a line back to change it").arg(order.number));
    refuse("pickup.not_ready", Tr::tr("Order %1 is not picked yet").arg(order.number));
}

void PickupService::ensureStarted(const Session& session, const PickupOrder& order)
{
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM pickups WHERE order_id = ?"), {order.id}).isValid())
        return;
    const bool ready = order.status == PickupStatus::Ready || order.status == PickupStatus::Overdue;
    m_db.exec(QStringLiteral("INSERT INTO pickups(order_id, status, started_at, started_by, ready_at) VALUES(?, ?, ?, ?, ?)"),
              {order.id, ready ? QStringLiteral("ready") : QStringLiteral("picking"), isoUtc(m_clock.nowUtc()), session.staffId,
               ready ? QVariant(isoUtc(m_clock.nowUtc())) : QVariant()});
    for (const PickupLine& l : order.lines)
        m_db.exec(QStringLiteral("INSERT INTO pickup_lines(order_id, line_no, picked, short_consent, substitute_product_id,"
                                 " substitute_quantity, substitute_price, substitute_consent) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                  {order.id, l.line, l.picked, l.shortConsent.isEmpty() ? QVariant() : QVariant(l.shortConsent),
                   l.substituteProductId ? QVariant(l.substituteProductId) : QVariant(), l.substituteQuantity, l.substituteUnitPrice,
                   l.substituteConsent.isEmpty() ? QVariant() : QVariant(l.substituteConsent)});
}

void PickupService::startPicking(const Session& session, const QString& orderId)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    ensureStarted(session, order);
    tx.commit();
}

int PickupService::pick(const Session& session, const QString& orderId, const QString& code)
{
    requireLive(session);
    const auto [product, quantity] = m_sales.productForCode(code);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    const PickupLine* fullLine = nullptr;
    for (const PickupLine& l : order.lines) {
        if (l.productId != product.id)
            continue;
        if (l.picked + quantity <= pickLimit(l) && l.substituteQuantity == 0 && l.shortConsent.isEmpty()) {
            ensureStarted(session, order);
            setPicked(orderId, l.line, l.picked + quantity);
            tx.commit();
            return l.line;
        }
        fullLine = &l;
    }
    const QString name = product.name(QStringLiteral("en"));
    if (!fullLine)
        refuse("pickup.wrong_item", Tr::tr("%1 is not in order %2: put it back").arg(name, order.number));
    if (fullLine->unit == Unit::Weight)
        refuse("pickup.too_much", Tr::tr("Too much %1: the order asks for %2 g and %3 g are picked")
                                      .arg(name, QString::number(fullLine->ordered), QString::number(fullLine->picked)));
    refuse("pickup.too_many", Tr::tr("All %1 of %2 are picked already").arg(QString::number(fullLine->ordered), name));
}

void PickupService::setPicked(const QString& orderId, int line, qint64 picked)
{
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET picked = ? WHERE order_id = ? AND line_no = ?"), {picked, orderId, line});
}

void PickupService::resetLine(const Session& session, const QString& orderId, int line)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    order.line(line);
    ensureStarted(session, order);
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET picked = 0, short_consent = NULL, substitute_product_id = NULL,"
                             " substitute_quantity = 0, substitute_price = 0, substitute_consent = NULL"
                             " WHERE order_id = ? AND line_no = ?"),
              {orderId, line});
    // A ready order with a line put back is being picked again; the shop hears "ready" again later.
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'picking', ready_at = NULL WHERE order_id = ?"), {orderId});
    tx.commit();
}

void PickupService::shortPick(const Session& session, const QString& orderId, int line, const QString& consent)
{
    requireLive(session);
    if (consent.trimmed().isEmpty())
        refuse("pickup.consent", Tr::tr("Note how the customer agreed (for example \"by phone\")"));
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    const PickupLine& l = order.line(line);
    if (l.picked >= l.ordered)
        refuse("pickup.not_short", Tr::tr("Line %1 is picked in full").arg(line));
    ensureStarted(session, order);
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET short_consent = ? WHERE order_id = ? AND line_no = ?"),
              {consent.trimmed(), orderId, line});
    tx.commit();
}

void PickupService::substitute(const Session& session, const QString& orderId, int line, const QString& code, qint64 quantity,
                               const QString& consent)
{
    requireLive(session);
    if (consent.trimmed().isEmpty())
        refuse("pickup.consent", Tr::tr("Note how the customer agreed (for example \"by phone\")"));
    const auto [product, scanned] = m_sales.productForCode(code);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    const PickupLine& l = order.line(line);
    const qint64 count = quantity > 0 ? quantity : scanned;
    if (product.id == l.productId)
        refuse("pickup.same_item", Tr::tr("That is the ordered item itself: scan it to pick it"));
    if (product.unit != l.unit)
        refuse("pickup.unit", Tr::tr("A substitute is sold the same way as the ordered item (by piece or by weight)"));
    const qint64 missing = l.ordered - l.picked;
    const qint64 limit = l.unit == Unit::Weight ? missing + missing * kWeightTolerancePercent / 100 : missing;
    if (missing <= 0 || count > limit)
        refuse("pickup.substitute_quantity",
               Tr::tr("At most %1 can replace what is missing of %2").arg(QString::number(std::max<qint64>(missing, 0)), l.name));
    ensureStarted(session, order);
    m_db.exec(QStringLiteral("UPDATE pickup_lines SET substitute_product_id = ?, substitute_quantity = ?, substitute_price = ?,"
                             " substitute_consent = ? WHERE order_id = ? AND line_no = ?"),
              {product.id, count, std::min(product.price, l.unitPrice), consent.trimmed(), orderId, line});
    tx.commit();
}

QList<protocol::PickupEventLine> PickupService::eventLines(const PickupOrder& order)
{
    QList<protocol::PickupEventLine> out;
    for (const PickupLine& l : order.lines)
        out.append({l.line, l.sku, l.ordered, l.picked, l.deliveredValue(), l.shortConsent, l.substituteSku, l.substituteQuantity,
                    l.substituteUnitPrice, l.substituteConsent, l.refused});
    return out;
}

protocol::PickupEventOrder PickupService::eventOrder(const Session& session, const PickupOrder& order) const
{
    return {order.id, order.number, m_settings.storeCode(), m_settings.tillCode(), session.staffId};
}

void PickupService::markReady(const Session& session, const QString& orderId)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    for (const PickupLine& l : order.lines) {
        if (!l.isSettled())
            refuse("pickup.unsettled", Tr::tr("%1: %2 of %3 picked; pick the rest, or record the customer's consent to a short pick "
                                              "or a substitute")
                                           .arg(l.name, QString::number(l.picked), QString::number(l.ordered)));
    }
    if (order.deliveredValue() == 0)
        refuse("pickup.nothing", Tr::tr("Nothing of order %1 could be picked: ask the shop to cancel it").arg(order.number));
    ensureStarted(session, order);
    const QString now = isoUtc(m_clock.nowUtc());
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'ready', ready_at = ? WHERE order_id = ?"), {now, orderId});
    const PickupOrder ready = load(orderId);
    m_outbox.append(protocol::PickupReadyEvent::kType,
                    protocol::PickupReadyEvent{eventOrder(session, order), now, ready.deliveredValue(), eventLines(ready)}.toJson());
    tx.commit();
}

protocol::SaleEvent PickupService::onlineSale(const Session& session, const PickupOrder& order, const QDateTime& at)
{
    // Web shop prices include tax.
    const TaxCalculator tax(TaxMode::Inclusive);
    const Currency currency = Currency::fromCode(order.currency);
    protocol::SaleEvent sale;
    sale.saleId = QStringLiteral("order:") + order.id;
    sale.receiptId = order.number;
    sale.store = m_settings.storeCode();
    sale.till = m_settings.tillCode();
    sale.staffId = session.staffId;
    sale.currency = order.currency;
    sale.taxMode = taxModeName(TaxMode::Inclusive);
    sale.createdAt = isoUtc(at);
    sale.pricedAt = isoUtc(order.createdAt.isValid() ? order.createdAt : at);
    sale.channel = QStringLiteral("online");
    sale.onlineOrder = order.id;
    auto addLine = [&](qint64 productId, const QString& sku, const QString& name, Unit unit, qint64 quantity, qint64 unitPrice,
                       qint64 value) {
        const std::optional<Product> p = productId ? m_catalog.findById(productId) : std::nullopt;
        const TaxRate rate = p ? m_catalog.taxRate(p->taxRateId) : TaxRate{};
        const LineTax t = tax.lineTax(Money(value, currency), rate.basisPoints);
        protocol::SaleEventLine line;
        line.line = int(sale.lines.size()) + 1;
        line.productId = productId;
        line.sku = sku;
        line.categoryId = p ? p->categoryId : 0;
        line.name = name;
        line.unit = unitName(unit);
        line.quantity = quantity;
        line.unitPrice = unitPrice;
        line.listPrice = unitPrice;
        line.amount = value;
        line.promotionExcluded = true;
        line.net = t.net.minor();
        line.tax = t.tax.minor();
        line.gross = t.gross.minor();
        line.taxCode = rate.code;
        line.taxBasisPoints = rate.basisPoints;
        sale.lines.append(line);
    };
    for (const PickupLine& l : order.lines) {
        if (l.refused)
            continue;
        if (l.picked > 0)
            addLine(l.productId, l.sku, l.name, l.unit, l.picked, l.unitPrice, l.pickedValue());
        if (l.substituteQuantity > 0)
            addLine(l.substituteProductId, l.substituteSku, l.substituteName, l.unit, l.substituteQuantity, l.substituteUnitPrice,
                    l.substituteValue());
        sale.total += l.deliveredValue();
    }
    protocol::SaleEventTender paid;
    paid.kind = Tender::kindName(Tender::Kind::Online);
    paid.amount = sale.total;
    paid.tendered = sale.total;
    paid.reference = order.id;
    sale.tenders.append(paid);
    return sale;
}

Cart PickupService::cartForHandOver(const QString& orderId, const QList<int>& refusedLines)
{
    return cartFor(load(orderId), refusedLines);
}

bool PickupService::isAgeRestricted(const PickupOrder& order)
{
    for (const PickupLine& l : order.lines) {
        if (l.refused)
            continue;
        for (const qint64 id : {l.picked > 0 ? l.productId : 0, l.substituteQuantity > 0 ? l.substituteProductId : 0}) {
            if (const std::optional<Product> p = id ? m_catalog.findById(id) : std::nullopt; p && p->ageRestricted)
                return true;
        }
    }
    return false;
}

Cart PickupService::cartFor(const PickupOrder& order, const QList<int>& refusedLines)
{
    const QString& orderId = order.id;
    Cart cart = m_sales.newCart();
    for (const PickupLine& l : order.lines) {
        if (refusedLines.contains(l.line))
            continue;
        const qint64 picked = l.picked;
        if (picked > 0) {
            const std::optional<Product> p = m_catalog.findById(l.productId);
            if (!p)
                refuse("pickup.unknown_product", Tr::tr("This store's catalog has no %1 (%2)").arg(l.name, l.sku));
            const int lineId = m_sales.addOrderLine(cart, *p, picked, l.unitPrice, orderId);
            // A line picked in full charges exactly the agreed total.
            if (picked == l.ordered && cart.line(lineId).extendedAmount() != l.total)
                refuse("pickup.price", Tr::tr("%1: the order's total for this line does not match its price").arg(l.name));
        }
        if (l.substituteQuantity > 0) {
            const std::optional<Product> s = m_catalog.findById(l.substituteProductId);
            if (!s)
                refuse("pickup.unknown_product", Tr::tr("This store's catalog has no %1").arg(l.substituteSku));
            m_sales.addOrderLine(cart, *s, l.substituteQuantity, l.substituteUnitPrice, orderId);
        }
    }
    return cart;
}

CompletedPickup PickupService::handOver(const Session& session, const QString& orderId, const HandOverOptions& options,
                                        const std::optional<Payment>& payment, const QString& language)
{
    requireLive(session);
    Transaction tx(m_db);
    PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::Ready, PickupStatus::Overdue});
    for (PickupLine& l : order.lines)
        l.refused = options.refusedLines.contains(l.line);
    const bool ageRestricted = isAgeRestricted(order);
    for (const int refused : options.refusedLines)
        order.line(refused);
    if (order.deliveredValue() == 0)
        refuse("pickup.all_refused", Tr::tr("The customer takes nothing: return order %1 to stock instead").arg(order.number));
    if (ageRestricted && !options.ageConfirmed)
        refuse("pickup.age", Tr::tr("Order %1 has age-restricted goods: check the customer's age first").arg(order.number));
    ensureStarted(session, order);

    CompletedPickup done;
    done.orderId = orderId;
    done.delivered = order.deliveredValue();
    const QDateTime now = m_clock.nowUtc();
    if (!order.paid) {
        Cart cart = cartFor(order, options.refusedLines);
        if (!payment || payment->due() != cart.totals().total.minor())
            refuse("pickup.payment", Tr::tr("The payment does not match what order %1 costs as handed over").arg(order.number));
        if (ageRestricted)
            cart.confirmAge(session.staffId);
        done.sale = m_sales.complete(session, cart, *payment);
    } else {
        done.refundDue = std::max<qint64>(0, order.total - done.delivered);
        for (const PickupLine& l : order.lines) {
            if (l.refused)
                continue;
            for (const auto& [productId, quantity] :
                 {std::pair{l.productId, l.picked}, std::pair{l.substituteProductId, l.substituteQuantity}}) {
                if (productId == 0 || quantity == 0)
                    continue;
                StockLedger::book(m_db, productId, -quantity, QStringLiteral("pickup"), order.number, isoUtc(now));
            }
        }
    }
    for (const PickupLine& l : order.lines)
        m_db.exec(QStringLiteral("UPDATE pickup_lines SET refused = ? WHERE order_id = ? AND line_no = ?"),
                  {l.refused ? 1 : 0, orderId, l.line});
    protocol::PickupCollectedEvent collected;
    collected.order = eventOrder(session, order);
    collected.collectedAt = isoUtc(now);
    collected.knownStatus = order.hubStatus;
    collected.paid = order.paid;
    collected.currency = order.currency;
    collected.total = order.total;
    collected.delivered = done.delivered;
    collected.refundDue = done.refundDue;
    collected.lines = eventLines(order);
    if (!order.paid) {
        collected.saleId = done.sale.saleId;
        collected.receiptId = done.sale.receiptId;
        collected.charged = done.sale.total;
    } else {
        // Paid online, so no sale here: the journal still records what left the store and for whom,
        // and the hand-over carries what a return of it needs.
        collected.sale = onlineSale(session, order, now);
        done.journalSeq = m_journal.append(QStringLiteral("pickup"), order.number, done.delivered, order.currency, collected.toJson()).seq;
        // No sale receipt for goods paid online: the customer takes a slip of what was handed over.
        m_printQueue.enqueue(PrintJob::Kind::CollectionSlip, QString::number(done.journalSeq), language);
    }
    const OutboxEvent event = m_outbox.append(protocol::PickupCollectedEvent::kType, collected.toJson());
    m_db.exec(
        QStringLiteral("UPDATE pickups SET status = 'collected', collected_at = ?, collected_by = ?, sale_id = ?, refund_due = ?,"
                       " outbox_seq = ? WHERE order_id = ?"),
        {isoUtc(now), session.staffId, order.paid ? QVariant() : QVariant(done.sale.saleId), done.refundDue, event.deviceSeq, orderId});
    tx.commit();
    return done;
}

QList<PickupSummary> PickupService::overdue()
{
    PickupSearch search;
    search.status = PickupStatus::Overdue;
    search.limit = 5000;
    return list(search);
}

void PickupService::returnToStock(const Session& session, const QString& orderId, const QString& approverPin)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = load(orderId);
    if (order.status == PickupStatus::Collected || order.status == PickupStatus::Restocked)
        refuse("pickup.closed", Tr::tr("Order %1 is %2").arg(order.number, pickupStatusTitle(order.status).toLower()));
    // The shop cancelled it: putting the goods back needs nobody's approval. Otherwise a customer
    // loses their order, which a supervisor decides.
    std::optional<Approval> approval;
    if (order.status != PickupStatus::Cancelled)
        approval = m_staff.authorize(session, Action::PickupRestock, approverPin);
    ensureStarted(session, order);
    const QString now = isoUtc(m_clock.nowUtc());
    m_db.exec(QStringLiteral("UPDATE pickups SET status = 'restocked', collected_at = ? WHERE order_id = ?"), {now, orderId});
    m_outbox.append(protocol::PickupRestockedEvent::kType,
                    protocol::PickupRestockedEvent{eventOrder(session, order), approval ? approval->approverId : session.staffId,
                                                   order.status == PickupStatus::Cancelled ? protocol::PickupRestockedEvent::kCancelled
                                                                                           : protocol::PickupRestockedEvent::kNotCollected,
                                                   order.hubStatus, now}
                        .toJson());
    tx.commit();
}

} // namespace omnitill
