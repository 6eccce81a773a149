#include "DecoderWire.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace omnitill::DecoderWire {

namespace {
constexpr char kMagic[4] = {'O', 'T', 'F', '1'};
constexpr qsizetype kMaxReply = 1 << 20;
} // namespace

QByteArray request(const QImage& image, bool tryHarder)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray out;
    out.reserve(kHeaderBytes + qsizetype(gray.width()) * gray.height());
    out.append(kMagic, 4);
    char number[4];
    qToBigEndian<quint32>(quint32(gray.width()), number);
    out.append(number, 4);
    qToBigEndian<quint32>(quint32(gray.height()), number);
    out.append(number, 4);
    out.append(char(tryHarder ? 1 : 0));
    for (int y = 0; y < gray.height(); ++y)
        out.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());
    return out;
}

std::optional<FrameHeader> readHeader(const QByteArray& header)
{
    if (header.size() != kHeaderBytes || !header.startsWith(QByteArrayView(kMagic, 4)))
        return std::nullopt;
    FrameHeader h;
    h.width = int(qFromBigEndian<quint32>(header.constData() + 4));
    h.height = int(qFromBigEndian<quint32>(header.constData() + 8));
    h.tryHarder = header.at(12) != 0;
    if (h.width <= 0 || h.height <= 0 || h.width > kMaxSide || h.height > kMaxSide)
        return std::nullopt;
    return h;
}

QByteArray reply(const QList<DecodedBarcode>& codes)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out << quint32(codes.size());
    for (const DecodedBarcode& code : codes)
        out << code.format << code.text << code.symbologyId << code.gs1;
    char length[4];
    qToBigEndian<quint32>(quint32(body.size()), length);
    return QByteArray(length, 4) + body;
}

std::optional<QList<DecodedBarcode>> takeReply(QByteArray& buffer, bool* broken)
{
    *broken = false;
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > kMaxReply) {
        *broken = true;
        return std::nullopt;
    }
    if (buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    const QByteArray body = buffer.mid(4, length);
    buffer.remove(0, 4 + length);
    QDataStream in(body);
    quint32 count = 0;
    in >> count;
    QList<DecodedBarcode> codes;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        DecodedBarcode code;
        in >> code.format >> code.text >> code.symbologyId >> code.gs1;
        codes.append(code);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        *broken = true;
        return std::nullopt;
    }
    return codes;
}

} // namespace omnitill::DecoderWire
