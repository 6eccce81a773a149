#include "ShiftReportText.h"

#include "common/Tr.h"
#include "receipt/ReceiptLayout.h"

namespace omnitill {

QString shiftReportText(const ShiftReport& r, const Currency& currency, const QLocale& locale, int columns)
{
    const auto money = [&](qint64 minor) { return ReceiptLayout::amount(minor, currency, locale); };
    const auto row = [&](const QString& label, const QString& value) { return ReceiptLayout::twoColumns(label, value, columns); };
    QStringList lines;
    lines << (r.kind == QLatin1String("Z") ? Tr::tr("Z REPORT - SHIFT CLOSED") : Tr::tr("X REPORT - SHIFT RUNNING"));
    lines << row(Tr::tr("Shift"), QString::number(r.shiftId));
    const auto tenderTitle = [](const QString& kind) {
        Tender t;
        t.kind = Tender::kindFromName(kind);
        return t.title();
    };
    lines << row(Tr::tr("Sales"), locale.toString(r.salesCount));
    lines << row(Tr::tr("Gross sales"), money(r.gross));
    lines << row(Tr::tr("Discounts given"), money(r.discounts));
    for (auto it = r.tenders.cbegin(); it != r.tenders.cend(); ++it)
        lines << row(QStringLiteral("  ") + tenderTitle(it.key()), money(it.value()));
    lines << row(Tr::tr("Returns"), locale.toString(r.returnsCount));
    lines << row(Tr::tr("Refunds"), money(-r.refunds));
    for (auto it = r.refundTenders.cbegin(); it != r.refundTenders.cend(); ++it)
        lines << row(QStringLiteral("  ") + tenderTitle(it.key()), money(-it.value()));
    lines << row(Tr::tr("Net sales"), money(r.gross - r.refunds));
    lines << row(Tr::tr("Tax (less returns)"), money(r.tax));
    for (const ShiftReport::TaxLine& t : r.taxes) {
        lines << QStringLiteral("  %1 %2%").arg(t.code, locale.toString(double(t.basisPoints) / 100.0, 'f', 2));
        lines << row(QStringLiteral("    ") + Tr::tr("Net"), money(t.net));
        lines << row(QStringLiteral("    ") + Tr::tr("Tax"), money(t.tax));
        lines << row(QStringLiteral("    ") + Tr::tr("Gross"), money(t.gross));
    }
    lines << row(Tr::tr("Voids"), locale.toString(r.voids));
    lines << row(Tr::tr("Training sales (not counted)"), locale.toString(r.trainingSalesCount));
    lines << QString(columns, QLatin1Char('-'));
    lines << row(Tr::tr("Opening float"), money(r.openingFloat));
    lines << row(Tr::tr("+ Cash sales"), money(r.cashSales));
    lines << row(Tr::tr("- Cash refunds"), money(r.cashRefunds));
    lines << row(Tr::tr("+ Cash in"), money(r.cashIn));
    lines << row(Tr::tr("- Cash out"), money(r.cashOut));
    lines << row(Tr::tr("= Expected cash"), money(r.expectedCash));
    if (r.kind == QLatin1String("Z")) {
        lines << row(Tr::tr("Counted cash"), money(r.countedCash));
        lines << row(Tr::tr("Difference"), money(r.difference));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace omnitill
