#include "HubEventCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace omnitill::hub {

namespace {
constexpr qsizetype kMaxId = 128;
// Whole minor units well inside 64 bits, and exactly representable in a JSON number (2^53).
constexpr double kMaxAmount = 9007199254740991.0;

QString missingText(const QJsonObject& o, const char* key, const QString& what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return QStringLiteral("%1 has no %2").arg(what, QLatin1String(key));
    if (v.toString().size() > kMaxId)
        return QStringLiteral("%1 has a %2 longer than %3 characters").arg(what, QLatin1String(key)).arg(kMaxId);
    return {};
}

QString notWhole(const QJsonObject& o, const char* key, const QString& what, bool required = true)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return required ? QStringLiteral("%1 has no %2").arg(what, QLatin1String(key)) : QString();
    if (!v.isDouble() || std::trunc(v.toDouble()) != v.toDouble() || std::fabs(v.toDouble()) > kMaxAmount)
        return QStringLiteral("%1 has a %2 that is not a whole number in range").arg(what, QLatin1String(key));
    return {};
}

QString notTime(const QJsonObject& o, const char* key, const QString& what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return QStringLiteral("%1 has no %2").arg(what, QLatin1String(key));
    if (!QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
        return QStringLiteral("%1 has a %2 that is not a date and time").arg(what, QLatin1String(key));
    return {};
}

QString notCurrency(const QJsonObject& o, const QString& what)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    const QJsonValue v = o.value(QStringLiteral("currency"));
    if (!v.isString() || v.toString().isEmpty())
        return QStringLiteral("%1 has no currency").arg(what);
    if (!code.match(v.toString()).hasMatch())
        return QStringLiteral("%1 has a currency that is not an ISO 4217 code").arg(what);
    return {};
}

QString firstOf(std::initializer_list<QString> problems)
{
    for (const QString& p : problems) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}
} // namespace

QString HubEventCheck::saleProblem(const QJsonObject& sale)
{
    const QString what = QStringLiteral("the sale");
    if (QString p = firstOf({missingText(sale, "sale_id", what), missingText(sale, "receipt_id", what), notTime(sale, "created_at", what),
                             notCurrency(sale, what), notWhole(sale, "total", what)});
        !p.isEmpty())
        return p;
    const QJsonValue lines = sale.value(QStringLiteral("lines"));
    if (!lines.isArray())
        return QStringLiteral("the sale has no lines");
    int n = 0;
    for (const QJsonValue& v : lines.toArray()) {
        ++n;
        const QString line = QStringLiteral("line %1 of the sale").arg(n);
        if (!v.isObject())
            return QStringLiteral("%1 is not an object").arg(line);
        const QJsonObject o = v.toObject();
        if (QString p = firstOf({missingText(o, "sku", line), notWhole(o, "quantity", line), notWhole(o, "amount", line),
                                 notWhole(o, "unit_price", line, false), notWhole(o, "discount", line, false),
                                 notWhole(o, "points_earned", line, false)});
            !p.isEmpty())
            return p;
    }
    const QJsonValue tenders = sale.value(QStringLiteral("tenders"));
    if (!tenders.isUndefined() && !tenders.isArray())
        return QStringLiteral("the sale's tenders are not a list");
    n = 0;
    for (const QJsonValue& v : tenders.toArray()) {
        ++n;
        const QString tender = QStringLiteral("tender %1 of the sale").arg(n);
        if (!v.isObject())
            return QStringLiteral("%1 is not an object").arg(tender);
        if (QString p = firstOf({missingText(v.toObject(), "kind", tender), notWhole(v.toObject(), "amount", tender)}); !p.isEmpty())
            return p;
    }
    return {};
}

QString HubEventCheck::problem(const QString& type, const QJsonObject& event)
{
    const QJsonValue bodyValue = event.value(QStringLiteral("body"));
    if (!bodyValue.isObject())
        return QStringLiteral("the %1 event has no body").arg(type);
    const QJsonObject body = bodyValue.toObject();
    if (type == QLatin1String("sale"))
        return saleProblem(body);
    if (type.startsWith(QLatin1String("pickup."))) {
        const QString what = QStringLiteral("the %1 event").arg(type);
        if (QString p = missingText(body, "order_id", what); !p.isEmpty())
            return p;
        const QJsonValue sale = body.value(QStringLiteral("sale"));
        if (sale.isUndefined() || sale.isNull())
            return {};
        if (!sale.isObject())
            return QStringLiteral("%1 has a sale that is not an object").arg(what);
        return sale.toObject().isEmpty() ? QString() : saleProblem(sale.toObject());
    }
    if (type == QLatin1String("return")) {
        const QString what = QStringLiteral("the return");
        return firstOf({missingText(body, "return_id", what), missingText(body, "receipt_id", what), notTime(body, "created_at", what),
                        notWhole(body, "refund", what, false)});
    }
    return {};
}

} // namespace omnitill::hub
