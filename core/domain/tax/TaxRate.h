#pragma once

#include <QString>

namespace omnitill {

// A tax rate in basis points (2000 = 20 %).
struct TaxRate
{
    qint64 id = 0;
    QString code; // short letter printed on receipts, e.g. "A"
    QString name;
    int basisPoints = 0;
};

// What one tax rate adds up to over several lines (a receipt, a shift).
struct TaxTotal
{
    QString code;
    int basisPoints = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

enum class TaxMode
{
    Inclusive, // shelf prices include VAT (EU, RU, CN)
    Exclusive, // tax is added at the till (US sales tax)
};

QString taxModeName(TaxMode mode);
TaxMode taxModeFromName(const QString& name);

} // namespace omnitill
