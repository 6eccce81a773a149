#include "PromotionRepository.h"

#include "PromotionJson.h"
#include "common/DomainError.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace omnitill {

void PromotionRepository::put(const Promotion& promotion, const QDateTime& updatedAt)
{
    m_db.exec(QStringLiteral("INSERT INTO promotions(id, body, updated_at) VALUES(?, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"),
              {promotion.id, QString::fromUtf8(QJsonDocument(promotionToJson(promotion)).toJson(QJsonDocument::Compact)),
               updatedAt.toUTC().toString(Qt::ISODateWithMs)});
}

void PromotionRepository::remove(const QString& id)
{
    m_db.exec(QStringLiteral("DELETE FROM promotions WHERE id = ?"), {id});
}

QList<Promotion> PromotionRepository::all()
{
    QList<Promotion> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT body FROM promotions ORDER BY id"));
    while (q.next()) {
        try {
            out.append(promotionFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
        } catch (const DomainError&) {
            // Stored by an older or newer OmniTill in a form this one cannot read: not applied.
        }
    }
    q.finish();
    return out;
}

const PromotionEngine& PromotionRepository::engine()
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT count(*), coalesce(max(updated_at), '') FROM promotions"));
    q.next();
    const QString signature = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    q.finish();
    if (!m_engine || signature != m_signature) {
        m_engine = std::make_unique<PromotionEngine>(all());
        m_signature = signature;
    }
    return *m_engine;
}

} // namespace omnitill
