// omnitill-decoder: the camera decoder's process (IsolatedDecoder). Reads pictures from standard
// input and writes the symbols found to standard output (DecoderWire), until end of input. If the
// barcode library fails on a picture, only this process ends; the till starts a new one.
#include "BarcodeImageDecoder.h"
#include "DecoderWire.h"

#include <QByteArray>

#include <cstdio>

using namespace omnitill;

namespace {
bool readExactly(char* into, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const size_t got = std::fread(into + done, 1, size_t(size - done), stdin);
        if (got == 0)
            return false;
        done += qsizetype(got);
    }
    return true;
}
} // namespace

int main()
{
    QByteArray header(DecoderWire::kHeaderBytes, Qt::Uninitialized);
    QByteArray pixels;
    while (readExactly(header.data(), header.size())) {
        const std::optional<DecoderWire::FrameHeader> frame = DecoderWire::readHeader(header);
        if (!frame) {
            std::fputs("omnitill-decoder: not a picture request\n", stderr);
            return 2;
        }
        pixels.resize(qsizetype(frame->width) * frame->height);
        if (!readExactly(pixels.data(), pixels.size()))
            return 0;
        const QByteArray reply = DecoderWire::reply(BarcodeImageDecoder::decodeGray(
            reinterpret_cast<const uchar*>(pixels.constData()), frame->width, frame->height, frame->width, frame->tryHarder));
        if (std::fwrite(reply.constData(), 1, size_t(reply.size()), stdout) != size_t(reply.size()) || std::fflush(stdout) != 0)
            return 0;
    }
    return 0;
}
