#pragma once

#include "Gs1ElementString.h"

namespace omnitill {

// Reads a GS1 Digital Link URI (https://host/…/01/<gtin>/10/<batch>/21/<serial>?17=…&3103=…)
// into the same elements an element string would give.
class Gs1DigitalLink
{
public:
    static bool looksLikeDigitalLink(const QString& raw);
    static QList<Gs1Element> parse(const QString& raw); // throws DomainError
};

} // namespace omnitill
