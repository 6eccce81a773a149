#pragma once

#include "PrinterProfile.h"
#include "receipt/Receipt.h"

#include <QByteArray>

namespace omnitill {

// Turns receipt rows into the bytes a printer of the given profile understands: Cyrillic in the
// model's code page, Chinese in GB18030 mode or as raster images, the QR natively or as a raster
// image. The drawer kick is a job of its own (see PrintQueue).
class ReceiptEscPosRenderer
{
public:
    explicit ReceiptEscPosRenderer(PrinterProfile profile) : m_profile(std::move(profile)) {}

    QByteArray render(const QList<ReceiptRow>& rows, const QString& qrText) const;
    QByteArray encodeText(const QString& text) const;

private:
    QByteArray qrCode(const QString& text) const;
    PrinterProfile m_profile;
};

} // namespace omnitill
