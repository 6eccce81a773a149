#include "PrintJobRenderer.h"

#include "EscPos.h"
#include "ReceiptEscPosRenderer.h"
#include "common/Tr.h"
#include "money/Currency.h"
#include "receipt/ReceiptLayout.h"
#include "receipt/ReceiptRepository.h"
#include "shift/ShiftReportText.h"

#include <QLocale>

namespace omnitill {

QByteArray PrintJobRenderer::render(const PrintJob& job) const
{
    switch (job.kind) {
    case PrintJob::Kind::DrawerKick:
        return EscPos::kickDrawer(m_settings.drawerPin, m_settings.drawerPulseMs);
    case PrintJob::Kind::TestPage:
        return testPage(job.reference, job.createdAt);
    case PrintJob::Kind::KioskTicket:
        return kioskTicket(job);
    case PrintJob::Kind::ShiftReport:
        return shiftReport(job);
    case PrintJob::Kind::CardSlip:
        return cardSlip(job);
    case PrintJob::Kind::Receipt:
    case PrintJob::Kind::Copy:
    case PrintJob::Kind::CollectionSlip:
    case PrintJob::Kind::CancellationSlip:
        break;
    }
    Receipt receipt;
    if (job.kind == PrintJob::Kind::CollectionSlip)
        receipt = m_receipts.collectionSlip(job.reference.toLongLong());
    else if (job.kind == PrintJob::Kind::CancellationSlip)
        receipt = m_receipts.cancellationSlip(job.reference.toLongLong());
    else
        receipt = m_receipts.byReceiptId(job.reference, job.language);
    receipt.copy = job.kind == PrintJob::Kind::Copy;
    const QLocale locale = m_receipts.locale();
    const PrinterProfile& profile = m_settings.profile;
    return ReceiptEscPosRenderer(profile).render(ReceiptLayout::rows(receipt, profile.columns, locale), receipt.qrText);
}

QByteArray PrintJobRenderer::kioskTicket(const PrintJob& job) const
{
    using Align = ReceiptRow::Align;
    const KioskTicket ticket = m_receipts.kioskTicket(job.reference);
    const QLocale locale = m_receipts.locale();
    const PrinterProfile& p = m_settings.profile;
    const QString rule(p.columns, QLatin1Char('-'));
    const QList<ReceiptRow> rows{
        {ticket.storeName, Align::Center, true, false},
        {rule, Align::Left, false, false},
        {Tr::tr("Your order number"), Align::Center, false, false},
        {ticket.number, Align::Center, true, true},
        {rule, Align::Left, false, false},
        {ReceiptLayout::twoColumns(Tr::tr("To pay"), ReceiptLayout::amount(ticket.total, Currency::fromCode(ticket.currency), locale),
                                   p.columns),
         Align::Left, true, false},
        {locale.toString(ticket.createdAt, QLocale::ShortFormat), Align::Left, false, false},
        {Tr::tr("Please pay at the counter: the cashier scans this code."), Align::Left, false, false},
    };
    return ReceiptEscPosRenderer(p).render(rows, ticket.code);
}

QByteArray PrintJobRenderer::shiftReport(const PrintJob& job) const
{
    using Align = ReceiptRow::Align;
    const ShiftReport report = m_receipts.shiftReport(job.reference.toLongLong());
    const QLocale locale = m_receipts.locale();
    const PrinterProfile& p = m_settings.profile;
    QList<ReceiptRow> rows{{m_receipts.storeName(), Align::Center, true, false},
                           {locale.toString(report.at, QLocale::ShortFormat), Align::Left, false, false}};
    for (const QString& line : shiftReportText(report, m_receipts.currency(), locale, p.columns).split(QLatin1Char('\n')))
        rows.append({line, Align::Left, false, false});
    return ReceiptEscPosRenderer(p).render(rows, {});
}

QByteArray PrintJobRenderer::cardSlip(const PrintJob& job) const
{
    using Align = ReceiptRow::Align;
    const PrinterProfile& p = m_settings.profile;
    QList<ReceiptRow> rows{{m_receipts.storeName(), Align::Center, true, false},
                           {QString(p.columns, QLatin1Char('-')), Align::Left, false, false}};
    // The terminal's own lines, as it worded them (the acquirer's wording is part of the slip).
    for (const QString& line : m_receipts.cardSlip(job.reference))
        rows.append({line, Align::Left, false, false});
    return ReceiptEscPosRenderer(p).render(rows, {});
}

QByteArray PrintJobRenderer::testPage(const QString& storeName, const QDateTime& time) const
{
    using Align = ReceiptRow::Align;
    const PrinterProfile& p = m_settings.profile;
    const QString rule(p.columns, QLatin1Char('-'));
    const QList<ReceiptRow> rows{
        {Tr::tr("Printer test page"), Align::Center, true, true},
        {storeName, Align::Center, false, false},
        {rule, Align::Left, false, false},
        {ReceiptLayout::twoColumns(Tr::tr("Model"), p.id, p.columns), Align::Left, false, false},
        {ReceiptLayout::twoColumns(Tr::tr("Address"), m_settings.address, p.columns), Align::Left, false, false},
        {ReceiptLayout::twoColumns(Tr::tr("Width"), QStringLiteral("%1 dots / %2").arg(p.dotsWidth).arg(p.columns), p.columns), Align::Left,
         false, false},
        {time.toUTC().toString(Qt::ISODate), Align::Left, false, false},
        {rule, Align::Left, false, false},
        {QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"), Align::Left, false, false},
        {QStringLiteral("Съешь же ещё этих мягких булок"), Align::Left, false, false},
        {QStringLiteral("欢迎光临 谢谢惠顾"), Align::Left, false, false},
        {QString(p.columns, QLatin1Char('=')), Align::Left, false, false},
        {Tr::tr("Bold"), Align::Left, true, false},
        {Tr::tr("Right"), Align::Right, false, false},
    };
    return ReceiptEscPosRenderer(p).render(rows, QStringLiteral("OMNITILL-TEST"));
}

} // namespace omnitill
