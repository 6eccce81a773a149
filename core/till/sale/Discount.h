#pragma once

#include "money/Currency.h"

#include <QJsonObject>

namespace omnitill {

struct Discount
{
    enum class Kind
    {
        None,
        Percent,
        Amount
    };

    Kind kind = Kind::None;
    qint64 value = 0;      // basis points for Percent, minor units for Amount
    qint64 approvedBy = 0; // staff id of the approver when over the cashier's limit
    QString reason;

    static Discount percent(qint64 basisPoints) { return {Kind::Percent, basisPoints, 0, {}}; }
    static Discount amount(qint64 minor) { return {Kind::Amount, minor, 0, {}}; }
    bool isNone() const { return kind == Kind::None || value == 0; }
    // The discount on an amount, never more than the amount itself; percent rounds half up.
    qint64 on(qint64 amount) const;

    // "10%", "12.5%" or an amount such as "1.50"; throws DomainError otherwise.
    static Discount parse(const QString& text, const Currency& currency);

    QJsonObject toJson() const;
    static Discount fromJson(const QJsonObject& json);
};

} // namespace omnitill
