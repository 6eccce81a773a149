#pragma once

#include <QImage>

#include <string>

namespace omnitill::standins {

// Pictures of printed labels, for what a camera would see: an EAN-13 drawn by ZXing's writer.
QImage ean13Label(const std::string& digits, int width = 400, int height = 130);

} // namespace omnitill::standins
