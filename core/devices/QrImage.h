#pragma once

#include <QImage>
#include <QString>

namespace omnitill::QrImage {

// A QR code (libqrencode, error correction M) as a black-on-white image: each module is
// moduleDots square, with the 4-module quiet zone. Null image if the text cannot be encoded.
QImage encode(const QString& text, int moduleDots);
// The largest module size that keeps the code within maxWidth dots (at least 1).
QImage encodeToFit(const QString& text, int maxWidth, int preferredModuleDots = 4);

} // namespace omnitill::QrImage
