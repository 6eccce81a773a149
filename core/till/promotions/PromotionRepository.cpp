#include "PromotionRepository.h"

#include "common/DomainError.h"
#include "promotions/PromotionJson.h"
#include "store/Counters.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace omnitill {

namespace {
const QString kRevision = QStringLiteral("promotions_revision");
} // namespace

void PromotionRepository::put(const Promotion& promotion, const QDateTime& updatedAt)
{
    Counters(m_db).next(kRevision);
    m_db.exec(QStringLiteral("INSERT INTO promotions(id, body, updated_at) VALUES(?, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"),
              {promotion.id, QString::fromUtf8(QJsonDocument(promotionToJson(promotion)).toJson(QJsonDocument::Compact)),
               updatedAt.isValid() ? updatedAt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("")});
}

void PromotionRepository::remove(const QString& id)
{
    Counters(m_db).next(kRevision);
    m_db.exec(QStringLiteral("DELETE FROM promotions WHERE id = ?"), {id});
}

QList<Promotion> PromotionRepository::all()
{
    QList<Promotion> out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT body FROM promotions ORDER BY id"));
    while (q.next()) {
        try {
            out.append(promotionFromJson(QJsonDocument::fromJson(q.value(QStringLiteral("body")).toString().toUtf8()).object()));
        } catch (const DomainError&) {
            // Stored by an older or newer OmniTill in a form this one cannot read: not applied.
        }
    }
    q.finish();
    return out;
}

std::optional<Promotion> PromotionRepository::find(const QString& id)
{
    // The engine holds every promotion already parsed: no query or JSON per totals refresh.
    if (const Promotion* promotion = engine().find(id))
        return *promotion;
    return std::nullopt;
}

const PromotionEngine& PromotionRepository::engine()
{
    // Every change counts up the revision, also those another connection (the sync thread) made.
    const qint64 revision = Counters(m_db).current(kRevision);
    if (!m_engine || revision != m_revision) {
        m_engine = std::make_unique<PromotionEngine>(all());
        m_revision = revision;
    }
    return *m_engine;
}

} // namespace omnitill
