#include "HubTokenRefusal.h"

#include "common/Tr.h"

namespace omnitill {

QString HubTokenRefusal::message(const HubToken::Checked& checked, const char* kind)
{
    const QLatin1String k(kind);
    const bool member = k == QLatin1String(HubToken::kMember);
    const bool coupon = k == QLatin1String(HubToken::kCoupon);
    switch (checked.refusal) {
    case HubToken::Refusal::None:
        return {};
    case HubToken::Refusal::Expired:
        if (member)
            return Tr::tr("This member code has expired: open the app again to show a fresh one");
        if (coupon)
            return Tr::tr("This coupon code has expired");
        return Tr::tr("This pickup code has expired: find the order by its number and the customer's phone");
    case HubToken::Refusal::NotYetValid:
        return Tr::tr("This code was issued later than this till's clock says it is now: check the till's date and time");
    case HubToken::Refusal::Retired:
        if (member)
            return Tr::tr("This member code is from an older version of the app: open the app again to show a fresh one");
        return Tr::tr("This coupon was issued before a security update and can no longer be accepted; the store can issue a new one");
    case HubToken::Refusal::Malformed:
    case HubToken::Refusal::Forged:
    case HubToken::Refusal::WrongKind:
    case HubToken::Refusal::FieldCount:
        break;
    }
    if (member)
        return Tr::tr("This member code is not genuine (or not from this retailer's hub)");
    if (coupon)
        return Tr::tr("This coupon is not genuine (or not from this retailer)");
    return Tr::tr("This pickup code is not genuine");
}

} // namespace omnitill
