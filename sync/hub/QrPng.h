#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill::hub::QrPng {

// A QR code (libqrencode, error correction M) as a black-on-white PNG file's bytes, each module
// moduleDots square with the 4-module quiet zone, written without Qt Gui so the hub needs no
// display libraries. Empty if the text cannot be encoded.
QByteArray encode(const QString& text, int moduleDots);

} // namespace omnitill::hub::QrPng
