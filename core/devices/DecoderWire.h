#pragma once

#include "BarcodeImageDecoder.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace omnitill {

// What the till and its decoder process (omnitill-decoder) say over the pipe. A request is a
// header ("OTF1", width, height as 32-bit big-endian, a try-harder byte) and the grey pixels row by
// row; a reply is its length (32-bit) and the decoded symbols.
namespace DecoderWire {

constexpr int kHeaderBytes = 13;
constexpr int kMaxSide = 8192;

struct FrameHeader
{
    int width = 0;
    int height = 0;
    bool tryHarder = false;
};

// The request for a picture (converted to 8-bit grey, packed rows).
QByteArray request(const QImage& image, bool tryHarder);
// Reads a header from the decoder's input; nothing on end of input or a header that is not ours.
std::optional<FrameHeader> readHeader(const QByteArray& header);

QByteArray reply(const QList<DecodedBarcode>& codes);
// A complete reply at the start of buffer is taken out and returned; nothing while it is incomplete.
// A reply that does not parse sets *broken.
std::optional<QList<DecodedBarcode>> takeReply(QByteArray& buffer, bool* broken);

} // namespace DecoderWire
} // namespace omnitill
