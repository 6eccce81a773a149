#include "ShiftReportJson.h"

namespace omnitill {

protocol::ShiftReportEvent shiftReportEvent(const ShiftReport& r)
{
    protocol::ShiftReportEvent e;
    e.kind = r.kind;
    e.shiftId = r.shiftId;
    e.sales = r.salesCount;
    e.trainingSales = r.trainingSalesCount;
    e.voids = r.voids;
    e.gross = r.gross;
    e.discounts = r.discounts;
    e.tax = r.tax;
    for (const ShiftReport::TaxLine& t : r.taxes)
        e.taxes.append({t.code, t.basisPoints, t.net, t.tax, t.gross});
    e.tenders = r.tenders;
    e.returns = r.returnsCount;
    e.refunds = r.refunds;
    e.refundTenders = r.refundTenders;
    e.openingFloat = r.openingFloat;
    e.cashSales = r.cashSales;
    e.cashRefunds = r.cashRefunds;
    e.cashIn = r.cashIn;
    e.cashOut = r.cashOut;
    e.expectedCash = r.expectedCash;
    e.countedCash = r.countedCash;
    e.difference = r.difference;
    e.counted = r.counted;
    return e;
}

ShiftReport shiftReportFrom(const protocol::ShiftReportEvent& e)
{
    ShiftReport r;
    r.kind = e.kind;
    r.shiftId = e.shiftId;
    r.salesCount = e.sales;
    r.trainingSalesCount = e.trainingSales;
    r.voids = e.voids;
    r.gross = e.gross;
    r.discounts = e.discounts;
    r.tax = e.tax;
    for (const protocol::ShiftReportEvent::Tax& t : e.taxes)
        r.taxes.append({t.code, t.basisPoints, t.net, t.tax, t.gross});
    r.tenders = e.tenders;
    r.returnsCount = e.returns;
    r.refunds = e.refunds;
    r.refundTenders = e.refundTenders;
    r.openingFloat = e.openingFloat;
    r.cashSales = e.cashSales;
    r.cashRefunds = e.cashRefunds;
    r.cashIn = e.cashIn;
    r.cashOut = e.cashOut;
    r.expectedCash = e.expectedCash;
    r.countedCash = e.countedCash;
    r.difference = e.difference;
    r.counted = e.counted;
    return r;
}

} // namespace omnitill
