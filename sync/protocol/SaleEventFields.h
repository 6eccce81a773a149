#pragma once

#include "JsonReader.h"
#include "SaleEvent.h"

#include <QJsonObject>

#include <array>
#include <type_traits>
#include <variant>

// The scalar fields of a sale's wire objects, key and member: written and read by SaleEvent's
// toJson and fromJson, and read the same way from JSON text by SaleEventText.
namespace omnitill::protocol::SaleEventFields {

template <typename T> struct Field
{
    const char* key;
    std::variant<QString T::*, qint64 T::*, int T::*, bool T::*> member;
};

template <typename T, std::size_t N> using Fields = std::array<Field<T>, N>;

inline const Fields<SaleEvent, 22> kSale{{{"sale_id", &SaleEvent::saleId},
                                          {"receipt_id", &SaleEvent::receiptId},
                                          {"receipt_number", &SaleEvent::receiptNumber},
                                          {"store", &SaleEvent::store},
                                          {"till", &SaleEvent::till},
                                          {"shift_id", &SaleEvent::shiftId},
                                          {"staff_id", &SaleEvent::staffId},
                                          {"member_id", &SaleEvent::memberId},
                                          {"currency", &SaleEvent::currency},
                                          {"tax_mode", &SaleEvent::taxMode},
                                          {"subtotal", &SaleEvent::subtotal},
                                          {"discount", &SaleEvent::discount},
                                          {"tax", &SaleEvent::tax},
                                          {"total", &SaleEvent::total},
                                          {"change", &SaleEvent::change},
                                          {"created_at", &SaleEvent::createdAt},
                                          {"priced_at", &SaleEvent::pricedAt},
                                          {"priced_local_time", &SaleEvent::pricedLocalTime},
                                          {"business_day", &SaleEvent::businessDay},
                                          {"age_confirmed_by", &SaleEvent::ageConfirmedBy},
                                          {"training", &SaleEvent::training},
                                          {"channel", &SaleEvent::channel}}};
// Beside kSale: online_order, kiosk_order and started_at, written only when they say something.
inline const Fields<SaleEvent, 3> kSaleOptional{
    {{"online_order", &SaleEvent::onlineOrder}, {"kiosk_order", &SaleEvent::kioskOrder}, {"started_at", &SaleEvent::startedAt}}};

inline const Fields<SaleEventLine, 26> kLine{{{"line", &SaleEventLine::line},
                                              {"product_id", &SaleEventLine::productId},
                                              {"sku", &SaleEventLine::sku},
                                              {"category_id", &SaleEventLine::categoryId},
                                              {"gift_card", &SaleEventLine::giftCard},
                                              {"name", &SaleEventLine::name},
                                              {"unit", &SaleEventLine::unit},
                                              {"quantity", &SaleEventLine::quantity},
                                              {"unit_price", &SaleEventLine::unitPrice},
                                              {"list_price", &SaleEventLine::listPrice},
                                              {"amount", &SaleEventLine::amount},
                                              {"promotion_excluded", &SaleEventLine::promotionExcluded},
                                              {"discount", &SaleEventLine::discount},
                                              {"promotion_discount", &SaleEventLine::promotionDiscount},
                                              {"coupon_discount", &SaleEventLine::couponDiscount},
                                              {"points_discount", &SaleEventLine::pointsDiscount},
                                              {"points_earned", &SaleEventLine::pointsEarned},
                                              {"net", &SaleEventLine::net},
                                              {"tax", &SaleEventLine::tax},
                                              {"gross", &SaleEventLine::gross},
                                              {"tax_code", &SaleEventLine::taxCode},
                                              {"tax_bp", &SaleEventLine::taxBasisPoints},
                                              {"batch", &SaleEventLine::batch},
                                              {"serial", &SaleEventLine::serial},
                                              {"price_override_by", &SaleEventLine::priceOverrideBy},
                                              {"discount_approved_by", &SaleEventLine::discountApprovedBy}}};

inline const Fields<SaleEventPromotion, 3> kPromotion{
    {{"id", &SaleEventPromotion::id}, {"name", &SaleEventPromotion::name}, {"discount", &SaleEventPromotion::discount}}};
inline const Fields<SaleEventPromotionShare, 2> kShare{
    {{"line", &SaleEventPromotionShare::line}, {"amount", &SaleEventPromotionShare::amount}}};
inline const Fields<SaleEventCoupon, 3> kCoupon{
    {{"id", &SaleEventCoupon::id}, {"name", &SaleEventCoupon::name}, {"discount", &SaleEventCoupon::discount}}};
inline const Fields<SaleEventGiftCardLoad, 3> kGiftCard{
    {{"number", &SaleEventGiftCardLoad::number}, {"kind", &SaleEventGiftCardLoad::kind}, {"amount", &SaleEventGiftCardLoad::amount}}};
inline const Fields<SaleEventTax, 5> kTax{{{"code", &SaleEventTax::code},
                                           {"bp", &SaleEventTax::basisPoints},
                                           {"net", &SaleEventTax::net},
                                           {"tax", &SaleEventTax::tax},
                                           {"gross", &SaleEventTax::gross}}};
inline const Fields<SaleEventTender, 8> kTender{{{"kind", &SaleEventTender::kind},
                                                 {"amount", &SaleEventTender::amount},
                                                 {"tendered", &SaleEventTender::tendered},
                                                 {"approval_code", &SaleEventTender::approvalCode},
                                                 {"card_brand", &SaleEventTender::cardBrand},
                                                 {"card_last4", &SaleEventTender::cardLast4},
                                                 {"reference", &SaleEventTender::reference},
                                                 {"points", &SaleEventTender::points}}};
// Beside these, "redeemed_as" ("discount" or "tender") and the lines that earned.
inline const Fields<SaleEventLoyalty, 5> kLoyalty{{{"member_id", &SaleEventLoyalty::memberId},
                                                   {"earned", &SaleEventLoyalty::earned},
                                                   {"redeemed", &SaleEventLoyalty::redeemed},
                                                   {"redeemed_value", &SaleEventLoyalty::redeemedValue},
                                                   {"tier", &SaleEventLoyalty::tier}}};
inline const Fields<SaleEventLinePoints, 2> kLinePoints{{{"line", &SaleEventLinePoints::line}, {"points", &SaleEventLinePoints::points}}};

template <typename T, std::size_t N> void write(QJsonObject& o, const T& from, const Fields<T, N>& fields)
{
    for (const Field<T>& f : fields)
        std::visit([&](auto member) { o.insert(QLatin1String(f.key), QJsonValue(from.*member)); }, f.member);
}

// From a QJsonObject: a field that is missing or of another kind reads as empty.
template <typename T, std::size_t N> void read(const QJsonObject& o, T& into, const Fields<T, N>& fields)
{
    for (const Field<T>& f : fields) {
        std::visit(
            [&](auto member) {
                auto& target = into.*member;
                using V = std::remove_reference_t<decltype(target)>;
                const QJsonValue v = o.value(QLatin1String(f.key));
                if constexpr (std::is_same_v<V, QString>)
                    target = v.toString();
                else if constexpr (std::is_same_v<V, bool>)
                    target = v.toBool();
                else
                    target = V(v.toInteger());
            },
            f.member);
    }
}

template <typename T, std::size_t N> int indexOf(QByteArrayView key, const Fields<T, N>& fields)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QByteArrayView(fields[i].key))
            return int(i);
    }
    return -1;
}

// From JSON text, the value of fields[index]: only of the field's own kind (a whole number that
// fits, for an int), otherwise the reader fails.
template <typename T, std::size_t N> bool read(JsonReader& r, T& into, const Fields<T, N>& fields, int index)
{
    return std::visit(
        [&](auto member) {
            auto& target = into.*member;
            using V = std::remove_reference_t<decltype(target)>;
            if constexpr (std::is_same_v<V, QString>) {
                return r.readString(target);
            } else if constexpr (std::is_same_v<V, bool>) {
                return r.readFlag(target);
            } else {
                qint64 value = 0;
                if (!r.readWhole(value))
                    return false;
                if (value != qint64(V(value)))
                    return r.fail();
                target = V(value);
                return true;
            }
        },
        fields[std::size_t(index)].member);
}

} // namespace omnitill::protocol::SaleEventFields
