#include "ReturnService.h"

#include "ReturnEvent.h"
#include "payment/CardPayments.h"

#include "ReturnCalculator.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "giftcards/GiftCardNumber.h"
#include "journal/Journal.h"
#include "money/Money.h"
#include "outbox/Outbox.h"
#include "print/PrintQueue.h"
#include "promotions/PromotionRepository.h"
#include "sale/SaleService.h"
#include "shift/ShiftService.h"
#include "stock/StockLedger.h"
#include "store/Counters.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "tax/TaxCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace omnitill {

namespace {
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString stockReason(Disposition d)
{
    switch (d) {
    case Disposition::Restock:
        return {};
    case Disposition::Damaged:
        return QStringLiteral("write_off_damaged");
    case Disposition::ReturnToVendor:
        return QStringLiteral("return_to_vendor");
    }
    return {};
}
} // namespace

ReturnService::ReturnService(Database& db, const Clock& clock, StoreSettings& settings, CatalogRepository& catalog, StaffService& staff,
                             ShiftService& shifts, Journal& journal, Outbox& outbox, PrintQueue& printQueue,
                             PromotionRepository& promotions, SaleService& sales, CardPayments& cardPayments)
    : m_db(db), m_clock(clock), m_settings(settings), m_catalog(catalog), m_staff(staff), m_shifts(shifts), m_journal(journal),
      m_outbox(outbox), m_printQueue(printQueue), m_promotions(promotions), m_sales(sales), m_cardPayments(cardPayments),
      m_finder(db, clock, settings, catalog)
{
}

QString ReturnService::receiptIdOf(const QString& scannedOrTyped)
{
    return SaleFinder::receiptIdOf(scannedOrTyped);
}

std::optional<OriginalSale> ReturnService::findLocal(const QString& scannedOrTyped)
{
    std::optional<OriginalSale> sale = m_finder.findLocal(scannedOrTyped);
    if (sale)
        sale->foundAt = m_clock.nowUtc();
    return sale;
}

QList<SaleMatch> ReturnService::search(const SaleSearch& criteria, int limit)
{
    return m_finder.search(criteria, limit);
}

OriginalSale ReturnService::fromHub(const QJsonObject& answer)
{
    OriginalSale sale = m_finder.fromHub(answer);
    sale.foundAt = m_clock.nowUtc();
    return sale;
}

ReturnQuote ReturnService::quote(const OriginalSale& sale, const QList<ReturnRequestLine>& lines)
{
    return ReturnCalculator::quote(sale, lines, m_promotions.all());
}

QList<RefundTender> ReturnService::refundPlan(const OriginalSale& sale, qint64 refund) const
{
    QList<RefundTender> plan;
    qint64 paid = 0;
    for (const Tender& t : sale.tenders)
        paid += t.amount;
    if (refund <= 0 || paid <= 0)
        return plan;
    qint64 given = 0;
    for (int i = 0; i < sale.tenders.size(); ++i) {
        const Tender& t = sale.tenders[i];
        // The last tender takes what rounding left, so the plan adds up exactly.
        const qint64 amount = i + 1 == sale.tenders.size() ? refund - given : refund * t.amount / paid;
        if (amount <= 0)
            continue;
        given += amount;
        RefundTender r;
        r.kind = t.kind;
        r.amount = amount;
        // A card is presented again; the reference of its payment at the terminal is not the refund's.
        r.reference = t.kind == Tender::Kind::Card ? QString() : t.reference;
        r.cardLast4 = t.kind == Tender::Kind::Card ? QString() : t.cardLast4;
        r.points = t.kind == Tender::Kind::Points && t.amount > 0 ? t.points * amount / t.amount : 0;
        plan.append(r);
    }
    return plan;
}

void ReturnService::checkRefunds(const OriginalSale& sale, const ReturnQuote& quote, QList<RefundTender>& refunds, bool& needsApproval,
                                 bool cardsAtTerminal) const
{
    qint64 sum = 0;
    QHash<QString, qint64> room; // what each original tender may take back
    for (const RefundTender& r : refundPlan(sale, quote.refund))
        room[Tender::kindName(r.kind) + QLatin1Char('|') + r.reference] += r.amount;
    for (RefundTender& r : refunds) {
        if (r.amount <= 0)
            throw DomainError(QStringLiteral("return.refund_amount"), Tr::tr("Every refund needs an amount"));
        sum += r.amount;
        const QString key = Tender::kindName(r.kind) + QLatin1Char('|') + r.reference;
        switch (r.kind) {
        case Tender::Kind::Card: {
            bool matches = cardsAtTerminal; // the terminal has not read the card yet
            for (const Tender& t : sale.tenders)
                matches = matches || (t.kind == Tender::Kind::Card && !r.cardLast4.isEmpty() && t.cardLast4 == r.cardLast4);
            if (!matches)
                throw DomainError(QStringLiteral("return.card_mismatch"),
                                  Tr::tr("Refunds go back to the card that paid: its last four digits do not match"));
            // A refund the till's terminal paid is proven by its card payment (claimed below).
            const bool byTerminal = cardsAtTerminal || r.reference.startsWith(QLatin1String("CP-"));
            if (!byTerminal && r.approvalCode.trimmed().isEmpty())
                throw DomainError(QStringLiteral("return.card_approval"), Tr::tr("Enter the terminal's approval code for the refund"));
            const qint64 cardRoom = room.value(QStringLiteral("card|"));
            if (r.amount > cardRoom)
                throw DomainError(QStringLiteral("return.card_too_much"), Tr::tr("The card paid less than that"));
            room[QStringLiteral("card|")] -= r.amount;
            break;
        }
        case Tender::Kind::Points:
            if (r.amount > room.value(key) || sale.memberId.isEmpty())
                throw DomainError(QStringLiteral("return.points_too_much"), Tr::tr("Only points that paid can go back as points"));
            room[key] -= r.amount;
            break;
        case Tender::Kind::GiftCard:
            if (!GiftCardNumber::isValid(r.reference) && !r.reference.isEmpty())
                throw DomainError(QStringLiteral("giftcard.bad_number"), Tr::tr("This is not a gift card or store credit number"));
            if (room.value(key) >= r.amount) {
                room[key] -= r.amount; // back to the card that paid
            } else if (r.reference.isEmpty() || GiftCardNumber::kindOf(r.reference) == GiftCardNumber::Kind::StoreCredit) {
                if (r.reference.isEmpty())
                    r.reference = GiftCardNumber::generate(GiftCardNumber::Kind::StoreCredit); // always possible
            } else {
                throw DomainError(QStringLiteral("return.giftcard_mismatch"),
                                  Tr::tr("Refunds go to the gift card that paid, or to store credit"));
            }
            break;
        case Tender::Kind::Cash:
        case Tender::Kind::Qr:
            if (room.value(key) >= r.amount)
                room[key] -= r.amount;
            else
                needsApproval = true; // cash for what a card or a voucher paid
            break;
        case Tender::Kind::Exchange:
            break; // only an exchange sets it, with its own sale
        case Tender::Kind::Online:
            // The shop refunds its own payment when the hub passes the return on.
            if (r.amount > room.value(key))
                throw DomainError(QStringLiteral("return.online_too_much"), Tr::tr("Only what was paid online goes back online"));
            room[key] -= r.amount;
            break;
        }
    }
    if (sum != quote.refund)
        throw DomainError(QStringLiteral("return.refund_mismatch"),
                          Tr::tr("The refunds add up to %1, the return to %2").arg(sum).arg(quote.refund));
}

std::optional<Approval> ReturnService::checkReturn(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                                                   QList<RefundTender>& refunds, const QString& approverPin, bool cardsAtTerminal,
                                                   ReturnQuote& q)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (sale.training != session.training)
        throw DomainError(QStringLiteral("return.training"), session.training ? Tr::tr("In training mode only training sales are returned")
                                                                              : Tr::tr("A training sale cannot be returned for real"));
    const std::optional<Shift> shift = m_shifts.current();
    if (!shift)
        throw DomainError(QStringLiteral("shift.closed"), Tr::tr("Open a shift before selling"));
    if (sale.currency != m_settings.currency().code())
        throw DomainError(QStringLiteral("return.currency"),
                          Tr::tr("This sale was in %1; this store refunds in %2").arg(sale.currency, m_settings.currency().code()));
    q = quote(sale, lines);
    const bool noReceipt = sale.saleId.isEmpty() && sale.receiptId.isEmpty();
    const bool unchecked = sale.saleId.isEmpty() && !sale.receiptId.isEmpty(); // another store's, offline
    bool needsApproval = false;
    checkRefunds(sale, q, refunds, needsApproval, cardsAtTerminal);
    if (noReceipt)
        return m_staff.authorize(session, Action::NoReceiptReturn, approverPin);
    if (needsApproval || unchecked)
        return m_staff.authorize(session, Action::Refund, approverPin);
    return std::nullopt;
}

void ReturnService::checkBeforeTerminal(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                                        QList<RefundTender> refunds, const QString& approverPin)
{
    ReturnQuote q;
    checkReturn(session, sale, lines, refunds, approverPin, true, q);
}

CompletedReturn ReturnService::complete(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                                        QList<RefundTender> refunds, const QString& approverPin, const QString& reason)
{
    ReturnQuote q;
    const std::optional<Approval> approval = checkReturn(session, sale, lines, refunds, approverPin, false, q);
    const std::optional<Shift> shift = m_shifts.current(); // checkReturn made sure there is one
    const bool noReceipt = sale.saleId.isEmpty() && sale.receiptId.isEmpty();
    const bool unchecked = sale.saleId.isEmpty() && !sale.receiptId.isEmpty(); // another store's, offline

    const bool training = session.training;
    const QDateTime now = m_clock.nowUtc();
    const QString day = m_settings.businessDay(now).toString(Qt::ISODate);
    CompletedReturn done;
    done.training = training;
    done.refund = q.refund;
    done.returnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const RefundTender& r : refunds) {
        if (r.kind == Tender::Kind::GiftCard && GiftCardNumber::kindOf(r.reference) == GiftCardNumber::Kind::StoreCredit)
            done.storeCredit = r.reference;
    }

    // Exchange credit goes only to the sale of the same exchange, inside its transaction.
    const bool exchange =
        std::any_of(refunds.cbegin(), refunds.cend(), [](const RefundTender& r) { return r.kind == Tender::Kind::Exchange; });
    if (exchange != m_db.inTransaction())
        throw DomainError(QStringLiteral("return.exchange"), Tr::tr("Exchange credit comes only with a sale, in one step"));
    std::optional<Transaction> tx;
    if (!exchange)
        tx.emplace(m_db);
    const qint64 number = Counters(m_db).next(training ? QStringLiteral("refund_training") : QStringLiteral("refund"));
    done.receiptId = QStringLiteral("%1-%2-R%3%4")
                         .arg(m_settings.storeCode(), m_settings.tillCode(), training ? QStringLiteral("TR") : QString())
                         .arg(number, 6, 10, QLatin1Char('0'));
    const bool local = m_db.scalar(QStringLiteral("SELECT 1 FROM sales WHERE id = ?"), {sale.saleId}).isValid();

    protocol::ReturnEvent body;
    body.returnId = done.returnId;
    body.receiptId = done.receiptId;
    body.receiptNumber = number;
    body.store = m_settings.storeCode();
    body.till = m_settings.tillCode();
    body.shiftId = shift->id;
    body.staffId = session.staffId;
    body.approvedBy = approval ? approval->approverId : 0;
    body.noReceipt = noReceipt;
    body.original = {sale.saleId, sale.receiptId, sale.storeCode, sale.tillCode, local};
    body.memberId = sale.memberId;
    body.currency = sale.currency;
    body.createdAt = isoUtc(now);
    body.startedAt = isoUtc(sale.foundAt.isValid() ? sale.foundAt : now);
    body.businessDay = day;
    body.training = training;
    body.reason = reason;
    for (const ReturnQuote::Line& l : q.lines)
        body.lines.append({l.line, l.sku, l.name, unitName(l.weighed ? Unit::Weight : Unit::Piece), l.quantity,
                           dispositionName(l.disposition), l.paid, l.refund, l.tax, l.taxCode, l.taxBasisPoints, l.pointsReversed});
    for (const ReturnQuote::Adjustment& a : q.adjustments)
        body.adjustments.append({a.name, a.amount});
    body.paid = q.paid;
    body.refund = q.refund;
    qint64 pointsBack = 0;
    for (const RefundTender& r : refunds) {
        body.tenders.append({Tender::kindName(r.kind), r.amount, r.reference, r.cardLast4, r.approvalCode, r.points});
        pointsBack += r.points;
    }
    if (unchecked)
        body.flagged =
            QStringLiteral("returned offline against %1 of another till: the lines were not checked against the sale").arg(sale.receiptId);
    if (!sale.memberId.isEmpty() && (q.pointsReversed > 0 || pointsBack > 0))
        body.loyalty = protocol::ReturnEventLoyalty{sale.memberId, q.pointsReversed, pointsBack};
    const QJsonObject bodyJson = body.toJson();

    const JournalEntry entry = m_journal.append(training ? QStringLiteral("training_refund") : QStringLiteral("refund"), done.receiptId,
                                                q.refund, sale.currency, bodyJson, training);
    done.journalSeq = entry.seq;
    m_db.exec(QStringLiteral("INSERT INTO returns(id, receipt_number, receipt_id, original_sale_id, original_receipt_id,"
                             " original_store, original_local, training, shift_id, staff_id, approved_by, member_id, currency,"
                             " paid, refund, points_reversed, reason, created_at, business_day, journal_seq, body, flagged)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {done.returnId,
               number,
               done.receiptId,
               orNull(sale.saleId),
               orNull(sale.receiptId),
               orNull(sale.storeCode),
               local,
               training,
               shift->id,
               session.staffId,
               approval ? QVariant(approval->approverId) : QVariant(),
               orNull(sale.memberId),
               sale.currency,
               q.paid,
               q.refund,
               q.pointsReversed,
               orNull(reason),
               isoUtc(now),
               day,
               entry.seq,
               QString::fromUtf8(QJsonDocument(bodyJson).toJson(QJsonDocument::Compact)),
               orNull(body.flagged)});
    for (int i = 0; i < q.lines.size(); ++i) {
        const ReturnQuote::Line& l = q.lines[i];
        const qint64 productId = sale.line(l.line)->productId;
        m_db.exec(
            QStringLiteral("INSERT INTO return_lines(return_id, line_no, original_line, product_id, sku, name, unit, quantity,"
                           " disposition, paid, refund, tax, tax_code, points_reversed) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {done.returnId, i + 1, l.line, productId ? QVariant(productId) : QVariant(), l.sku, l.name,
             l.weighed ? QStringLiteral("weight") : QStringLiteral("piece"), l.quantity, dispositionName(l.disposition), l.paid, l.refund,
             l.tax, l.taxCode, l.pointsReversed});
        if (training || productId == 0)
            continue;
        // Every unit comes back into stock; what cannot be sold again leaves it at once, so the
        // ledger shows both.
        const QString reason = stockReason(l.disposition);
        StockLedger::book(m_db, productId, l.quantity, QStringLiteral("return"), done.receiptId, isoUtc(now));
        if (!reason.isEmpty())
            StockLedger::book(m_db, productId, -l.quantity, reason, done.receiptId, isoUtc(now));
    }
    qint64 cashOut = 0;
    for (int i = 0; i < refunds.size(); ++i) {
        const RefundTender& r = refunds[i];
        m_db.exec(QStringLiteral("INSERT INTO return_tenders(return_id, seq, kind, amount, reference, card_last4, approval_code, points)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                  {done.returnId, i + 1, Tender::kindName(r.kind), r.amount, orNull(r.reference), orNull(r.cardLast4),
                   orNull(r.approvalCode), r.points});
        if (r.kind == Tender::Kind::Cash)
            cashOut += r.amount;
    }
    QList<Tender> terminalRefunds;
    for (const RefundTender& r : refunds)
        if (r.kind == Tender::Kind::Card && !r.reference.isEmpty())
            terminalRefunds.append(Tender{Tender::Kind::Card, r.amount, r.amount, r.approvalCode, {}, r.cardLast4, r.reference, 0});
    m_cardPayments.attach(done.returnId, terminalRefunds, CardPayments::Kind::Refund);
    if (!training) {
        if (cashOut != 0)
            m_db.exec(QStringLiteral("INSERT INTO cash_movements(shift_id, kind, amount, reason, staff_id, approved_by, created_at)"
                                     " VALUES(?, 'refund', ?, ?, ?, ?, ?)"),
                      {shift->id, -cashOut, done.receiptId, session.staffId, approval ? QVariant(approval->approverId) : QVariant(),
                       isoUtc(now)});
        const OutboxEvent event = m_outbox.append(protocol::ReturnEvent::kType, bodyJson);
        m_db.exec(QStringLiteral("UPDATE returns SET outbox_seq = ? WHERE id = ?"), {event.deviceSeq, done.returnId});
        // Until the hub posts them: reversed points are no longer spendable here; points given
        // back wait for the hub; refunds onto a card are spendable here at once.
        if (!sale.memberId.isEmpty()) {
            for (const auto& [kind, points] :
                 {std::pair{QStringLiteral("reverse"), q.pointsReversed}, std::pair{QStringLiteral("refund"), pointsBack}}) {
                if (points > 0)
                    m_db.exec(QStringLiteral("INSERT INTO points_entries(member_id, sale_id, kind, points, business_day, outbox_seq,"
                                             " created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                              {sale.memberId, done.returnId, kind, points, day, event.deviceSeq, isoUtc(now)});
            }
        }
        for (const RefundTender& r : refunds) {
            if (r.kind == Tender::Kind::GiftCard)
                m_db.exec(
                    QStringLiteral("INSERT INTO gift_card_entries(number, sale_id, kind, amount, business_day, outbox_seq, created_at)"
                                   " VALUES(?, ?, 'refund', ?, ?, ?, ?)"),
                    {r.reference, done.returnId, r.amount, day, event.deviceSeq, isoUtc(now)});
        }
    }
    if (approval)
        m_staff.recordApproval(session, *approval, done.receiptId);
    done.printJobId = m_printQueue.enqueue(PrintJob::Kind::Receipt, done.receiptId);
    if (cashOut != 0 && !training)
        m_printQueue.enqueue(PrintJob::Kind::DrawerKick, done.receiptId);
    if (tx)
        tx->commit();
    return done;
}

OriginalSale ReturnService::atTodaysPrices(const Session& session, const QList<UnreceiptedLine>& lines, QList<ReturnRequestLine>& request)
{
    OriginalSale sale;
    sale.currency = m_settings.currency().code();
    sale.taxMode = m_settings.taxMode();
    sale.storeCode = m_settings.storeCode();
    sale.tillCode = m_settings.tillCode();
    sale.training = session.training;
    sale.createdAt = sale.pricedAt = sale.foundAt = m_clock.nowUtc();
    const TaxCalculator taxes(sale.taxMode);
    for (const UnreceiptedLine& u : lines) {
        const std::optional<Product> product = m_catalog.findById(u.productId);
        if (!product || u.quantity <= 0)
            throw DomainError(QStringLiteral("return.no_product"), Tr::tr("Scan each item that comes back"));
        const TaxRate rate = m_catalog.taxRate(product->taxRateId);
        OriginalSale::Line l;
        l.line = int(sale.lines.size()) + 1;
        l.sku = product->sku;
        l.productId = product->id;
        l.categoryId = product->categoryId;
        l.name = product->name(QStringLiteral("en"));
        l.weighed = product->unit == Unit::Weight;
        l.quantity = u.quantity;
        l.unitPrice = product->price;
        l.amount = l.weighed ? TaxCalculator::divideRoundHalfAway(product->price * u.quantity, 1000) : product->price * u.quantity;
        l.gross = taxes.lineTax(Money(l.amount, m_settings.currency()), rate.basisPoints).gross.minor();
        l.taxCode = rate.code;
        l.taxBasisPoints = rate.basisPoints;
        sale.total += l.gross;
        sale.lines.append(l);
        request.append({l.line, u.quantity, u.disposition});
    }
    if (request.isEmpty())
        throw DomainError(QStringLiteral("return.nothing"), Tr::tr("Choose what comes back"));
    return sale;
}

qint64 ReturnService::todaysValue(const QList<UnreceiptedLine>& lines)
{
    QList<ReturnRequestLine> request;
    return atTodaysPrices(Session{}, lines, request).total;
}

std::pair<Product, qint64> ReturnService::productForCode(const QString& code)
{
    return m_sales.productForCode(code);
}

CompletedReturn ReturnService::completeOfflineOtherStore(const Session& session, const QString& receiptQr,
                                                         const QList<UnreceiptedLine>& lines, Tender::Kind refundTo,
                                                         const QString& approverPin, const QString& reason)
{
    const QString policy = m_settings.value(QStringLiteral("returns.offline_other_store"), QStringLiteral("credit"));
    if (policy == QLatin1String("deny"))
        throw DomainError(QStringLiteral("return.offline_denied"),
                          Tr::tr("This store returns other stores' sales only while the hub can be asked"));
    const QStringList fields = receiptQr.trimmed().split(QLatin1Char('|'));
    // OT1|type|device|seq|receipt|time|amount|currency|training|prev|payload|signature
    bool amountOk = false;
    const qint64 receiptTotal = fields.size() == 12 ? fields[6].toLongLong(&amountOk) : 0;
    if (fields.size() != 12 || fields[0] != QLatin1String(Journal::kFormat) || fields[1] != QLatin1String("sale") || !amountOk ||
        fields[8] != QLatin1String("0") || fields[2] == m_settings.deviceId())
        throw DomainError(QStringLiteral("return.bad_receipt"), Tr::tr("This is not the QR code of another till's sale receipt"));
    if (refundTo != Tender::Kind::GiftCard && !(refundTo == Tender::Kind::Cash && policy == QLatin1String("allow")))
        throw DomainError(QStringLiteral("return.offline_tender"), Tr::tr("Offline, another store's sale is refunded as store credit"));
    QList<ReturnRequestLine> request;
    OriginalSale sale = atTodaysPrices(session, lines, request);
    sale.receiptId = fields[4];
    sale.storeCode = sale.receiptId.section(QLatin1Char('-'), 0, 0);
    sale.tillCode = sale.receiptId.section(QLatin1Char('-'), 1, 1);
    if (sale.currency != fields[7])
        throw DomainError(QStringLiteral("return.currency"),
                          Tr::tr("This sale was in %1; this store refunds in %2").arg(fields[7], sale.currency));
    const qint64 given =
        m_db.scalar(QStringLiteral("SELECT coalesce(sum(refund), 0) FROM returns WHERE original_receipt_id = ?"), {sale.receiptId})
            .toLongLong();
    if (sale.total > receiptTotal - given)
        throw DomainError(QStringLiteral("return.over_receipt"), Tr::tr("The receipt came to %1 and %2 of it was already given back here")
                                                                     .arg(Money(receiptTotal, m_settings.currency()).format(QLocale()),
                                                                          Money(given, m_settings.currency()).format(QLocale())));
    return complete(session, sale, request, {{refundTo, sale.total, {}, {}, {}, 0}}, approverPin, reason);
}

CompletedReturn ReturnService::completeWithoutReceipt(const Session& session, const QList<UnreceiptedLine>& lines, Tender::Kind refundTo,
                                                      const QString& approverPin, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw DomainError(QStringLiteral("return.reason"), Tr::tr("Say why the goods come back without a receipt"));
    const bool cashAllowed = m_settings.value(QStringLiteral("returns.no_receipt_cash"), QStringLiteral("0")) == QLatin1String("1");
    if (refundTo != Tender::Kind::GiftCard && !(refundTo == Tender::Kind::Cash && cashAllowed))
        throw DomainError(QStringLiteral("return.no_receipt_tender"),
                          cashAllowed ? Tr::tr("Without a receipt the money goes back as store credit or cash")
                                      : Tr::tr("Without a receipt the money goes back as store credit"));
    QList<ReturnRequestLine> request;
    const OriginalSale sale = atTodaysPrices(session, lines, request);
    if (request.isEmpty())
        throw DomainError(QStringLiteral("return.nothing"), Tr::tr("Choose what comes back"));
    const qint64 cap = m_settings.value(QStringLiteral("returns.no_receipt_daily_cap"), QStringLiteral("5000")).toLongLong();
    const qint64 today = m_db.scalar(QStringLiteral("SELECT coalesce(sum(refund), 0) FROM returns WHERE original_sale_id IS NULL"
                                                    " AND training = 0 AND business_day = ?"),
                                     {m_settings.businessDay(m_clock.nowUtc()).toString(Qt::ISODate)})
                             .toLongLong();
    if (!session.training && today + sale.total > cap)
        throw DomainError(QStringLiteral("return.no_receipt_cap"),
                          Tr::tr("Returns without a receipt are limited to %1 a day at this till; %2 is left today")
                              .arg(Money(cap, m_settings.currency()).format(QLocale()),
                                   Money(std::max<qint64>(0, cap - today), m_settings.currency()).format(QLocale())));
    return complete(session, sale, request, {{refundTo, sale.total, {}, {}, {}, 0}}, approverPin, reason);
}

CompletedExchange ReturnService::exchange(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines,
                                          Cart& cart, const Payment& payment, const QList<RefundTender>& back, const QString& approverPin,
                                          const QString& reason)
{
    CompletedExchange out;
    out.credit = quote(sale, lines).refund;
    const qint64 total = cart.totals().total.minor();
    const qint64 used = std::min(out.credit, total);
    if (cart.isEmpty() || used <= 0)
        throw DomainError(QStringLiteral("return.exchange_empty"),
                          Tr::tr("An exchange needs goods coming back with a value and goods going out"));
    if (payment.exchangeCredit() != used)
        throw DomainError(QStringLiteral("return.exchange_credit"),
                          Tr::tr("The return is worth %1 towards this sale").arg(Money(used, cart.currency()).format(QLocale())));
    out.toPay = total - used;
    out.back = out.credit - used;
    Transaction tx(m_db);
    out.returned = complete(session, sale, lines, exchangeRefunds(used, back), approverPin, reason);
    out.sale = m_sales.complete(session, cart, payment);
    m_db.exec(QStringLiteral("UPDATE returns SET exchange_sale_id = ? WHERE id = ?"), {out.sale.saleId, out.returned.returnId});
    tx.commit();
    return out;
}

void ReturnService::checkExchange(const Session& session, const OriginalSale& sale, const QList<ReturnRequestLine>& lines, const Cart& cart,
                                  const QList<RefundTender>& back, const QString& approverPin, bool beforeTerminal)
{
    if (cart.needsAgeConfirmation())
        throw DomainError(QStringLiteral("sale.age_unconfirmed"), Tr::tr("Confirm the customer's age first"));
    const qint64 used = std::min(quote(sale, lines).refund, cart.totals().total.minor());
    if (cart.isEmpty() || used <= 0)
        throw DomainError(QStringLiteral("return.exchange_empty"),
                          Tr::tr("An exchange needs goods coming back with a value and goods going out"));
    QList<RefundTender> refunds = exchangeRefunds(used, back);
    ReturnQuote q;
    checkReturn(session, sale, lines, refunds, approverPin, beforeTerminal, q);
}

QList<RefundTender> ReturnService::exchangeRefunds(qint64 used, const QList<RefundTender>& back)
{
    QList<RefundTender> refunds = back;
    refunds.prepend({Tender::Kind::Exchange, used, {}, {}, {}, 0});
    return refunds;
}

} // namespace omnitill
