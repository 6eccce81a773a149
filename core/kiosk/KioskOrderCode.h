#pragma once

#include <QList>
#include <QString>

namespace omnitill {

// What a kiosk order's QR carries to the till: the order's id and number, the member, and each
// product with its quantity — everything, so the till needs no connection to load it. Prices are
// not in it: the till prices the lines from its own catalog and promotions.
//
//   OTK1|<store>|<kiosk>|<sequence>|<member id>|<sku>*<quantity>;...|<check>
//
// SKUs are percent-encoded; <check> is the first 8 hex digits of SHA-256 over what precedes it,
// so a damaged or hand-made code is refused rather than loaded wrong.
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
    QString encode() const;

    static bool looksLikeOne(const QString& code);
    // Throws DomainError "kiosk.bad_code" for anything malformed or damaged.
    static KioskOrderCode decode(const QString& code);
    static QString numberFor(qint64 sequence);
};

} // namespace omnitill
