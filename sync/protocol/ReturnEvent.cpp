#include "ReturnEvent.h"

#include "JsonFields.h"
#include "WireCheck.h"

namespace omnitill::protocol {

namespace {
using namespace JsonFields;

QJsonObject lineJson(const ReturnEventLine& l)
{
    return {{QStringLiteral("line"), l.line},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("disposition"), l.disposition},
            {QStringLiteral("paid"), l.paid},
            {QStringLiteral("refund"), l.refund},
            {QStringLiteral("tax"), l.tax},
            {QStringLiteral("tax_code"), l.taxCode},
            {QStringLiteral("tax_bp"), l.taxBasisPoints},
            {QStringLiteral("points_reversed"), l.pointsReversed}};
}

ReturnEventLine lineFrom(const QJsonObject& o)
{
    return {int(whole(o, "line")), text(o, "sku"),         text(o, "name"),         text(o, "unit"),
            whole(o, "quantity"),  text(o, "disposition"), whole(o, "paid"),        whole(o, "refund"),
            whole(o, "tax"),       text(o, "tax_code"),    int(whole(o, "tax_bp")), whole(o, "points_reversed")};
}

QJsonObject tenderJson(const ReturnEventTender& t)
{
    return {{QStringLiteral("kind"), t.kind},
            {QStringLiteral("amount"), t.amount},
            {QStringLiteral("reference"), t.reference},
            {QStringLiteral("card_last4"), t.cardLast4},
            {QStringLiteral("approval_code"), t.approvalCode},
            {QStringLiteral("points"), t.points}};
}

ReturnEventTender tenderFrom(const QJsonObject& o)
{
    return {text(o, "kind"), whole(o, "amount"), text(o, "reference"), text(o, "card_last4"), text(o, "approval_code"), whole(o, "points")};
}
} // namespace

QJsonObject ReturnEvent::toJson() const
{
    QJsonObject body{{QStringLiteral("return_id"), returnId},
                     {QStringLiteral("receipt_id"), receiptId},
                     {QStringLiteral("receipt_number"), receiptNumber},
                     {QStringLiteral("store"), store},
                     {QStringLiteral("till"), till},
                     {QStringLiteral("shift_id"), shiftId},
                     {QStringLiteral("staff_id"), staffId},
                     {QStringLiteral("approved_by"), approvedBy},
                     {QStringLiteral("no_receipt"), noReceipt},
                     {QStringLiteral("original"), QJsonObject{{QStringLiteral("sale_id"), original.saleId},
                                                              {QStringLiteral("receipt_id"), original.receiptId},
                                                              {QStringLiteral("store"), original.store},
                                                              {QStringLiteral("till"), original.till},
                                                              {QStringLiteral("local"), original.local}}},
                     {QStringLiteral("member_id"), memberId},
                     {QStringLiteral("currency"), currency},
                     {QStringLiteral("created_at"), createdAt},
                     {QStringLiteral("business_day"), businessDay},
                     {QStringLiteral("training"), training},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("lines"), arrayOf(lines, lineJson)},
                     {QStringLiteral("adjustments"),
                      arrayOf(adjustments,
                              [](const ReturnEventAdjustment& a) {
                                  return QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("amount"), a.amount}};
                              })},
                     {QStringLiteral("paid"), paid},
                     {QStringLiteral("refund"), refund},
                     {QStringLiteral("tenders"), arrayOf(tenders, tenderJson)}};
    if (!flagged.isEmpty())
        body.insert(QStringLiteral("flagged"), flagged);
    if (!startedAt.isEmpty())
        body.insert(QStringLiteral("started_at"), startedAt);
    if (loyalty)
        body.insert(QStringLiteral("loyalty"), QJsonObject{{QStringLiteral("member_id"), loyalty->memberId},
                                                           {QStringLiteral("reversed"), loyalty->reversed},
                                                           {QStringLiteral("refunded"), loyalty->refunded}});
    return body;
}

ReturnEvent ReturnEvent::fromJson(const QJsonObject& o)
{
    ReturnEvent r;
    r.returnId = text(o, "return_id");
    r.receiptId = text(o, "receipt_id");
    r.receiptNumber = whole(o, "receipt_number");
    r.store = text(o, "store");
    r.till = text(o, "till");
    r.shiftId = whole(o, "shift_id");
    r.staffId = whole(o, "staff_id");
    r.approvedBy = whole(o, "approved_by");
    r.noReceipt = flag(o, "no_receipt");
    const QJsonObject original = o.value(QLatin1String("original")).toObject();
    r.original = {text(original, "sale_id"), text(original, "receipt_id"), text(original, "store"), text(original, "till"),
                  flag(original, "local")};
    r.memberId = text(o, "member_id");
    r.currency = text(o, "currency");
    r.createdAt = text(o, "created_at");
    r.startedAt = text(o, "started_at");
    r.businessDay = text(o, "business_day");
    r.training = flag(o, "training");
    r.reason = text(o, "reason");
    r.lines = listOf<ReturnEventLine>(o, "lines", lineFrom);
    r.adjustments = listOf<ReturnEventAdjustment>(o, "adjustments", [](const QJsonObject& a) {
        return ReturnEventAdjustment{text(a, "name"), whole(a, "amount")};
    });
    r.paid = whole(o, "paid");
    r.refund = whole(o, "refund");
    r.tenders = listOf<ReturnEventTender>(o, "tenders", tenderFrom);
    r.flagged = text(o, "flagged");
    if (const QJsonValue l = o.value(QLatin1String("loyalty")); l.isObject())
        r.loyalty = ReturnEventLoyalty{text(l.toObject(), "member_id"), whole(l.toObject(), "reversed"), whole(l.toObject(), "refunded")};
    return r;
}

QString ReturnEvent::problem(const QJsonObject& body)
{
    using namespace WireCheck;
    const QString what = QStringLiteral("the return");
    if (QString p = firstOf({missingText(body, "return_id", what), missingText(body, "receipt_id", what), notTime(body, "created_at", what),
                             notWhole(body, "refund", what, false)});
        !p.isEmpty())
        return p;
    int n = 0;
    for (const QJsonValue& v : body.value(QLatin1String("lines")).toArray()) {
        const QString line = QStringLiteral("line %1 of the return").arg(++n);
        if (!v.isObject())
            return QStringLiteral("%1 is not an object").arg(line);
        if (QString p = firstOf({notWhole(v.toObject(), "line", line, false), notWhole(v.toObject(), "quantity", line, false)});
            !p.isEmpty())
            return p;
    }
    n = 0;
    for (const QJsonValue& v : body.value(QLatin1String("tenders")).toArray()) {
        const QString tender = QStringLiteral("tender %1 of the return").arg(++n);
        if (!v.isObject())
            return QStringLiteral("%1 is not an object").arg(tender);
        if (QString p = notWhole(v.toObject(), "amount", tender, false); !p.isEmpty())
            return p;
    }
    return {};
}

} // namespace omnitill::protocol
