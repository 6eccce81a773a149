#pragma once

#include <QList>
#include <QString>

namespace omnitill {

class Cart;
class CatalogRepository;
class Database;

struct Suggestion
{
    qint64 productId = 0;
    QString name;
    qint64 price = 0;
    bool forMember = false; // from the member's favourite categories rather than the cart
};

// Up to three products to suggest for the cart: first what other customers bought with what is
// in it, then, for an identified member, good sellers from their favourite categories. Works from
// the hub's offers feed (last synced), so it needs no connection.
class OfferService
{
public:
    static constexpr int kMaxSuggestions = 3;

    OfferService(Database& db, CatalogRepository& catalog, QString language = QStringLiteral("en"))
        : m_db(db), m_catalog(catalog), m_language(std::move(language))
    {
    }
    void setLanguage(const QString& language) { m_language = language; }

    QList<Suggestion> suggestionsFor(const Cart& cart);

private:
    Database& m_db;
    CatalogRepository& m_catalog;
    QString m_language;
};

} // namespace omnitill
