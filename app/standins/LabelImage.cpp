#include "LabelImage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace omnitill::standins {

QImage ean13Label(const std::string& digits, int width, int height)
{
    const ZXing::BitMatrix m = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(10).encode(digits, width, height);
    QImage image(m.width(), m.height(), QImage::Format_RGB32);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            image.setPixel(x, y, m.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    return image;
}

} // namespace omnitill::standins
