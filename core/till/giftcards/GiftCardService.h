#pragma once

#include "SaleEvent.h"

#include <QString>

namespace omnitill {

class Cart;
class CatalogRepository;
class Clock;
class Database;
class Payment;
class StoreSettings;

struct GiftCardAccount
{
    QString number;
    bool known = false; // the hub has told this till about it (or this till sold it)
    QString status;
    qint64 balance = 0;    // as the hub last reported it
    qint64 pending = 0;    // loaded (+) and spent (-) here, not yet posted by the hub
    qint64 available = 0;  // balance + pending
    qint64 spentToday = 0; // at this till on the business day
};

// Gift cards and store credit at the till: selling (activating) and topping up a card as a line of
// the sale, paying with one as a tender, and the balance enquiry. Spending is checked against the
// last synced balance plus what this till did since; while the hub has not been reached lately
// (coupons.sync_fresh_minutes) a card spends at most giftcard.max_spend_unsynced a day here. The
// hub posts what happened in order and flags an overdraft.
class GiftCardService
{
public:
    GiftCardService(Database& db, const Clock& clock, const StoreSettings& settings, CatalogRepository& catalog)
        : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog)
    {
    }

    GiftCardAccount account(const QString& number);
    // Adds the card as a line (the gift card product, giftcard.sku, at this amount); returns its id.
    int sell(Cart& cart, const QString& number, qint64 amount);
    int topUp(Cart& cart, const QString& number, qint64 amount);
    // The most the card may pay now, towards `due`.
    qint64 spendable(const QString& number, qint64 due);
    // Checks the card and adds it to the payment.
    void pay(Payment& payment, const QString& number, qint64 amount);

    // Within the sale's transaction: checks loads and spends once more; returns the sale event's
    // "gift_cards" entries (loads; spends travel as tenders).
    QList<protocol::SaleEventGiftCardLoad> settle(const Cart& cart, const Payment& payment, bool training);
    // Within the sale's transaction, after its event is in the outbox.
    void record(const QString& saleId, const Cart& cart, const Payment& payment, qint64 outboxSeq);

    // Within the caller's transaction: a card's balance and status as the hub holds them (from
    // its feed or its answer to a push), which replace the last synced ones.
    static void applyHubBalance(Database& db, const QString& number, const QString& kind, const QString& currency, qint64 balance,
                                const QString& status);

private:
    int addLine(Cart& cart, const QString& number, qint64 amount, const QString& action);
    void requireCard(const QString& number) const;
    void requireSpendable(const QString& number, qint64 amount, qint64 alreadyInPayment);

    Database& m_db;
    const Clock& m_clock;
    const StoreSettings& m_settings;
    CatalogRepository& m_catalog;
};

} // namespace omnitill
