#include "WireCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace omnitill::protocol::WireCheck {

namespace {
constexpr qsizetype kMaxId = 128;
// Whole minor units well inside 64 bits, and exactly representable in a JSON number (2^53).
constexpr double kMaxAmount = 9007199254740991.0;
} // namespace

QString missingText(const QJsonObject& o, const char* key, const QString& what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return QStringLiteral("%1 has no %2").arg(what, QLatin1String(key));
    if (v.toString().size() > kMaxId)
        return QStringLiteral("%1 has a %2 longer than %3 characters").arg(what, QLatin1String(key)).arg(kMaxId);
    return {};
}

QString notWhole(const QJsonObject& o, const char* key, const QString& what, bool required)
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

} // namespace omnitill::protocol::WireCheck
