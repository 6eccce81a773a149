#include "EscPos.h"

#include <algorithm>

namespace omnitill::EscPos {

namespace {
constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}
} // namespace

QByteArray initialize()
{
    return bytes({ESC, '@'});
}

QByteArray selectCodeTable(int table)
{
    return bytes({ESC, 't', table});
}

QByteArray bold(bool on)
{
    return bytes({ESC, 'E', on ? 1 : 0});
}

QByteArray align(Align a)
{
    return bytes({ESC, 'a', int(a)});
}

QByteArray size(int width, int height)
{
    const int w = std::clamp(width, 1, 8) - 1;
    const int h = std::clamp(height, 1, 8) - 1;
    return bytes({GS, '!', (w << 4) | h});
}

QByteArray feed(int lines)
{
    return bytes({ESC, 'd', std::clamp(lines, 0, 255)});
}

QByteArray cut(bool partial)
{
    return bytes({GS, 'V', partial ? 66 : 65, 3});
}

QByteArray chineseMode(bool on)
{
    return on ? bytes({FS, '&'}) : bytes({FS, '.'});
}

QByteArray kickDrawer(int pin, int pulseMs)
{
    const int units = std::clamp(pulseMs / 2, 1, 255);
    return bytes({ESC, 'p', pin == 5 ? 1 : 0, units, units});
}

QByteArray statusRequest(int n)
{
    return bytes({DLE, EOT, std::clamp(n, 1, 4)});
}

QByteArray nativeQr(const QByteArray& data, int moduleDots)
{
    const int stored = int(data.size()) + 3;
    QByteArray out = bytes({GS, '(', 'k', 4, 0, 49, 65, 50, 0});                 // fn 165: model 2
    out += bytes({GS, '(', 'k', 3, 0, 49, 67, std::clamp(moduleDots, 1, 16)});   // fn 167: module size
    out += bytes({GS, '(', 'k', 3, 0, 49, 69, 49});                              // fn 169: level M
    out += bytes({GS, '(', 'k', stored & 0xFF, stored >> 8, 49, 80, 48}) + data; // fn 180: store
    out += bytes({GS, '(', 'k', 3, 0, 49, 81, 48});                              // fn 181: print
    return out;
}

QByteArray raster(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const int widthBytes = (image.width() + 7) / 8;
    QByteArray out;
    for (int top = 0; top < image.height(); top += 960) {
        const int rows = std::min(960, image.height() - top);
        out += bytes({GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, rows & 0xFF, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int xb = 0; xb < widthBytes; ++xb) {
                int byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = xb * 8 + bit;
                    if (x < image.width() && line[x] < 128)
                        byte |= 0x80 >> bit;
                }
                out.append(char(byte));
            }
        }
    }
    return out;
}

} // namespace omnitill::EscPos
