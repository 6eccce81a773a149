#include "SaleService.h"
#include "SaleEvent.h"

#include "SaleVoid.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "coupons/CouponService.h"
#include "giftcards/GiftCardService.h"
#include "journal/Journal.h"
#include "loyalty/PointsService.h"
#include "outbox/Outbox.h"
#include "payment/CardPayments.h"
#include "print/PrintQueue.h"
#include "promotions/PromotionRepository.h"
#include "shift/ShiftService.h"
#include "staff/StaffService.h"
#include "stock/ExpiryMarkdowns.h"
#include "stock/StockBatches.h"
#include "stock/StockLedger.h"
#include "store/Counters.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace omnitill {

SaleService::SaleService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                         ShiftService& shifts, Journal& journal, Outbox& outbox, PrintQueue& printQueue, PromotionRepository& promotions,
                         PointsService& points, CouponService& coupons, GiftCardService& giftCards, CardPayments& cardPayments)
    : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog), m_staff(staff), m_shifts(shifts), m_journal(journal),
      m_outbox(outbox), m_printQueue(printQueue), m_promotions(promotions), m_points(points), m_coupons(coupons), m_giftCards(giftCards),
      m_cardPayments(cardPayments)
{
}

Cart SaleService::newCart() const
{
    return Cart(m_settings.currency(), m_settings.taxMode());
}

std::pair<Product, qint64> SaleService::productForCode(const QString& code)
{
    const ScanCode scanned = parser().parse(code, m_settings.businessDay(m_clock.nowUtc()));
    const std::optional<Product> product = m_catalog.findByCodes(scanned.lookupCodes);
    if (!product)
        throw DomainError(QStringLiteral("catalog.unknown_product"), Tr::tr("Unknown product: %1").arg(scanned.raw));
    return {*product, product->unit == Unit::Weight ? scanned.weightGrams.value_or(1000) : 1};
}

BarcodeParser SaleService::parser() const
{
    return BarcodeParser(m_settings.barcodeRules(), m_settings.currency());
}

void SaleService::requireShift()
{
    if (!m_shifts.current())
        throw DomainError(QStringLiteral("shift.closed"), Tr::tr("Open a shift before selling"));
}

CartLine SaleService::lineFor(const Product& product, qint64 quantity)
{
    if (!product.active)
        throw DomainError(QStringLiteral("catalog.inactive"), Tr::tr("%1 is no longer sold").arg(product.name(m_language)));
    if (product.sku == m_settings.value(QStringLiteral("giftcard.sku"), QStringLiteral("GIFT-CARD")))
        throw DomainError(QStringLiteral("giftcard.product"), Tr::tr("A gift card is sold with its number and amount (Gift card action)"));
    return baseLine(product, quantity);
}

CartLine SaleService::baseLine(const Product& product, qint64 quantity)
{
    const TaxRate rate = m_catalog.taxRate(product.taxRateId);
    CartLine line;
    line.productId = product.id;
    line.categoryId = product.categoryId;
    line.sku = product.sku;
    line.name = product.name(m_language);
    line.unit = product.unit;
    line.quantity = quantity;
    line.unitPrice = product.price;
    line.listPrice = product.price;
    line.taxRateId = rate.id;
    line.taxCode = rate.code;
    line.taxBasisPoints = rate.basisPoints;
    line.ageRestricted = product.ageRestricted;
    return line;
}

int SaleService::addOrderLine(Cart& cart, const Product& product, qint64 quantity, qint64 unitPrice, const QString& orderId)
{
    requireShift();
    if (quantity <= 0 || unitPrice < 0 || orderId.isEmpty())
        throw DomainError(QStringLiteral("sale.order_line"), Tr::tr("An order line needs a quantity and its agreed price"));
    // Sold as ordered, even if the store has since stopped selling the product.
    CartLine line = baseLine(product, quantity);
    line.unitPrice = unitPrice;
    line.onlineOrder = orderId;
    return cart.add(line);
}

int SaleService::scan(Cart& cart, const QString& code, std::optional<qint64> scaleGrams)
{
    requireShift();
    const ScanCode scanned = parser().parse(code, m_settings.businessDay(m_clock.nowUtc()));
    const std::optional<Product> product = m_catalog.findByCodes(scanned.lookupCodes);
    if (!product)
        throw DomainError(QStringLiteral("catalog.unknown_product"), Tr::tr("Unknown product: %1").arg(scanned.raw));
    CartLine line = lineFor(*product, 1);
    line.batch = scanned.batch;
    line.serial = scanned.serial;
    line.expiry = scanned.expiry;
    // A batch the manager marked down as it nears expiry sells at its reduced price.
    if (const std::optional<qint64> reduced = ExpiryMarkdowns::priceFor(m_db, product->id, scanned.batch);
        reduced && *reduced < line.unitPrice)
        line.unitPrice = *reduced;
    if (product->unit == Unit::Weight) {
        if (scanned.weightGrams) {
            line.quantity = *scanned.weightGrams;
        } else if (scaleGrams && *scaleGrams > 0) {
            line.quantity = *scaleGrams;
        } else if (scanned.embeddedPrice && product->price > 0) {
            // A price label on weighed goods: the label is the amount; the weight is derived for stock.
            line.quantity = std::max<qint64>(1, TaxCalculator::divideRoundHalfAway(*scanned.embeddedPrice * 1000, product->price));
        } else {
            throw DomainError(QStringLiteral("sale.needs_weight"),
                              Tr::tr("%1 is sold by weight: weigh it or scan its label").arg(line.name));
        }
    }
    if (scanned.embeddedPrice)
        line.labelAmount = *scanned.embeddedPrice;
    const int lineId = cart.add(line);
    reprice(cart);
    return lineId;
}

void SaleService::reprice(Cart& cart)
{
    const QDateTime now = m_clock.nowUtc();
    const PromotionContext context{now, m_settings.localTime(now).time(), !cart.memberId().isEmpty()};
    cart.setPromotions(m_promotions.engine().evaluate(cart.promotionInput(), context), now);
    cart.markStarted(now);
}

int SaleService::addProduct(Cart& cart, qint64 productId, qint64 quantity)
{
    requireShift();
    const std::optional<Product> product = m_catalog.findById(productId);
    if (!product)
        throw DomainError(QStringLiteral("catalog.unknown_product"), Tr::tr("Unknown product: %1").arg(productId));
    const int lineId = cart.add(lineFor(*product, quantity));
    reprice(cart);
    return lineId;
}

void SaleService::setQuantity(const Session& session, Cart& cart, int lineId, qint64 quantity, const QString& approverPin)
{
    const CartLine& line = cart.line(lineId);
    if (cart.subtotalShown() && quantity < line.quantity) {
        const auto approval = m_staff.authorize(session, Action::VoidAfterSubtotal, approverPin);
        Cart before = cart;
        cart.setQuantity(lineId, quantity);
        Transaction tx(m_db);
        if (approval)
            m_staff.recordApproval(session, *approval, QStringLiteral("quantity line %1").arg(lineId));
        journalVoid(session, before, {lineId}, approval, QStringLiteral("line_reduce"));
        tx.commit();
        reprice(cart);
        return;
    }
    cart.setQuantity(lineId, quantity);
    reprice(cart);
}

qint64 SaleService::journalVoid(const Session& session, const Cart& cart, const QList<int>& lineIds,
                                const std::optional<Approval>& approval, const QString& type)
{
    SaleVoid record;
    record.staffId = session.staffId;
    record.approvedBy = approval ? approval->approverId : 0;
    qint64 amount = 0;
    const CartTotals totals = cart.totals();
    for (int id : lineIds) {
        const CartLine& l = cart.line(id);
        qint64 gross = 0;
        for (const LineTotals& lt : totals.lines) {
            if (lt.lineId == id)
                gross = lt.tax.gross.minor();
        }
        amount += gross;
        record.lines.append({l.sku, l.name, unitName(l.unit), l.quantity, l.unitPrice, gross});
    }
    return m_journal.append(type, QString(), amount, cart.currency().code(), record.toJson(), session.training).seq;
}

void SaleService::voidLine(const Session& session, Cart& cart, int lineId, const QString& approverPin)
{
    cart.line(lineId);
    if (!cart.subtotalShown()) {
        cart.remove(lineId);
        reprice(cart);
        return;
    }
    const auto approval = m_staff.authorize(session, Action::VoidAfterSubtotal, approverPin);
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("void line %1").arg(lineId));
    journalVoid(session, cart, {lineId}, approval, QStringLiteral("line_void"));
    tx.commit();
    cart.remove(lineId);
    reprice(cart);
}

void SaleService::voidSale(const Session& session, Cart& cart, const QString& approverPin)
{
    if (cart.isEmpty())
        return;
    std::optional<Approval> approval;
    if (cart.subtotalShown())
        approval = m_staff.authorize(session, Action::VoidAfterSubtotal, approverPin);
    QList<int> ids;
    for (const CartLine& l : cart.lines())
        ids.append(l.lineId);
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("void sale"));
    const qint64 seq = journalVoid(session, cart, ids, approval, QStringLiteral("sale_void"));
    // The customer sees, on paper, that nothing was sold.
    m_printQueue.enqueue(PrintJob::Kind::CancellationSlip, QString::number(seq), m_language);
    tx.commit();
    cart = newCart();
}

bool SaleService::isOverCashierLimit(const Discount& discount, qint64 base) const
{
    const qint64 limit = m_settings.cashierDiscountLimitBp();
    if (discount.kind == Discount::Kind::Percent)
        return discount.value > limit;
    return discount.kind == Discount::Kind::Amount && base > 0 && discount.on(base) * 10000 > base * limit;
}

void SaleService::applyLineDiscount(const Session& session, Cart& cart, int lineId, Discount discount, const QString& approverPin)
{
    const CartLine& line = cart.line(lineId);
    if (isOverCashierLimit(discount, line.extendedAmount())) {
        const auto approval = m_staff.authorize(session, Action::DiscountOverLimit, approverPin);
        if (approval) {
            Transaction tx(m_db);
            m_staff.recordApproval(session, *approval, QStringLiteral("line discount %1").arg(line.sku));
            tx.commit();
            discount.approvedBy = approval->approverId;
        }
    }
    cart.setLineDiscount(lineId, discount);
}

void SaleService::applyCartDiscount(const Session& session, Cart& cart, Discount discount, const QString& approverPin)
{
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 10000))
        throw DomainError(QStringLiteral("cart.discount"), Tr::tr("The discount is out of range"));
    if (isOverCashierLimit(discount, cart.totals().subtotal.minor())) {
        const auto approval = m_staff.authorize(session, Action::DiscountOverLimit, approverPin);
        if (approval) {
            Transaction tx(m_db);
            m_staff.recordApproval(session, *approval, QStringLiteral("cart discount"));
            tx.commit();
            discount.approvedBy = approval->approverId;
        }
    }
    cart.setCartDiscount(discount);
}

void SaleService::overridePrice(const Session& session, Cart& cart, int lineId, qint64 unitPrice, const QString& approverPin)
{
    const CartLine& line = cart.line(lineId);
    const auto approval = m_staff.authorize(session, Action::PriceOverride, approverPin);
    const qint64 approver = approval ? approval->approverId : session.staffId;
    if (approval) {
        Transaction tx(m_db);
        m_staff.recordApproval(session, *approval, QStringLiteral("price %1").arg(line.sku));
        tx.commit();
    }
    cart.setUnitPrice(lineId, unitPrice, approver);
    reprice(cart);
}

void SaleService::confirmAge(const Session& session, Cart& cart)
{
    cart.confirmAge(session.staffId);
}

void SaleService::relabel(Cart& cart)
{
    for (const CartLine& line : cart.lines()) {
        if (line.productId == 0 || !line.giftCard.isEmpty())
            continue;
        if (const std::optional<Product> product = m_catalog.findById(line.productId))
            cart.renameLine(line.lineId, product->name(m_language));
    }
}

qint64 SaleService::suspend(const Session& session, Cart& cart, const QString& label)
{
    if (cart.isEmpty())
        throw DomainError(QStringLiteral("sale.empty"), Tr::tr("There is nothing to park"));
    Transaction tx(m_db);
    m_db.exec(
        QStringLiteral("INSERT INTO suspended_sales(staff_id, label, created_at, cart) VALUES(?, ?, ?, ?)"),
        {session.staffId, label, isoUtc(m_clock.nowUtc()), QString::fromUtf8(QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact))});
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    cart = newCart();
    return id;
}

QList<SuspendedSale> SaleService::suspendedSales()
{
    QList<SuspendedSale> result;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, label, created_at, cart FROM suspended_sales ORDER BY id"));
    QList<std::pair<SuspendedSale, QByteArray>> rows;
    while (q.next()) {
        SuspendedSale s;
        s.id = q.value(QStringLiteral("id")).toLongLong();
        s.label = q.value(QStringLiteral("label")).toString();
        s.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        rows.append({s, q.value(QStringLiteral("cart")).toString().toUtf8()});
    }
    q.finish();
    for (auto& [s, json] : rows) {
        const Cart cart = Cart::fromJson(QJsonDocument::fromJson(json).object());
        s.lines = int(cart.lines().size());
        s.total = cart.totals().total.minor();
        result.append(s);
    }
    return result;
}

Cart SaleService::resume(qint64 suspendedId)
{
    Transaction tx(m_db);
    const QVariant json = m_db.scalar(QStringLiteral("SELECT cart FROM suspended_sales WHERE id = ?"), {suspendedId});
    if (!json.isValid())
        throw DomainError(QStringLiteral("sale.no_suspended"), Tr::tr("That parked sale no longer exists"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        throw DomainError(QStringLiteral("sale.suspended_broken"), Tr::tr("The parked sale is unreadable"));
    Cart cart = Cart::fromJson(doc.object());
    m_db.exec(QStringLiteral("DELETE FROM suspended_sales WHERE id = ?"), {suspendedId});
    tx.commit();
    reprice(cart); // today's promotions, not those of when it was parked
    return cart;
}

CompletedSale SaleService::complete(const Session& session, Cart& cart, const Payment& payment)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (cart.isEmpty())
        throw DomainError(QStringLiteral("sale.empty"), Tr::tr("The sale has no items"));
    if (cart.needsAgeConfirmation())
        throw DomainError(QStringLiteral("sale.age_unconfirmed"), Tr::tr("Confirm the customer's age first"));
    const CartTotals totals = cart.totals();
    if (payment.due() != totals.total.minor())
        throw DomainError(QStringLiteral("sale.payment_mismatch"), Tr::tr("The payment does not match the total"));
    if (!payment.isComplete())
        throw DomainError(QStringLiteral("sale.unpaid"), Tr::tr("The sale is not fully paid"));
    const std::optional<Shift> shift = m_shifts.current();
    if (!shift)
        throw DomainError(QStringLiteral("shift.closed"), Tr::tr("Open a shift before selling"));

    const bool training = session.training;
    const QString currency = cart.currency().code();
    const QDateTime now = m_clock.nowUtc();
    CompletedSale done;
    done.training = training;
    done.saleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    done.total = totals.total.minor();
    done.change = payment.change();

    // An exchange completes the sale inside the return's transaction, and a pickup paid at the desk
    // inside the hand-over's: one operation each. Exchange credit exists nowhere else.
    if (payment.exchangeCredit() > 0 && !m_db.inTransaction())
        throw DomainError(QStringLiteral("sale.exchange"), Tr::tr("Exchange credit comes only with a return, in one step"));
    std::optional<Transaction> tx;
    if (!m_db.inTransaction())
        tx.emplace(m_db);
    QString onlineOrder;
    for (const CartLine& l : cart.lines()) {
        if (!l.onlineOrder.isEmpty())
            onlineOrder = l.onlineOrder;
    }
    const QString channel = !onlineOrder.isEmpty()         ? QStringLiteral("pickup")
                            : !cart.kioskOrder().isEmpty() ? QStringLiteral("kiosk")
                                                           : QStringLiteral("till");
    if (!cart.kioskOrder().isEmpty() && !training &&
        m_db.scalar(QStringLiteral("SELECT receipt_id FROM sales WHERE kiosk_order_id = ? AND training = 0"), {cart.kioskOrder()})
            .isValid())
        throw DomainError(QStringLiteral("kiosk.order_paid"), Tr::tr("This kiosk order has already been paid"));
    done.receiptNumber = Counters(m_db).next(training ? QStringLiteral("receipt_training") : QStringLiteral("receipt"));
    done.receiptId = QStringLiteral("%1-%2-%3%4")
                         .arg(m_settings.storeCode(), m_settings.tillCode(), training ? QStringLiteral("TR") : QString())
                         .arg(done.receiptNumber, 6, 10, QLatin1Char('0'));

    const SaleLoyalty loyalty = m_points.settle(cart, totals, payment, training);
    done.pointsEarned = loyalty.earned;
    done.pointsRedeemed = loyalty.redeemed;
    protocol::SaleEvent sale;
    sale.saleId = done.saleId;
    sale.receiptId = done.receiptId;
    sale.receiptNumber = done.receiptNumber;
    sale.store = m_settings.storeCode();
    sale.till = m_settings.tillCode();
    sale.shiftId = shift->id;
    sale.staffId = session.staffId;
    sale.memberId = cart.memberId();
    sale.currency = currency;
    sale.taxMode = taxModeName(cart.taxMode());
    sale.subtotal = totals.subtotal.minor();
    sale.discount = totals.discount.minor();
    sale.tax = totals.tax.minor();
    sale.total = totals.total.minor();
    sale.change = done.change;
    sale.createdAt = isoUtc(now);
    sale.startedAt = isoUtc(cart.startedAt().isValid() ? cart.startedAt() : now);
    const QDateTime pricedAt = cart.pricedAt().isValid() ? cart.pricedAt() : now;
    sale.pricedAt = isoUtc(pricedAt);
    sale.pricedLocalTime = m_settings.localTime(pricedAt).time().toString(Qt::ISODate);
    sale.businessDay = m_settings.businessDay(now).toString(Qt::ISODate);
    sale.ageConfirmedBy = cart.ageConfirmedBy();
    sale.training = training;
    sale.channel = channel;
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine& l = cart.lines()[i];
        const LineTotals& lt = totals.lines[i];
        sale.lines.append({i + 1,
                           l.productId,
                           l.sku,
                           l.categoryId,
                           l.giftCard,
                           l.name,
                           unitName(l.unit),
                           l.quantity,
                           l.unitPrice,
                           l.listPrice,
                           l.extendedAmount(),
                           l.promotionExcluded(),
                           lt.discount,
                           lt.promotion,
                           lt.coupon,
                           lt.points,
                           loyalty.earnedPerLine.value(i),
                           lt.tax.net.minor(),
                           lt.tax.tax.minor(),
                           lt.tax.gross.minor(),
                           l.taxCode,
                           l.taxBasisPoints,
                           l.batch,
                           l.serial,
                           l.priceOverrideBy,
                           l.discount.approvedBy});
    }
    for (const AppliedPromotion& a : cart.promotions().applied) {
        protocol::SaleEventPromotion promotion{a.promotionId, a.name, a.discount, {}};
        for (const auto& [id, share] : a.lines) {
            const auto lineId = id; // a structured binding cannot be captured before clang 16
            const auto at =
                std::find_if(cart.lines().begin(), cart.lines().end(), [lineId](const CartLine& l) { return l.lineId == lineId; });
            promotion.lines.append({int(at - cart.lines().begin()) + 1, share});
        }
        sale.promotions.append(promotion);
    }
    sale.coupons = m_coupons.settle(cart, totals, done.saleId, training);
    sale.giftCards = m_giftCards.settle(cart, payment, training);
    for (const TaxBucket& b : totals.taxes)
        sale.taxes.append({b.rate.code, b.rate.basisPoints, b.net.minor(), b.tax.minor(), b.gross.minor()});
    for (const Tender& t : payment.tenders())
        sale.tenders.append(
            {Tender::kindName(t.kind), t.amount, t.tendered, t.approvalCode, t.cardBrand, t.cardLast4, t.reference, t.points});
    if (!loyalty.isEmpty())
        sale.loyalty = loyalty.toEvent();
    sale.onlineOrder = onlineOrder;
    sale.kioskOrder = cart.kioskOrder();

    const QJsonObject saleJson = sale.toJson(); // journaled and queued alike
    const JournalEntry entry = m_journal.append(training ? QStringLiteral("training_sale") : QStringLiteral("sale"), done.receiptId,
                                                done.total, currency, saleJson, training);
    done.journalSeq = entry.seq;

    m_db.exec(QStringLiteral("INSERT INTO sales(id, receipt_number, receipt_id, training, shift_id, staff_id, member_id,"
                             " currency, tax_mode, subtotal, discount_total, tax_total, total, change_given, created_at,"
                             " business_day, age_confirmed_by, journal_seq, points_earned, points_redeemed, channel, online_order_id,"
                             " kiosk_order_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {done.saleId,
               done.receiptNumber,
               done.receiptId,
               training,
               shift->id,
               session.staffId,
               cart.memberId().isEmpty() ? QVariant() : QVariant(cart.memberId()),
               currency,
               taxModeName(cart.taxMode()),
               totals.subtotal.minor(),
               totals.discount.minor(),
               totals.tax.minor(),
               done.total,
               done.change,
               isoUtc(now),
               m_settings.businessDay(now).toString(Qt::ISODate),
               cart.ageConfirmedBy() ? QVariant(cart.ageConfirmedBy()) : QVariant(),
               entry.seq,
               loyalty.earned,
               loyalty.redeemed,
               channel,
               onlineOrder.isEmpty() ? QVariant() : QVariant(onlineOrder),
               cart.kioskOrder().isEmpty() ? QVariant() : QVariant(cart.kioskOrder())});
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine& l = cart.lines()[i];
        const LineTotals& lt = totals.lines[i];
        m_db.exec(
            QStringLiteral("INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name, unit, quantity,"
                           " unit_price, list_price, discount, promotion_discount, net, tax, gross, tax_code,"
                           " tax_basis_points, batch, serial, expiry, price_override_by, points_discount, points_earned,"
                           " coupon_discount, gift_card, label_amount, cost_milli) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT average_milli FROM product_costs WHERE product_id = ?))"),
            {done.saleId,
             i + 1,
             l.productId,
             l.sku,
             l.name,
             unitName(l.unit),
             l.quantity,
             l.unitPrice,
             l.listPrice,
             lt.discount,
             lt.promotion,
             lt.tax.net.minor(),
             lt.tax.tax.minor(),
             lt.tax.gross.minor(),
             l.taxCode,
             l.taxBasisPoints,
             l.batch.isEmpty() ? QVariant() : QVariant(l.batch),
             l.serial.isEmpty() ? QVariant() : QVariant(l.serial),
             l.expiry ? QVariant(l.expiry->toString(Qt::ISODate)) : QVariant(),
             l.priceOverrideBy ? QVariant(l.priceOverrideBy) : QVariant(),
             lt.points,
             loyalty.earnedPerLine.value(i),
             lt.coupon,
             l.giftCard.isEmpty() ? QVariant() : QVariant(l.giftCard),
             l.labelAmount ? QVariant(*l.labelAmount) : QVariant(),
             l.productId});
        if (!training) {
            StockLedger::book(m_db, l.productId, -l.quantity, QStringLiteral("sale"), done.receiptId, isoUtc(now));
            // The scanned batch leaves first; otherwise the first to expire.
            StockBatches(m_db).take(l.productId, l.quantity, m_settings.businessDay(now), l.batch);
        }
    }
    for (int k = 0; k < sale.promotions.size(); ++k) {
        const protocol::SaleEventPromotion& a = sale.promotions[k];
        QJsonArray shares;
        for (const protocol::SaleEventPromotionShare& share : a.lines)
            shares.append(QJsonObject{{QStringLiteral("line"), share.line}, {QStringLiteral("amount"), share.amount}});
        m_db.exec(QStringLiteral("INSERT INTO sale_promotions(sale_id, seq, promotion_id, name, discount, lines)"
                                 " VALUES(?, ?, ?, ?, ?, ?)"),
                  {done.saleId, k + 1, a.id, a.name, a.discount, QString::fromUtf8(QJsonDocument(shares).toJson(QJsonDocument::Compact))});
    }
    for (const protocol::SaleEventCoupon& c : sale.coupons)
        m_db.exec(QStringLiteral("INSERT INTO sale_coupons(sale_id, coupon_id, name, discount) VALUES(?, ?, ?, ?)"),
                  {done.saleId, c.id, c.name, c.discount});
    m_coupons.recordPersonalCoupon(cart.memberId(), done.saleId, training);
    qint64 cashTaken = 0;
    for (int i = 0; i < payment.tenders().size(); ++i) {
        const Tender& t = payment.tenders()[i];
        m_db.exec(QStringLiteral("INSERT INTO sale_tenders(sale_id, seq, kind, amount, tendered, change, approval_code,"
                                 " card_brand, card_last4, reference, points) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {done.saleId, i + 1, Tender::kindName(t.kind), t.amount, t.tendered, t.change(),
                   t.approvalCode.isEmpty() ? QVariant() : QVariant(t.approvalCode),
                   t.cardBrand.isEmpty() ? QVariant() : QVariant(t.cardBrand), t.cardLast4.isEmpty() ? QVariant() : QVariant(t.cardLast4),
                   t.reference.isEmpty() ? QVariant() : QVariant(t.reference), t.points});
        if (t.kind == Tender::Kind::Cash)
            cashTaken += t.amount;
    }
    m_cardPayments.attach(done.saleId, payment.tenders(), CardPayments::Kind::Payment);
    if (!training) {
        if (cashTaken != 0)
            m_db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, staff_id, sale_id, created_at)"
                                     " VALUES(?, 'sale', ?, ?, ?, ?)"),
                      {shift->id, cashTaken, session.staffId, done.saleId, isoUtc(now)});
        const OutboxEvent event = m_outbox.append(protocol::SaleEvent::kType, saleJson);
        m_points.record(done.saleId, loyalty, event.deviceSeq);
        m_giftCards.record(done.saleId, cart, payment, event.deviceSeq);
    }
    // The receipt is queued with the sale, so a crash or a dead printer can never lose it; the
    // drawer opens once, for real cash only.
    done.printJobId = m_printQueue.enqueue(PrintJob::Kind::Receipt, done.receiptId, m_language);
    if (cashTaken != 0 && !training)
        m_printQueue.enqueue(PrintJob::Kind::DrawerKick, done.receiptId);
    if (tx)
        tx->commit();
    cart = newCart();
    return done;
}

} // namespace omnitill
