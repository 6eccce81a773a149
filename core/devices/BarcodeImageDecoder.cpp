#include "BarcodeImageDecoder.h"

#include <ZXing/ReadBarcode.h>

namespace omnitill {

QList<DecodedBarcode> BarcodeImageDecoder::decode(const QImage& image, bool tryHarder)
{
    if (image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    return decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()), tryHarder);
}

QList<DecodedBarcode> BarcodeImageDecoder::decodeGray(const uchar* pixels, int width, int height, int stride, bool tryHarder)
{
    if (!pixels || width <= 0 || height <= 0 || stride < width)
        return {};
    const ZXing::ImageView view(pixels, width, height, ZXing::ImageFormat::Lum, stride);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::EAN13 |
                     ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA | ZXing::BarcodeFormat::UPCE | ZXing::BarcodeFormat::Code128 |
                     ZXing::BarcodeFormat::DataBar | ZXing::BarcodeFormat::DataBarExpanded);
    hints.setTryHarder(tryHarder);
    hints.setTryRotate(tryHarder);
    hints.setMaxNumberOfSymbols(1);
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
