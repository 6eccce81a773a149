#include "GiftCardService.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "giftcards/GiftCardNumber.h"
#include "outbox/Outbox.h"
#include "sale/Cart.h"
#include "sale/Tender.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonObject>

namespace omnitill {

namespace {
qint64 setting(const StoreSettings& s, const char* key, const char* fallback)
{
    return s.value(QLatin1String(key), QLatin1String(fallback)).toLongLong();
}
} // namespace

void GiftCardService::requireCard(const QString& number) const
{
    if (!GiftCardNumber::isValid(number))
        throw DomainError(QStringLiteral("giftcard.number"), Tr::tr("This is not a gift card number"));
}

GiftCardAccount GiftCardService::account(const QString& number)
{
    requireCard(number);
    GiftCardAccount a;
    a.number = number;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT balance, status FROM gift_cards WHERE number = ?"), {number});
    if (q.next()) {
        a.known = true;
        a.balance = q.value(QStringLiteral("balance")).toLongLong();
        a.status = q.value(QStringLiteral("status")).toString();
    }
    q.finish();
    QSqlQuery& p = m_db.exec(
        QStringLiteral("SELECT kind, sum(amount) AS amount FROM gift_card_entries WHERE number = ? AND outbox_seq > ? GROUP BY kind"),
        {number, Outbox::heldUpTo(m_db)});
    while (p.next()) {
        const qint64 amount = p.value(QStringLiteral("amount")).toLongLong();
        a.pending += p.value(QStringLiteral("kind")).toString() == QLatin1String("spend") ? -amount : amount;
        if (p.value(QStringLiteral("kind")).toString() == QLatin1String("activate") ||
            p.value(QStringLiteral("kind")).toString() == QLatin1String("refund"))
            a.known = true; // sold or refunded onto here, not yet confirmed
    }
    p.finish();
    a.spentToday = m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM gift_card_entries WHERE number = ? AND kind = 'spend'"
                                              " AND business_day = ?"),
                               {number, m_settings.businessDay(m_clock.nowUtc()).toString(Qt::ISODate)})
                       .toLongLong();
    a.available = a.balance + a.pending;
    if (a.status.isEmpty() && a.known)
        a.status = QStringLiteral("active");
    return a;
}

int GiftCardService::addLine(Cart& cart, const QString& number, qint64 amount, const QString& action)
{
    const qint64 min = setting(m_settings, "giftcard.min_amount", "500");
    const qint64 max = setting(m_settings, "giftcard.max_amount", "50000");
    if (amount < min || amount > max)
        throw DomainError(QStringLiteral("giftcard.amount"),
                          Tr::tr("A gift card is loaded with %1 to %2")
                              .arg(Money(min, cart.currency()).format(QLocale()), Money(max, cart.currency()).format(QLocale())));
    for (const CartLine& l : cart.lines()) {
        if (l.serial == number && !l.giftCard.isEmpty())
            throw DomainError(QStringLiteral("giftcard.twice"), Tr::tr("This card is already in the sale"));
    }
    const QString sku = m_settings.value(QStringLiteral("giftcard.sku"), QStringLiteral("GIFT-CARD"));
    const std::optional<Product> product = m_catalog.findById(m_catalog.idForSku(sku));
    if (!product)
        throw DomainError(QStringLiteral("giftcard.product"), Tr::tr("Gift cards are not set up: the catalog has no product %1").arg(sku));
    const TaxRate rate = m_catalog.taxRate(product->taxRateId);
    CartLine line;
    line.productId = product->id;
    line.categoryId = product->categoryId;
    line.sku = product->sku;
    line.name = QStringLiteral("%1 %2").arg(product->nameEn, GiftCardNumber::masked(number));
    line.quantity = 1;
    line.unitPrice = amount;
    line.listPrice = amount;
    line.taxRateId = rate.id;
    line.taxCode = rate.code;
    line.taxBasisPoints = rate.basisPoints;
    line.serial = number;
    line.giftCard = action;
    return cart.add(line);
}

int GiftCardService::sell(Cart& cart, const QString& number, qint64 amount)
{
    if (account(number).known)
        throw DomainError(QStringLiteral("giftcard.active"), Tr::tr("This card is already active; top it up instead"));
    return addLine(cart, number, amount, QStringLiteral("activate"));
}

int GiftCardService::topUp(Cart& cart, const QString& number, qint64 amount)
{
    const GiftCardAccount a = account(number);
    if (!a.known || a.status != QLatin1String("active"))
        throw DomainError(QStringLiteral("giftcard.unknown"), Tr::tr("This card is not active (sell it first, or sync the till)"));
    return addLine(cart, number, amount, QStringLiteral("topup"));
}

qint64 GiftCardService::spendable(const QString& number, qint64 due)
{
    const GiftCardAccount a = account(number);
    if (!a.known || a.status != QLatin1String("active"))
        return 0;
    qint64 most = std::min(a.available, due);
    if (!m_settings.hubReachedRecently(m_clock.nowUtc()))
        most = std::min(most, setting(m_settings, "giftcard.max_spend_unsynced", "5000") - a.spentToday);
    return std::max<qint64>(0, most);
}

void GiftCardService::requireSpendable(const QString& number, qint64 amount, qint64 alreadyInPayment)
{
    const GiftCardAccount a = account(number);
    if (!a.known || a.status != QLatin1String("active"))
        throw DomainError(QStringLiteral("giftcard.unknown"),
                          Tr::tr("This card is not known to the till yet: sold elsewhere moments ago? Sync the till and try again"));
    const qint64 most = spendable(number, std::numeric_limits<qint64>::max()) - alreadyInPayment;
    if (amount > most)
        throw DomainError(
            QStringLiteral("giftcard.limit"),
            Tr::tr("This card can pay at most %1 now").arg(Money(std::max<qint64>(0, most), m_settings.currency()).format(QLocale())));
}

void GiftCardService::pay(Payment& payment, const QString& number, qint64 amount)
{
    requireCard(number);
    qint64 already = 0;
    for (const Tender& t : payment.tenders()) {
        if (t.kind == Tender::Kind::GiftCard && t.reference == number)
            already += t.amount;
    }
    requireSpendable(number, amount, already);
    payment.addGiftCard(number, amount);
}

QList<protocol::SaleEventGiftCardLoad> GiftCardService::settle(const Cart& cart, const Payment& payment, bool training)
{
    QList<protocol::SaleEventGiftCardLoad> loads;
    QHash<QString, qint64> spends;
    for (const Tender& t : payment.tenders()) {
        if (t.kind == Tender::Kind::GiftCard)
            spends[t.reference] += t.amount;
    }
    for (const CartLine& l : cart.lines()) {
        if (l.giftCard.isEmpty())
            continue;
        if (spends.contains(l.serial))
            throw DomainError(QStringLiteral("giftcard.self"), Tr::tr("A card cannot pay for its own loading"));
        loads.append({l.serial, l.giftCard, l.extendedAmount()});
    }
    if (training && (!loads.isEmpty() || !spends.isEmpty()))
        throw DomainError(QStringLiteral("giftcard.training"), Tr::tr("Gift cards cannot be used in training mode"));
    for (auto it = spends.cbegin(); it != spends.cend(); ++it)
        requireSpendable(it.key(), it.value(), 0);
    return loads;
}

void GiftCardService::record(const QString& saleId, const Cart& cart, const Payment& payment, qint64 outboxSeq)
{
    const QDateTime now = m_clock.nowUtc();
    const QString day = m_settings.businessDay(now).toString(Qt::ISODate);
    const auto entry = [&](const QString& number, const QString& kind, qint64 amount) {
        m_db.exec(QStringLiteral("INSERT INTO gift_card_entries(number, sale_id, kind, amount, business_day, outbox_seq, created_at)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?)"),
                  {number, saleId, kind, amount, day, outboxSeq, now.toString(Qt::ISODateWithMs)});
    };
    for (const CartLine& l : cart.lines()) {
        if (!l.giftCard.isEmpty())
            entry(l.serial, l.giftCard, l.extendedAmount());
    }
    for (const Tender& t : payment.tenders()) {
        if (t.kind == Tender::Kind::GiftCard)
            entry(t.reference, QStringLiteral("spend"), t.amount);
    }
}

void GiftCardService::applyHubBalance(Database& db, const QString& number, const QString& kind, const QString& currency, qint64 balance,
                                      const QString& status)
{
    db.exec(QStringLiteral("INSERT INTO gift_cards(number, kind, currency, balance, status) VALUES(?, ?, ?, ?, ?)"
                           " ON CONFLICT(number) DO UPDATE SET balance = excluded.balance, status = excluded.status"),
            {number, kind, currency, balance, status});
}

} // namespace omnitill
