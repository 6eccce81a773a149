#pragma once

#include "OriginalSale.h"

namespace omnitill {

enum class Disposition
{
    Restock,
    Damaged,
    ReturnToVendor
};
QString dispositionName(Disposition d);
Disposition dispositionFromName(const QString& name); // throws DomainError return.disposition

struct ReturnRequestLine
{
    int line = 0;
    qint64 quantity = 0;
    Disposition disposition = Disposition::Restock;
};

// What a return gives back, line by line, and why.
struct ReturnQuote
{
    struct Line
    {
        int line = 0;
        QString sku;
        QString name;
        bool weighed = false;
        qint64 quantity = 0;
        Disposition disposition = Disposition::Restock;
        qint64 paid = 0;   // the part of what was paid for the line that these units carried
        qint64 refund = 0; // after promotions are worked out again on what the customer keeps
        qint64 tax = 0;    // in the refund
        QString taxCode;
        int taxBasisPoints = 0;
        qint64 pointsReversed = 0; // points earned on these units
    };
    // A promotion the kept goods no longer get in full (or now get more of).
    struct Adjustment
    {
        QString name;
        qint64 amount = 0; // taken off the refund (negative: added)
    };

    QList<Line> lines;
    QList<Adjustment> adjustments;
    qint64 paid = 0;
    qint64 refund = 0;
    qint64 pointsReversed = 0;
};

} // namespace omnitill
