#pragma once

#include "catalog/Product.h"
#include "coupons/Coupon.h"
#include "money/Currency.h"
#include "sale/Tender.h"
#include "tax/TaxRate.h"

#include <QDateTime>
#include <QList>

namespace omnitill {

// Everything a printed receipt shows, read back from the store after the sale.
struct Receipt
{
    struct Line
    {
        QString name;
        Unit unit = Unit::Piece;
        qint64 quantity = 0;
        qint64 unitPrice = 0;
        qint64 discount = 0;
        qint64 gross = 0;
        QString taxCode;
        bool priceLabel = false; // sold by the price on an in-store label: no weight or unit price to print
    };
    using Tax = TaxTotal;
    struct Promotion
    {
        QString name;
        qint64 discount = 0;
    };

    QString storeName;
    QString storeAddress;
    QString vatId; // the store's VAT identification number (store.vat_id)
    QString receiptId;
    qint64 number = 0;
    bool training = false;
    bool copy = false;      // a reprint: says COPY at the top
    bool cancelled = false; // a sale voided before payment: the slip lists what was cancelled
    QDateTime startTime;    // store-local; invalid when the transaction's start is not known
    QDateTime localTime;    // store-local: the end of the transaction
    QString cashier;
    QString memberCard; // the loyalty card number of the member the sale was for
    Currency currency;
    TaxMode taxMode = TaxMode::Inclusive;
    QList<Line> lines;
    QList<Tax> taxes;
    QList<Promotion> promotions; // which promotions make up the discounts
    QList<Tender> tenders;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 change = 0;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    qint64 pointsDiscount = 0;            // the part of discount paid with points, when they count as a discount
    qint64 pointsReversed = 0;            // a refund: points earned on the returned goods, taken back
    bool refund = false;                  // a refund receipt
    QString refundFor;                    // the receipt of the sale it refunds (empty: returned without one)
    QString collectedOrder;               // a collection slip: the online order handed over (paid online: no sale here)
    std::optional<Coupon> personalCoupon; // for the member's next visit
    QString personalCouponCode;
    QString qrText;
    qint64 signatureCounter = 0; // the journal entry's number: every signature the till makes counts
    QString keyId;               // which journal key signed it
    QString unsignedReason;      // the signing device failed: the receipt says it is not signed
};

// One printable row; renderers decide how styles look on their medium.
struct ReceiptRow
{
    enum class Align
    {
        Left,
        Center,
        Right
    };
    ReceiptRow(QString text = {}, Align align = Align::Left, bool bold = false, bool large = false)
        : text(std::move(text)), align(align), bold(bold), large(large)
    {
    }
    static ReceiptRow qrCode(QString content)
    {
        ReceiptRow row;
        row.qr = std::move(content);
        return row;
    }

    QString text;
    Align align = Align::Left;
    bool bold = false;
    bool large = false;
    QString qr; // not empty: the row is this text as a QR code (text is then empty)
};

} // namespace omnitill
