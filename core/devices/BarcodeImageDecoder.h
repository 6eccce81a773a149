#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace omnitill {

struct DecodedBarcode
{
    QString format;       // "QRCode", "EAN-13", "DataMatrix", …
    QString text;         // as the symbol holds it; GS1 fields separated by GS (0x1D)
    QString symbologyId;  // "]Q3" for GS1 QR, "]d2" for GS1 DataMatrix, "]E0" for EAN-13, …
    bool gs1 = false;

    // What a scanner would send to the till: GS1 content keeps its symbology identifier so the
    // barcode parser reads the AIs; everything else is the plain text.
    QString scanText() const { return gs1 ? symbologyId + text : text; }
};

// Finds retail barcodes and QR codes in a picture (a camera frame, a photo) with ZXing-cpp.
// Thread-safe and without state: camera frames are decoded on a worker thread (FrameDecoder).
class BarcodeImageDecoder
{
public:
    // tryHarder: more scan lines and rotations, for a single still image; camera frames go without.
    static QList<DecodedBarcode> decode(const QImage& image, bool tryHarder = true);
};

} // namespace omnitill
