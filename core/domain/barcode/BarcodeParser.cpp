#include "BarcodeParser.h"

#include "Gs1DigitalLink.h"
#include "Gtin.h"
#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

namespace {

[[noreturn]] void badCheckDigit(const QString& code)
{
    throw DomainError(QStringLiteral("barcode.check_digit"), Tr::tr("Bad check digit in %1").arg(code));
}

qint64 pow10(int n)
{
    qint64 value = 1;
    for (int i = 0; i < n; ++i)
        value *= 10;
    return value;
}

// GS1 dates are YYMMDD; the century is chosen within -49/+50 years of today (GS1 GenSpecs §7.12),
// and day 00 means the last day of the month.
QDate gs1Date(const QString& ai, const QString& yymmdd, const QDate& today)
{
    const int yy = yymmdd.left(2).toInt();
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    const int currentYy = today.year() % 100;
    int century = today.year() - currentYy;
    const int difference = yy - currentYy;
    if (difference > 50)
        century -= 100;
    else if (difference < -49)
        century += 100;
    QDate date(century + yy, month, 1);
    if (!date.isValid())
        throw DomainError(QStringLiteral("barcode.malformed_ai"),
                          Tr::tr("Malformed GS1 data for AI (%1): %2").arg(ai, Tr::tr("invalid date")));
    if (day == 0)
        return QDate(date.year(), month, date.daysInMonth());
    date = QDate(date.year(), month, day);
    if (!date.isValid())
        throw DomainError(QStringLiteral("barcode.malformed_ai"),
                          Tr::tr("Malformed GS1 data for AI (%1): %2").arg(ai, Tr::tr("invalid date")));
    return date;
}

} // namespace

BarcodeParser::BarcodeParser(QList<VariableMeasureRule> rules, Currency currency)
    : m_rules(std::move(rules)), m_currency(std::move(currency))
{
}

qint64 BarcodeParser::scaleToMinor(qint64 value, int decimals) const
{
    const int exponent = m_currency.exponent();
    if (decimals <= exponent)
        return value * pow10(exponent - decimals);
    const qint64 divisor = pow10(decimals - exponent);
    return (value + divisor / 2) / divisor;
}

ScanCode BarcodeParser::parse(const QString& input, const QDate& today) const
{
    const QString raw = input.trimmed();
    if (raw.isEmpty())
        throw DomainError(QStringLiteral("barcode.empty"), Tr::tr("Nothing was scanned"));
    if (Gs1DigitalLink::looksLikeDigitalLink(raw))
        return fromElements(raw, Gs1DigitalLink::parse(raw), today);
    if (Gs1ElementString::looksLikeElementString(input))
        return fromElements(raw, Gs1ElementString::parse(input), today);
    if (gtin::isDigits(raw))
        return parseDigits(raw);
    ScanCode code; // an internal code or SKU typed by the cashier
    code.raw = raw;
    code.lookupCodes = {raw};
    return code;
}

ScanCode BarcodeParser::parseDigits(const QString& digits) const
{
    ScanCode code;
    code.raw = digits;
    code.kind = ScanCode::Kind::Gtin;
    switch (digits.size()) {
    case 8: {
        // EAN-8 and UPC-E look alike; keep every reading whose check digit holds.
        if (gtin::hasValidCheckDigit(digits))
            code.lookupCodes.append(gtin::toGtin14(digits));
        const QString upca = gtin::expandUpcE(digits);
        if (!upca.isEmpty() && gtin::hasValidCheckDigit(upca))
            code.lookupCodes.append(gtin::toGtin14(upca));
        if (code.lookupCodes.isEmpty())
            badCheckDigit(digits);
        return code;
    }
    case 12:
    case 13:
    case 14: {
        if (!gtin::hasValidCheckDigit(digits))
            badCheckDigit(digits);
        const QString ean13 = digits.size() == 14 ? digits.mid(1) : digits.rightJustified(13, QLatin1Char('0'));
        if (digits.size() != 14 || digits.startsWith(QLatin1Char('0'))) {
            for (const VariableMeasureRule& rule : m_rules) {
                if (ean13.startsWith(rule.prefix))
                    return parseVariableMeasure(ean13, rule);
            }
        }
        code.lookupCodes.append(gtin::toGtin14(digits));
        return code;
    }
    default:
        // Short numbers are PLUs or SKUs keyed by the cashier.
        if (digits.size() <= 7) {
            code.kind = ScanCode::Kind::Plain;
            code.lookupCodes.append(digits);
            return code;
        }
        throw DomainError(QStringLiteral("barcode.length"), Tr::tr("A %1-digit code is not a retail barcode").arg(digits.size()));
    }
}

ScanCode BarcodeParser::parseVariableMeasure(const QString& ean13, const VariableMeasureRule& rule) const
{
    ScanCode code;
    code.raw = ean13;
    code.kind = ScanCode::Kind::VariableMeasure;
    const qsizetype itemEnd = rule.prefix.size() + rule.itemDigits;
    code.lookupCodes.append(ean13.left(itemEnd));
    const QString valueText = ean13.mid(itemEnd + (rule.verifier ? 1 : 0), rule.valueDigits());
    if (rule.verifier && gtin::priceVerifierDigit(valueText) != ean13[itemEnd].unicode() - '0')
        throw DomainError(QStringLiteral("barcode.verifier"), Tr::tr("The price check digit of %1 is wrong").arg(ean13));
    const qint64 value = valueText.toLongLong();
    if (rule.value == VariableMeasureRule::Value::Price) {
        code.embeddedPrice = scaleToMinor(value, rule.decimals);
    } else {
        // value is kilograms with the rule's decimals; keep grams
        const qint64 divisor = pow10(rule.decimals);
        code.weightGrams = (value * 1000 + divisor / 2) / divisor;
    }
    return code;
}

ScanCode BarcodeParser::fromElements(const QString& raw, const QList<Gs1Element>& elements, const QDate& today) const
{
    ScanCode code;
    code.raw = raw;
    code.kind = ScanCode::Kind::Gs1;
    for (const Gs1Element& element : elements) {
        const QString& ai = element.ai;
        if (ai == QLatin1String("01") || ai == QLatin1String("02")) {
            code.lookupCodes = {element.value};
        } else if (ai == QLatin1String("10")) {
            code.batch = element.value;
        } else if (ai == QLatin1String("21")) {
            code.serial = element.value;
        } else if (ai == QLatin1String("17")) {
            code.expiry = gs1Date(ai, element.value, today);
        } else if (ai.startsWith(QLatin1String("310"))) {
            const int decimals = ai.back().unicode() - '0';
            const qint64 divisor = pow10(decimals);
            code.weightGrams = (element.value.toLongLong() * 1000 + divisor / 2) / divisor;
        } else if (ai.startsWith(QLatin1String("392"))) {
            code.embeddedPrice = scaleToMinor(element.value.toLongLong(), ai.back().unicode() - '0');
        } else if (ai.startsWith(QLatin1String("393"))) {
            if (element.value.left(3).toInt() != m_currency.numericCode())
                throw DomainError(QStringLiteral("barcode.currency"), Tr::tr("The price on the label is not in %1").arg(m_currency.code()));
            code.embeddedPrice = scaleToMinor(element.value.mid(3).toLongLong(), ai.back().unicode() - '0');
        } else if (ai == QLatin1String("11") || ai == QLatin1String("13") || ai == QLatin1String("15") || ai == QLatin1String("16")) {
            gs1Date(ai, element.value, today); // validated; informational at the till
        }
    }
    if (code.lookupCodes.isEmpty())
        throw DomainError(QStringLiteral("barcode.malformed_ai"),
                          Tr::tr("Malformed GS1 data for AI (%1): %2").arg(QStringLiteral("01"), Tr::tr("no GTIN")));
    if (code.expiry && *code.expiry < today)
        throw DomainError(QStringLiteral("barcode.expired"),
                          Tr::tr("Batch %1 expired on %2")
                              .arg(code.batch.isEmpty() ? Tr::tr("(unnamed)") : code.batch, code.expiry->toString(Qt::ISODate)));
    return code;
}

} // namespace omnitill
