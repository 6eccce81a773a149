#include "EscPosDecoder.h"

#include "CodePage.h"

namespace omnitill {

namespace {
constexpr uchar LF = 0x0A;
constexpr uchar CR = 0x0D;
constexpr uchar DLE = 0x10;
constexpr uchar EOT = 0x04;
constexpr uchar DC4 = 0x14;
constexpr uchar ESC = 0x1B;
constexpr uchar GS = 0x1D;
constexpr uchar FS = 0x1C;

EscPosElement element(EscPosElement::Kind kind, int value = 0)
{
    EscPosElement e;
    e.kind = kind;
    e.value = value;
    return e;
}

ReceiptRow::Align alignFrom(int n)
{
    switch (n) {
    case 1:
    case 49:
        return ReceiptRow::Align::Center;
    case 2:
    case 50:
        return ReceiptRow::Align::Right;
    default:
        return ReceiptRow::Align::Left;
    }
}
} // namespace

QList<EscPosElement> EscPosDecoder::decodeAll(const QByteArray& bytes, const PrinterProfile& profile)
{
    EscPosDecoder decoder(profile);
    QList<EscPosElement> out = decoder.feed(bytes);
    out += decoder.finish();
    return out;
}

QStringList EscPosDecoder::textLines(const QList<EscPosElement>& elements)
{
    QStringList lines;
    for (const EscPosElement& e : elements) {
        if (e.kind == EscPosElement::Kind::Text)
            lines.append(e.text);
    }
    return lines;
}

QList<EscPosElement> EscPosDecoder::feed(const QByteArray& bytes)
{
    m_buffer += bytes;
    QList<EscPosElement> out;
    while (m_pos < m_buffer.size()) {
        if (step(out) == Step::NeedMore)
            break;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    return out;
}

QList<EscPosElement> EscPosDecoder::finish()
{
    QList<EscPosElement> out;
    if (m_pos < m_buffer.size()) {
        EscPosElement e = element(EscPosElement::Kind::Unknown);
        e.text = QString::fromLatin1(m_buffer.mid(m_pos).toHex(' '));
        out.append(e);
    }
    m_buffer.clear();
    m_pos = 0;
    flushLine(out, false);
    return out;
}

void EscPosDecoder::reset()
{
    m_table = 0;
    m_bold = false;
    m_large = false;
    m_utf8 = false;
    m_align = ReceiptRow::Align::Left;
}

QString EscPosDecoder::decodeSegment(const QByteArray& bytes, bool chinese) const
{
    if (m_utf8)
        return QString::fromUtf8(bytes);
    if (chinese)
        return CodePage::decode(bytes, "GB18030");
    if (m_table == m_profile.cyrillicTable)
        return CodePage::decode(bytes, m_profile.cyrillicCodec());
    return CodePage::decode(bytes, "CP437");
}

void EscPosDecoder::flushLine(QList<EscPosElement>& out, bool force)
{
    if (!m_lineStarted && !force)
        return;
    EscPosElement e = element(EscPosElement::Kind::Text);
    for (const auto& [bytes, chinese] : m_line)
        e.text += decodeSegment(bytes, chinese);
    e.align = m_lineAlign;
    e.bold = m_bold;
    e.large = m_large;
    out.append(e);
    m_line.clear();
    m_lineStarted = false;
}

EscPosDecoder::Step EscPosDecoder::simpleCommand(int length, const std::function<void(const QByteArray&)>& apply)
{
    if (m_pos + length > m_buffer.size())
        return Step::NeedMore;
    const QByteArray command = m_buffer.mid(m_pos, length);
    m_pos += length;
    apply(command);
    return Step::Done;
}

EscPosDecoder::Step EscPosDecoder::step(QList<EscPosElement>& out)
{
    const auto at = [this](qsizetype offset) { return uchar(m_buffer.at(m_pos + offset)); };
    const qsizetype available = m_buffer.size() - m_pos;
    const uchar c = at(0);
    if (c == LF) {
        ++m_pos;
        flushLine(out, true);
        return Step::Done;
    }
    if (c == CR) {
        ++m_pos;
        return Step::Done;
    }
    if (c != DLE && c != ESC && c != GS && c != FS) {
        if (!m_lineStarted) {
            m_lineStarted = true;
            m_lineAlign = m_align;
        }
        if (m_line.isEmpty() || m_line.last().second != m_chinese)
            m_line.append({QByteArray(), m_chinese});
        m_line.last().first.append(char(c));
        ++m_pos;
        return Step::Done;
    }
    if (available < 2)
        return Step::NeedMore;
    const uchar d = at(1);
    const auto unknown = [&](int length) {
        EscPosElement e = element(EscPosElement::Kind::Unknown);
        e.text = QString::fromLatin1(m_buffer.mid(m_pos, length).toHex(' '));
        out.append(e);
        m_pos += length;
        return Step::Done;
    };
    if (c == DLE) {
        if (d == EOT)
            return simpleCommand(3, [&](const QByteArray& b) { out.append(element(EscPosElement::Kind::StatusRequest, uchar(b.at(2)))); });
        if (d == DC4)
            return simpleCommand(5, [&](const QByteArray& b) {
                EscPosElement e = element(EscPosElement::Kind::DrawerKick, b.at(3) == 0 ? 2 : 5);
                e.pulseMs = uchar(b.at(4)) * 100;
                out.append(e);
            });
        return unknown(1);
    }
    if (c == ESC) {
        switch (d) {
        case '@':
            m_pos += 2;
            flushLine(out, false);
            reset();
            out.append(element(EscPosElement::Kind::Initialize));
            return Step::Done;
        case 't':
            return simpleCommand(3, [this](const QByteArray& b) { m_table = uchar(b.at(2)); });
        case 'E':
            return simpleCommand(3, [this](const QByteArray& b) { m_bold = (uchar(b.at(2)) & 1) != 0; });
        case 'a':
            return simpleCommand(3, [this](const QByteArray& b) { m_align = alignFrom(uchar(b.at(2))); });
        case '!':
            return simpleCommand(3, [this](const QByteArray& b) { m_large = (uchar(b.at(2)) & 0x30) != 0; });
        case 'd':
            return simpleCommand(3, [&](const QByteArray& b) {
                flushLine(out, false);
                out.append(element(EscPosElement::Kind::Feed, uchar(b.at(2))));
            });
        case 'p':
            return simpleCommand(5, [&](const QByteArray& b) {
                EscPosElement e = element(EscPosElement::Kind::DrawerKick, (uchar(b.at(2)) & 1) ? 5 : 2);
                e.pulseMs = uchar(b.at(3)) * 2;
                out.append(e);
            });
        case '-':
        case 'M':
        case 'J':
        case '3':
        case 'G':
        case 'U':
        case 'V':
        case '{':
        case 'R':
            return simpleCommand(3, [](const QByteArray&) {});
        case '2':
            m_pos += 2;
            return Step::Done;
        default:
            return unknown(2);
        }
    }
    if (c == FS) {
        if (d == '&' || d == '.') {
            m_chinese = d == '&';
            m_pos += 2;
            return Step::Done;
        }
        if (d == '(' && available >= 3 && at(2) == 'C') {
            if (available < 5)
                return Step::NeedMore;
            const int length = at(3) | (at(4) << 8);
            return simpleCommand(5 + length, [this](const QByteArray& b) {
                if (b.size() >= 7 && uchar(b.at(5)) == 48)
                    m_utf8 = uchar(b.at(6)) == 2 || uchar(b.at(6)) == 50;
            });
        }
        if (d == '(' && available < 3)
            return Step::NeedMore;
        return unknown(2);
    }
    // GS
    switch (d) {
    case '!':
        return simpleCommand(3, [this](const QByteArray& b) { m_large = uchar(b.at(2)) != 0; });
    case 'B':
    case 'r':
    case 'a':
    case 'H':
    case 'f':
    case 'h':
    case 'w':
        return simpleCommand(3, [](const QByteArray&) {});
    case 'V': {
        if (available < 3)
            return Step::NeedMore;
        const int m = at(2);
        const int length = (m == 65 || m == 66) ? 4 : 3;
        return simpleCommand(length, [&](const QByteArray&) {
            flushLine(out, false);
            out.append(element(EscPosElement::Kind::Cut, (m == 1 || m == 49 || m == 66) ? 1 : 0));
        });
    }
    case 'v': {
        if (available < 8)
            return Step::NeedMore;
        if (at(2) != '0')
            return unknown(3);
        const int widthBytes = at(4) | (at(5) << 8);
        const int height = at(6) | (at(7) << 8);
        const qsizetype length = 8 + qsizetype(widthBytes) * height;
        if (available < length)
            return Step::NeedMore;
        flushLine(out, false);
        QImage image(widthBytes * 8, height, QImage::Format_Mono);
        if (image.isNull()) { // width or height 0 (#19, found by fuzz_escpos), or too large to hold
            m_pos += length;
            return Step::Done;
        }
        image.setColor(0, qRgb(255, 255, 255));
        image.setColor(1, qRgb(0, 0, 0));
        for (int y = 0; y < height; ++y)
            memcpy(image.scanLine(y), m_buffer.constData() + m_pos + 8 + qsizetype(y) * widthBytes, size_t(widthBytes));
        EscPosElement e = element(EscPosElement::Kind::Raster);
        e.image = image;
        e.align = m_align;
        out.append(e);
        m_pos += length;
        return Step::Done;
    }
    case '(': {
        if (available < 5)
            return Step::NeedMore;
        const int length = at(3) | (at(4) << 8);
        if (available < 5 + length)
            return Step::NeedMore;
        if (at(2) == 'k' && length >= 3 && at(5) == 49) {
            const int fn = at(6);
            if (fn == 80)
                m_qrData = m_buffer.mid(m_pos + 8, length - 3);
            if (fn == 81) {
                flushLine(out, false);
                EscPosElement e = element(EscPosElement::Kind::Qr);
                e.text = QString::fromUtf8(m_qrData);
                e.align = m_align;
                out.append(e);
            }
        }
        m_pos += 5 + length;
        return Step::Done;
    }
    default:
        return unknown(2);
    }
}

} // namespace omnitill
