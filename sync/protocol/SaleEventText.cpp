#include "SaleEventText.h"

#include "EventType.h"
#include "SaleEventFields.h"

#include <QDateTime>

#include <algorithm>

namespace omnitill::protocol {

namespace {
using namespace SaleEventFields;

constexpr qsizetype kMaxId = 128;
constexpr qsizetype kMaxType = 64;

quint64 bit(std::size_t i)
{
    return quint64(1) << i;
}

// The members of one object: its fields into `into`, any other key to `other` (which reads or
// skips the value and answers false when the reader failed). A field twice fails the reader.
template <typename T, std::size_t N, typename Other>
bool readObject(JsonReader& r, T& into, const Fields<T, N>& fields, quint64& seen, Other other)
{
    static_assert(N < 48, "bits above the fields are for the caller's other keys");
    seen = 0;
    if (!r.beginObject())
        return false;
    QByteArrayView key;
    std::size_t hint = 0;
    while (r.nextKey(key)) {
        const int i = indexOf(key, fields, hint);
        if (i < 0) {
            if (!other(key, seen))
                return false;
            continue;
        }
        if (seen & bit(std::size_t(i)))
            return r.fail();
        seen |= bit(std::size_t(i));
        hint = std::size_t(i) + 1;
        if (!read(r, into, fields, i))
            return false;
    }
    return !r.failed();
}

// For keys other than the fields: marks `which` (a bit above the fields) as seen, failing on a second time.
bool once(JsonReader& r, quint64& seen, std::size_t which)
{
    if (seen & bit(which))
        return r.fail();
    seen |= bit(which);
    return true;
}

template <typename T, std::size_t N> bool has(quint64 seen, const Fields<T, N>& fields, QByteArrayView key)
{
    const int i = indexOf(key, fields);
    return i >= 0 && (seen & bit(std::size_t(i)));
}

template <typename T, std::size_t N> bool readPlain(JsonReader& r, T& into, const Fields<T, N>& fields, quint64& seen)
{
    return readObject(r, into, fields, seen, [&r](QByteArrayView, quint64&) { return r.skipValue(); });
}

template <typename T, typename ReadOne> bool readList(JsonReader& r, QList<T>& out, ReadOne readOne)
{
    if (!r.beginArray())
        return false;
    while (r.nextElement()) {
        T item;
        if (!readOne(item))
            return false;
        out.append(std::move(item));
    }
    return !r.failed();
}

template <typename T, std::size_t N> bool readPlainList(JsonReader& r, QList<T>& out, const Fields<T, N>& fields)
{
    return readList(r, out, [&](T& item) {
        quint64 seen = 0;
        return readPlain(r, item, fields, seen);
    });
}

// What WireCheck::missingText passes: an id, a number, a code.
bool isId(const QString& text)
{
    return !text.trimmed().isEmpty() && text.size() <= kMaxId;
}

bool isCurrencyCode(const QString& code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

bool readLine(JsonReader& r, SaleEventLine& line)
{
    quint64 seen = 0;
    if (!readPlain(r, line, kLine, seen))
        return false;
    // What SaleEvent::problem asks of a line; with "amount" there, nothing is derived.
    return (isId(line.sku) && has(seen, kLine, "quantity") && has(seen, kLine, "amount")) || r.fail();
}

bool readTender(JsonReader& r, SaleEventTender& tender)
{
    quint64 seen = 0;
    if (!readPlain(r, tender, kTender, seen))
        return false;
    return (isId(tender.kind) && has(seen, kTender, "amount")) || r.fail();
}

bool readPromotion(JsonReader& r, SaleEventPromotion& promotion)
{
    quint64 seen = 0;
    return readObject(r, promotion, kPromotion, seen, [&](QByteArrayView key, quint64& bits) {
        if (key != "lines")
            return r.skipValue();
        return once(r, bits, kPromotion.size()) && readPlainList(r, promotion.lines, kShare);
    });
}

bool readLoyalty(JsonReader& r, SaleEventLoyalty& loyalty)
{
    quint64 seen = 0;
    return readObject(r, loyalty, kLoyalty, seen, [&](QByteArrayView key, quint64& bits) {
        if (key == "redeemed_as") {
            QString as;
            if (!once(r, bits, kLoyalty.size()) || !r.readString(as))
                return false;
            loyalty.redeemedAsDiscount = as == QLatin1String("discount");
            return true;
        }
        if (key == "lines")
            return once(r, bits, kLoyalty.size() + 1) && readPlainList(r, loyalty.lines, kLinePoints);
        return r.skipValue();
    });
}

// The lists and the object of a sale, each once; bits above kSale's.
enum SaleMember : std::size_t
{
    kLines = 22,
    kPromotions,
    kCoupons,
    kGiftCards,
    kTaxes,
    kTenders,
    kLoyaltyMember,
    kOptionalFields // and the ones after it, one per kSaleOptional field
};
static_assert(kLines == std::tuple_size_v<decltype(kSale)>);

// The sale's object, up to its '}', and whether it has what SaleEvent::problem asks of it.
bool readSale(JsonReader& r, SaleEvent& sale)
{
    quint64 seen = 0;
    const bool whole = readObject(r, sale, kSale, seen, [&](QByteArrayView key, quint64& bits) {
        if (const int optional = indexOf(key, kSaleOptional); optional >= 0)
            return once(r, bits, kOptionalFields + std::size_t(optional)) && SaleEventFields::read(r, sale, kSaleOptional, optional);
        if (key == "lines")
            return once(r, bits, kLines) && readList(r, sale.lines, [&](SaleEventLine& line) { return readLine(r, line); });
        if (key == "promotions")
            return once(r, bits, kPromotions) && readList(r, sale.promotions, [&](SaleEventPromotion& p) { return readPromotion(r, p); });
        if (key == "coupons")
            return once(r, bits, kCoupons) && readPlainList(r, sale.coupons, kCoupon);
        if (key == "gift_cards")
            return once(r, bits, kGiftCards) && readPlainList(r, sale.giftCards, kGiftCard);
        if (key == "taxes")
            return once(r, bits, kTaxes) && readPlainList(r, sale.taxes, kTax);
        if (key == "tenders")
            return once(r, bits, kTenders) && readList(r, sale.tenders, [&](SaleEventTender& t) { return readTender(r, t); });
        if (key == "loyalty") {
            sale.loyalty.emplace();
            return once(r, bits, kLoyaltyMember) && readLoyalty(r, *sale.loyalty);
        }
        return r.skipValue();
    });
    if (!whole)
        return false;
    return isId(sale.saleId) && isId(sale.receiptId) && !sale.createdAt.isEmpty() &&
           QDateTime::fromString(sale.createdAt, Qt::ISODateWithMs).isValid() && isCurrencyCode(sale.currency) &&
           has(seen, kSale, "total") && (seen & bit(kLines));
}
} // namespace

std::optional<SaleEventText> SaleEventText::read(QByteArrayView event)
{
    JsonReader r(event);
    SaleEventText out;
    QString type;
    quint64 seen = 0;
    const auto member = [&](std::size_t which) {
        if (seen & bit(which))
            return r.fail();
        seen |= bit(which);
        return true;
    };
    if (!r.beginObject())
        return std::nullopt;
    QByteArrayView key;
    // The body is read as a sale wherever it stands (tills write it first, before the type): for
    // another type it does not read as one, or the type says no below.
    while (r.nextKey(key)) {
        const bool ok = key == "body"         ? member(0) && readSale(r, out.sale)
                        : key == "device_seq" ? member(1) && r.readWhole(out.seq)
                        : key == "event_id"   ? member(2) && r.readString(out.eventId)
                        : key == "type"       ? member(3) && r.readString(type)
                                              : r.skipValue();
        if (!ok)
            return std::nullopt;
    }
    if (!r.atEnd() || !(seen & bit(0)) || type.size() > kMaxType || type != EventType::kSale || out.seq <= 0 || out.eventId.isEmpty() ||
        out.eventId.size() > kMaxId)
        return std::nullopt;
    return out;
}

} // namespace omnitill::protocol
