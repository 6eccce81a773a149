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

// Each table is in key order, as QJsonDocument writes them.
template <typename T> struct Field
{
    QByteArrayView key; // a literal: its length known without strlen
    std::variant<QString T::*, qint64 T::*, int T::*, bool T::*> member;
};

template <typename T, std::size_t N> using Fields = std::array<Field<T>, N>;

inline const Fields<SaleEvent, 22> kSale{{{"age_confirmed_by", &SaleEvent::ageConfirmedBy},
                                          {"business_day", &SaleEvent::businessDay},
                                          {"change", &SaleEvent::change},
                                          {"channel", &SaleEvent::channel},
                                          {"created_at", &SaleEvent::createdAt},
                                          {"currency", &SaleEvent::currency},
                                          {"discount", &SaleEvent::discount},
                                          {"member_id", &SaleEvent::memberId},
                                          {"priced_at", &SaleEvent::pricedAt},
                                          {"priced_local_time", &SaleEvent::pricedLocalTime},
                                          {"receipt_id", &SaleEvent::receiptId},
                                          {"receipt_number", &SaleEvent::receiptNumber},
                                          {"sale_id", &SaleEvent::saleId},
                                          {"shift_id", &SaleEvent::shiftId},
                                          {"staff_id", &SaleEvent::staffId},
                                          {"store", &SaleEvent::store},
                                          {"subtotal", &SaleEvent::subtotal},
                                          {"tax", &SaleEvent::tax},
                                          {"tax_mode", &SaleEvent::taxMode},
                                          {"till", &SaleEvent::till},
                                          {"total", &SaleEvent::total},
                                          {"training", &SaleEvent::training}}};
// Beside kSale: online_order, kiosk_order and started_at, written only when they say something.
inline const Fields<SaleEvent, 3> kSaleOptional{
    {{"online_order", &SaleEvent::onlineOrder}, {"kiosk_order", &SaleEvent::kioskOrder}, {"started_at", &SaleEvent::startedAt}}};

inline const Fields<SaleEventLine, 26> kLine{{{"amount", &SaleEventLine::amount},
                                              {"batch", &SaleEventLine::batch},
                                              {"category_id", &SaleEventLine::categoryId},
                                              {"coupon_discount", &SaleEventLine::couponDiscount},
                                              {"discount", &SaleEventLine::discount},
                                              {"discount_approved_by", &SaleEventLine::discountApprovedBy},
                                              {"gift_card", &SaleEventLine::giftCard},
                                              {"gross", &SaleEventLine::gross},
                                              {"line", &SaleEventLine::line},
                                              {"list_price", &SaleEventLine::listPrice},
                                              {"name", &SaleEventLine::name},
                                              {"net", &SaleEventLine::net},
                                              {"points_discount", &SaleEventLine::pointsDiscount},
                                              {"points_earned", &SaleEventLine::pointsEarned},
                                              {"price_override_by", &SaleEventLine::priceOverrideBy},
                                              {"product_id", &SaleEventLine::productId},
                                              {"promotion_discount", &SaleEventLine::promotionDiscount},
                                              {"promotion_excluded", &SaleEventLine::promotionExcluded},
                                              {"quantity", &SaleEventLine::quantity},
                                              {"serial", &SaleEventLine::serial},
                                              {"sku", &SaleEventLine::sku},
                                              {"tax", &SaleEventLine::tax},
                                              {"tax_bp", &SaleEventLine::taxBasisPoints},
                                              {"tax_code", &SaleEventLine::taxCode},
                                              {"unit", &SaleEventLine::unit},
                                              {"unit_price", &SaleEventLine::unitPrice}}};

inline const Fields<SaleEventPromotion, 3> kPromotion{
    {{"id", &SaleEventPromotion::id}, {"name", &SaleEventPromotion::name}, {"discount", &SaleEventPromotion::discount}}};
inline const Fields<SaleEventPromotionShare, 2> kShare{
    {{"line", &SaleEventPromotionShare::line}, {"amount", &SaleEventPromotionShare::amount}}};
inline const Fields<SaleEventCoupon, 3> kCoupon{
    {{"id", &SaleEventCoupon::id}, {"name", &SaleEventCoupon::name}, {"discount", &SaleEventCoupon::discount}}};
inline const Fields<SaleEventGiftCardLoad, 3> kGiftCard{
    {{"number", &SaleEventGiftCardLoad::number}, {"kind", &SaleEventGiftCardLoad::kind}, {"amount", &SaleEventGiftCardLoad::amount}}};
inline const Fields<SaleEventTax, 5> kTax{{{"bp", &SaleEventTax::basisPoints},
                                           {"code", &SaleEventTax::code},
                                           {"gross", &SaleEventTax::gross},
                                           {"net", &SaleEventTax::net},
                                           {"tax", &SaleEventTax::tax}}};
inline const Fields<SaleEventTender, 8> kTender{{{"amount", &SaleEventTender::amount},
                                                 {"approval_code", &SaleEventTender::approvalCode},
                                                 {"card_brand", &SaleEventTender::cardBrand},
                                                 {"card_last4", &SaleEventTender::cardLast4},
                                                 {"kind", &SaleEventTender::kind},
                                                 {"points", &SaleEventTender::points},
                                                 {"reference", &SaleEventTender::reference},
                                                 {"tendered", &SaleEventTender::tendered}}};
// Beside these, "redeemed_as" ("discount" or "tender") and the lines that earned.
inline const Fields<SaleEventLoyalty, 5> kLoyalty{{{"earned", &SaleEventLoyalty::earned},
                                                   {"member_id", &SaleEventLoyalty::memberId},
                                                   {"redeemed", &SaleEventLoyalty::redeemed},
                                                   {"redeemed_value", &SaleEventLoyalty::redeemedValue},
                                                   {"tier", &SaleEventLoyalty::tier}}};
inline const Fields<SaleEventLinePoints, 2> kLinePoints{{{"line", &SaleEventLinePoints::line}, {"points", &SaleEventLinePoints::points}}};

template <typename T, std::size_t N> void write(QJsonObject& o, const T& from, const Fields<T, N>& fields)
{
    for (const Field<T>& f : fields)
        std::visit([&](auto member) { o.insert(QLatin1StringView(f.key.data(), f.key.size()), QJsonValue(from.*member)); }, f.member);
}

// From a QJsonObject: a field that is missing or of another kind reads as empty.
template <typename T, std::size_t N> void read(const QJsonObject& o, T& into, const Fields<T, N>& fields)
{
    for (const Field<T>& f : fields) {
        std::visit(
            [&](auto member) {
                auto& target = into.*member;
                using V = std::remove_reference_t<decltype(target)>;
                const QJsonValue v = o.value(QLatin1StringView(f.key.data(), f.key.size()));
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

// The field a key names, or -1; hint is where to look first (the tables are in the order
// QJsonDocument writes keys, so a till's next key is usually the next field).
template <typename T, std::size_t N> int indexOf(QByteArrayView key, const Fields<T, N>& fields, std::size_t hint = N)
{
    if (hint < N && key == fields[hint].key)
        return int(hint);
    for (std::size_t i = 0; i < N; ++i) {
        if (key == fields[i].key)
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
