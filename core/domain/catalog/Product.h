#pragma once

#include <QString>

namespace omnitill {

enum class Unit
{
    Piece,  // quantity counts pieces; price is per piece
    Weight, // quantity is grams; price is per kilogram
};

QString unitName(Unit unit);
Unit unitFromName(const QString& name);
// Price times quantity in minor units: per piece, or per kilogram for grams (rounded half away
// from zero). The one rule for a line's amount, at the till, the pickup desk and the hub.
qint64 lineAmount(Unit unit, qint64 quantity, qint64 unitPrice);

struct Product
{
    qint64 id = 0;
    QString sku;
    QString nameEn;
    QString nameRu;
    QString nameZh;
    qint64 categoryId = 0;
    Unit unit = Unit::Piece;
    qint64 price = 0; // minor units per piece or per kilogram
    qint64 taxRateId = 0;
    bool ageRestricted = false;
    bool active = true;

    // The name in "en", "ru" or "zh…", falling back to English.
    QString name(const QString& language) const;
};

} // namespace omnitill
