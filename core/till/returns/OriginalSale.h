#pragma once

#include "sale/Tender.h"
#include "tax/TaxRate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace omnitill {

// A completed sale as the return desk sees it: read from the sale event (this till's journal, or
// the hub for another till, store or the online shop), with what was already returned.
struct OriginalSale
{
    struct Line
    {
        int line = 0; // 1-based, as in the sale event
        QString sku;
        qint64 productId = 0; // this till's product for the SKU (0: not sold here)
        qint64 categoryId = 0;
        QString name;
        bool weighed = false;
        qint64 quantity = 0; // pieces, or grams
        qint64 unitPrice = 0;
        qint64 amount = 0; // before any discount
        bool promotionExcluded = false;
        qint64 discount = 0;          // every discount on the line
        qint64 promotionDiscount = 0; // the promotions' part of it
        qint64 gross = 0;             // what the customer paid for the line
        QString taxCode;
        int taxBasisPoints = 0;
        qint64 pointsEarned = 0;
        bool giftCard = false; // loading a gift card: money, never returned as goods
    };
    struct AppliedPromotion
    {
        QString id;
        QString name;
        qint64 discount = 0;
        QHash<int, qint64> lines; // line -> share
    };

    QString saleId;
    QString receiptId;
    QString storeCode;
    QString tillCode;
    QDateTime createdAt;
    QDateTime pricedAt; // when the promotions were decided
    QTime pricedLocalTime;
    QString memberId;
    QString currency;
    TaxMode taxMode = TaxMode::Inclusive;
    qint64 total = 0;
    QList<Line> lines;
    QList<AppliedPromotion> promotions;
    QList<Tender> tenders;
    qint64 pointsRedeemed = 0;
    bool training = false;
    QDateTime foundAt; // UTC: when the return desk found the sale, the start of the return

    // What earlier returns took back, everywhere this till knows of (its own, and the hub's answer).
    QHash<int, qint64> returned; // line -> quantity
    qint64 refunded = 0;

    const Line* line(int number) const;
    qint64 returnable(int number) const;

    // The sale event body (see SaleService::complete). Throws DomainError return.bad_sale when it
    // is not one.
    static OriginalSale fromEvent(const QJsonObject& sale);
};

} // namespace omnitill
