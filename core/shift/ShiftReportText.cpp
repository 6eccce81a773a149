#include "ShiftReportText.h"

#include "common/Tr.h"
#include "receipt/ReceiptLayout.h"

namespace omnitill {

QString shiftReportText(const ShiftReport& r, const Currency& currency, const QLocale& locale)
{
    const int columns = 42;
    const auto money = [&](qint64 minor) { return ReceiptLayout::amount(minor, currency, locale); };
    const auto row = [&](const QString& label, const QString& value) { return ReceiptLayout::twoColumns(label, value, columns); };
    QStringList lines;
    lines << (r.kind == QLatin1String("Z") ? Tr::tr("Z REPORT - SHIFT CLOSED") : Tr::tr("X REPORT - SHIFT RUNNING"));
    lines << row(Tr::tr("Shift"), QString::number(r.shiftId));
    lines << row(Tr::tr("Sales"), locale.toString(r.salesCount));
    lines << row(Tr::tr("Gross sales"), money(r.gross));
    lines << row(Tr::tr("Discounts given"), money(r.discounts));
    lines << row(Tr::tr("Tax"), money(r.tax));
    for (const ShiftReport::TaxLine& t : r.taxes)
        lines << row(QStringLiteral("  %1 %2%").arg(t.code, locale.toString(double(t.basisPoints) / 100.0, 'f', 2)),
                     money(t.tax));
    for (auto it = r.tenders.cbegin(); it != r.tenders.cend(); ++it) {
        Tender t;
        t.kind = Tender::kindFromName(it.key());
        lines << row(t.title(), money(it.value()));
    }
    lines << row(Tr::tr("Voids"), locale.toString(r.voids));
    lines << row(Tr::tr("Training sales (not counted)"), locale.toString(r.trainingSalesCount));
    lines << row(Tr::tr("Opening float"), money(r.openingFloat));
    lines << row(Tr::tr("Cash in"), money(r.cashIn));
    lines << row(Tr::tr("Cash out"), money(r.cashOut));
    lines << row(Tr::tr("Expected cash"), money(r.expectedCash));
    if (r.kind == QLatin1String("Z")) {
        lines << row(Tr::tr("Counted cash"), money(r.countedCash));
        lines << row(Tr::tr("Difference"), money(r.difference));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace omnitill
