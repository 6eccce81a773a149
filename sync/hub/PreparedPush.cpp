#include "PreparedPush.h"

#include "EventType.h"
#include "HubError.h"
#include "HubEventCheck.h"
#include "HubIntegrator.h"
#include "HubStock.h"
#include "SaleEventText.h"
#include "money/Currency.h"
#include "tax/TaxCalculator.h"

#include <QJsonDocument>

namespace omnitill::hub {

namespace {
void checkCount(qsizetype events)
{
    if (events > PreparedPush::kMaxEvents)
        throw HubError(413, QStringLiteral("push.too_many"),
                       QStringLiteral("send at most %1 events a request, in device-sequence order").arg(PreparedPush::kMaxEvents));
}
} // namespace

PreparedPush PreparedPush::fromBody(const QString& deviceId, const QByteArray& body)
{
    const std::optional<QList<QByteArrayView>> texts = protocol::PushRequest::eventTexts(body);
    if (!texts)
        return fromParsed(deviceId, protocol::PushRequest::wholeBody(body));
    checkCount(texts->size());
    PreparedPush prepared;
    prepared.events.reserve(texts->size());
    for (qsizetype i = 0; i < texts->size(); ++i) {
        const QByteArrayView text = texts->at(i);
        // Most of a push is sales as tills write them: read straight from their text.
        if (std::optional<protocol::SaleEventText> sale = protocol::SaleEventText::read(text)) {
            Event in;
            in.seq = sale->seq;
            in.eventId = std::move(sale->eventId);
            in.type = protocol::EventType::kSale;
            in.bytes = text.toByteArray();
            in.sale = std::move(sale->sale);
            prepared.add(deviceId, std::move(in));
            continue;
        }
        QJsonParseError error;
        const QByteArray bytes = text.toByteArray();
        const QJsonDocument event = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !event.isObject())
            return fromParsed(deviceId, protocol::PushRequest::wholeBody(body));
        prepared.addParsed(deviceId, i, {event.object(), bytes});
    }
    return prepared;
}

PreparedPush PreparedPush::fromParsed(const QString& deviceId, const std::optional<QList<protocol::PushRequest::Event>>& events)
{
    if (!events)
        throw HubError(400, QStringLiteral("request.json"), QStringLiteral("the body is not a JSON object"));
    return read(deviceId, *events);
}

PreparedPush PreparedPush::read(const QString& deviceId, const QList<protocol::PushRequest::Event>& events)
{
    checkCount(events.size());
    PreparedPush prepared;
    prepared.events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        prepared.addParsed(deviceId, i, events.at(i));
    return prepared;
}

void PreparedPush::addParsed(const QString& deviceId, qsizetype index, const protocol::PushRequest::Event& parsed)
{
    const QJsonObject& event = parsed.object;
    const QJsonValue seq = event.value(QStringLiteral("device_seq"));
    Event in;
    in.bytes = parsed.bytes;
    in.seq = seq.toInteger();
    in.eventId = event.value(QStringLiteral("event_id")).toString();
    in.type = event.value(QStringLiteral("type")).toString();
    in.event = event;
    if (in.seq <= 0 || double(in.seq) != seq.toDouble())
        throw HubError(400, QStringLiteral("push.malformed"),
                       QStringLiteral("event %1 of the batch has no device_seq (a whole number from 1)").arg(index + 1));
    // Kept under its sequence like any other, so that the ones behind it are not held up.
    if (in.eventId.isEmpty() || in.eventId.size() > 128) {
        in.problem = QStringLiteral("the event at device sequence %1 has no event_id").arg(in.seq);
        in.eventId = QStringLiteral("malformed:%1:%2").arg(deviceId).arg(in.seq);
    }
    if (in.type.isEmpty() || in.type.size() > 64) {
        in.problem = QStringLiteral("the event at device sequence %1 has no type").arg(in.seq);
        in.type = QStringLiteral("malformed");
    }
    if (in.problem.isEmpty())
        in.problem = HubEventCheck::problem(in.type, in.event);
    const QJsonObject body = event.value(QStringLiteral("body")).toObject();
    if (in.type == protocol::EventType::kSale)
        in.sale = protocol::SaleEvent::fromJson(body);
    else if (in.type == protocol::EventType::kReturn)
        in.returned = protocol::ReturnEvent::fromJson(body);
    else if (in.type.startsWith(protocol::EventType::kPickupFamily) && body.value(QStringLiteral("sale")).isObject() &&
             !body.value(QStringLiteral("sale")).toObject().isEmpty())
        in.sale = protocol::SaleEvent::fromJson(body.value(QStringLiteral("sale")).toObject());
    add(deviceId, std::move(in));
}

void PreparedPush::add(const QString& deviceId, Event in)
{
    if (in.problem.isEmpty()) {
        if (!HubIntegrator::feedKind(in.type).isEmpty())
            in.stockDelta = in.type == protocol::EventType::kSale ? HubStock::stockDelta(*in.sale)
                            : in.returned                         ? HubStock::stockDelta(*in.returned)
                                                                  : HubStock::stockDelta(in.event);
        if (in.type == protocol::EventType::kSale) {
            in.saleProblem = saleProblem(*in.sale);
            HubOffers::keepBasket(deviceId, in.seq, *in.sale, in.basket);
            // Applied from its decoded form and kept as sent: the parsed JSON is not needed again.
            if (!in.bytes.isEmpty())
                in.event = QJsonObject();
        }
    }
    lastSeq = std::max(lastSeq, in.seq);
    events.append(std::move(in));
}

QString PreparedPush::saleProblem(const protocol::SaleEvent& sale)
{
    // Recompute with core's tax code instead of trusting the till.
    try {
        const Currency currency = Currency::fromCode(sale.currency);
        const TaxCalculator calculator(taxModeFromName(sale.taxMode));
        qint64 gross = 0;
        QHash<int, qint64> promotionByLine;
        for (const protocol::SaleEventLine& line : sale.lines) {
            if (line.promotionDiscount < 0 || line.promotionDiscount > line.discount)
                return QStringLiteral("line %1: the promotion discount is out of range").arg(line.line);
            promotionByLine.insert(line.line, line.promotionDiscount);
            const qint64 base = calculator.mode() == TaxMode::Inclusive ? line.gross : line.net;
            const LineTax tax = calculator.lineTax(Money(base, currency), line.taxBasisPoints);
            if (tax.tax.minor() != line.tax || tax.gross.minor() != line.gross)
                return QStringLiteral("line %1: tax does not recompute").arg(line.line);
            gross += line.gross;
        }
        // Every promotion's discount is allocated to lines, and the lines carry exactly that.
        QHash<int, qint64> allocated;
        for (const protocol::SaleEventPromotion& promotion : sale.promotions) {
            qint64 shares = 0;
            for (const protocol::SaleEventPromotionShare& share : promotion.lines) {
                allocated[share.line] += share.amount;
                shares += share.amount;
            }
            if (shares != promotion.discount)
                return QStringLiteral("promotion %1: the lines' shares do not add up to its discount").arg(promotion.id);
        }
        for (auto it = promotionByLine.cbegin(); it != promotionByLine.cend(); ++it) {
            if (allocated.value(it.key()) != it.value())
                return QStringLiteral("line %1: promotions allocate %2, the line says %3")
                    .arg(it.key())
                    .arg(allocated.value(it.key()))
                    .arg(it.value());
            allocated.remove(it.key());
        }
        if (!allocated.isEmpty())
            return QStringLiteral("a promotion is allocated to line %1, which the sale does not have").arg(allocated.cbegin().key());
        qint64 couponLines = 0;
        qint64 couponTotal = 0;
        for (const protocol::SaleEventLine& line : sale.lines)
            couponLines += line.couponDiscount;
        for (const protocol::SaleEventCoupon& coupon : sale.coupons)
            couponTotal += coupon.discount;
        if (couponLines != couponTotal)
            return QStringLiteral("the lines carry %1 of coupons, the coupons say %2").arg(couponLines).arg(couponTotal);
        if (gross != sale.total)
            return QStringLiteral("lines add up to %1, the sale says %2").arg(gross).arg(sale.total);
        qint64 paid = 0;
        for (const protocol::SaleEventTender& t : sale.tenders)
            paid += t.amount;
        if (paid != sale.total)
            return QStringLiteral("tenders add up to %1, the sale says %2").arg(paid).arg(sale.total);
    } catch (const DomainError& e) {
        return QStringLiteral("sale cannot be checked: %1").arg(e.message());
    }
    return {};
}

} // namespace omnitill::hub
