#include "Gs1ElementString.h"

#include "Gtin.h"
#include "common/DomainError.h"
#include "common/Tr.h"

#include <array>

namespace omnitill {

namespace {

constexpr QChar kGroupSeparator(0x1D);

struct AiFormat
{
    const char* prefix; // AI, or its first digits when the last digit is a decimal indicator
    int aiLength;
    int minLength;
    int maxLength;
    bool numeric;
};

// The AIs a till meets on trade items; the lengths follow the GS1 General Specifications.
constexpr std::array kFormats{
    AiFormat{"00", 2, 18, 18, true},  AiFormat{"01", 2, 14, 14, true},  AiFormat{"02", 2, 14, 14, true},  AiFormat{"10", 2, 1, 20, false},
    AiFormat{"11", 2, 6, 6, true},    AiFormat{"12", 2, 6, 6, true},    AiFormat{"13", 2, 6, 6, true},    AiFormat{"15", 2, 6, 6, true},
    AiFormat{"16", 2, 6, 6, true},    AiFormat{"17", 2, 6, 6, true},    AiFormat{"20", 2, 2, 2, true},    AiFormat{"21", 2, 1, 20, false},
    AiFormat{"22", 2, 1, 20, false},  AiFormat{"30", 2, 1, 8, true},    AiFormat{"37", 2, 1, 8, true},    AiFormat{"240", 3, 1, 30, false},
    AiFormat{"241", 3, 1, 30, false}, AiFormat{"400", 3, 1, 30, false}, AiFormat{"310", 4, 6, 6, true},   AiFormat{"311", 4, 6, 6, true},
    AiFormat{"312", 4, 6, 6, true},   AiFormat{"313", 4, 6, 6, true},   AiFormat{"314", 4, 6, 6, true},   AiFormat{"315", 4, 6, 6, true},
    AiFormat{"316", 4, 6, 6, true},   AiFormat{"320", 4, 6, 6, true},   AiFormat{"330", 4, 6, 6, true},   AiFormat{"392", 4, 1, 15, true},
    AiFormat{"393", 4, 4, 18, true},  AiFormat{"410", 3, 13, 13, true}, AiFormat{"414", 3, 13, 13, true},
};

[[noreturn]] void malformed(const QString& ai, const QString& detail)
{
    throw DomainError(QStringLiteral("barcode.malformed_ai"), Tr::tr("Malformed GS1 data for AI (%1): %2").arg(ai, detail));
}

const AiFormat* formatFor(QStringView text)
{
    for (const AiFormat& format : kFormats) {
        const QLatin1String prefix(format.prefix);
        if (text.size() >= format.aiLength && text.startsWith(prefix) && gtin::isDigits(text.left(format.aiLength)))
            return &format;
    }
    return nullptr;
}

QString stripSymbologyIdentifier(const QString& raw)
{
    static const std::array kIdentifiers{"]C1", "]d2", "]Q3", "]e0", "]J1"};
    for (const char* id : kIdentifiers) {
        if (raw.startsWith(QLatin1String(id)))
            return raw.mid(3);
    }
    return raw;
}

QList<Gs1Element> parseBracketed(const QString& text)
{
    QList<Gs1Element> elements;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text[pos] != QLatin1Char('('))
            malformed(QStringLiteral("?"), Tr::tr("expected \"(\" at position %1").arg(pos + 1));
        const qsizetype close = text.indexOf(QLatin1Char(')'), pos);
        if (close < 0)
            malformed(QStringLiteral("?"), Tr::tr("unclosed bracket"));
        const QString ai = text.mid(pos + 1, close - pos - 1);
        qsizetype next = text.indexOf(QLatin1Char('('), close);
        if (next < 0)
            next = text.size();
        elements.append({ai, text.mid(close + 1, next - close - 1)});
        pos = next;
    }
    return elements;
}

} // namespace

bool Gs1ElementString::looksLikeElementString(const QString& raw)
{
    if (stripSymbologyIdentifier(raw) != raw || raw.contains(kGroupSeparator) || raw.startsWith(QLatin1Char('(')))
        return true;
    // An unbracketed string that starts with AI 01 and carries more than a GTIN.
    return raw.size() > 16 && raw.startsWith(QLatin1String("01")) && gtin::isDigits(QStringView(raw).left(16));
}

void Gs1ElementString::validate(const Gs1Element& element)
{
    const AiFormat* format = formatFor(element.ai);
    if (!format || element.ai.size() != format->aiLength)
        throw DomainError(QStringLiteral("barcode.unknown_ai"), Tr::tr("Unsupported GS1 application identifier (%1)").arg(element.ai));
    const qsizetype length = element.value.size();
    if (length < format->minLength || length > format->maxLength)
        malformed(element.ai, Tr::tr("length %1 is not allowed").arg(length));
    if (format->numeric && !gtin::isDigits(element.value))
        malformed(element.ai, Tr::tr("digits expected"));
    for (const QChar c : element.value) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            malformed(element.ai, Tr::tr("character not allowed"));
    }
    if ((element.ai == QLatin1String("01") || element.ai == QLatin1String("02")) && !gtin::hasValidCheckDigit(element.value))
        throw DomainError(QStringLiteral("barcode.check_digit"), Tr::tr("Bad check digit in GTIN %1").arg(element.value));
}

QList<Gs1Element> Gs1ElementString::parse(const QString& raw)
{
    QString text = stripSymbologyIdentifier(raw);
    QList<Gs1Element> elements;
    if (text.startsWith(QLatin1Char('('))) {
        elements = parseBracketed(text);
    } else {
        if (text.startsWith(kGroupSeparator))
            text.remove(0, 1); // a leading FNC1 is just the GS1 flag
        qsizetype pos = 0;
        while (pos < text.size()) {
            const AiFormat* format = formatFor(QStringView(text).mid(pos));
            if (!format)
                throw DomainError(QStringLiteral("barcode.unknown_ai"),
                                  Tr::tr("Unsupported GS1 application identifier at \"%1\"").arg(text.mid(pos, 4)));
            const QString ai = text.mid(pos, format->aiLength);
            pos += format->aiLength;
            qsizetype end = 0;
            if (format->minLength == format->maxLength) {
                end = pos + format->maxLength;
                if (end > text.size())
                    malformed(ai, Tr::tr("value is too short"));
            } else {
                end = text.indexOf(kGroupSeparator, pos);
                if (end < 0)
                    end = text.size();
            }
            elements.append({ai, text.mid(pos, end - pos)});
            pos = end;
            if (pos < text.size() && text[pos] == kGroupSeparator)
                ++pos;
        }
    }
    if (elements.isEmpty())
        malformed(QStringLiteral("?"), Tr::tr("no data"));
    for (const Gs1Element& element : elements)
        validate(element);
    return elements;
}

} // namespace omnitill
