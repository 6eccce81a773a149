// The wire format as the hub and integrators read it: bodies written by hand from the documented
// keys (not produced by the code under test) decode field by field, and encode back unchanged.
#include "AisleOrderEvent.h"
#include "EventType.h"
#include "FeedPages.h"
#include "JournalSync.h"
#include "KioskOrderPlacedEvent.h"
#include "MemberEnrolledEvent.h"
#include "OfferFeedItems.h"
#include "OnlineOrder.h"
#include "PickupEvents.h"
#include "ReferenceFeedItems.h"
#include "ReturnEvent.h"
#include "SaleEvent.h"
#include "ShiftEvents.h"
#include "StockAdjustmentEvents.h"
#include "StockRequestEvents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill;
using namespace omnitill::protocol;

namespace {
const char* const kSale = R"({
  "sale_id": "b7c1", "receipt_id": "S1-T1-000042", "receipt_number": 42, "store": "S1", "till": "T1",
  "shift_id": 7, "staff_id": 3, "member_id": "M-9", "currency": "EUR", "tax_mode": "inclusive",
  "subtotal": 1347, "discount": 150, "tax": 189, "total": 1197, "change": 303,
  "created_at": "2026-12-03T09:15:00.250Z", "priced_at": "2026-12-03T09:14:10.000Z", "priced_local_time": "10:14:10",
  "business_day": "2026-12-03", "age_confirmed_by": 2, "training": false, "channel": "till",
  "kiosk_order": "K-17",
  "lines": [
    {"line": 1, "product_id": 11, "sku": "MILK1", "category_id": 4, "gift_card": "", "name": "Milk 1 l", "unit": "piece",
     "quantity": 2, "unit_price": 199, "list_price": 219, "amount": 398, "promotion_excluded": true,
     "discount": 100, "promotion_discount": 0, "coupon_discount": 100, "points_discount": 0, "points_earned": 3,
     "net": 279, "tax": 19, "gross": 298, "tax_code": "B", "tax_bp": 700, "batch": "L42", "serial": "",
     "price_override_by": 3, "discount_approved_by": 0},
    {"line": 2, "product_id": 12, "sku": "APPLE", "category_id": 5, "gift_card": "", "name": "Apples", "unit": "weight",
     "quantity": 1250, "unit_price": 399, "list_price": 399, "amount": 499, "promotion_excluded": false,
     "discount": 50, "promotion_discount": 50, "coupon_discount": 0, "points_discount": 0, "points_earned": 0,
     "net": 420, "tax": 29, "gross": 449, "tax_code": "B", "tax_bp": 700, "batch": "", "serial": "",
     "price_override_by": 0, "discount_approved_by": 0},
    {"line": 3, "product_id": 99, "sku": "GIFT", "category_id": 0, "gift_card": "activate", "name": "Gift card", "unit": "piece",
     "quantity": 1, "unit_price": 450, "list_price": 450, "amount": 450, "promotion_excluded": true,
     "discount": 0, "promotion_discount": 0, "coupon_discount": 0, "points_discount": 0, "points_earned": 0,
     "net": 450, "tax": 0, "gross": 450, "tax_code": "Z", "tax_bp": 0, "batch": "", "serial": "6001000000000017",
     "price_override_by": 0, "discount_approved_by": 0}],
  "promotions": [{"id": "P-APPLES", "name": "Apples -10 %", "discount": 50, "lines": [{"line": 2, "amount": 50}]}],
  "coupons": [{"id": "C-1", "name": "One euro off", "discount": 100}],
  "gift_cards": [{"number": "6001000000000017", "kind": "activate", "amount": 450}],
  "taxes": [{"code": "B", "bp": 700, "net": 699, "tax": 48, "gross": 747}, {"code": "Z", "bp": 0, "net": 450, "tax": 0, "gross": 450}],
  "tenders": [
    {"kind": "cash", "amount": 697, "tendered": 1000, "approval_code": "", "card_brand": "", "card_last4": "", "reference": "", "points": 0},
    {"kind": "giftcard", "amount": 500, "tendered": 500, "approval_code": "", "card_brand": "", "card_last4": "",
     "reference": "6001000000000025", "points": 0}],
  "loyalty": {"member_id": "M-9", "earned": 3, "redeemed": 0, "redeemed_value": 0, "redeemed_as": "tender", "tier": "gold",
              "lines": [{"line": 1, "points": 3}]}
})";

const char* const kReturn = R"({
  "return_id": "r-5", "receipt_id": "S1-T2-R000005", "receipt_number": 5, "store": "S1", "till": "T2", "shift_id": 9,
  "staff_id": 1, "approved_by": 3, "no_receipt": false,
  "original": {"sale_id": "b7c1", "receipt_id": "S1-T1-000042", "store": "S1", "till": "T1", "local": false},
  "member_id": "M-9", "currency": "EUR", "created_at": "2026-12-04T11:00:00.000Z", "business_day": "2026-12-04",
  "training": false, "reason": "too small",
  "lines": [{"line": 1, "sku": "MILK1", "name": "Milk 1 l", "unit": "piece", "quantity": 1, "disposition": "resell",
             "paid": 149, "refund": 149, "tax": 10, "tax_code": "B", "tax_bp": 700, "points_reversed": 1}],
  "adjustments": [{"name": "Apples -10 %", "amount": 0}],
  "paid": 149, "refund": 149,
  "tenders": [{"kind": "giftcard", "amount": 149, "reference": "6002000000000016", "card_last4": "", "approval_code": "", "points": 0}],
  "flagged": "returned offline against S1-T1-000042 of another till: the lines were not checked against the sale",
  "loyalty": {"member_id": "M-9", "reversed": 1, "refunded": 0}
})";

const char* const kCollectedPaidOnline = R"({
  "order_id": "o-77", "number": "W-1077", "store": "S1", "till": "T3", "staff_id": 4,
  "collected_at": "2026-12-05T16:20:00.000Z", "known_status": "ready", "paid": true, "currency": "EUR",
  "total": 1500, "delivered": 1320, "refund_due": 180,
  "lines": [{"line": 1, "sku": "TEA", "ordered": 2, "picked": 1, "delivered": 420, "short_consent": "phone"},
            {"line": 2, "sku": "JAM", "ordered": 1, "picked": 0, "delivered": 900, "substitute_sku": "JAM2",
             "substitute_quantity": 1, "substitute_unit_price": 900, "substitute_consent": "at desk"},
            {"line": 3, "sku": "EGGS", "ordered": 1, "picked": 1, "delivered": 0, "refused": true}],
  "sale": {"sale_id": "order:o-77", "receipt_id": "W-1077", "receipt_number": 0, "store": "S1", "till": "T3", "shift_id": 0,
           "staff_id": 4, "member_id": "", "currency": "EUR", "tax_mode": "inclusive", "subtotal": 0, "discount": 0, "tax": 0,
           "total": 1320, "change": 0, "created_at": "2026-12-05T16:20:00.000Z", "priced_at": "2026-12-01T08:00:00.000Z",
           "priced_local_time": "", "business_day": "", "age_confirmed_by": 0, "training": false, "channel": "online",
           "online_order": "o-77", "lines": [], "promotions": [], "coupons": [], "gift_cards": [], "taxes": [],
           "tenders": [{"kind": "online", "amount": 1320, "tendered": 1320, "approval_code": "", "card_brand": "", "card_last4": "",
                        "reference": "o-77", "points": 0}]}
})";

QJsonObject parse(const char* text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}
} // namespace

class TestWireFormat : public QObject
{
    Q_OBJECT
private slots:
    void saleDecodesEveryField()
    {
        const QJsonObject json = parse(kSale);
        QCOMPARE(SaleEvent::problem(json), QString());
        const SaleEvent sale = SaleEvent::fromJson(json);
        QCOMPARE(sale.saleId, QStringLiteral("b7c1"));
        QCOMPARE(sale.receiptId, QStringLiteral("S1-T1-000042"));
        QCOMPARE(sale.receiptNumber, 42);
        QCOMPARE(sale.shiftId, 7);
        QCOMPARE(sale.staffId, 3);
        QCOMPARE(sale.memberId, QStringLiteral("M-9"));
        QCOMPARE(sale.total, 1197);
        QCOMPARE(sale.change, 303);
        QCOMPARE(sale.pricedLocalTime, QStringLiteral("10:14:10"));
        QCOMPARE(sale.ageConfirmedBy, 2);
        QCOMPARE(sale.kioskOrder, QStringLiteral("K-17"));
        QVERIFY(sale.onlineOrder.isEmpty());
        QCOMPARE(sale.lines.size(), 3);
        const SaleEventLine& milk = sale.lines[0];
        QCOMPARE(milk.productId, 11);
        QCOMPARE(milk.listPrice, 219);
        QCOMPARE(milk.couponDiscount, 100);
        QCOMPARE(milk.pointsEarned, 3);
        QCOMPARE(milk.taxBasisPoints, 700);
        QCOMPARE(milk.batch, QStringLiteral("L42"));
        QCOMPARE(milk.priceOverrideBy, 3);
        QVERIFY(milk.promotionExcluded);
        QCOMPARE(sale.lines[1].unit, QStringLiteral("weight"));
        QCOMPARE(sale.lines[1].quantity, 1250);
        QCOMPARE(sale.lines[2].giftCard, QStringLiteral("activate"));
        QCOMPARE(sale.promotions.size(), 1);
        QCOMPARE(sale.promotions[0].lines, (QList<SaleEventPromotionShare>{{2, 50}}));
        QCOMPARE(sale.coupons, (QList<SaleEventCoupon>{{QStringLiteral("C-1"), QStringLiteral("One euro off"), 100}}));
        QCOMPARE(sale.giftCards[0].number, QStringLiteral("6001000000000017"));
        QCOMPARE(sale.taxes.size(), 2);
        QCOMPARE(sale.taxes[0].basisPoints, 700);
        QCOMPARE(sale.tenders[1].kind, SaleEventTender::kGiftCard);
        QCOMPARE(sale.tenders[1].reference, QStringLiteral("6001000000000025"));
        QCOMPARE(sale.tenders[0].tendered, 1000);
        QVERIFY(sale.loyalty.has_value());
        QCOMPARE(sale.loyalty->tier, QStringLiteral("gold"));
        QVERIFY(!sale.loyalty->redeemedAsDiscount);
        QCOMPARE(sale.loyalty->lines, (QList<SaleEventLinePoints>{{1, 3}}));
    }

    void saleEncodesBackToTheSameJson()
    {
        const QJsonObject json = parse(kSale);
        QCOMPARE(SaleEvent::fromJson(json).toJson(), json);
    }

    void optionalPartsStayAbsent()
    {
        QJsonObject json = parse(kSale);
        json.remove(QStringLiteral("loyalty"));
        json.remove(QStringLiteral("kiosk_order"));
        const SaleEvent sale = SaleEvent::fromJson(json);
        QVERIFY(!sale.loyalty);
        const QJsonObject back = sale.toJson();
        QVERIFY(!back.contains(QStringLiteral("loyalty")));
        QVERIFY(!back.contains(QStringLiteral("kiosk_order")));
        QVERIFY(!back.contains(QStringLiteral("online_order")));
        QCOMPARE(back, json);
    }

    void lineWithoutAmountTakesNetAndDiscount()
    {
        // Sales recorded before lines carried their amount.
        const QJsonObject old = parse(R"({"lines": [{"line": 1, "sku": "A", "quantity": 1, "net": 180, "discount": 20}]})");
        QCOMPARE(SaleEvent::fromJson(old).lines[0].amount, 200);
    }

    void malformedSalesAreNamed_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no receipt") << "receipt_id"
                                    << ""
                                    << "the sale has no receipt_id";
        QTest::newRow("bad time") << ""
                                  << R"("created_at": "yesterday")"
                                  << "the sale has a created_at that is not a date and time";
        QTest::newRow("bad currency") << ""
                                      << R"("currency": "euro")"
                                      << "the sale has a currency that is not an ISO 4217 code";
        QTest::newRow("fractional total") << ""
                                          << R"("total": 11.5)"
                                          << "the sale has a total that is not a whole number in range";
        QTest::newRow("no lines") << "lines"
                                  << ""
                                  << "the sale has no lines";
        QTest::newRow("line not an object") << ""
                                            << R"("lines": [7])"
                                            << "line 1 of the sale is not an object";
        QTest::newRow("tenders not a list") << ""
                                            << R"("tenders": {})"
                                            << "the sale's tenders are not a list";
        QTest::newRow("tender without amount") << ""
                                               << R"("tenders": [{"kind": "cash"}])"
                                               << "tender 1 of the sale has no amount";
    }

    void malformedSalesAreNamed()
    {
        QFETCH(QString, remove);
        QFETCH(QString, replace);
        QFETCH(QString, problem);
        QJsonObject json = parse(kSale);
        if (!remove.isEmpty())
            json.remove(remove);
        if (!replace.isEmpty()) {
            const QJsonObject patch = parse(QByteArray("{" + replace.toUtf8() + "}").constData());
            for (auto it = patch.begin(); it != patch.end(); ++it)
                json.insert(it.key(), it.value());
        }
        QCOMPARE(SaleEvent::problem(json), problem);
    }

    void returnDecodesEveryFieldAndEncodesBack()
    {
        const QJsonObject json = parse(kReturn);
        QCOMPARE(ReturnEvent::problem(json), QString());
        const ReturnEvent r = ReturnEvent::fromJson(json);
        QCOMPARE(r.returnId, QStringLiteral("r-5"));
        QCOMPARE(r.approvedBy, 3);
        QCOMPARE(r.original.receiptId, QStringLiteral("S1-T1-000042"));
        QVERIFY(!r.original.local);
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines[0].disposition, QStringLiteral("resell"));
        QCOMPARE(r.lines[0].pointsReversed, 1);
        QCOMPARE(r.tenders[0].reference, QStringLiteral("6002000000000016"));
        QVERIFY(r.flagged.startsWith(QStringLiteral("returned offline")));
        QCOMPARE(r.loyalty->reversed, 1);
        QCOMPARE(r.toJson(), json);

        QJsonObject plain = json;
        plain.remove(QStringLiteral("flagged"));
        plain.remove(QStringLiteral("loyalty"));
        QCOMPARE(ReturnEvent::fromJson(plain).toJson(), plain);
    }

    void malformedReturnsAreNamed()
    {
        QJsonObject json = parse(kReturn);
        json.insert(QStringLiteral("refund"), 1.25);
        QCOMPARE(ReturnEvent::problem(json), QStringLiteral("the return has a refund that is not a whole number in range"));
        json = parse(kReturn);
        json.insert(QStringLiteral("lines"), QJsonArray{QStringLiteral("milk")});
        QCOMPARE(ReturnEvent::problem(json), QStringLiteral("line 1 of the return is not an object"));
        json = parse(kReturn);
        json.remove(QStringLiteral("return_id"));
        QCOMPARE(ReturnEvent::problem(json), QStringLiteral("the return has no return_id"));
    }

    void pickupEventsDecodeAndEncodeBack()
    {
        const QJsonObject json = parse(kCollectedPaidOnline);
        const PickupCollectedEvent collected = PickupCollectedEvent::fromJson(json);
        QCOMPARE(collected.order.number, QStringLiteral("W-1077"));
        QCOMPARE(collected.order.staffId, 4);
        QVERIFY(collected.paid);
        QCOMPARE(collected.refundDue, 180);
        QCOMPARE(collected.lines.size(), 3);
        QCOMPARE(collected.lines[0].shortConsent, QStringLiteral("phone"));
        QCOMPARE(collected.lines[1].substituteSku, QStringLiteral("JAM2"));
        QVERIFY(collected.lines[2].refused);
        QVERIFY(collected.saleId.isEmpty());
        QVERIFY(collected.sale.has_value());
        QCOMPARE(collected.sale->tenders[0].kind, QStringLiteral("online"));
        QCOMPARE(collected.toJson(), json);

        // Paid at the desk: the desk's sale is named, none is carried.
        QJsonObject atDesk = json;
        atDesk.remove(QStringLiteral("sale"));
        atDesk.insert(QStringLiteral("paid"), false);
        atDesk.insert(QStringLiteral("sale_id"), QStringLiteral("s-1"));
        atDesk.insert(QStringLiteral("receipt_id"), QStringLiteral("S1-T3-000010"));
        atDesk.insert(QStringLiteral("charged"), 1320);
        const PickupCollectedEvent paidHere = PickupCollectedEvent::fromJson(atDesk);
        QVERIFY(!paidHere.sale);
        QCOMPARE(paidHere.receiptId, QStringLiteral("S1-T3-000010"));
        QCOMPARE(paidHere.toJson(), atDesk);

        const QJsonObject restocked = parse(R"({"order_id": "o-78", "number": "W-1078", "store": "S1", "till": "T3", "staff_id": 4,
            "approved_by": 2, "reason": "not_collected", "known_status": "ready", "restocked_at": "2026-12-12T18:00:00.000Z"})");
        QCOMPARE(PickupRestockedEvent::fromJson(restocked).reason, PickupRestockedEvent::kNotCollected);
        QCOMPARE(PickupRestockedEvent::fromJson(restocked).toJson(), restocked);
        const QJsonObject ready = parse(R"({"order_id": "o-79", "number": "W-1079", "store": "S1", "till": "T3", "staff_id": 4,
            "ready_at": "2026-12-05T09:00:00.000Z", "value": 700, "lines": [{"line": 1, "sku": "TEA", "ordered": 1, "picked": 1,
            "delivered": 700}]})");
        QCOMPARE(PickupReadyEvent::fromJson(ready).lines[0].delivered, 700);
        QCOMPARE(PickupReadyEvent::fromJson(ready).toJson(), ready);
    }

    // The orders feed: an order as the shop placed it, with what the hub and the desks added.
    void anOnlineOrderDecodesAndEncodesBack()
    {
        const QJsonObject json = parse(R"({"id": "o-80", "store_id": "S1", "number": "W-1080",
            "customer": {"name": "Anna Berg", "phone": "+49 30 1234567"}, "paid": true, "currency": "EUR", "total": 1878,
            "lines": [{"sku": "TEA", "name": "Green tea", "quantity": 2, "unit_price": 350, "total": 700},
                      {"sku": "CHEESE", "name": "Gouda", "quantity": 450, "unit_price": 2618, "total": 1178}],
            "origin_store": "S2", "pickup_token": "OTP2.abc", "created_at": "2026-12-03T08:00:00.000Z",
            "picked": [{"line": 1, "sku": "TEA", "ordered": 2, "picked": 1, "delivered": 350, "short_consent": "phone"}],
            "ready_at": "2026-12-03T10:00:00.000Z",
            "collected": {"at": "2026-12-03T17:00:00.000Z", "delivered": 1528, "refund_due": 350, "receipt_id": "W-1080",
                          "lines": [{"line": 2, "sku": "CHEESE", "ordered": 450, "picked": 450, "delivered": 1178}]},
            "status": "collected", "updated_at": "2026-12-03T17:00:01.000Z"})");
        const OnlineOrder order = OnlineOrder::fromJson(json);
        QCOMPARE(order.customerName, QStringLiteral("Anna Berg"));
        QCOMPARE(order.lines.size(), 2);
        QCOMPARE(order.lines[1].quantity, 450);
        QCOMPARE(order.lines[1].unitPrice, 2618);
        QCOMPARE(order.fulfilment, OnlineOrder::kPickup);
        QCOMPARE(order.originStore, QStringLiteral("S2"));
        QCOMPARE(order.picked[0].shortConsent, QStringLiteral("phone"));
        QVERIFY(order.collected.has_value());
        QCOMPARE(order.collected->refundDue, 350);
        QVERIFY(!order.collected->sale);
        QCOMPARE(order.status, QStringLiteral("collected"));
        QCOMPARE(order.toJson(), json);

        // A retry of the shop's request is the same order, whatever the desks have done since.
        OnlineOrder asSent = order.content();
        QVERIFY(asSent.pickupToken.isEmpty() && asSent.picked.isEmpty() && !asSent.collected && asSent.status.isEmpty());
        QCOMPARE(asSent, OnlineOrder::fromJson(json).content());
        asSent.lines[0].quantity = 3;
        QVERIFY(asSent != order.content());

        QJsonObject delivery = parse(R"({"id": "o-81", "store_id": "S1", "number": "W-1081", "customer": {"name": "B", "phone": ""},
            "paid": true, "currency": "EUR", "total": 350, "lines": [{"sku": "TEA", "name": "Green tea", "quantity": 1,
            "unit_price": 350, "total": 350}], "fulfilment": "delivery", "address": "Hauptstr. 1, Berlin"})");
        QCOMPARE(OnlineOrder::fromJson(delivery).fulfilment, OnlineOrder::kDelivery);
        QCOMPARE(OnlineOrder::fromJson(delivery).toJson(), delivery);
    }

    // A stock request from the store's submission to the goods booked in, and the hub's document.
    void stockRequestsDecodeAndEncodeBack()
    {
        const QJsonObject submitted = parse(R"({"id": "r-1", "number": "TRF-S1-T1-0008", "kind": "transfer", "store_id": "S1",
            "source": "S2", "note": "for the weekend", "staff_id": 3, "created_at": "2026-12-03T08:00:00.000Z",
            "lines": [{"sku": "TEA", "name": "Green tea", "requested": 12}]})");
        const StockRequestSubmittedEvent asked = StockRequestSubmittedEvent::fromJson(submitted);
        QCOMPARE(asked.type(), EventType::kTransferRequested);
        QCOMPARE(asked.lines[0].requested, 12);
        QVERIFY(!asked.lines[0].approved);
        QCOMPARE(asked.toJson(), submitted);

        const QJsonObject shipped = parse(R"({"request_id": "r-1", "number": "TRF-S1-T1-0008", "staff_id": 5,
            "at": "2026-12-03T12:00:00.000Z", "shipment_id": "sh-1", "lines": [
            {"sku": "TEA", "quantity": 4, "unit_cost": 210, "batch": "L7", "expiry": "2027-03-01"},
            {"sku": "TEA", "quantity": 6, "unit_cost": 210}]})");
        const StockRequestAnswerEvent shipment = StockRequestAnswerEvent::fromJson(shipped);
        QCOMPARE(shipment.lines.size(), 2);
        QCOMPARE(shipment.lines[0].expiry, QStringLiteral("2027-03-01"));
        QVERIFY(shipment.lines[1].batch.isEmpty());
        QCOMPARE(shipment.toJson(), shipped);
        const QJsonObject refused =
            parse(R"({"request_id": "r-2", "number": "TRF-S1-T1-0009", "staff_id": 5, "at": "2026-12-03T12:00:00.000Z",
            "reason": "none left"})");
        QCOMPARE(StockRequestAnswerEvent::fromJson(refused).toJson(), refused);

        const QJsonObject received = parse(R"({"receipt_id": "g-1", "reference": "TRF-S1-T1-0008", "expected": true, "staff_id": 3,
            "approved_by": 3, "received_at": "2026-12-04T09:00:00.000Z", "value": 2100, "request_id": "r-1",
            "lines": [{"sku": "TEA", "quantity": 10, "unit_cost": 210}],
            "discrepancies": [{"sku": "TEA", "expected": 12, "received": 10}]})");
        const StockReceivedEvent booked = StockReceivedEvent::fromJson(received);
        QCOMPARE(booked.discrepancies[0].expected, 12);
        QCOMPARE(booked.toJson(), received);
        const QJsonObject unannounced = parse(R"({"receipt_id": "g-2", "reference": "DN-77", "expected": false, "staff_id": 3,
            "approved_by": 2, "received_at": "2026-12-04T09:00:00.000Z", "value": 0, "reason": "extra from the supplier", "lines": []})");
        QCOMPARE(StockReceivedEvent::fromJson(unannounced).toJson(), unannounced);

        const QJsonObject document = parse(R"({"id": "r-1", "number": "TRF-S1-T1-0008", "kind": "transfer", "store_id": "S1",
            "source": "S2", "note": "", "created_at": "2026-12-03T08:00:00.000Z", "status": "received",
            "updated_at": "2026-12-04T09:00:01.000Z",
            "lines": [{"sku": "TEA", "name": "Green tea", "requested": 12, "approved": 10, "shipped": 10, "received": 10}],
            "history": [{"status": "submitted", "at": "2026-12-03T08:00:00.000Z", "by": "S1"},
                        {"status": "shipped", "at": "2026-12-03T12:00:00.000Z", "by": "S2"}],
            "shipment": {"shipment_id": "sh-1", "shipped_at": "2026-12-03T12:00:00.000Z",
                         "lines": [{"sku": "TEA", "quantity": 10, "unit_cost": 210}]},
            "received": {"at": "2026-12-04T09:00:00.000Z", "receipt_id": "g-1",
                         "discrepancies": [{"sku": "TEA", "expected": 12, "received": 10}]}})");
        const StockRequestDocument doc = StockRequestDocument::fromJson(document);
        QCOMPARE(doc.lines[0].approved.value_or(-1), 10);
        QCOMPARE(doc.history.size(), 2);
        QCOMPARE(doc.history[1].by, QStringLiteral("S2"));
        QCOMPARE(doc.shipment->lines[0].unitCost, 210);
        QCOMPARE(doc.received->receiptId, QStringLiteral("g-1"));
        QCOMPARE(doc.toJson(), document);
    }

    void stockAdjustmentsDecodeAndEncodeBack()
    {
        const QJsonObject counted = parse(R"({"count_id": "c-1", "blind": true, "note": "aisle 4", "counted_products": 40,
            "approved_by": 2, "approved_at": "2026-12-03T19:00:00.000Z",
            "lines": [{"sku": "TEA", "expected": 12, "counted": 10, "delta": -2, "value": -420}]})");
        const StockCountedEvent count = StockCountedEvent::fromJson(counted);
        QCOMPARE(count.lines[0].delta, -2);
        QCOMPARE(count.countedProducts, 40);
        QCOMPARE(count.toJson(), counted);
        const QJsonObject markedDown = parse(R"({"sku": "MILK1", "batch": "L42", "expiry": "2026-12-04", "regular_price": 199,
            "price": 99, "staff_id": 3, "at": "2026-12-03T18:00:00.000Z"})");
        QCOMPARE(StockMarkedDownEvent::fromJson(markedDown).price, 99);
        QCOMPARE(StockMarkedDownEvent::fromJson(markedDown).toJson(), markedDown);
        const QJsonObject writtenOff = parse(R"({"reason": "expired", "staff_id": 3, "at": "2026-12-05T07:00:00.000Z",
            "lines": [{"sku": "MILK1", "batch": "L42", "quantity": 4}]})");
        QCOMPARE(StockWrittenOffEvent::fromJson(writtenOff).reason, StockWrittenOffEvent::kExpired);
        QCOMPARE(StockWrittenOffEvent::fromJson(writtenOff).toJson(), writtenOff);
    }

    void anAisleOrderIsTheShopsOrderRequestWithWhoAndWhen()
    {
        const QJsonObject json = parse(R"({"id": "a-1", "number": "S1-T1-A00007", "store_id": "S2", "origin_store": "S1",
            "fulfilment": "delivery", "customer": {"name": "Anna Berg", "phone": "+49 30 1234567"}, "paid": false,
            "currency": "EUR", "lines": [{"sku": "TEA", "quantity": 2, "unit_price": 350}], "address": "Hauptstr. 1, Berlin",
            "staff_id": 3, "created_at": "2026-12-03T11:00:00.000Z"})");
        const AisleOrderEvent order = AisleOrderEvent::fromJson(json);
        QCOMPARE(order.order.lines[0].unitPrice, 350);
        QCOMPARE(order.toJson(), json);
        QJsonObject request = json;
        request.remove(QStringLiteral("staff_id"));
        request.remove(QStringLiteral("created_at"));
        QCOMPARE(order.order.toJson(), request);
        QCOMPARE(order.order.problem(), QString());
        // A line without its price is not free: the hub refuses what reads as -1.
        QJsonObject unpriced = json;
        unpriced.insert(QStringLiteral("lines"),
                        QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("TEA")}, {QStringLiteral("quantity"), 2}}});
        QCOMPARE(AisleOrderEvent::fromJson(unpriced).order.lines[0].unitPrice, -1);
        QVERIFY(AisleOrderEvent::fromJson(unpriced).order.problem().contains(QLatin1String("unit price")));
    }

    void referenceFeedItemsDecodeAndEncodeBack()
    {
        const QJsonObject staff = parse(R"({"code": "E7", "name": "Ivan", "role": "supervisor", "pin_salt": "c2FsdHNhbHRzYWx0c2FsdA==",
            "pin_hash": "aGFzaA==", "pin_iterations": 120000, "active": false})");
        QCOMPARE(StaffFeedItem::fromJson(staff).pinIterations, 120000);
        QVERIFY(!StaffFeedItem::fromJson(staff).active);
        QCOMPARE(StaffFeedItem::fromJson(staff).toJson(), staff);
        QJsonObject activeByDefault = staff;
        activeByDefault.remove(QStringLiteral("active"));
        QVERIFY(StaffFeedItem::fromJson(activeByDefault).active);

        const QJsonObject member = parse(R"({"id": "m-1", "card_code": "2900000000017", "name": "", "phone": "", "email": "",
            "consent": false, "points_balance": 420, "lifetime_points": 900, "erased": false})");
        QCOMPARE(MemberFeedItem::fromJson(member).pointsBalance, 420);
        QCOMPARE(MemberFeedItem::fromJson(member).toJson(), member);
        const QJsonObject setting = parse(R"({"key": "loyalty.earn_points", "value": "2"})");
        QCOMPARE(SettingFeedItem::fromJson(setting).toJson(), setting);
        const QJsonObject level = parse(R"({"store_id": "S2", "sku": "TEA", "on_hand": -3})");
        QCOMPARE(StockLevelFeedItem::fromJson(level).onHand, -3);
        QCOMPARE(StockLevelFeedItem::fromJson(level).toJson(), level);
        const QJsonObject coupon = parse(R"({"id": "CP-1", "used": true, "used_at": "2026-12-03T10:00:00.000Z"})");
        QCOMPARE(CouponFeedItem::fromJson(coupon).toJson(), coupon);
        const QJsonObject card = parse(R"({"number": "6000123", "kind": "gift", "currency": "EUR", "balance": 2500,
            "status": "active"})");
        QCOMPARE(GiftCardFeedItem::fromJson(card).balance, 2500);
        QCOMPARE(GiftCardFeedItem::fromJson(card).toJson(), card);
    }

    void feedPagesDecodeAndEncodeBack()
    {
        const QJsonObject catalog = parse(R"({"tax_rates": [{"code": "B", "name": "Reduced", "basis_points": 700}],
            "categories": [{"id": 4, "name_en": "Dairy", "name_ru": "Молочное", "name_zh": "乳制品"}],
            "products": [{"sku": "MILK1", "name_en": "Milk 1 l", "name_ru": "Молоко 1 л", "name_zh": "牛奶 1 升", "unit": "piece",
                          "price": 199, "tax_code": "B", "age_restricted": false, "active": true,
                          "barcodes": ["4000000000013", "4000000000020"], "category_id": 4}],
            "cursor": "c1.42", "remaining": 7})");
        const CatalogPage page = CatalogPage::fromJson(catalog);
        QCOMPARE(page.taxRates[0].basisPoints, 700);
        QCOMPARE(page.categories[0].nameZh, QStringLiteral("乳制品"));
        QCOMPARE(page.products[0].barcodes, QStringList({QStringLiteral("4000000000013"), QStringLiteral("4000000000020")}));
        QCOMPARE(page.cursor.value_or(QString()), QStringLiteral("c1.42"));
        QCOMPARE(page.toJson(), catalog);
        QJsonObject noCursor = catalog;
        noCursor.insert(QStringLiteral("cursor"), 17); // not text: the page is unreadable
        QVERIFY(!CatalogPage::fromJson(noCursor).cursor);

        const QJsonObject feed = parse(R"({"items": [{"key": "E7", "scope": "S1", "body": {"code": "E7"}}],
            "cursor": "f.9", "remaining": 0})");
        const FeedPage items = FeedPage::fromJson(feed);
        QCOMPARE(items.items[0].scope, QStringLiteral("S1"));
        QCOMPARE(items.items[0].body.value(QStringLiteral("code")).toString(), QStringLiteral("E7"));
        QCOMPARE(items.toJson(), feed);
    }

    // The journal anchored at the hub: an unsigned entry keeps its reason, a key change its payload.
    void journalSyncDecodesAndEncodesBack()
    {
        QJsonObject request = parse(R"({"head_seq": 9, "public_key": "AAEC",
            "probes": [{"seq": 4, "hash": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}, {"seq": 12, "hash": ""}],
            "entries": [{"canonical": "OT1|sale|d|8|S1-T1-000008|t|100|EUR|0|p|h", "signature": "",
                         "unsigned_reason": "No signing token labelled till-S1-T1 is present"},
                        {"canonical": "OT1|key_change|d|9||t|0||0|p|h", "signature": "MEUC"}]})");
        QJsonArray entries = request.value(QStringLiteral("entries")).toArray();
        QJsonObject keyChange = entries.at(1).toObject();
        keyChange.insert(QStringLiteral("payload"), QStringLiteral("{\"public_key\":\"AAEC\"}"));
        entries.replace(1, keyChange);
        request.insert(QStringLiteral("entries"), entries);
        const JournalSyncRequest decoded = JournalSyncRequest::fromJson(request);
        QCOMPARE(decoded.headSeq, 9);
        QCOMPARE(decoded.probes.size(), 2);
        QCOMPARE(decoded.probes[0].hash.size(), 32);
        QVERIFY(decoded.probes[1].hash.isEmpty()); // the till has no entry 12
        QCOMPARE(decoded.entries[0].unsignedReason, QStringLiteral("No signing token labelled till-S1-T1 is present"));
        QVERIFY(decoded.entries[0].signature.isEmpty());
        QCOMPARE(decoded.entries[1].payload, QByteArrayLiteral("{\"public_key\":\"AAEC\"}"));
        QVERIFY(decoded.problem().isEmpty());
        QCOMPARE(decoded.toJson(), request);

        const QJsonObject answer = parse(R"({"head_seq": 7, "head_hash": "AAEC", "want_from": 8, "probe": [3, 7],
            "broken_at": 0, "done": false})");
        const JournalSyncAnswer a = JournalSyncAnswer::fromJson(answer);
        QCOMPARE(a.probe, (QList<qint64>{3, 7}));
        QCOMPARE(a.wantFrom, 8);
        QCOMPARE(a.toJson(), answer);
        const QJsonObject hashes = parse(R"({"public_key": "AAEC", "head_seq": 2, "from": 1, "hashes": ["AAEC", "AQID"]})");
        QCOMPARE(JournalHashes::fromJson(hashes).toJson(), hashes);
    }

    void offersDecodeAndEncodeBack()
    {
        const QJsonObject together = parse(R"({"kind": "bought_together", "sku": "TEA",
            "with": [{"sku": "HONEY", "count": 12}, {"sku": "LEMON", "count": 3}]})");
        QCOMPARE(BoughtTogetherOffer::fromJson(together).with[0].count, 12);
        QCOMPARE(BoughtTogetherOffer::fromJson(together).toJson(), together);
        QCOMPARE(BoughtTogetherOffer::key(QStringLiteral("TEA")), QStringLiteral("product:TEA"));
        const QJsonObject member = parse(R"({"kind": "favourite_categories", "member_id": "m-1", "categories": [4, 9],
            "coupon": "CP1|m-1|10"})");
        QCOMPARE(MemberOffer::fromJson(member).categories, QList<qint64>({4, 9}));
        QCOMPARE(MemberOffer::fromJson(member).toJson(), member);
        QCOMPARE(MemberOffer::key(QStringLiteral("m-1")), QStringLiteral("member:m-1"));
    }

    void aZReportDecodesAndEncodesBack()
    {
        const QJsonObject z = parse(R"({"kind": "Z", "shift_id": 7, "sales": 42, "training_sales": 1, "voids": 2, "gross": 123456,
            "discounts": 800, "tax": 15000, "taxes": [{"code": "A", "bp": 1900, "net": 60000, "tax": 11400, "gross": 71400}],
            "tenders": {"cash": 50000, "card": 73456}, "returns": 1, "refunds": 999, "refund_tenders": {"cash": 999},
            "opening_float": 10000, "cash_sales": 50000, "cash_refunds": 999, "cash_in": 0, "cash_out": 2000,
            "expected_cash": 57001, "counted_cash": 57000, "difference": -1, "counted": {"5000": 11, "200": 10, "1": 0},
            "staff_id": 3, "approved_by": 0})");
        const ShiftReportEvent report = ShiftReportEvent::fromJson(z);
        QCOMPARE(report.tenders.value(QStringLiteral("card")), 73456);
        QCOMPARE(report.counted.value(5000), 11);
        QCOMPARE(report.taxes[0].basisPoints, 1900);
        QCOMPARE(report.approvedBy.value_or(-1), 0);
        QCOMPARE(report.toJson(), z);
        // An X report names who printed it and nobody who approved.
        QJsonObject x = z;
        x.insert(QStringLiteral("kind"), QStringLiteral("X"));
        x.remove(QStringLiteral("approved_by"));
        QVERIFY(!ShiftReportEvent::fromJson(x).approvedBy);
        QCOMPARE(ShiftReportEvent::fromJson(x).toJson(), x);
    }

    void anEnrolmentKeepsNoPersonalDetailsWhereErasureCannotReach()
    {
        const QJsonObject json = parse(R"({"id": "m-1", "card_code": "2900000000017", "name": "Anna", "phone": "+49 30 1234567",
            "email": "anna@example.org", "consent": true, "consent_at": "2026-12-03T08:00:00.000Z", "store": "S1", "staff_id": 1})");
        const MemberEnrolledEvent m = MemberEnrolledEvent::fromJson(json);
        QCOMPARE(m.cardCode, QStringLiteral("2900000000017"));
        QVERIFY(m.consent);
        QCOMPARE(m.toJson(), json);
        const QJsonObject kept = MemberEnrolledEvent::withoutPersonalDetails(json);
        for (const char* personal : {"name", "phone", "email"})
            QVERIFY(!kept.contains(QLatin1String(personal)));
        QCOMPARE(kept.value(QStringLiteral("id")).toString(), QStringLiteral("m-1"));
        QCOMPARE(kept.value(QStringLiteral("card_code")).toString(), m.cardCode);
    }

    void drawerAndKioskEventsDecodeAndEncodeBack()
    {
        const QJsonObject opened = parse(R"({"shift_id": 12, "staff_id": 1, "opening_float": 15000})");
        QCOMPARE(ShiftOpenedEvent::fromJson(opened).openingFloat, 15000);
        QCOMPARE(ShiftOpenedEvent::fromJson(opened).toJson(), opened);
        const QJsonObject out = parse(R"({"shift_id": 12, "staff_id": 1, "amount": -5000, "reason": "bank", "approved_by": 3})");
        const CashMovementEvent movement = CashMovementEvent::fromJson(EventType::kCashOut, out);
        QCOMPARE(movement.amount, -5000);
        QCOMPARE(movement.type, QStringLiteral("cash_out"));
        QCOMPARE(movement.toJson(), out);
        const QJsonObject placed = parse(R"({"order_id": "k-1", "number": "K17", "member_id": "", "total": 1461, "currency": "EUR",
            "lines": [{"sku": "MILK1", "quantity": 2}, {"sku": "APPLE", "quantity": 750}], "created_at": "2026-12-03T09:00:00.000Z"})");
        const KioskOrderPlacedEvent order = KioskOrderPlacedEvent::fromJson(placed);
        QCOMPARE(order.lines, (QList<KioskOrderPlacedEvent::Line>{{QStringLiteral("MILK1"), 2}, {QStringLiteral("APPLE"), 750}}));
        QCOMPARE(order.toJson(), placed);
    }

    void eventNamesAreTheDocumentedOnes()
    {
        QCOMPARE(QString(SaleEvent::kType), QStringLiteral("sale"));
        QCOMPARE(QString(EventType::kPickupCollected), QStringLiteral("pickup.collected"));
        QVERIFY(QString(EventType::kReplenishmentSubmitted).startsWith(EventType::kReplenishmentFamily));
        QVERIFY(QString(EventType::kTransferShipped).startsWith(EventType::kTransferFamily));
    }
};

QTEST_APPLESS_MAIN(TestWireFormat)
#include "tst_wire_format.moc"
