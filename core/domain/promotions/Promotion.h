#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTime>

namespace omnitill {

// One promotion as the hub publishes it. Amounts are minor units of the store currency;
// percentages are basis points (10000 = 100 %).
struct Promotion
{
    enum class Kind
    {
        PercentOff,     // percentBp off each eligible unit (weighed lines too)
        AmountOff,      // amount off each eligible piece
        FixedPrice,     // each eligible piece for amount
        BuyXGetY,       // of every buyQuantity + getQuantity pieces, the cheapest getQuantity get percentBp off
        MixMatch,       // any buyQuantity eligible pieces for amount together
        SpendThreshold, // spend at least threshold on eligible items: amount off, or percentBp off
    };

    QString id;
    QString name; // shown on the screen and the receipt
    Kind kind = Kind::PercentOff;
    // Eligible products and categories; both empty: everything in the store.
    QSet<qint64> products;
    QSet<qint64> categories;
    int percentBp = 0;
    qint64 amount = 0;
    int buyQuantity = 0;
    int getQuantity = 0;
    qint64 threshold = 0;
    bool memberOnly = false;
    QDateTime validFrom;  // UTC; invalid: no start
    QDateTime validUntil; // UTC, exclusive; invalid: no end
    QTime dailyFrom;      // store-local time of day (happy hour); invalid: all day
    QTime dailyUntil;
    int priority = 0;       // higher priorities are decided first
    bool stackable = false; // applies on top of other promotions instead of competing with them

    bool isActive(const QDateTime& nowUtc, const QTime& localTime, bool member) const;
    bool covers(qint64 productId, qint64 categoryId) const;
    bool isPerPiece() const { return kind != Kind::PercentOff && kind != Kind::SpendThreshold; }

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name); // throws DomainError for an unknown kind
};

} // namespace omnitill
