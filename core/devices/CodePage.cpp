#include "CodePage.h"

#include "catalog/CatalogSearch.h"

#include <QList>

#include <iconv.h>

namespace omnitill::CodePage {

namespace {
char cyrillic866(char16_t c)
{
    if (c >= u'А' && c <= u'Я')
        return char(0x80 + (c - u'А'));
    if (c >= u'а' && c <= u'п')
        return char(0xA0 + (c - u'а'));
    if (c >= u'р' && c <= u'я')
        return char(0xE0 + (c - u'р'));
    switch (c) {
    case u'Ё':
        return char(0xF0);
    case u'ё':
        return char(0xF1);
    case u'№':
        return char(0xFC);
    case u'°':
        return char(0xF8);
    default:
        return '?';
    }
}

char cyrillic1251(char16_t c)
{
    if (c >= u'А' && c <= u'я')
        return char(0xC0 + (c - u'А'));
    switch (c) {
    case u'Ё':
        return char(0xA8);
    case u'ё':
        return char(0xB8);
    case u'№':
        return char(0xB9);
    case u'€':
        return char(0x88);
    case u'°':
        return char(0xB0);
    case u'«':
        return char(0xAB);
    case u'»':
        return char(0xBB);
    default:
        return '?';
    }
}

template <typename Map> QByteArray encodeSingleByte(const QString& text, Map map)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        out.append(c < 0x80 ? char(c) : map(c));
    }
    return out;
}
} // namespace

QByteArray toCp866(const QString& text)
{
    return encodeSingleByte(text, cyrillic866);
}

QByteArray toWindows1251(const QString& text)
{
    return encodeSingleByte(text, cyrillic1251);
}

namespace {
// Converts with iconv; an input sequence it cannot convert becomes '?' (one byte or one UTF-8
// character skipped), so a receipt always prints and a printout always reads back.
QByteArray convert(const QByteArray& input, const char* to, const char* from, bool inputIsUtf8)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1))
        return QByteArray(input).replace('\0', '?');
    QByteArray in = input;
    QByteArray out(in.size() * 4 + 8, '\0');
    char* inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
            if (outLeft == 0)
                break;
            *outPtr++ = '?';
            --outLeft;
            do {
                ++inPtr;
                --inLeft;
            } while (inputIsUtf8 && inLeft > 0 && (static_cast<unsigned char>(*inPtr) & 0xC0) == 0x80);
        }
    }
    iconv_close(cd);
    out.resize(qsizetype(out.size() - qsizetype(outLeft)));
    return out;
}
} // namespace

QByteArray toGb18030(const QString& text)
{
    return convert(text.toUtf8(), "GB18030", "UTF-8", true);
}

QString decode(const QByteArray& bytes, const char* encoding)
{
    return QString::fromUtf8(convert(bytes, "UTF-8", encoding, false));
}

QByteArray encode(const QString& text, const char* encoding)
{
    return convert(text.toUtf8(), encoding, "UTF-8", true);
}

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool hasHan(const QString& text)
{
    for (const uint c : text.toUcs4()) {
        if (CatalogSearch::isHan(c))
            return true;
    }
    return false;
}

} // namespace omnitill::CodePage
