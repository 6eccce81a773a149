#pragma once

#include <QByteArray>
#include <QImage>

namespace omnitill::EscPos {

enum class Align
{
    Left = 0,
    Center = 1,
    Right = 2
};

QByteArray initialize();                // ESC @
QByteArray selectCodeTable(int table);  // ESC t n
QByteArray bold(bool on);               // ESC E n
QByteArray align(Align align);          // ESC a n
QByteArray size(int width, int height); // GS ! n, multipliers 1..8
QByteArray feed(int lines);             // ESC d n
QByteArray cut(bool partial);           // GS V 65/66 n: feed to the cutter, then cut
QByteArray chineseMode(bool on);        // FS & / FS .
// ESC p m t1 t2: pin 2 (m=0) or pin 5 (m=1); the pulse is on for pulseMs and off as long again.
QByteArray kickDrawer(int pin, int pulseMs);
// DLE EOT n, real-time: 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor.
QByteArray statusRequest(int n);
// GS ( k: model 2 QR with error correction M, stored and printed by the printer itself.
QByteArray nativeQr(const QByteArray& data, int moduleDots);
// GS v 0: the image as 1-bit raster, MSB = leftmost dot, 1 = black. Tall images are sent in
// chunks of at most 960 rows.
QByteArray raster(const QImage& image);

} // namespace omnitill::EscPos
