#include "ReceiptImageRenderer.h"

#include "QrImage.h"
#include "receipt/ReceiptLayout.h"

#include <QFont>
#include <QPainter>

namespace omnitill {

ReceiptImageRenderer::ReceiptImageRenderer(int columns, int dotsWidth)
    : m_columns(columns), m_dotsWidth(dotsWidth), m_cellWidth(std::max(4, dotsWidth / std::max(1, columns))), m_lineHeight(m_cellWidth * 2)
{
}

QImage ReceiptImageRenderer::renderRow(const ReceiptRow& row) const
{
    if (!row.qr.isEmpty()) {
        const QImage qr = QrImage::encodeToFit(row.qr, m_dotsWidth, 4);
        QImage image(m_dotsWidth, qr.height() + m_lineHeight, QImage::Format_Grayscale8);
        image.fill(255);
        QPainter(&image).drawImage((m_dotsWidth - qr.width()) / 2, m_lineHeight / 2, qr);
        return image;
    }
    const int scale = row.large ? 2 : 1;
    QImage image(m_dotsWidth, m_lineHeight * scale, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(int(m_cellWidth * 1.6 * scale));
    font.setBold(row.bold);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const int textWidth = ReceiptLayout::displayWidth(row.text) * scale;
    const int maxCells = m_columns;
    int column = 0;
    switch (row.align) {
    case ReceiptRow::Align::Left:
        break;
    case ReceiptRow::Align::Center:
        column = std::max(0, (maxCells - textWidth) / 2);
        break;
    case ReceiptRow::Align::Right:
        column = std::max(0, maxCells - textWidth);
        break;
    }
    for (const uint c : row.text.toUcs4()) {
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        const int cells = ReceiptLayout::displayWidth(ch) * scale;
        if (column + cells > maxCells)
            break;
        painter.drawText(QRect(column * m_cellWidth, 0, cells * m_cellWidth, m_lineHeight * scale), Qt::AlignCenter, ch);
        column += cells;
    }
    return image;
}

QImage ReceiptImageRenderer::render(const QList<ReceiptRow>& rows, const QString& qrText) const
{
    QList<QImage> parts;
    int height = m_lineHeight; // top margin
    for (const ReceiptRow& row : rows) {
        parts.append(renderRow(row));
        height += parts.last().height();
    }
    QImage qr;
    if (!qrText.isEmpty()) {
        qr = QrImage::encodeToFit(qrText, m_dotsWidth, 4);
        height += qr.height() + m_lineHeight;
    }
    height += m_lineHeight * 2;
    QImage image(m_dotsWidth, height, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    int y = m_lineHeight;
    for (const QImage& part : parts) {
        painter.drawImage(0, y, part);
        y += part.height();
    }
    if (!qr.isNull())
        painter.drawImage((m_dotsWidth - qr.width()) / 2, y + m_lineHeight / 2, qr);
    return image;
}

} // namespace omnitill
