#include "QrPng.h"

#include <QtEndian>

#include <array>
#include <qrencode.h>

namespace omnitill::hub::QrPng {

namespace {
quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    const QByteArray typed = QByteArray(type) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}
} // namespace

QByteArray encode(const QString& text, int moduleDots)
{
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code || moduleDots < 1) {
        QRcode_free(code);
        return {};
    }
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * moduleDots;
    const int rowBytes = (side + 7) / 8;
    // 1-bit greyscale rows, each behind filter byte 0; a set bit is white.
    QByteArray pixels;
    pixels.reserve((rowBytes + 1) * side);
    for (int y = 0; y < side; ++y) {
        QByteArray row(rowBytes, '\xFF');
        const int my = y / moduleDots - quiet;
        for (int x = 0; x < side && my >= 0 && my < code->width; ++x) {
            const int mx = x / moduleDots - quiet;
            if (mx >= 0 && mx < code->width && (code->data[my * code->width + mx] & 1))
                row[x / 8] = char(quint8(row[x / 8]) & ~(0x80 >> (x % 8)));
        }
        pixels.append('\0').append(row);
    }
    QRcode_free(code);

    QByteArray header = bigEndian(quint32(side)) + bigEndian(quint32(side));
    header.append(char(1)).append(char(0)).append(char(0)).append(char(0)).append(char(0)); // depth 1, greyscale
    // qCompress gives a zlib stream behind its own 4-byte length.
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", qCompress(pixels, 9).mid(4)) + chunk("IEND", {});
}

} // namespace omnitill::hub::QrPng
