#include "ReceiptEscPosRenderer.h"

#include "CodePage.h"
#include "EscPos.h"
#include "QrImage.h"
#include "ReceiptImageRenderer.h"

namespace omnitill {

QByteArray ReceiptEscPosRenderer::encodeText(const QString& text) const
{
    if (CodePage::isAscii(text))
        return text.toLatin1();
    if (CodePage::hasHan(text) && m_profile.chinese == PrinterProfile::ChineseMode::Gb18030)
        return EscPos::chineseMode(true) + CodePage::toGb18030(text) + EscPos::chineseMode(false);
    return m_profile.cyrillic == PrinterProfile::CyrillicEncoding::Cp866 ? CodePage::toCp866(text) : CodePage::toWindows1251(text);
}

QByteArray ReceiptEscPosRenderer::qrCode(const QString& text) const
{
    QByteArray out = EscPos::align(EscPos::Align::Center);
    if (m_profile.nativeQr)
        out += EscPos::nativeQr(text.toUtf8(), 4);
    else
        out += EscPos::raster(QrImage::encodeToFit(text, m_profile.dotsWidth, 4));
    return out + EscPos::align(EscPos::Align::Left);
}

QByteArray ReceiptEscPosRenderer::render(const QList<ReceiptRow>& rows, const QString& qrText) const
{
    const ReceiptImageRenderer imageRenderer(m_profile.columns, m_profile.dotsWidth);
    QByteArray out = EscPos::initialize();
    // Chinese-market printers often start in Chinese mode: leave it before single-byte text.
    out += EscPos::chineseMode(false);
    out += EscPos::selectCodeTable(m_profile.cyrillicTable);
    for (const ReceiptRow& row : rows) {
        if (!row.qr.isEmpty()) {
            out += qrCode(row.qr);
            continue;
        }
        if (CodePage::hasHan(row.text) && m_profile.chinese == PrinterProfile::ChineseMode::Raster) {
            out += EscPos::align(EscPos::Align::Left);
            out += EscPos::raster(imageRenderer.renderRow(row));
            continue;
        }
        out += EscPos::align(row.align == ReceiptRow::Align::Center  ? EscPos::Align::Center
                             : row.align == ReceiptRow::Align::Right ? EscPos::Align::Right
                                                                     : EscPos::Align::Left);
        if (row.bold)
            out += EscPos::bold(true);
        if (row.large)
            out += EscPos::size(2, 2);
        out += encodeText(row.text);
        out += '\n';
        if (row.large)
            out += EscPos::size(1, 1);
        if (row.bold)
            out += EscPos::bold(false);
    }
    if (!qrText.isEmpty())
        out += qrCode(qrText);
    out += EscPos::feed(4);
    if (m_profile.cutter)
        out += EscPos::cut(true);
    return out;
}

} // namespace omnitill
