#include "ReceiptRepository.h"
#include "PickupEvents.h"
#include "ReturnEvent.h"
#include "SaleEvent.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "journal/Journal.h"
#include "journal/JournalText.h"
#include "sale/SaleVoid.h"
#include "shift/ShiftReportJson.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "tax/TaxCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace omnitill {

namespace {
[[noreturn]] void notFound(const QString& what)
{
    throw DomainError(QStringLiteral("receipt.not_found"), Tr::tr("No receipt %1").arg(what));
}
} // namespace

Receipt ReceiptRepository::byNumber(qint64 number, bool training, const QString& language)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE receipt_number = ? AND training = ?"), {number, training});
    if (!id.isValid())
        notFound(QString::number(number));
    return load(id.toString(), language);
}

Receipt ReceiptRepository::byReceiptId(const QString& receiptId, const QString& language)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE receipt_id = ?"), {receiptId});
    if (id.isValid())
        return load(id.toString(), language);
    const QVariant refund = m_db.scalar(QStringLiteral("SELECT id FROM returns WHERE receipt_id = ?"), {receiptId});
    if (!refund.isValid())
        notFound(receiptId);
    return loadRefund(refund.toString());
}

Receipt ReceiptRepository::loadRefund(const QString& returnId)
{
    Receipt r = blank();
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT r.body, r.journal_seq, st.name, coalesce(m.card_code, '') AS card_code FROM returns r"
                                            " JOIN staff st ON st.id = r.staff_id LEFT JOIN members m ON m.id = r.member_id"
                                            " WHERE r.id = ?"),
                             {returnId});
    if (!q.next())
        notFound(returnId);
    const protocol::ReturnEvent body =
        protocol::ReturnEvent::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object());
    const qint64 journalSeq = q.value(QStringLiteral("journal_seq")).toLongLong();
    r.cashier = q.value(QStringLiteral("name")).toString();
    r.memberCard = q.value(QStringLiteral("card_code")).toString();
    q.finish();
    r.receiptId = body.receiptId;
    r.number = body.receiptNumber;
    r.training = body.training;
    r.refund = true;
    r.refundFor = body.original.receiptId;
    r.localTime = localTimeOf(body.createdAt);
    r.startTime = localTimeOf(body.startedAt);
    r.currency = Currency::fromCode(body.currency);
    r.taxMode = TaxMode::Inclusive; // refunds give back gross amounts, with the tax in them
    for (const protocol::ReturnEventLine& l : body.lines) {
        const bool weighed = l.unit == unitName(Unit::Weight);
        r.lines.append({l.name, weighed ? Unit::Weight : Unit::Piece, l.quantity,
                        weighed ? TaxCalculator::divideRoundHalfAway(l.paid * 1000, l.quantity)
                                : TaxCalculator::divideRoundHalfAway(l.paid, l.quantity),
                        0, l.paid, l.taxCode});
        auto it = std::find_if(r.taxes.begin(), r.taxes.end(), [&](const Receipt::Tax& t) { return t.code == l.taxCode; });
        if (it == r.taxes.end()) {
            r.taxes.append({l.taxCode, l.taxBasisPoints, 0, 0, 0});
            it = r.taxes.end() - 1;
        }
        it->net += l.refund - l.tax;
        it->tax += l.tax;
        it->gross += l.refund;
        r.tax += l.tax;
        r.pointsReversed += l.pointsReversed;
    }
    for (const protocol::ReturnEventAdjustment& a : body.adjustments)
        r.promotions.append({a.name, a.amount});
    r.subtotal = body.paid;
    r.total = body.refund;
    r.discount = r.subtotal - r.total;
    for (const protocol::ReturnEventTender& t : body.tenders) {
        Tender tender;
        tender.kind = Tender::kindFromName(t.kind);
        tender.amount = t.amount;
        tender.tendered = tender.amount;
        tender.reference = t.reference;
        tender.cardLast4 = t.cardLast4;
        tender.approvalCode = t.approvalCode;
        tender.points = t.points;
        r.tenders.append(tender);
    }
    setCheckCode(r, journalSeq);
    return r;
}

Receipt ReceiptRepository::blank() const
{
    Receipt r;
    r.storeName = m_settings.storeName();
    r.storeAddress = m_settings.storeAddress();
    r.vatId = m_settings.vatId();
    return r;
}

QDateTime ReceiptRepository::localTimeOf(const QString& isoUtc) const
{
    return isoUtc.isEmpty() ? QDateTime() : m_settings.localTime(QDateTime::fromString(isoUtc, Qt::ISODateWithMs));
}

QJsonObject ReceiptRepository::setCheckCode(Receipt& receipt, qint64 journalSeq)
{
    QJsonObject payload;
    QSqlQuery& j =
        m_db.exec(QStringLiteral("SELECT canonical, signature, unsigned_reason, key_id, payload FROM journal WHERE seq = ?"), {journalSeq});
    if (j.next()) {
        JournalEntry e;
        e.canonical = j.value(0).toString().toUtf8();
        e.signature = j.value(1).toByteArray();
        receipt.qrText = e.qrText();
        receipt.unsignedReason = j.value(2).toString();
        receipt.keyId = j.value(3).toString();
        receipt.signatureCounter = journalSeq;
        payload = QJsonDocument::fromJson(j.value(4).toString().toUtf8()).object();
    }
    j.finish();
    return payload;
}

KioskTicket ReceiptRepository::kioskTicket(const QString& orderId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT number, total, currency, code, created_at FROM kiosk_orders WHERE id = ?"), {orderId});
    if (!q.next()) {
        q.finish();
        throw DomainError(QStringLiteral("kiosk.unknown_order"), Tr::tr("No kiosk order %1").arg(orderId));
    }
    KioskTicket ticket{q.value(QStringLiteral("number")).toString(),
                       q.value(QStringLiteral("total")).toLongLong(),
                       q.value(QStringLiteral("currency")).toString(),
                       q.value(QStringLiteral("code")).toString(),
                       m_settings.localTime(QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)),
                       m_settings.storeName()};
    q.finish();
    return ticket;
}

ShiftReport ReceiptRepository::shiftReport(qint64 journalSeq)
{
    QSqlQuery& q = m_db.exec(
        QStringLiteral("SELECT payload, created_at FROM journal WHERE seq = ? AND event_type IN ('x_report', 'z_report')"), {journalSeq});
    if (!q.next()) {
        q.finish();
        throw DomainError(QStringLiteral("shift.unknown_report"), Tr::tr("No X or Z report %1").arg(journalSeq));
    }
    ShiftReport report = shiftReportFrom(
        protocol::ShiftReportEvent::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("payload")).toString().toUtf8()).object()));
    report.at = m_settings.localTime(QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs));
    q.finish();
    return report;
}

Receipt ReceiptRepository::collectionSlip(qint64 journalSeq)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT j.payload, coalesce(st.name, '') AS name FROM journal j"
                                            " LEFT JOIN staff st ON st.id = json_extract(j.payload, '$.staff_id')"
                                            " WHERE j.seq = ? AND j.event_type = 'pickup'"),
                             {journalSeq});
    if (!q.next()) {
        q.finish();
        notFound(QString::number(journalSeq));
    }
    const protocol::PickupCollectedEvent body =
        protocol::PickupCollectedEvent::fromJson(QJsonDocument::fromJson(q.value(QStringLiteral("payload")).toString().toUtf8()).object());
    Receipt r = blank();
    r.cashier = q.value(QStringLiteral("name")).toString();
    q.finish();
    const protocol::SaleEvent sale = body.sale.value_or(protocol::SaleEvent{});
    r.collectedOrder = body.order.number;
    r.receiptId = r.collectedOrder;
    r.localTime = localTimeOf(body.collectedAt);
    r.currency = Currency::fromCode(body.currency);
    r.taxMode = TaxMode::Inclusive;
    for (const protocol::SaleEventLine& l : sale.lines) {
        r.lines.append({l.name, unitFromName(l.unit), l.quantity, l.unitPrice, 0, l.gross, l.taxCode});
        auto it = std::find_if(r.taxes.begin(), r.taxes.end(), [&](const Receipt::Tax& t) { return t.code == l.taxCode; });
        if (it == r.taxes.end())
            it = r.taxes.insert(r.taxes.end(), Receipt::Tax{l.taxCode, l.taxBasisPoints, 0, 0, 0});
        it->net += l.net;
        it->tax += l.tax;
        it->gross += l.gross;
    }
    r.total = body.delivered;
    r.subtotal = r.total;
    setCheckCode(r, journalSeq);
    return r;
}

Receipt ReceiptRepository::cancellationSlip(qint64 journalSeq)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT j.canonical, j.training, coalesce(st.name, '') AS name FROM journal j"
                                            " LEFT JOIN staff st ON st.id = json_extract(j.payload, '$.staff_id')"
                                            " WHERE j.seq = ? AND j.event_type = 'sale_void'"),
                             {journalSeq});
    if (!q.next()) {
        q.finish();
        notFound(QString::number(journalSeq));
    }
    const std::optional<JournalText> text = JournalText::parse(q.value(0).toString().toUtf8());
    Receipt r = blank();
    r.training = q.value(1).toBool();
    r.cashier = q.value(2).toString();
    q.finish();
    if (!text)
        notFound(QString::number(journalSeq));
    r.cancelled = true;
    r.localTime = localTimeOf(text->utc);
    r.currency = Currency::fromCode(text->currency);
    r.taxMode = m_settings.taxMode();
    const SaleVoid record = SaleVoid::fromJson(setCheckCode(r, journalSeq));
    for (const SaleVoid::Line& l : record.lines)
        r.lines.append({l.name, unitFromName(l.unit), l.quantity, l.unitPrice, 0, l.gross, QString()});
    r.subtotal = text->amount;
    r.total = text->amount;
    return r;
}

QStringList ReceiptRepository::cardSlip(const QString& cardPaymentId)
{
    // The till's card payments are "CP-…"; a kiosk's are its order ids.
    const QVariant slip = cardPaymentId.startsWith(QLatin1String("CP-"))
                              ? m_db.scalar(QStringLiteral("SELECT slip FROM card_payments WHERE id = ?"), {cardPaymentId})
                              : m_db.scalar(QStringLiteral("SELECT slip FROM kiosk_payments WHERE idempotency_key = ?"), {cardPaymentId});
    if (!slip.isValid() || slip.isNull())
        throw DomainError(QStringLiteral("receipt.unknown"), Tr::tr("No card payment %1").arg(cardPaymentId));
    return slip.toString().split(QLatin1Char('\n'));
}

QString ReceiptRepository::storeName() const
{
    return m_settings.storeName();
}

Currency ReceiptRepository::currency() const
{
    return m_settings.currency();
}

QLocale ReceiptRepository::locale() const
{
    return m_settings.locale();
}

QStringList ReceiptRepository::recentReceiptIds(int limit)
{
    QStringList ids;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT receipt_id FROM sales ORDER BY created_at DESC, receipt_number DESC LIMIT ?"), {limit});
    while (q.next())
        ids.append(q.value(QStringLiteral("receipt_id")).toString());
    q.finish();
    return ids;
}

Receipt ReceiptRepository::load(const QString& saleId, const QString& language)
{
    Receipt r = blank();
    qint64 journalSeq = 0;
    QSqlQuery& s = m_db.exec(QStringLiteral("SELECT s.receipt_id, s.receipt_number, s.training, s.created_at, st.name,"
                                            " s.currency, s.tax_mode, s.subtotal, s.discount_total, s.tax_total, s.total,"
                                            " s.change_given, s.journal_seq, s.points_earned, s.points_redeemed,"
                                            " coalesce(m.card_code, '') AS card_code FROM sales s"
                                            " JOIN staff st ON st.id = s.staff_id LEFT JOIN members m ON m.id = s.member_id"
                                            " WHERE s.id = ?"),
                             {saleId});
    if (!s.next())
        notFound(saleId);
    r.receiptId = s.value(QStringLiteral("receipt_id")).toString();
    r.number = s.value(QStringLiteral("receipt_number")).toLongLong();
    r.training = s.value(QStringLiteral("training")).toBool();
    r.localTime = m_settings.localTime(QDateTime::fromString(s.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs));
    r.cashier = s.value(QStringLiteral("name")).toString();
    r.currency = Currency::fromCode(s.value(QStringLiteral("currency")).toString());
    r.taxMode = taxModeFromName(s.value(QStringLiteral("tax_mode")).toString());
    r.subtotal = s.value(QStringLiteral("subtotal")).toLongLong();
    r.discount = s.value(QStringLiteral("discount_total")).toLongLong();
    r.tax = s.value(QStringLiteral("tax_total")).toLongLong();
    r.total = s.value(QStringLiteral("total")).toLongLong();
    r.change = s.value(QStringLiteral("change_given")).toLongLong();
    journalSeq = s.value(QStringLiteral("journal_seq")).toLongLong();
    r.pointsEarned = s.value(QStringLiteral("points_earned")).toLongLong();
    r.pointsRedeemed = s.value(QStringLiteral("points_redeemed")).toLongLong();
    r.memberCard = s.value(QStringLiteral("card_code")).toString();
    s.finish();

    // In the receipt's language where the product has a name in it; as sold otherwise.
    QString name = QStringLiteral("l.name");
    if (language.startsWith(QLatin1String("ru")))
        name = QStringLiteral("coalesce(nullif(p.name_ru, ''), l.name)");
    else if (language.startsWith(QLatin1String("zh")))
        name = QStringLiteral("coalesce(nullif(p.name_zh, ''), l.name)");
    else if (language.startsWith(QLatin1String("en")))
        name = QStringLiteral("coalesce(nullif(p.name_en, ''), l.name)");
    QSqlQuery& l =
        m_db.exec(QStringLiteral("SELECT ") + name + QStringLiteral(" AS name") +
                      QStringLiteral(", l.unit, l.quantity, l.unit_price, l.discount, l.gross, l.tax_code,"
                                     " l.tax_basis_points, l.net, l.tax, l.points_discount, l.label_amount IS NOT NULL AS labelled"
                                     " FROM sale_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.sale_id = ?"
                                     " ORDER BY l.line_no"),
                  {saleId});
    while (l.next()) {
        const QString code = l.value(QStringLiteral("tax_code")).toString();
        r.lines.append({l.value(QStringLiteral("name")).toString(), unitFromName(l.value(QStringLiteral("unit")).toString()),
                        l.value(QStringLiteral("quantity")).toLongLong(), l.value(QStringLiteral("unit_price")).toLongLong(),
                        l.value(QStringLiteral("discount")).toLongLong(), l.value(QStringLiteral("gross")).toLongLong(), code,
                        l.value(QStringLiteral("labelled")).toBool()});
        auto it = std::find_if(r.taxes.begin(), r.taxes.end(), [&](const Receipt::Tax& t) { return t.code == code; });
        if (it == r.taxes.end()) {
            r.taxes.append({code, l.value(QStringLiteral("tax_basis_points")).toInt(), 0, 0, 0});
            it = r.taxes.end() - 1;
        }
        it->net += l.value(QStringLiteral("net")).toLongLong();
        it->tax += l.value(QStringLiteral("tax")).toLongLong();
        it->gross += l.value(QStringLiteral("gross")).toLongLong();
        r.pointsDiscount += l.value(QStringLiteral("points_discount")).toLongLong();
    }
    l.finish();
    std::sort(r.taxes.begin(), r.taxes.end(), [](const auto& a, const auto& b) { return a.code < b.code; });

    QSqlQuery& p = m_db.exec(QStringLiteral("SELECT name, discount FROM sale_promotions WHERE sale_id = ? ORDER BY seq"), {saleId});
    while (p.next())
        r.promotions.append({p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("discount")).toLongLong()});
    p.finish();
    QSqlQuery& c =
        m_db.exec(QStringLiteral("SELECT coupon_id, name, discount FROM sale_coupons WHERE sale_id = ? ORDER BY coupon_id"), {saleId});
    while (c.next())
        r.promotions.append({Tr::tr("Coupon %1")
                                 .arg(c.value(QStringLiteral("name")).toString().isEmpty() ? c.value(QStringLiteral("coupon_id")).toString()
                                                                                           : c.value(QStringLiteral("name")).toString()),
                             c.value(QStringLiteral("discount")).toLongLong()});
    c.finish();

    QSqlQuery& pc = m_db.exec(QStringLiteral("SELECT terms, code FROM sale_personal_coupons WHERE sale_id = ?"), {saleId});
    if (pc.next()) {
        r.personalCoupon = Coupon::fromFields(pc.value(QStringLiteral("terms")).toString().split(QLatin1Char('|')));
        r.personalCouponCode = pc.value(QStringLiteral("code")).toString();
    }
    pc.finish();

    QSqlQuery& t = m_db.exec(QStringLiteral("SELECT kind, amount, tendered, approval_code, card_brand, card_last4, reference,"
                                            " points FROM sale_tenders WHERE sale_id = ? ORDER BY seq"),
                             {saleId});
    while (t.next())
        r.tenders.append({Tender::kindFromName(t.value(QStringLiteral("kind")).toString()), t.value(QStringLiteral("amount")).toLongLong(),
                          t.value(QStringLiteral("tendered")).toLongLong(), t.value(QStringLiteral("approval_code")).toString(),
                          t.value(QStringLiteral("card_brand")).toString(), t.value(QStringLiteral("card_last4")).toString(),
                          t.value(QStringLiteral("reference")).toString(), t.value(QStringLiteral("points")).toLongLong()});
    t.finish();

    r.startTime = localTimeOf(protocol::SaleEvent::fromJson(setCheckCode(r, journalSeq)).startedAt);
    return r;
}

} // namespace omnitill
