#include "Tender.h"

#include "common/DomainError.h"
#include "common/Tr.h"
#include "giftcards/GiftCardNumber.h"

#include <QRegularExpression>

namespace omnitill {

QString Tender::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Cash:
        return QStringLiteral("cash");
    case Kind::Card:
        return QStringLiteral("card");
    case Kind::Qr:
        return QStringLiteral("qr");
    case Kind::Points:
        return QStringLiteral("points");
    case Kind::GiftCard:
        return QStringLiteral("giftcard");
    case Kind::Exchange:
        return QStringLiteral("exchange");
    case Kind::Online:
        return QStringLiteral("online");
    }
    return {};
}

Tender::Kind Tender::kindFromName(const QString& name)
{
    for (Kind kind : {Kind::Cash, Kind::Card, Kind::Qr, Kind::Points, Kind::GiftCard, Kind::Exchange, Kind::Online}) {
        if (kindName(kind) == name)
            return kind;
    }
    throw DomainError(QStringLiteral("tender.kind"), Tr::tr("Unknown payment type \"%1\"").arg(name));
}

QString Tender::title() const
{
    switch (kind) {
    case Kind::Cash:
        return Tr::tr("Cash");
    case Kind::Card:
        return cardBrand.isEmpty() ? Tr::tr("Card") : Tr::tr("Card %1").arg(cardBrand);
    case Kind::Qr:
        return Tr::tr("QR payment");
    case Kind::Points:
        return Tr::tr("Points (%1)").arg(points);
    case Kind::GiftCard:
        return GiftCardNumber::isValid(reference) && GiftCardNumber::kindOf(reference) == GiftCardNumber::Kind::StoreCredit
                   ? Tr::tr("Store credit %1").arg(GiftCardNumber::masked(reference))
                   : Tr::tr("Gift card %1").arg(GiftCardNumber::masked(reference));
    case Kind::Exchange:
        return Tr::tr("Exchange credit");
    case Kind::Online:
        return Tr::tr("Online payment");
    }
    return {};
}

qint64 Payment::paid() const
{
    qint64 sum = 0;
    for (const Tender& t : m_tenders)
        sum += t.amount;
    return sum;
}

qint64 Payment::change() const
{
    qint64 sum = 0;
    for (const Tender& t : m_tenders)
        sum += t.change();
    return sum;
}

void Payment::requirePositive(qint64 amount) const
{
    if (amount <= 0)
        throw DomainError(QStringLiteral("tender.amount"), Tr::tr("The amount must be more than zero"));
}

void Payment::requireOpen() const
{
    if (remaining() <= 0)
        throw DomainError(QStringLiteral("tender.paid"), Tr::tr("The sale is already paid"));
}

void Payment::addCash(qint64 tendered)
{
    requireOpen();
    requirePositive(tendered);
    const qint64 applied = std::min(tendered, remaining());
    m_tenders.append(Tender{Tender::Kind::Cash, applied, tendered, {}, {}, {}, {}, 0});
}

void Payment::addCard(qint64 amount, const QString& approvalCode, const QString& brand, const QString& last4)
{
    requireOpen();
    requirePositive(amount);
    if (amount > remaining())
        throw DomainError(QStringLiteral("tender.over"), Tr::tr("A card payment cannot exceed the amount due"));
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (!fourDigits.match(last4).hasMatch())
        throw DomainError(QStringLiteral("tender.last4"), Tr::tr("Enter only the last four digits of the card, never the full number"));
    static const QRegularExpression approval(QStringLiteral("^[A-Za-z0-9]{2,12}$"));
    if (!approval.match(approvalCode).hasMatch())
        throw DomainError(QStringLiteral("tender.approval"), Tr::tr("The approval code has 2 to 12 letters or digits"));
    static const QRegularExpression longDigits(QStringLiteral("[0-9]{10,}"));
    if (longDigits.match(brand).hasMatch())
        throw DomainError(QStringLiteral("tender.pan"), Tr::tr("A card number must never be entered"));
    m_tenders.append(Tender{Tender::Kind::Card, amount, amount, approvalCode.toUpper(), brand.left(20), last4, {}, 0});
}

void Payment::addTerminalCard(const Tender& tender)
{
    requireOpen();
    requirePositive(tender.amount);
    if (tender.kind != Tender::Kind::Card || tender.reference.isEmpty())
        throw DomainError(QStringLiteral("tender.card_terminal"), Tr::tr("A terminal card payment must name its terminal payment"));
    if (tender.amount > remaining())
        throw DomainError(QStringLiteral("tender.over"), Tr::tr("A card payment cannot exceed the amount due"));
    static const QRegularExpression fourDigits(QStringLiteral("^([0-9]{4})?$"));
    if (!fourDigits.match(tender.cardLast4).hasMatch())
        throw DomainError(QStringLiteral("tender.last4"), Tr::tr("Enter only the last four digits of the card, never the full number"));
    Tender t = tender;
    t.tendered = t.amount;
    t.cardBrand = t.cardBrand.left(20);
    m_tenders.append(t);
}

void Payment::addExchangeCredit(qint64 amount)
{
    requireOpen();
    requirePositive(amount);
    if (amount > remaining())
        throw DomainError(QStringLiteral("tender.over"), Tr::tr("The exchange credit cannot exceed the amount due"));
    m_tenders.append(Tender{Tender::Kind::Exchange, amount, amount, {}, {}, {}, {}, 0});
}

qint64 Payment::exchangeCredit() const
{
    qint64 sum = 0;
    for (const Tender& t : m_tenders)
        sum += t.kind == Tender::Kind::Exchange ? t.amount : 0;
    return sum;
}

void Payment::addQr(qint64 amount, const QString& reference)
{
    requireOpen();
    requirePositive(amount);
    if (amount > remaining())
        throw DomainError(QStringLiteral("tender.over"), Tr::tr("A QR payment cannot exceed the amount due"));
    if (reference.trimmed().isEmpty())
        throw DomainError(QStringLiteral("tender.reference"), Tr::tr("The QR payment needs its reference"));
    m_tenders.append(Tender{Tender::Kind::Qr, amount, amount, {}, {}, {}, reference.trimmed().left(64), 0});
}

void Payment::addPoints(qint64 points, qint64 value)
{
    requireOpen();
    requirePositive(points);
    requirePositive(value);
    if (value > remaining())
        throw DomainError(QStringLiteral("tender.over"), Tr::tr("Points cannot pay more than the amount due"));
    m_tenders.append(Tender{Tender::Kind::Points, value, value, {}, {}, {}, {}, points});
}

qint64 Payment::pointsSpent() const
{
    qint64 sum = 0;
    for (const Tender& t : m_tenders)
        sum += t.points;
    return sum;
}

void Payment::addGiftCard(const QString& number, qint64 amount)
{
    requireOpen();
    requirePositive(amount);
    if (amount > remaining())
        throw DomainError(QStringLiteral("tender.over"), Tr::tr("A gift card cannot pay more than the amount due"));
    if (!GiftCardNumber::isValid(number))
        throw DomainError(QStringLiteral("giftcard.number"), Tr::tr("This is not a gift card number"));
    m_tenders.append(Tender{Tender::Kind::GiftCard, amount, amount, {}, {}, {}, number, 0});
}

void Payment::removeLast()
{
    if (!m_tenders.isEmpty())
        m_tenders.removeLast();
}

} // namespace omnitill
