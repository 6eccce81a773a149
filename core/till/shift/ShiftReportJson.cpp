#include "ShiftReportJson.h"

#include <QJsonArray>

namespace omnitill {

namespace {
QMap<QString, qint64> amountsByKind(const QJsonObject& o)
{
    QMap<QString, qint64> amounts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        amounts.insert(it.key(), it.value().toInteger());
    return amounts;
}
} // namespace

QJsonObject shiftReportJson(const ShiftReport& r)
{
    QJsonArray taxes;
    for (const auto& t : r.taxes)
        taxes.append(QJsonObject{{QStringLiteral("code"), t.code},
                                 {QStringLiteral("bp"), t.basisPoints},
                                 {QStringLiteral("net"), t.net},
                                 {QStringLiteral("tax"), t.tax},
                                 {QStringLiteral("gross"), t.gross}});
    QJsonObject tenders;
    for (auto it = r.tenders.cbegin(); it != r.tenders.cend(); ++it)
        tenders.insert(it.key(), it.value());
    QJsonObject refundTenders;
    for (auto it = r.refundTenders.cbegin(); it != r.refundTenders.cend(); ++it)
        refundTenders.insert(it.key(), it.value());
    QJsonObject counted;
    for (auto it = r.counted.cbegin(); it != r.counted.cend(); ++it)
        counted.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("shift_id"), r.shiftId},
            {QStringLiteral("sales"), r.salesCount},
            {QStringLiteral("training_sales"), r.trainingSalesCount},
            {QStringLiteral("voids"), r.voids},
            {QStringLiteral("gross"), r.gross},
            {QStringLiteral("discounts"), r.discounts},
            {QStringLiteral("tax"), r.tax},
            {QStringLiteral("taxes"), taxes},
            {QStringLiteral("tenders"), tenders},
            {QStringLiteral("returns"), r.returnsCount},
            {QStringLiteral("refunds"), r.refunds},
            {QStringLiteral("refund_tenders"), refundTenders},
            {QStringLiteral("opening_float"), r.openingFloat},
            {QStringLiteral("cash_sales"), r.cashSales},
            {QStringLiteral("cash_refunds"), r.cashRefunds},
            {QStringLiteral("cash_in"), r.cashIn},
            {QStringLiteral("cash_out"), r.cashOut},
            {QStringLiteral("expected_cash"), r.expectedCash},
            {QStringLiteral("counted_cash"), r.countedCash},
            {QStringLiteral("difference"), r.difference},
            {QStringLiteral("counted"), counted}};
}

ShiftReport shiftReportFromJson(const QJsonObject& o)
{
    ShiftReport r;
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.shiftId = o.value(QStringLiteral("shift_id")).toInteger();
    r.salesCount = o.value(QStringLiteral("sales")).toInt();
    r.trainingSalesCount = o.value(QStringLiteral("training_sales")).toInt();
    r.voids = o.value(QStringLiteral("voids")).toInt();
    r.gross = o.value(QStringLiteral("gross")).toInteger();
    r.discounts = o.value(QStringLiteral("discounts")).toInteger();
    r.tax = o.value(QStringLiteral("tax")).toInteger();
    for (const QJsonValue& v : o.value(QStringLiteral("taxes")).toArray()) {
        const QJsonObject t = v.toObject();
        r.taxes.append({t.value(QStringLiteral("code")).toString(), t.value(QStringLiteral("bp")).toInt(),
                        t.value(QStringLiteral("net")).toInteger(), t.value(QStringLiteral("tax")).toInteger(),
                        t.value(QStringLiteral("gross")).toInteger()});
    }
    r.tenders = amountsByKind(o.value(QStringLiteral("tenders")).toObject());
    r.returnsCount = o.value(QStringLiteral("returns")).toInt();
    r.refunds = o.value(QStringLiteral("refunds")).toInteger();
    r.refundTenders = amountsByKind(o.value(QStringLiteral("refund_tenders")).toObject());
    r.openingFloat = o.value(QStringLiteral("opening_float")).toInteger();
    r.cashSales = o.value(QStringLiteral("cash_sales")).toInteger();
    r.cashRefunds = o.value(QStringLiteral("cash_refunds")).toInteger();
    r.cashIn = o.value(QStringLiteral("cash_in")).toInteger();
    r.cashOut = o.value(QStringLiteral("cash_out")).toInteger();
    r.expectedCash = o.value(QStringLiteral("expected_cash")).toInteger();
    r.countedCash = o.value(QStringLiteral("counted_cash")).toInteger();
    r.difference = o.value(QStringLiteral("difference")).toInteger();
    const QJsonObject counted = o.value(QStringLiteral("counted")).toObject();
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
        r.counted.insert(it.key().toLongLong(), it.value().toInt());
    return r;
}

} // namespace omnitill
