#pragma once

#include "receipt/Receipt.h"

#include <QImage>

namespace omnitill {

// Draws receipt rows the way a thermal printer would (a fixed grid of columns, Chinese
// characters two columns wide), for the PNG preview and for printers that print text as raster.
// Needs a QGuiApplication (fonts).
class ReceiptImageRenderer
{
public:
    ReceiptImageRenderer(int columns, int dotsWidth);

    QImage renderRow(const ReceiptRow& row) const;
    QImage render(const QList<ReceiptRow>& rows, const QString& qrText) const;

private:
    int m_columns;
    int m_dotsWidth;
    int m_cellWidth;
    int m_lineHeight;
};

} // namespace omnitill
