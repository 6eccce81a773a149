#include "OfferService.h"
#include "OfferFeedItems.h"

#include "catalog/CatalogRepository.h"
#include "sale/Cart.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace omnitill {

QList<Suggestion> OfferService::suggestionsFor(const Cart& cart)
{
    QList<Suggestion> out;
    QSet<QString> inCart;
    for (const CartLine& l : cart.lines())
        inCart.insert(l.sku);
    const auto offer = [&](const QString& key) {
        const QVariant body = m_db.scalar(QStringLiteral("SELECT body FROM offers WHERE key = ?"), {key});
        return QJsonDocument::fromJson(body.toString().toUtf8()).object();
    };
    const auto take = [&](const std::optional<Product>& p, bool forMember) {
        if (!p || !p->active || p->price <= 0 || inCart.contains(p->sku) || out.size() >= kMaxSuggestions)
            return;
        inCart.insert(p->sku); // never twice
        out.append({p->id, p->name(m_language), p->price, forMember});
    };

    // Bought together: partners of every product in the cart, strongest first.
    QHash<QString, qint64> score;
    for (const CartLine& l : cart.lines()) {
        for (const protocol::BoughtTogetherOffer::Other& other :
             protocol::BoughtTogetherOffer::fromJson(offer(protocol::BoughtTogetherOffer::key(l.sku))).with)
            score[other.sku] += other.count;
    }
    QList<std::pair<qint64, QString>> ranked;
    for (auto it = score.cbegin(); it != score.cend(); ++it)
        ranked.append({-it.value(), it.key()}); // ties: by SKU, so the same cart always shows the same
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [negativeScore, sku] : ranked) {
        if (out.size() >= kMaxSuggestions)
            break; // no catalog reads for partners that would not be shown
        take(m_catalog.findById(m_catalog.idForSku(sku)), false);
    }

    // The member's favourite categories: the best seller here in each that is not in the cart.
    if (!cart.memberId().isEmpty() && out.size() < kMaxSuggestions) {
        for (const qint64 category : protocol::MemberOffer::fromJson(offer(protocol::MemberOffer::key(cart.memberId()))).categories) {
            QSqlQuery& q = m_db.exec(QStringLiteral("SELECT p.id FROM products p LEFT JOIN sale_lines l ON l.product_id = p.id"
                                                    " WHERE p.category_id = ? AND p.active = 1 AND p.price > 0"
                                                    " GROUP BY p.id ORDER BY count(l.sale_id) DESC, p.id LIMIT 10"),
                                     {category});
            QList<qint64> ids;
            while (q.next())
                ids.append(q.value(QStringLiteral("id")).toLongLong());
            q.finish();
            const qint64 before = out.size();
            for (qint64 id : ids) {
                take(m_catalog.findById(id), true);
                if (out.size() > before)
                    break; // one per category
            }
        }
    }
    return out;
}

} // namespace omnitill
