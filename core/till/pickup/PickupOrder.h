#pragma once

#include "catalog/Product.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill {

// Where an online order stands at this store's pickup desk. The shop's side (placed, cancelled)
// comes from the hub; picking, ready, collected and restocked are the desk's.
enum class PickupStatus
{
    ToPick,
    Picking,
    Ready,
    Overdue,
    Collected,
    Cancelled,
    Restocked
};

QString pickupStatusName(PickupStatus status);
PickupStatus pickupStatusFromName(const QString& name);
QString pickupStatusTitle(PickupStatus status); // translated

// One ordered line and what the desk did with it.
struct PickupLine
{
    int line = 0;
    QString sku;
    QString name;
    qint64 productId = 0; // 0: the store's catalog does not know the SKU
    Unit unit = Unit::Piece;
    qint64 ordered = 0;   // pieces, or grams
    qint64 unitPrice = 0; // agreed in the order, per piece or per kilogram
    qint64 total = 0;     // agreed line total
    qint64 picked = 0;
    QString shortConsent; // how the customer agreed to receive less
    qint64 substituteProductId = 0;
    QString substituteSku;
    QString substituteName;
    qint64 substituteQuantity = 0;
    qint64 substituteUnitPrice = 0; // charged: the lower of the substitute's price and the agreed one
    QString substituteConsent;
    bool refused = false; // the customer did not take it at hand-over

    qint64 missing() const { return ordered - picked; }
    // Picked in full, or short with the customer's agreement, or replaced.
    bool isSettled() const { return picked >= ordered || !shortConsent.isEmpty() || substituteQuantity > 0; }
    qint64 pickedValue() const;
    qint64 substituteValue() const;
    // What the customer pays for this line as handed over (0 when refused).
    qint64 deliveredValue() const { return refused ? 0 : pickedValue() + substituteValue(); }
};

struct PickupOrder
{
    QString id;
    QString storeId;
    QString number;
    QString customerName;
    QString phone;
    QString currency;
    QString hubStatus; // placed, ready, collected, cancelled, returned: the hub's last word
    QString pickupToken;
    bool paid = false; // paid online; otherwise paid at the desk
    qint64 total = 0;
    QDateTime createdAt;
    QDateTime readyAt;
    QDateTime collectedAt;
    PickupStatus status = PickupStatus::ToPick;
    QList<PickupLine> lines;
    QString saleId;       // the desk's sale, for an order paid at pickup
    qint64 refundDue = 0; // paid online, not handed over: the shop refunds it

    qint64 deliveredValue() const;
    bool isOpen() const
    {
        return status == PickupStatus::ToPick || status == PickupStatus::Picking || status == PickupStatus::Ready ||
               status == PickupStatus::Overdue;
    }
    const PickupLine& line(int number) const;
};

// A row of the desk's order list.
struct PickupSummary
{
    QString id;
    QString number;
    QString customerName;
    QString phone;
    PickupStatus status = PickupStatus::ToPick;
    bool paid = false;
    qint64 total = 0;
    QString currency;
    QDateTime createdAt;
};

} // namespace omnitill
