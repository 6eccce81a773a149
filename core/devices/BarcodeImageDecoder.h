#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace omnitill {

struct DecodedBarcode
{
    QString format;      // "QRCode", "EAN-13", "DataMatrix", …
    QString text;        // as the symbol holds it; GS1 fields separated by GS (0x1D)
    QString symbologyId; // "]Q3" for GS1 QR, "]d2" for GS1 DataMatrix, "]E0" for EAN-13, …
    bool gs1 = false;

    // What a scanner would send to the till: GS1 content keeps its symbology identifier so the
    // barcode parser reads the AIs; everything else is the plain text.
    QString scanText() const { return gs1 ? symbologyId + text : text; }
    bool operator==(const DecodedBarcode&) const = default;
};

// Finds the retail barcode or QR code in a picture (a camera frame, a photo) with ZXing-cpp.
// Thread-safe and without state. One symbol per picture, as a scanner reads one per trigger:
// Debian's ZXing 1.4 asserts (and aborts the process) while merging several linear results of one
// frame (Result.cpp:140, lineCount() == 1), which a single-symbol search never reaches. The till
// still decodes camera frames in a process of its own (IsolatedDecoder), so that any other such
// fault costs a frame, not the till.
class BarcodeImageDecoder
{
public:
    // tryHarder: more scan lines and rotations, for a single still image; camera frames go without.
    static QList<DecodedBarcode> decode(const QImage& image, bool tryHarder = true);
    // An 8-bit grey picture, stride bytes per row.
    static QList<DecodedBarcode> decodeGray(const uchar* pixels, int width, int height, int stride, bool tryHarder);
};

} // namespace omnitill
