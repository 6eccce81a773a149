#include "PickupService.h"
#include "print/PrintQueue.h"

#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/HubTokenRefusal.h"
#include "journal/Journal.h"
#include "outbox/Outbox.h"
#include "staff/StaffService.h"
#include "stock/StockLedger.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QRegularExpression>

namespace omnitill {

namespace {
// A weighed line may be picked up to this much over what was ordered (nobody cuts cheese to the
// gram); the customer still pays the agreed price.
constexpr qint64 kWeightTolerancePercent = 10;

[[noreturn]] void refuse(const char* code, const QString& message)
{
    throw DomainError(QString::fromLatin1(code), message);
}

qint64 pickLimit(const PickupLine& l)
{
    return l.unit == Unit::Weight ? l.ordered + l.ordered * kWeightTolerancePercent / 100 : l.ordered;
}

void requireLive(const Session& session)
{
    if (!session.isValid())
        refuse("auth.no_session", Tr::tr("Nobody is logged in"));
    if (session.training)
        refuse("pickup.training", Tr::tr("Online orders are real customers' orders: leave training mode to work on them"));
}
} // namespace

PickupService::PickupService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                             Journal& journal, Outbox& outbox, SaleService& sales, PrintQueue& printQueue)
    : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog), m_staff(staff), m_journal(journal), m_outbox(outbox),
      m_sales(sales), m_printQueue(printQueue)
{
}

QString PickupService::overdueBefore() const
{
    const int days = m_settings.value(QStringLiteral("pickup.overdue_days"), QStringLiteral("7")).toInt();
    return isoUtc(m_clock.nowUtc().addDays(-std::max(days, 1)));
}

QList<PickupSummary> PickupService::list(const PickupSearch& search)
{
    return rows().list(search, overdueBefore());
}

QHash<PickupStatus, int> PickupService::counts()
{
    return rows().counts(overdueBefore());
}

PickupOrder PickupService::load(const QString& orderId)
{
    std::optional<PickupOrder> order = rows().find(orderId, overdueBefore());
    if (!order)
        refuse("pickup.unknown", Tr::tr("This till has not received online order %1").arg(orderId));
    return *order;
}

PickupRepository PickupService::rows()
{
    return PickupRepository(m_db, m_catalog);
}

PickupWire PickupService::wire() const
{
    return PickupWire(m_settings, m_catalog);
}

QString PickupService::orderForToken(const QString& token)
{
    const QByteArray hubKey = m_settings.hubPublicKey();
    if (hubKey.isEmpty())
        refuse("pickup.not_enrolled", Tr::tr("This till is not enrolled with the hub, so it cannot check pickup codes"));
    const HubToken::Checked checked = HubToken::check(token, HubToken::kPickup, 3, hubKey, m_clock.nowUtc());
    if (!checked.fields)
        refuse("pickup.bad_token", HubTokenRefusal::message(checked, HubToken::kPickup));
    const std::optional<QStringList>& fields = checked.fields;
    const QString store = m_settings.value(QStringLiteral("sync.store_id"));
    if (!store.isEmpty() && fields->at(1) != store)
        refuse("pickup.other_store", Tr::tr("This order is for pickup at another store (%1)").arg(fields->at(1)));
    if (!rows().hasOrder(fields->at(0)))
        refuse("pickup.unknown", Tr::tr("Order %1 has not reached this till yet; sync and try again").arg(fields->at(2)));
    return fields->at(0);
}

QString PickupService::orderForNumberAndPhone(const QString& number, const QString& phoneLast4)
{
    const QString digits = QString(phoneLast4).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.size() != 4)
        refuse("pickup.phone_digits", Tr::tr("Type the last four digits of the customer's phone number"));
    QString found;
    for (const auto& [id, placedWith] : rows().ordersNumbered(number.trimmed())) {
        const QString phone = QString(placedWith).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (phone.size() >= 4 && phone.endsWith(digits))
            found = id;
    }
    // One answer for both a wrong number and wrong digits, so neither can be guessed apart.
    if (found.isEmpty())
        refuse("pickup.no_match", Tr::tr("No order %1 with a phone number ending in %2").arg(number.trimmed(), digits));
    return found;
}

PickupOrder PickupService::requireOpen(const QString& orderId)
{
    PickupOrder order = load(orderId);
    if (order.status == PickupStatus::Cancelled)
        refuse("pickup.cancelled", Tr::tr("Order %1 was cancelled online: put its goods back on the shelves").arg(order.number));
    if (order.status == PickupStatus::Collected)
        refuse("pickup.collected", Tr::tr("Order %1 has already been collected").arg(order.number));
    if (order.status == PickupStatus::Restocked)
        refuse("pickup.restocked", Tr::tr("Order %1 was returned to stock").arg(order.number));
    return order;
}

void PickupService::requireStatus(const PickupOrder& order, std::initializer_list<PickupStatus> allowed)
{
    if (std::find(allowed.begin(), allowed.end(), order.status) != allowed.end())
        return;
    if (order.status == PickupStatus::Ready || order.status == PickupStatus::Overdue)
        refuse("pickup.ready", Tr::tr("Order %1 is ready; put a line back to change it").arg(order.number));
    refuse("pickup.not_ready", Tr::tr("Order %1 is not picked yet").arg(order.number));
}

void PickupService::ensureStarted(const Session& session, const PickupOrder& order)
{
    PickupRepository pickups = rows();
    if (!pickups.isStarted(order.id))
        pickups.start(order, session.staffId, isoUtc(m_clock.nowUtc()));
}

void PickupService::startPicking(const Session& session, const QString& orderId)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    ensureStarted(session, order);
    tx.commit();
}

int PickupService::pick(const Session& session, const QString& orderId, const QString& code)
{
    requireLive(session);
    const auto [product, quantity] = m_sales.productForCode(code);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    const PickupLine* fullLine = nullptr;
    for (const PickupLine& l : order.lines) {
        if (l.productId != product.id)
            continue;
        if (l.picked + quantity <= pickLimit(l) && l.substituteQuantity == 0 && l.shortConsent.isEmpty()) {
            ensureStarted(session, order);
            rows().setPicked(orderId, l.line, l.picked + quantity);
            tx.commit();
            return l.line;
        }
        fullLine = &l;
    }
    const QString name = product.name(QStringLiteral("en"));
    if (!fullLine)
        refuse("pickup.wrong_item", Tr::tr("%1 is not in order %2: put it back").arg(name, order.number));
    if (fullLine->unit == Unit::Weight)
        refuse("pickup.too_much", Tr::tr("Too much %1: the order asks for %2 g and %3 g are picked")
                                      .arg(name, QString::number(fullLine->ordered), QString::number(fullLine->picked)));
    refuse("pickup.too_many", Tr::tr("All %1 of %2 are picked already").arg(QString::number(fullLine->ordered), name));
}

void PickupService::resetLine(const Session& session, const QString& orderId, int line)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    order.line(line);
    ensureStarted(session, order);
    // A ready order with a line put back is being picked again; the shop hears "ready" again later.
    rows().resetLine(orderId, line);
    tx.commit();
}

void PickupService::shortPick(const Session& session, const QString& orderId, int line, const QString& consent)
{
    requireLive(session);
    if (consent.trimmed().isEmpty())
        refuse("pickup.consent", Tr::tr("Note how the customer agreed (for example \"by phone\")"));
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    const PickupLine& l = order.line(line);
    if (l.picked >= l.ordered)
        refuse("pickup.not_short", Tr::tr("Line %1 is picked in full").arg(line));
    ensureStarted(session, order);
    rows().setShortConsent(orderId, line, consent.trimmed());
    tx.commit();
}

void PickupService::substitute(const Session& session, const QString& orderId, int line, const QString& code, qint64 quantity,
                               const QString& consent)
{
    requireLive(session);
    if (consent.trimmed().isEmpty())
        refuse("pickup.consent", Tr::tr("Note how the customer agreed (for example \"by phone\")"));
    const auto [product, scanned] = m_sales.productForCode(code);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    const PickupLine& l = order.line(line);
    const qint64 count = quantity > 0 ? quantity : scanned;
    if (product.id == l.productId)
        refuse("pickup.same_item", Tr::tr("That is the ordered item itself: scan it to pick it"));
    if (product.unit != l.unit)
        refuse("pickup.unit", Tr::tr("A substitute is sold the same way as the ordered item (by piece or by weight)"));
    const qint64 missing = l.ordered - l.picked;
    const qint64 limit = l.unit == Unit::Weight ? missing + missing * kWeightTolerancePercent / 100 : missing;
    if (missing <= 0 || count > limit)
        refuse("pickup.substitute_quantity",
               Tr::tr("At most %1 can replace what is missing of %2").arg(QString::number(std::max<qint64>(missing, 0)), l.name));
    ensureStarted(session, order);
    rows().setSubstitute(orderId, line, product.id, count, std::min(product.price, l.unitPrice), consent.trimmed());
    tx.commit();
}

void PickupService::markReady(const Session& session, const QString& orderId)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::ToPick, PickupStatus::Picking});
    for (const PickupLine& l : order.lines) {
        if (!l.isSettled())
            refuse("pickup.unsettled", Tr::tr("%1: %2 of %3 picked; pick the rest, or record the customer's consent to a short pick "
                                              "or a substitute")
                                           .arg(l.name, QString::number(l.picked), QString::number(l.ordered)));
    }
    if (order.deliveredValue() == 0)
        refuse("pickup.nothing", Tr::tr("Nothing of order %1 could be picked: ask the shop to cancel it").arg(order.number));
    ensureStarted(session, order);
    const QString now = isoUtc(m_clock.nowUtc());
    rows().setReady(orderId, now);
    const PickupOrder ready = load(orderId);
    m_outbox.append(
        protocol::PickupReadyEvent::kType,
        protocol::PickupReadyEvent{wire().order(session, order), now, ready.deliveredValue(), PickupWire::lines(ready)}.toJson());
    tx.commit();
}

Cart PickupService::cartForHandOver(const QString& orderId, const QList<int>& refusedLines)
{
    return cartFor(load(orderId), refusedLines);
}

bool PickupService::isAgeRestricted(const PickupOrder& order)
{
    for (const PickupLine& l : order.lines) {
        if (l.refused)
            continue;
        for (const qint64 id : {l.picked > 0 ? l.productId : 0, l.substituteQuantity > 0 ? l.substituteProductId : 0}) {
            if (const std::optional<Product> p = id ? m_catalog.findById(id) : std::nullopt; p && p->ageRestricted)
                return true;
        }
    }
    return false;
}

Cart PickupService::cartFor(const PickupOrder& order, const QList<int>& refusedLines)
{
    const QString& orderId = order.id;
    Cart cart = m_sales.newCart();
    for (const PickupLine& l : order.lines) {
        if (refusedLines.contains(l.line))
            continue;
        const qint64 picked = l.picked;
        if (picked > 0) {
            const std::optional<Product> p = m_catalog.findById(l.productId);
            if (!p)
                refuse("pickup.unknown_product", Tr::tr("This store's catalog has no %1 (%2)").arg(l.name, l.sku));
            const int lineId = m_sales.addOrderLine(cart, *p, picked, l.unitPrice, orderId);
            // A line picked in full charges exactly the agreed total.
            if (picked == l.ordered && cart.line(lineId).extendedAmount() != l.total)
                refuse("pickup.price", Tr::tr("%1: the order's total for this line does not match its price").arg(l.name));
        }
        if (l.substituteQuantity > 0) {
            const std::optional<Product> s = m_catalog.findById(l.substituteProductId);
            if (!s)
                refuse("pickup.unknown_product", Tr::tr("This store's catalog has no %1").arg(l.substituteSku));
            m_sales.addOrderLine(cart, *s, l.substituteQuantity, l.substituteUnitPrice, orderId);
        }
    }
    return cart;
}

CompletedPickup PickupService::handOver(const Session& session, const QString& orderId, const HandOverOptions& options,
                                        const std::optional<Payment>& payment, const QString& language)
{
    requireLive(session);
    Transaction tx(m_db);
    PickupOrder order = requireOpen(orderId);
    requireStatus(order, {PickupStatus::Ready, PickupStatus::Overdue});
    for (PickupLine& l : order.lines)
        l.refused = options.refusedLines.contains(l.line);
    const bool ageRestricted = isAgeRestricted(order);
    for (const int refused : options.refusedLines)
        order.line(refused);
    if (order.deliveredValue() == 0)
        refuse("pickup.all_refused", Tr::tr("The customer takes nothing: return order %1 to stock instead").arg(order.number));
    if (ageRestricted && !options.ageConfirmed)
        refuse("pickup.age", Tr::tr("Order %1 has age-restricted goods: check the customer's age first").arg(order.number));
    ensureStarted(session, order);

    CompletedPickup done;
    done.orderId = orderId;
    done.delivered = order.deliveredValue();
    const QDateTime now = m_clock.nowUtc();
    if (!order.paid) {
        Cart cart = cartFor(order, options.refusedLines);
        if (!payment || payment->due() != cart.totals().total.minor())
            refuse("pickup.payment", Tr::tr("The payment does not match what order %1 costs as handed over").arg(order.number));
        if (ageRestricted)
            cart.confirmAge(session.staffId);
        done.sale = m_sales.complete(session, cart, *payment);
    } else {
        done.refundDue = std::max<qint64>(0, order.total - done.delivered);
        for (const PickupLine& l : order.lines) {
            if (l.refused)
                continue;
            for (const auto& [productId, quantity] :
                 {std::pair{l.productId, l.picked}, std::pair{l.substituteProductId, l.substituteQuantity}}) {
                if (productId == 0 || quantity == 0)
                    continue;
                StockLedger::book(m_db, productId, -quantity, QStringLiteral("pickup"), order.number, isoUtc(now));
            }
        }
    }
    rows().setRefused(order);
    protocol::PickupCollectedEvent collected;
    collected.order = wire().order(session, order);
    collected.collectedAt = isoUtc(now);
    collected.knownStatus = order.hubStatus;
    collected.paid = order.paid;
    collected.currency = order.currency;
    collected.total = order.total;
    collected.delivered = done.delivered;
    collected.refundDue = done.refundDue;
    collected.lines = PickupWire::lines(order);
    if (!order.paid) {
        collected.saleId = done.sale.saleId;
        collected.receiptId = done.sale.receiptId;
        collected.charged = done.sale.total;
    } else {
        // Paid online, so no sale here: the journal still records what left the store and for whom,
        // and the hand-over carries what a return of it needs.
        collected.sale = wire().onlineSale(session, order, now);
        done.journalSeq = m_journal.append(QStringLiteral("pickup"), order.number, done.delivered, order.currency, collected.toJson()).seq;
        // No sale receipt for goods paid online: the customer takes a slip of what was handed over.
        m_printQueue.enqueue(PrintJob::Kind::CollectionSlip, QString::number(done.journalSeq), language);
    }
    const OutboxEvent event = m_outbox.append(protocol::PickupCollectedEvent::kType, collected.toJson());
    rows().setCollected(orderId, isoUtc(now), session.staffId, order.paid ? QString() : done.sale.saleId, done.refundDue, event.deviceSeq);
    tx.commit();
    return done;
}

QList<PickupSummary> PickupService::overdue()
{
    PickupSearch search;
    search.status = PickupStatus::Overdue;
    search.limit = 5000;
    return list(search);
}

void PickupService::returnToStock(const Session& session, const QString& orderId, const QString& approverPin)
{
    requireLive(session);
    Transaction tx(m_db);
    const PickupOrder order = load(orderId);
    if (order.status == PickupStatus::Collected || order.status == PickupStatus::Restocked)
        refuse("pickup.closed", Tr::tr("Order %1 is %2").arg(order.number, pickupStatusTitle(order.status).toLower()));
    // The shop cancelled it: putting the goods back needs nobody's approval. Otherwise a customer
    // loses their order, which a supervisor decides.
    std::optional<Approval> approval;
    if (order.status != PickupStatus::Cancelled)
        approval = m_staff.authorize(session, Action::PickupRestock, approverPin);
    ensureStarted(session, order);
    const QString now = isoUtc(m_clock.nowUtc());
    rows().setRestocked(orderId, now);
    m_outbox.append(protocol::PickupRestockedEvent::kType,
                    protocol::PickupRestockedEvent{wire().order(session, order), approval ? approval->approverId : session.staffId,
                                                   order.status == PickupStatus::Cancelled ? protocol::PickupRestockedEvent::kCancelled
                                                                                           : protocol::PickupRestockedEvent::kNotCollected,
                                                   order.hubStatus, now}
                        .toJson());
    tx.commit();
}

} // namespace omnitill
