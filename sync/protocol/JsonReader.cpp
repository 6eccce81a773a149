#include "JsonReader.h"

#include <array>

namespace omnitill::protocol {

namespace {
constexpr qint64 kMaxWhole = 9007199254740991; // 2^53 - 1

// What a string's scan stops at: its end, an escape, a control character, a byte of UTF-8.
constexpr std::array<bool, 256> kStopsString = [] {
    std::array<bool, 256> stops{};
    for (std::size_t c = 0; c < 0x20; ++c)
        stops[c] = true;
    for (std::size_t c = 0x80; c < 0x100; ++c)
        stops[c] = true;
    stops['"'] = true;
    stops['\\'] = true;
    return stops;
}();

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool isUtf8(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size();) {
        const auto c = uchar(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((c & 0xE0) == 0xC0) {
            more = 1;
            code = c & 0x1F;
            least = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2;
            code = c & 0x0F;
            least = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            more = 3;
            code = c & 0x07;
            least = 0x10000;
        } else {
            return false;
        }
        if (i + more >= text.size())
            return false;
        for (int k = 1; k <= more; ++k) {
            const auto next = uchar(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += more + 1;
    }
    return true;
}

// \uXXXX at text[at] (just past the backslash and u); -1 when not four hex digits.
int hex4(QByteArrayView text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int digit = hexValue(text[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The text of a string with its escapes read; false on an escape that is not JSON or a lone surrogate.
bool unescape(QByteArrayView raw, QString& out)
{
    QString text;
    text.reserve(raw.size());
    qsizetype from = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        text += QString::fromUtf8(raw.sliced(from, i - from));
        if (i + 1 >= raw.size())
            return false;
        const char e = raw[++i];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            text += QLatin1Char(e);
            break;
        case 'b':
            text += QLatin1Char('\b');
            break;
        case 'f':
            text += QLatin1Char('\f');
            break;
        case 'n':
            text += QLatin1Char('\n');
            break;
        case 'r':
            text += QLatin1Char('\r');
            break;
        case 't':
            text += QLatin1Char('\t');
            break;
        case 'u': {
            const int unit = hex4(raw, i + 1);
            if (unit < 0)
                return false;
            i += 4;
            if (QChar::isLowSurrogate(char16_t(unit)))
                return false;
            if (QChar::isHighSurrogate(char16_t(unit))) {
                const int low = i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' ? hex4(raw, i + 3) : -1;
                if (low < 0 || !QChar::isLowSurrogate(char16_t(low)))
                    return false;
                text += QChar(char16_t(unit));
                text += QChar(char16_t(low));
                i += 6;
            } else {
                text += QChar(char16_t(unit));
            }
            break;
        }
        default:
            return false;
        }
        from = i + 1;
    }
    text += QString::fromUtf8(raw.sliced(from));
    out = text;
    return true;
}
} // namespace

bool JsonReader::fail()
{
    m_failed = true;
    return false;
}

bool JsonReader::skipSpace()
{
    while (m_at < m_text.size() && isSpace(m_text[m_at]))
        ++m_at;
    return m_at < m_text.size();
}

char JsonReader::peek()
{
    return skipSpace() ? m_text[m_at] : '\0';
}

bool JsonReader::expect(char c)
{
    if (m_failed || peek() != c)
        return fail();
    ++m_at;
    return true;
}

bool JsonReader::begin(char open)
{
    if (!expect(open))
        return false;
    m_first = true;
    return true;
}

bool JsonReader::beginObject()
{
    return begin('{');
}

bool JsonReader::beginArray()
{
    return begin('[');
}

bool JsonReader::next(char close)
{
    if (m_failed)
        return false;
    if (peek() == close) {
        ++m_at;
        m_first = false;
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    return true;
}

bool JsonReader::nextElement()
{
    return next(']');
}

bool JsonReader::nextKey(QByteArrayView& key)
{
    if (!next('}'))
        return false;
    bool escaped = false;
    bool ascii = true;
    if (!rawString(key, escaped, ascii))
        return false;
    if (escaped)
        return fail(); // "s\u0061le_id" is sale_id to a parser: left to one
    return expect(':');
}

bool JsonReader::rawString(QByteArrayView& raw, bool& escaped, bool& ascii)
{
    if (!expect('"'))
        return false;
    const qsizetype from = m_at;
    for (; m_at < m_text.size(); ++m_at) {
        while (m_at < m_text.size() && !kStopsString[uchar(m_text[m_at])])
            ++m_at; // most of a string: nothing to look at
        if (m_at >= m_text.size())
            break;
        const auto c = uchar(m_text[m_at]);
        if (c == '"') {
            raw = m_text.sliced(from, m_at - from);
            ++m_at;
            if (!ascii && !isUtf8(raw))
                return fail();
            return true;
        }
        if (c < 0x20)
            return fail();
        if (c >= 0x80)
            ascii = false;
        if (c == '\\') {
            escaped = true;
            ++m_at; // the escaped character is checked when the string is read
            if (m_at >= m_text.size() || uchar(m_text[m_at]) < 0x20)
                return fail();
        }
    }
    return fail();
}

bool JsonReader::readString(QString& out)
{
    QByteArrayView raw;
    bool escaped = false;
    bool ascii = true;
    if (!rawString(raw, escaped, ascii))
        return false;
    if (escaped)
        return unescape(raw, out) || fail();
    out = ascii ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
    return true;
}

bool JsonReader::readWhole(qint64& out)
{
    if (m_failed || !skipSpace())
        return fail();
    qsizetype at = m_at;
    const bool negative = m_text[at] == '-';
    if (negative)
        ++at;
    const qsizetype digits = at;
    qint64 value = 0;
    while (at < m_text.size() && isDigit(m_text[at])) {
        if (at - digits >= 16)
            return fail();
        value = value * 10 + (m_text[at] - '0');
        ++at;
    }
    if (at == digits || (m_text[digits] == '0' && at - digits > 1) || value > kMaxWhole)
        return fail();
    if (at < m_text.size() && (m_text[at] == '.' || m_text[at] == 'e' || m_text[at] == 'E'))
        return fail(); // whole or not, a fraction is for a parser to read
    m_at = at;
    out = negative ? -value : value;
    return true;
}

bool JsonReader::readFlag(bool& out)
{
    if (peek() == 't' && skipLiteral("true")) {
        out = true;
        return true;
    }
    if (!m_failed && peek() == 'f' && skipLiteral("false")) {
        out = false;
        return true;
    }
    return fail();
}

bool JsonReader::skipLiteral(QByteArrayView word)
{
    if (m_failed || !m_text.sliced(m_at).startsWith(word))
        return fail();
    m_at += word.size();
    return true;
}

bool JsonReader::skipNumber()
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)? with at most 17 digits: exact enough for any double a parser makes.
    qsizetype at = m_at;
    if (at < m_text.size() && m_text[at] == '-')
        ++at;
    const qsizetype intFrom = at;
    while (at < m_text.size() && isDigit(m_text[at]))
        ++at;
    if (at == intFrom || (m_text[intFrom] == '0' && at - intFrom > 1))
        return fail();
    qsizetype digits = at - intFrom;
    if (at < m_text.size() && m_text[at] == '.') {
        const qsizetype fracFrom = ++at;
        while (at < m_text.size() && isDigit(m_text[at]))
            ++at;
        if (at == fracFrom)
            return fail();
        digits += at - fracFrom;
    }
    if (digits > 17 || (at < m_text.size() && (m_text[at] == 'e' || m_text[at] == 'E')))
        return fail();
    m_at = at;
    return true;
}

bool JsonReader::skip(int depth)
{
    if (depth > kMaxDepth)
        return fail();
    switch (peek()) {
    case '{': {
        beginObject();
        QByteArrayView key;
        while (nextKey(key)) {
            if (!skip(depth + 1))
                return false;
        }
        return !m_failed;
    }
    case '[':
        beginArray();
        while (nextElement()) {
            if (!skip(depth + 1))
                return false;
        }
        return !m_failed;
    case '"': {
        QByteArrayView raw;
        bool escaped = false;
        bool ascii = true;
        if (!rawString(raw, escaped, ascii))
            return false;
        QString text;
        return !escaped || unescape(raw, text) || fail();
    }
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case 'n':
        return skipLiteral("null");
    default:
        return skipNumber();
    }
}

bool JsonReader::skipValue()
{
    if (m_failed || !skipSpace())
        return fail();
    return skip(1);
}

bool JsonReader::atEnd()
{
    return !m_failed && !skipSpace();
}

} // namespace omnitill::protocol
