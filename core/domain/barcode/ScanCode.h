#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace omnitill {

// What a scanned or typed code says, before it is looked up in the catalog.
struct ScanCode
{
    enum class Kind
    {
        Gtin,
        VariableMeasure,
        Gs1,
        Plain
    };

    Kind kind = Kind::Plain;
    QString raw;
    // Codes to try in the catalog, best first (an 8-digit code may be EAN-8 or UPC-E).
    QStringList lookupCodes;
    std::optional<qint64> embeddedPrice; // minor units of the store currency
    std::optional<qint64> weightGrams;
    QString batch;
    QString serial;
    std::optional<QDate> expiry;
};

} // namespace omnitill
