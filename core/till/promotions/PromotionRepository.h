#pragma once

#include "promotions/PromotionEngine.h"

#include <memory>
#include <optional>

namespace omnitill {

class Database;

// The promotions this till knows (table promotions, filled from the hub's feed or an import).
// The engine is built once and rebuilt only when the table changed (a revision counter), so a
// scan pays one tiny query, not a parse of every promotion.
class PromotionRepository
{
public:
    explicit PromotionRepository(Database& db) : m_db(db) {}

    // Within the caller's transaction; a promotion with the same id is replaced. updatedAt is
    // when the hub (or the demo) last changed it.
    void put(const Promotion& promotion, const QDateTime& updatedAt);
    void remove(const QString& id);
    QList<Promotion> all();
    // One promotion by id (nullopt when unknown or unreadable), from the engine's parsed set.
    std::optional<Promotion> find(const QString& id);
    const PromotionEngine& engine();

private:
    Database& m_db;
    qint64 m_revision = -1;
    std::unique_ptr<PromotionEngine> m_engine;
};

} // namespace omnitill
