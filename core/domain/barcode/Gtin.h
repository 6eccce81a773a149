#pragma once

#include <QString>
#include <QStringView>

namespace omnitill::gtin {

bool isDigits(QStringView text);
// GS1 mod-10 check digit of the data digits (without the check digit).
int checkDigit(QStringView dataDigits);
bool hasValidCheckDigit(QStringView code);
// Expands an 8-digit UPC-E (number system 0 or 1) to its 12-digit UPC-A form; empty if not UPC-E.
QString expandUpcE(QStringView upce);
QString toGtin14(QStringView code);

// The price/measure verifier digit of GS1 General Specifications §7.9.3 for 4 or 5 digits.
int priceVerifierDigit(QStringView digits);

} // namespace omnitill::gtin
