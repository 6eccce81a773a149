#pragma once

#include "Gs1ElementString.h"
#include "ScanCode.h"
#include "VariableMeasureRule.h"
#include "money/Currency.h"

namespace omnitill {

// Turns what a scanner (or the cashier) delivered into a ScanCode, or refuses it with a
// DomainError that names the reason: bad check digit, malformed or unknown AI, expired batch,
// price in another currency, unreadable length.
class BarcodeParser
{
public:
    BarcodeParser(QList<VariableMeasureRule> rules, Currency currency);

    ScanCode parse(const QString& raw, const QDate& today) const;

    const QList<VariableMeasureRule>& rules() const { return m_rules; }

private:
    ScanCode parseDigits(const QString& digits) const;
    ScanCode parseVariableMeasure(const QString& ean13, const VariableMeasureRule& rule) const;
    ScanCode fromElements(const QString& raw, const QList<Gs1Element>& elements, const QDate& today) const;
    qint64 scaleToMinor(qint64 value, int decimals) const;

    QList<VariableMeasureRule> m_rules;
    Currency m_currency;
};

} // namespace omnitill
