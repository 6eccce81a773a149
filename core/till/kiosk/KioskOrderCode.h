#pragma once

#include <QList>
#include <QString>

namespace omnitill {

// What a kiosk order's QR carries to the till: the order's id and number, the member, and each
// product with its quantity — everything, so the till needs no connection to load it. Prices are
// not in it: the till prices the lines from its own catalog and promotions.
//
//   OTK2|<store>|<kiosk>|<sequence>|<member id>|<sku>*<quantity>;...|<check>
//
// SKUs are percent-encoded; <check> is the first 16 hex digits of HMAC-SHA-256 over what precedes
// it, keyed with the store's kiosk code key (from the hub, at enrollment and with every sync), so a
// damaged or hand-made code is refused rather than loaded wrong. A kiosk and till that have never
// been enrolled (a store without a hub) use OTK1, whose check is the first 8 hex digits of an
// unkeyed SHA-256; a till that holds the key refuses OTK1 (#19: anyone could make one).
struct KioskOrderCode
{
    struct Line
    {
        QString sku;
        qint64 quantity = 0; // pieces, or grams for goods sold by weight
    };

    static constexpr int kMaxLines = 120;
    static constexpr qint64 kMaxQuantity = 999999;

    QString store;
    QString kiosk;
    qint64 sequence = 0;
    QString memberId;
    QList<Line> lines;

    QString orderId() const;
    // The short number the customer is called by.
    QString number() const;
    // key: the store's kiosk code key; empty only in a store without a hub.
    QString encode(const QByteArray& key) const;

    static bool looksLikeOne(const QString& code);
    // Throws DomainError "kiosk.bad_code" for anything malformed, damaged or not made with the key.
    static KioskOrderCode decode(const QString& code, const QByteArray& key);
    static QString numberFor(qint64 sequence);
};

} // namespace omnitill
