#include "ScanRouter.h"

#include "SaleService.h"
#include "barcode/KeyboardLayout.h"
#include "common/DomainError.h"
#include "coupons/CouponService.h"
#include "journal/Journal.h"
#include "kiosk/KioskOrderCode.h"
#include "returns/ReturnService.h"

namespace omnitill {

ScanResult ScanRouter::route(Cart& cart, const QString& code, Source source, bool scaleAttached)
{
    ScanResult result;
    if (m_members.isMemberCode(code)) {
        result.kind = ScanResult::Kind::Member;
        result.member = m_members.identify(cart, code);
        return result;
    }
    // With a sale in progress, the goods brought back may pay for it (an exchange): the screen decides.
    if (code.startsWith(QLatin1String(Journal::kFormat) + QLatin1Char('|')) && !ReturnService::receiptIdOf(code).isEmpty()) {
        result.kind = ScanResult::Kind::Return;
        result.receiptQr = code;
        return result;
    }
    if (KioskOrderCode::looksLikeOne(code)) {
        result.kind = ScanResult::Kind::KioskOrder;
        result.kioskOrder = m_kioskOrders.load(cart, code);
        return result;
    }
    if (CouponService::isCouponCode(code)) {
        result.kind = ScanResult::Kind::Coupon;
        result.coupon = m_coupons.apply(cart, code);
        return result;
    }
    try {
        result.lineId = m_sales.scan(cart, code);
        return result;
    } catch (const DomainError& e) {
        if (e.code() == QLatin1String("sale.needs_weight") && scaleAttached) {
            result.kind = ScanResult::Kind::NeedsWeight;
            return result;
        }
        // A scanner typing through a Russian keyboard layout turns letters into Cyrillic; a person
        // typing Cyrillic means it.
        const std::optional<QString> latin = source == Source::Scanner ? KeyboardLayout::fromRussianLayout(code) : std::nullopt;
        if (!latin)
            throw;
        result.lineId = m_sales.scan(cart, *latin);
        result.readAs = *latin;
        return result;
    }
}

} // namespace omnitill
