#include "BarcodeImageDecoder.h"

#include <ZXing/ReadBarcode.h>

namespace omnitill {

QList<DecodedBarcode> BarcodeImageDecoder::decode(const QImage& image, bool tryHarder)
{
    if (image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::EAN13
                     | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA | ZXing::BarcodeFormat::UPCE
                     | ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::DataBar
                     | ZXing::BarcodeFormat::DataBarExpanded);
    hints.setTryHarder(tryHarder);
    hints.setTryRotate(tryHarder);
    QList<DecodedBarcode> found;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        DecodedBarcode code;
        code.format = QString::fromStdString(ZXing::ToString(result.format()));
        code.text = QString::fromStdString(result.text());
        code.symbologyId = QString::fromStdString(result.symbologyIdentifier());
        code.gs1 = result.contentType() == ZXing::ContentType::GS1;
        found.append(code);
    }
    return found;
}

} // namespace omnitill
