#include "KioskOrderService.h"
#include "KioskOrderPlacedEvent.h"

#include "KioskOrderCode.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "journal/Journal.h"
#include "member/MemberService.h"
#include "outbox/Outbox.h"
#include "print/PrintQueue.h"
#include "sale/Cart.h"
#include "sale/SaleService.h"
#include "shift/ShiftService.h"
#include "store/Counters.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonObject>

namespace omnitill {

Session KioskOrderService::kioskSession()
{
    const QString code = QString::fromLatin1(kAccountCode);
    QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM staff WHERE code = ?"), {code});
    if (!id.isValid()) {
        // pin_iterations 0: StaffService never matches a PIN against this account.
        m_db.exec(QStringLiteral("INSERT INTO staff(code, name, role, pin_salt, pin_hash, pin_iterations)"
                                 " VALUES(?, 'Self-order kiosk', 'cashier', x'', x'', 0)"),
                  {code});
        id = m_db.lastInsertId();
    }
    const Session session{id.toLongLong(), QStringLiteral("Self-order kiosk"), Role::Cashier, false};
    if (!m_shifts.current())
        m_shifts.open(session, 0);
    return session;
}

qint64 KioskOrderService::nextSequence()
{
    return Counters(m_db).next(QStringLiteral("kiosk_order"));
}

KioskOrder KioskOrderService::placeCounterOrder(const Cart& cart, const QString& language)
{
    if (cart.isEmpty())
        throw DomainError(QStringLiteral("sale.empty"), Tr::tr("The order has no items"));
    if (cart.lines().size() > KioskOrderCode::kMaxLines)
        throw DomainError(QStringLiteral("kiosk.too_many_lines"),
                          Tr::tr("An order can have at most %1 different items").arg(KioskOrderCode::kMaxLines));
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    KioskOrderCode code;
    code.store = m_settings.storeCode();
    code.kiosk = m_settings.tillCode();
    code.sequence = nextSequence();
    code.memberId = cart.memberId();
    protocol::KioskOrderPlacedEvent placed;
    for (const CartLine& l : cart.lines()) {
        if (l.sku.isEmpty() || !l.giftCard.isEmpty() || !l.onlineOrder.isEmpty())
            throw DomainError(QStringLiteral("kiosk.line"), Tr::tr("%1 cannot be ordered at the kiosk").arg(l.name));
        code.lines.append({l.sku, l.quantity});
        placed.lines.append({l.sku, l.quantity});
    }
    const KioskOrder order{code.orderId(), code.number(), code.encode(m_settings.kioskCodeKey()), cart.totals().total.minor()};
    m_db.exec(QStringLiteral("INSERT INTO kiosk_orders(id, number, kind, status, member_id, total, currency, code, created_at)"
                             " VALUES(?, ?, 'counter', 'waiting', ?, ?, ?, ?, ?)"),
              {order.id, order.number, cart.memberId().isEmpty() ? QVariant() : QVariant(cart.memberId()), order.total,
               cart.currency().code(), order.code, isoUtc(now)});
    placed.orderId = order.id;
    placed.number = order.number;
    placed.memberId = cart.memberId();
    placed.total = order.total;
    placed.currency = cart.currency().code();
    placed.createdAt = isoUtc(now);
    const QJsonObject placedJson = placed.toJson();
    m_journal.append(QStringLiteral("kiosk_order"), order.id, 0, cart.currency().code(), placedJson, false);
    m_outbox.append(protocol::KioskOrderPlacedEvent::kType, placedJson);
    m_printQueue.enqueue(PrintJob::Kind::KioskTicket, order.id, language);
    tx.commit();
    return order;
}

KioskOrderCode KioskOrderService::decode(const QString& text) const
{
    try {
        return KioskOrderCode::decode(text, m_settings.kioskCodeKey());
    } catch (const DomainError&) {
        // A ticket printed before the hub changed the store's key, or by a kiosk that has not synced since.
        const QByteArray previous = m_settings.previousKioskCodeKey();
        if (previous.isEmpty())
            throw;
        return KioskOrderCode::decode(text, previous);
    }
}

LoadedKioskOrder KioskOrderService::load(Cart& cart, const QString& text)
{
    const KioskOrderCode code = decode(text);
    if (code.store != m_settings.storeCode())
        throw DomainError(QStringLiteral("kiosk.other_store"), Tr::tr("This order was placed in store %1").arg(code.store));
    if (cart.kioskOrder() == code.orderId())
        throw DomainError(QStringLiteral("kiosk.loaded"), Tr::tr("Order %1 is already in this sale").arg(code.number()));
    if (!cart.kioskOrder().isEmpty())
        throw DomainError(QStringLiteral("kiosk.second_order"), Tr::tr("Finish the sale of the other kiosk order first"));
    const QVariant paid =
        m_db.scalar(QStringLiteral("SELECT receipt_id FROM sales WHERE kiosk_order_id = ? AND training = 0"), {code.orderId()});
    if (paid.isValid())
        throw DomainError(QStringLiteral("kiosk.order_paid"),
                          Tr::tr("Order %1 has already been paid (receipt %2)").arg(code.number(), paid.toString()));
    LoadedKioskOrder loaded;
    loaded.number = code.number();
    for (const KioskOrderCode::Line& line : code.lines) {
        const qint64 productId = m_catalog.idForSku(line.sku);
        try {
            if (productId == 0)
                throw DomainError(QStringLiteral("catalog.unknown_product"), QString());
            m_sales.addProduct(cart, productId, line.quantity);
            ++loaded.lines;
        } catch (const DomainError&) {
            loaded.missing.append(line.sku);
        }
    }
    if (loaded.lines == 0)
        throw DomainError(QStringLiteral("kiosk.nothing_to_sell"),
                          Tr::tr("None of the products of order %1 is on sale here").arg(code.number()));
    if (!code.memberId.isEmpty() && cart.memberId().isEmpty()) {
        try {
            m_members.select(cart, code.memberId);
        } catch (const DomainError&) {
            loaded.memberFound = false;
        }
    }
    cart.setKioskOrder(code.orderId());
    return loaded;
}

} // namespace omnitill
