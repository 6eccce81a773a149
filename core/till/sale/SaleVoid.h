#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill {

// The payload of a line_void, line_reduce or sale_void journal entry: what was taken off the sale
// before payment, who did it and who approved (packaging/audit/JOURNAL-FORMAT.md §3).
struct SaleVoid
{
    struct Line
    {
        QString sku;
        QString name;
        QString unit; // piece or weight (grams)
        qint64 quantity = 0;
        qint64 unitPrice = 0;
        qint64 gross = 0; // what the line would have cost, after its discounts
    };

    qint64 staffId = 0;
    qint64 approvedBy = 0; // 0: no approval was needed
    QList<Line> lines;

    QJsonObject toJson() const;
    static SaleVoid fromJson(const QJsonObject& json);
};

} // namespace omnitill
