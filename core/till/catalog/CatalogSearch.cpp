#include "CatalogSearch.h"

#include <QStringList>

namespace omnitill::CatalogSearch {

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF);
}

QString indexText(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (isHan(c)) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
            out += QLatin1Char(' ');
        } else {
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        }
    }
    return out.simplified();
}

namespace {
QString quoted(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QString matchExpression(const QString& typed)
{
    QStringList terms;
    QString word;
    QStringList hanRun;
    auto flushWord = [&] {
        if (!word.isEmpty())
            terms.append(quoted(word) + QLatin1Char('*'));
        word.clear();
    };
    auto flushHan = [&] {
        if (!hanRun.isEmpty())
            terms.append(quoted(hanRun.join(QLatin1Char(' '))));
        hanRun.clear();
    };
    for (const uint c : typed.toUcs4()) {
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        if (isHan(c)) {
            flushWord();
            hanRun.append(ch);
        } else if (QChar::isLetterOrNumber(c)) {
            flushHan();
            word += ch;
        } else {
            // punctuation and spaces separate terms, as unicode61 does when indexing
            flushWord();
            flushHan();
        }
    }
    flushWord();
    flushHan();
    return terms.join(QLatin1Char(' '));
}

} // namespace omnitill::CatalogSearch
