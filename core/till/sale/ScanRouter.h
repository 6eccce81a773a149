#pragma once

#include "coupons/Coupon.h"
#include "kiosk/KioskOrderService.h"
#include "member/MemberService.h"

#include <QString>

namespace omnitill {

class Cart;
class CouponService;
class SaleService;

// What a code read at the till turned out to be, and what reading it did to the cart.
struct ScanResult
{
    enum class Kind
    {
        Member,      // the app's QR or a loyalty card: the customer is identified on the cart
        Return,      // a receipt's QR: the customer brings something back (receiptQr)
        KioskOrder,  // a kiosk ticket: its lines are on the cart (kioskOrder)
        Coupon,      // a coupon is on the cart (coupon)
        Product,     // a line was added (lineId); readAs when a scanner typed in another layout
        NeedsWeight, // a weighed product and a scale is attached: weigh, then SaleService::scan with grams
    };
    Kind kind = Kind::Product;
    MemberSummary member;
    QString receiptQr;
    LoadedKioskOrder kioskOrder;
    Coupon coupon;
    int lineId = 0;
    QString readAs;
};

// Decides what a scanned or typed code is: a member, a receipt to return against, a kiosk
// ticket, a coupon or a product, and applies it to the cart. The screens only say what happened.
class ScanRouter
{
public:
    enum class Source
    {
        Scanner, // a scanner: letters typed through a Russian keyboard layout are read back as Latin
        Keyboard,
    };

    ScanRouter(SaleService& sales, MemberService& members, KioskOrderService& kioskOrders, CouponService& coupons)
        : m_sales(sales), m_members(members), m_kioskOrders(kioskOrders), m_coupons(coupons)
    {
    }

    // Throws DomainError when the code is none of these, or the cart refuses it.
    ScanResult route(Cart& cart, const QString& code, Source source, bool scaleAttached);

private:
    SaleService& m_sales;
    MemberService& m_members;
    KioskOrderService& m_kioskOrders;
    CouponService& m_coupons;
};

} // namespace omnitill
