#pragma once

#include <QString>

#include <optional>

namespace omnitill {

// A USB scanner types key codes; when the till's keyboard layout is Russian, the letters of a
// code arrive as the Cyrillic letters on the same keys (Q → Й). Digits are the same in both
// layouts, so EAN codes survive and only codes with letters (Code 128, QR tokens) break.
class KeyboardLayout
{
public:
    static bool hasCyrillic(const QString& text);
    // The text as a US layout would have typed it; nullopt when it has no Cyrillic letter.
    static std::optional<QString> fromRussianLayout(const QString& text);
};

} // namespace omnitill
