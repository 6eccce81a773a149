#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnitill::protocol {

// One returned line: what of the original line comes back and what it refunds.
struct ReturnEventLine
{
    int line = 0; // the original sale's line
    QString sku;
    QString name;
    QString unit;
    qint64 quantity = 0;
    QString disposition; // back to shelf, damaged, ...
    qint64 paid = 0;     // what the customer paid for these units
    qint64 refund = 0;
    qint64 tax = 0;
    QString taxCode;
    int taxBasisPoints = 0;
    qint64 pointsReversed = 0;

    friend bool operator==(const ReturnEventLine&, const ReturnEventLine&) = default;
};

// A promotion or coupon whose condition the return breaks, taken back from the refund.
struct ReturnEventAdjustment
{
    QString name;
    qint64 amount = 0;

    friend bool operator==(const ReturnEventAdjustment&, const ReturnEventAdjustment&) = default;
};

struct ReturnEventTender
{
    QString kind;
    qint64 amount = 0;
    QString reference;
    QString cardLast4;
    QString approvalCode;
    qint64 points = 0;

    friend bool operator==(const ReturnEventTender&, const ReturnEventTender&) = default;
};

// The sale returned against.
struct ReturnEventOriginal
{
    QString saleId;
    QString receiptId;
    QString store;
    QString till;
    bool local = false; // sold at this till

    friend bool operator==(const ReturnEventOriginal&, const ReturnEventOriginal&) = default;
};

struct ReturnEventLoyalty
{
    QString memberId;
    qint64 reversed = 0; // earned points taken back
    qint64 refunded = 0; // redeemed points given back

    friend bool operator==(const ReturnEventLoyalty&, const ReturnEventLoyalty&) = default;
};

// The "return" event. The one place that knows how a return is spelled on the wire; the till also
// keeps it as its refund receipt's record.
struct ReturnEvent
{
    static constexpr QLatin1String kType = EventType::kReturn;

    QString returnId;
    QString receiptId;
    qint64 receiptNumber = 0;
    QString store;
    QString till;
    qint64 shiftId = 0;
    qint64 staffId = 0;
    qint64 approvedBy = 0;
    bool noReceipt = false;
    ReturnEventOriginal original;
    QString memberId;
    QString currency;
    QString createdAt; // the end of the return
    QString startedAt; // when the desk found the sale (empty from older tills)
    QString businessDay;
    bool training = false;
    QString reason;
    QList<ReturnEventLine> lines;
    QList<ReturnEventAdjustment> adjustments;
    qint64 paid = 0;
    qint64 refund = 0;
    QList<ReturnEventTender> tenders;
    QString flagged; // why the hub must look at it (returned offline against another till's sale)
    std::optional<ReturnEventLoyalty> loyalty;

    QJsonObject toJson() const;
    static ReturnEvent fromJson(const QJsonObject& json);
    // Empty when a return's body has what the hub needs to book it; otherwise what is wrong.
    static QString problem(const QJsonObject& json);

    friend bool operator==(const ReturnEvent&, const ReturnEvent&) = default;
};

} // namespace omnitill::protocol
