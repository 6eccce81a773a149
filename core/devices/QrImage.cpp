#include "QrImage.h"

#include <qrencode.h>

namespace omnitill::QrImage {

namespace {
int moduleCount(const QString& text)
{
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return 0;
    const int width = code->width;
    QRcode_free(code);
    return width;
}
} // namespace

QImage encode(const QString& text, int moduleDots)
{
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage image(modules * moduleDots, modules * moduleDots, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleDots; ++dy) {
                uchar* line = image.scanLine((y + quiet) * moduleDots + dy);
                std::fill_n(line + (x + quiet) * moduleDots, moduleDots, uchar(0));
            }
        }
    }
    QRcode_free(code);
    return image;
}

QImage encodeToFit(const QString& text, int maxWidth, int preferredModuleDots)
{
    const int modules = moduleCount(text);
    if (modules == 0)
        return {};
    const int fit = std::max(1, maxWidth / (modules + 8));
    return encode(text, std::min(preferredModuleDots, fit));
}

} // namespace omnitill::QrImage
