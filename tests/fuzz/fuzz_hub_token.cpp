// Every hub token verifier (pickup, member, coupon) on hostile text: relabelled, truncated,
// re-encoded, with lengths that run past the end.
#include "FuzzInput.h"
#include "coupons/Coupon.h"
#include "crypto/HubToken.h"
#include "crypto/Signer.h"

#include <QTimeZone>

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::unique_ptr<EcdsaP256Signer> hub = EcdsaP256Signer::generate();
    static const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());
    const QString token = fuzz::text(data, size);
    for (const auto& [kind, fields] :
         {std::pair{HubToken::kPickup, 3}, std::pair{HubToken::kMember, 1}, std::pair{HubToken::kCoupon, Coupon::kFieldCount}}) {
        const HubToken::Checked c = HubToken::check(token, kind, fields, hub->publicKeyDer(), now);
        // Nobody but the hub holds its key: nothing the fuzzer makes may pass.
        if (c.fields)
            __builtin_trap();
        (void)HubToken::looksLike(token, kind);
    }
    return 0;
}
