#include "ShiftEvents.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject ShiftOpenedEvent::toJson() const
{
    return {{QStringLiteral("shift_id"), shiftId}, {QStringLiteral("staff_id"), staffId}, {QStringLiteral("opening_float"), openingFloat}};
}

ShiftOpenedEvent ShiftOpenedEvent::fromJson(const QJsonObject& o)
{
    return {whole(o, "shift_id"), whole(o, "staff_id"), whole(o, "opening_float")};
}

QJsonObject CashMovementEvent::toJson() const
{
    return {{QStringLiteral("shift_id"), shiftId},
            {QStringLiteral("staff_id"), staffId},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("approved_by"), approvedBy}};
}

CashMovementEvent CashMovementEvent::fromJson(const QString& type, const QJsonObject& o)
{
    return {type, whole(o, "shift_id"), whole(o, "staff_id"), whole(o, "amount"), text(o, "reason"), whole(o, "approved_by")};
}

namespace {
QJsonObject amountsJson(const QMap<QString, qint64>& amounts)
{
    QJsonObject out;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, qint64> amountsFrom(const QJsonObject& o, const char* key)
{
    QMap<QString, qint64> amounts;
    const QJsonObject byKind = o.value(QLatin1String(key)).toObject();
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
        amounts.insert(it.key(), it.value().toInteger());
    return amounts;
}
} // namespace

QJsonObject ShiftReportEvent::countedJson(const QMap<qint64, int>& counted)
{
    QJsonObject out;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        out.insert(QString::number(it.key()), it.value());
    return out;
}

QJsonObject ShiftReportEvent::toJson() const
{
    QJsonObject out{{QStringLiteral("kind"), kind},
                    {QStringLiteral("shift_id"), shiftId},
                    {QStringLiteral("sales"), sales},
                    {QStringLiteral("training_sales"), trainingSales},
                    {QStringLiteral("voids"), voids},
                    {QStringLiteral("gross"), gross},
                    {QStringLiteral("discounts"), discounts},
                    {QStringLiteral("tax"), tax},
                    {QStringLiteral("taxes"), SaleEventTax::toJson(taxes)},
                    {QStringLiteral("tenders"), amountsJson(tenders)},
                    {QStringLiteral("returns"), returns},
                    {QStringLiteral("refunds"), refunds},
                    {QStringLiteral("refund_tenders"), amountsJson(refundTenders)},
                    {QStringLiteral("opening_float"), openingFloat},
                    {QStringLiteral("cash_sales"), cashSales},
                    {QStringLiteral("cash_refunds"), cashRefunds},
                    {QStringLiteral("cash_in"), cashIn},
                    {QStringLiteral("cash_out"), cashOut},
                    {QStringLiteral("expected_cash"), expectedCash},
                    {QStringLiteral("counted_cash"), countedCash},
                    {QStringLiteral("difference"), difference},
                    {QStringLiteral("counted"), countedJson(counted)}};
    if (staffId)
        out.insert(QStringLiteral("staff_id"), *staffId);
    if (approvedBy)
        out.insert(QStringLiteral("approved_by"), *approvedBy);
    return out;
}

ShiftReportEvent ShiftReportEvent::fromJson(const QJsonObject& o)
{
    ShiftReportEvent r;
    r.kind = text(o, "kind");
    r.shiftId = whole(o, "shift_id");
    r.sales = int(whole(o, "sales"));
    r.trainingSales = int(whole(o, "training_sales"));
    r.voids = int(whole(o, "voids"));
    r.gross = whole(o, "gross");
    r.discounts = whole(o, "discounts");
    r.tax = whole(o, "tax");
    r.taxes = SaleEventTax::fromJson(o.value(QLatin1String("taxes")).toArray());
    r.tenders = amountsFrom(o, "tenders");
    r.returns = int(whole(o, "returns"));
    r.refunds = whole(o, "refunds");
    r.refundTenders = amountsFrom(o, "refund_tenders");
    r.openingFloat = whole(o, "opening_float");
    r.cashSales = whole(o, "cash_sales");
    r.cashRefunds = whole(o, "cash_refunds");
    r.cashIn = whole(o, "cash_in");
    r.cashOut = whole(o, "cash_out");
    r.expectedCash = whole(o, "expected_cash");
    r.countedCash = whole(o, "counted_cash");
    r.difference = whole(o, "difference");
    const QJsonObject counted = o.value(QLatin1String("counted")).toObject();
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
        r.counted.insert(it.key().toLongLong(), it.value().toInt());
    if (o.contains(QLatin1String("staff_id")))
        r.staffId = whole(o, "staff_id");
    if (o.contains(QLatin1String("approved_by")))
        r.approvedBy = whole(o, "approved_by");
    return r;
}

} // namespace omnitill::protocol
