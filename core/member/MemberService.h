#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace omnitill {

class Cart;
class Database;
class SaleService;
class StoreSettings;

struct MemberSummary
{
    QString id; // pseudonymous: what sales and ledgers keep
    QString cardCode;
    QString name;
    QString phoneEnding; // the last four digits, to confirm with the customer
    qint64 pointsBalance = 0;
};

// Who the customer is: from the app's QR (a member token signed by the hub, checked offline), a
// card barcode, or a phone number. Erased members cannot be found; a member known only from a
// token (not synced yet) is identified by id alone.
class MemberService
{
public:
    MemberService(Database& db, const StoreSettings& settings, SaleService& sales)
        : m_db(db), m_settings(settings), m_sales(sales)
    {
    }

    // Whether a scanned code is a member's (token or card) rather than a product's.
    bool isMemberCode(const QString& code);
    // Identifies the cart's customer from a token or card code; the promotions are re-decided.
    // Throws DomainError for a forged token or an unknown card.
    MemberSummary identify(Cart& cart, const QString& code);
    // By phone number (any formatting; the digits must match, at least the last seven).
    QList<MemberSummary> findByPhone(const QString& phone);
    MemberSummary select(Cart& cart, const QString& memberId);
    void clear(Cart& cart);

private:
    std::optional<MemberSummary> one(const QString& column, const QString& value);
    std::optional<MemberSummary> byId(const QString& id);
    std::optional<MemberSummary> byCard(const QString& cardCode);

    Database& m_db;
    const StoreSettings& m_settings;
    SaleService& m_sales;
};

} // namespace omnitill
