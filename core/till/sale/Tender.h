#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnitill {

struct Tender
{
    // Exchange: credit from goods returned in the same visit. Online: paid in the web shop (an
    // online order handed over at a pickup desk); a refund of it goes back through the shop.
    enum class Kind
    {
        Cash,
        Card,
        Qr,
        Points,
        GiftCard,
        Exchange,
        Online
    };

    Kind kind = Kind::Cash;
    qint64 amount = 0;   // applied to the sale
    qint64 tendered = 0; // handed over (cash may exceed amount; the rest is change)
    QString approvalCode;
    QString cardBrand;
    QString cardLast4;
    QString reference; // QR payment reference; the gift card's number
    qint64 points = 0; // loyalty points spent (Points)

    qint64 change() const { return tendered - amount; }
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
    QString title() const; // translated, for receipts and screens
};

// The tenders of one sale. Refuses what a till must never accept: a card number beyond its last
// four digits, a card or QR payment above what is due, an incomplete payment at completion.
class Payment
{
public:
    explicit Payment(qint64 due) : m_due(due) {}

    qint64 due() const { return m_due; }
    qint64 paid() const;
    qint64 remaining() const { return m_due - paid(); }
    qint64 change() const;
    bool isComplete() const { return remaining() <= 0; }
    const QList<Tender>& tenders() const { return m_tenders; }

    void addCash(qint64 tendered);
    void addExactCash() { addCash(remaining()); }
    void addCard(qint64 amount, const QString& approvalCode, const QString& brand, const QString& last4);
    // A card payment the till's terminal approved (CardPayments::tenderFor): it names the payment,
    // and the sale claims that payment when it completes.
    void addTerminalCard(const Tender& tender);
    void addQr(qint64 amount, const QString& reference);
    // Loyalty points as a tender: their value, never more than is due. The loyalty service
    // decides how many the member may spend; the sale checks it again when it completes.
    void addPoints(qint64 points, qint64 value);
    qint64 pointsSpent() const;
    // A gift card or store credit; the gift card service checks its balance first.
    void addGiftCard(const QString& number, qint64 amount);
    // What goods returned in the same visit are worth towards this sale (ReturnService::exchange).
    void addExchangeCredit(qint64 amount);
    qint64 exchangeCredit() const;
    void removeLast();

private:
    void requirePositive(qint64 amount) const;
    void requireOpen() const;

    qint64 m_due;
    QList<Tender> m_tenders;
};

} // namespace omnitill
