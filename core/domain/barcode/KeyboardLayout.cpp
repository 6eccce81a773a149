#include "KeyboardLayout.h"

namespace omnitill {

namespace {
// The ЙЦУКЕН keys in the order of the QWERTY keys they sit on.
constexpr char16_t kRussian[] = u"йцукенгшщзхъфывапролджэячсмитьбю.ё";
constexpr char kUs[] = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`";
constexpr char16_t kRussianShift[] = u"ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,Ё\"№;:?";
constexpr char kUsShift[] = "QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?~@#$^&";
static_assert(sizeof(kRussian) / sizeof(char16_t) == sizeof(kUs));
static_assert(sizeof(kRussianShift) / sizeof(char16_t) == sizeof(kUsShift));
} // namespace

bool KeyboardLayout::hasCyrillic(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF)
            return true;
    }
    return false;
}

std::optional<QString> KeyboardLayout::fromRussianLayout(const QString& text)
{
    if (!hasCyrillic(text))
        return std::nullopt;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const std::u16string_view lower(kRussian), upper(kRussianShift);
        if (const size_t i = lower.find(u); i != std::u16string_view::npos && u >= 0x0400)
            out.append(QLatin1Char(kUs[i]));
        else if (const size_t j = upper.find(u); j != std::u16string_view::npos && u >= 0x0400)
            out.append(QLatin1Char(kUsShift[j]));
        else
            out.append(c);
    }
    return out;
}

} // namespace omnitill
