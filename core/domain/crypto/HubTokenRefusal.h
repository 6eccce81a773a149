#pragma once

#include "HubToken.h"

namespace omnitill {

// What staff (or a customer at the kiosk) are told when a scanned hub token is refused.
class HubTokenRefusal
{
public:
    // The translated reason for a refused token of this kind; HubToken::Refusal::None gives "".
    static QString message(const HubToken::Checked& checked, const char* kind);
};

} // namespace omnitill
