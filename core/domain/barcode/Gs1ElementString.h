#pragma once

#include <QList>
#include <QString>

namespace omnitill {

struct Gs1Element
{
    QString ai;
    QString value;
};

// Splits GS1 element strings as GS1-128, GS1 DataMatrix, GS1 QR and DataBar deliver them:
// an optional symbology identifier (]C1, ]d2, ]Q3, ]e0), AIs of predefined length back to back,
// variable-length ones ended by FNC1 (sent as GS, 0x1D); also the bracketed human-readable
// form "(01)…(10)…". Throws DomainError naming the malformed or unknown AI.
class Gs1ElementString
{
public:
    static bool looksLikeElementString(const QString& raw);
    static QList<Gs1Element> parse(const QString& raw);
    // Checks one AI's value against its format (used for Digital Link values too).
    static void validate(const Gs1Element& element);
};

} // namespace omnitill
