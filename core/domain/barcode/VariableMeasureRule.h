#pragma once

#include <QList>
#include <QString>

namespace omnitill {

// How one restricted-circulation prefix (02, 20–29) lays out a store-made EAN-13:
// prefix + item reference + [verifier] + value + check digit.
struct VariableMeasureRule
{
    enum class Value
    {
        Price,
        Weight
    };

    QString prefix;     // "20", "21", …, or "02"
    int itemDigits = 5; // digits of the item reference after the prefix
    Value value = Value::Price;
    int decimals = 2;      // implied decimals of the value (price in major units, weight in kg)
    bool verifier = false; // a price/measure verifier digit precedes the value

    int valueDigits() const { return 13 - 1 - int(prefix.size()) - itemDigits - (verifier ? 1 : 0); }
    bool isValid() const;

    // "20:5:price:2" / "23:5:weight:3:v": the form used in settings and on the command line.
    QString toText() const;
    static VariableMeasureRule fromText(const QString& text); // throws DomainError
    static QList<VariableMeasureRule> listFromText(const QString& text);
    static QString listToText(const QList<VariableMeasureRule>& rules);
};

} // namespace omnitill
