#include "HubLoyalty.h"
#include "ReferenceFeedItems.h"

#include "HubAmounts.h"
#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "common/Clock.h"

#include <QJsonDocument>

namespace omnitill::hub {

namespace {
const QString kNever = QStringLiteral("9999-12-31T00:00:00.000Z");

QString saleKey(const QString& saleId, const char* kind)
{
    return QStringLiteral("sale:%1:%2").arg(saleId, QLatin1String(kind));
}
} // namespace

QString HubLoyalty::now() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

int HubLoyalty::expiryDays()
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'loyalty.expiry_days'"));
    return v.isValid() ? v.toInt() : kDefaultExpiryDays;
}

void HubLoyalty::setExpiryDays(int days)
{
    if (days < 0 || days > 36500)
        throw HubError(400, QStringLiteral("loyalty.expiry_days"), QStringLiteral("expiry days must be 0 (never) to 36500"));
    m_db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('loyalty.expiry_days', ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {QString::number(days)});
}

bool HubLoyalty::memberExists(const QString& memberId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {memberId}).isValid();
}

bool HubLoyalty::insertEntry(qint64 id, const QString& memberId, const QString& kind, qint64 points, const QString& key,
                             const QString& reference, const QString& storeId, const QString& expiresAt, qint64 remaining, qint64 reverses)
{
    return m_db.execAffected(QStringLiteral("INSERT INTO points_ledger(id, member_id, kind, points, idem_key, reference, store_id,"
                                            " created_at, expires_at, remaining, reverses) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            " ON CONFLICT(idem_key) DO NOTHING"),
                             {id, memberId, kind, points, key, reference.isNull() ? QStringLiteral("") : reference,
                              storeId.isEmpty() ? QVariant() : QVariant(storeId), now(),
                              expiresAt.isEmpty() ? QVariant() : QVariant(expiresAt), remaining,
                              reverses ? QVariant(reverses) : QVariant(QMetaType(QMetaType::LongLong))}) == 1;
}

qint64 HubLoyalty::addToBalance(const QString& memberId, qint64 delta, qint64 lifetimeDelta)
{
    // One statement changes the balance: two postings for one member can never both read the old one.
    // It refuses to leave the range rather than wrap (or, in SQLite, turn into a float).
    if (m_db.execAffected(QStringLiteral("UPDATE members SET points_balance = points_balance + ?, lifetime_points = lifetime_points + ?,"
                                         " updated_at = ? WHERE id = ? AND abs(points_balance + ?) <= ? AND abs(lifetime_points + ?) <= ?"),
                          {delta, lifetimeDelta, now(), memberId, delta, kMaxBalance, lifetimeDelta, kMaxBalance}) != 1)
        throw HubError(409, QStringLiteral("points.range"),
                       QStringLiteral("member %1's points would leave the range of %2").arg(memberId).arg(kMaxBalance));
    return balanceOf(memberId);
}

qint64 HubLoyalty::balanceOf(const QString& memberId)
{
    return m_db.scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = ?"), {memberId}).toLongLong();
}

std::optional<HubLoyalty::Posted> HubLoyalty::replayOf(const QString& key, const QString& memberId)
{
    const QVariant existing = m_db.scalar(QStringLiteral("SELECT id FROM points_ledger WHERE idem_key = ?"), {key});
    if (!existing.isValid())
        return std::nullopt;
    return Posted{existing.toLongLong(), balanceOf(memberId), true};
}

qint64 HubLoyalty::earn(const QString& memberId, const QString& kind, qint64 points, const QString& key, const QString& reference,
                        const QString& storeId, bool& replayed)
{
    const qint64 before = balanceOf(memberId);
    // A debt left by an overdraft is paid from the new lot first.
    const qint64 lot = points - std::min(points, std::max<qint64>(0, -before));
    const int days = expiryDays();
    const QString expires = days == 0 ? kNever : m_clock.nowUtc().addDays(days).toString(Qt::ISODateWithMs);
    const qint64 id = m_db.reserveSequence(QStringLiteral("points"), 1);
    replayed = !insertEntry(id, memberId, kind, points, key, reference, storeId, expires, lot, 0);
    if (replayed)
        return before;
    // Only points earned by buying count towards a tier.
    return addToBalance(memberId, points, kind == QLatin1String("earn") ? points : 0);
}

qint64 HubLoyalty::takeFefo(qint64 entryId, const QString& memberId, qint64 points)
{
    QList<std::pair<qint64, qint64>> lots;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, remaining FROM points_ledger WHERE member_id = ? AND remaining > 0"
                                            " ORDER BY expires_at, id"),
                             {memberId});
    while (q.next())
        lots.append({q.value(QStringLiteral("id")).toLongLong(), q.value(QStringLiteral("remaining")).toLongLong()});
    q.finish();
    qint64 left = points;
    for (const auto& [lotId, remaining] : lots) {
        if (left == 0)
            break;
        const qint64 take = std::min(left, remaining);
        m_db.exec(QStringLiteral("UPDATE points_ledger SET remaining = remaining - ? WHERE id = ?"), {take, lotId});
        m_db.exec(QStringLiteral("INSERT INTO points_allocations(entry_id, lot_id, points) VALUES(?, ?, ?)"), {entryId, lotId, take});
        left -= take;
    }
    return left;
}

QString HubLoyalty::postSale(const QString& storeId, const protocol::SaleEvent& sale, QSet<QString>& members)
{
    if (!sale.loyalty || sale.loyalty->memberId.isEmpty())
        return {};
    const QString& memberId = sale.loyalty->memberId;
    const QString& saleId = sale.saleId;
    const QString& receipt = sale.receiptId;
    const qint64 redeemed = sale.loyalty->redeemed;
    const qint64 earned = sale.loyalty->earned;
    if (redeemed < 0 || earned < 0)
        return QStringLiteral("sale %1: negative points").arg(receipt);
    if (redeemed > HubAmounts::kMaxPoints || earned > HubAmounts::kMaxPoints)
        return QStringLiteral("sale %1: points out of range").arg(receipt);
    if (!memberExists(memberId))
        return QStringLiteral("sale %1: points for member %2, whom the hub does not know").arg(receipt, memberId);
    QString problem;
    if (redeemed > 0) {
        const qint64 id = m_db.reserveSequence(QStringLiteral("points"), 1);
        if (insertEntry(id, memberId, QStringLiteral("redeem"), -redeemed, saleKey(saleId, "redeem"), receipt, storeId, {}, 0, 0)) {
            const qint64 uncovered = takeFefo(id, memberId, redeemed);
            const qint64 balance = addToBalance(memberId, -redeemed, 0);
            if (uncovered > 0)
                problem = QStringLiteral("sale %1: member %2 redeemed %3 points offline with only %4 available; overdrawn by %5")
                              .arg(receipt, memberId)
                              .arg(redeemed)
                              .arg(balance + redeemed)
                              .arg(uncovered);
            members.insert(memberId);
        }
    }
    if (earned > 0) {
        bool replayed = false;
        earn(memberId, QStringLiteral("earn"), earned, saleKey(saleId, "earn"), receipt, storeId, replayed);
        if (!replayed)
            members.insert(memberId);
    }
    return problem;
}

HubLoyalty::Posted HubLoyalty::post(const QString& memberId, const QString& kind, qint64 points, const QString& key,
                                    const QString& reference)
{
    if (key.trimmed().isEmpty())
        throw HubError(400, QStringLiteral("points.key"), QStringLiteral("every posting needs an idempotency key"));
    if (!memberExists(memberId))
        throw HubError(404, QStringLiteral("member.unknown"), QStringLiteral("no member %1").arg(memberId));
    if (const std::optional<Posted> replay = replayOf(key, memberId))
        return *replay;
    Posted out;
    const bool adding = kind == QLatin1String("earn") || (kind == QLatin1String("adjust") && points > 0);
    const bool taking = kind == QLatin1String("redeem") || (kind == QLatin1String("adjust") && points < 0);
    if ((!adding && !taking) || (kind != QLatin1String("adjust") && points <= 0))
        throw HubError(400, QStringLiteral("points.kind"),
                       QStringLiteral("post earn or redeem with positive points, or adjust with a signed number"));
    if (adding) {
        bool replayed = false;
        out.balance = earn(memberId, kind, points, key, reference, {}, replayed);
    } else {
        const qint64 amount = std::abs(points);
        const qint64 balance = balanceOf(memberId);
        if (amount > balance)
            throw HubError(409, QStringLiteral("points.insufficient"),
                           QStringLiteral("member %1 has %2 points, not %3").arg(memberId).arg(balance).arg(amount));
        const qint64 id = m_db.reserveSequence(QStringLiteral("points"), 1);
        insertEntry(id, memberId, kind, -amount, key, reference, {}, {}, 0, 0);
        takeFefo(id, memberId, amount);
        out.balance = addToBalance(memberId, -amount, 0);
    }
    out.entryId = m_db.scalar(QStringLiteral("SELECT id FROM points_ledger WHERE idem_key = ?"), {key}).toLongLong();
    publishMember(memberId);
    return out;
}

HubLoyalty::Posted HubLoyalty::reverse(const QString& originalKey, qint64 points, const QString& key, const QString& reference)
{
    if (points <= 0 || key.trimmed().isEmpty())
        throw HubError(400, QStringLiteral("points.reverse"), QStringLiteral("reverse a positive number of points, with a key"));
    QSqlQuery& q =
        m_db.exec(QStringLiteral("SELECT id, member_id, kind, points, remaining FROM points_ledger WHERE idem_key = ?"), {originalKey});
    if (!q.next()) {
        q.finish();
        throw HubError(404, QStringLiteral("points.unknown"), QStringLiteral("no points entry %1").arg(originalKey));
    }
    const qint64 originalId = q.value(QStringLiteral("id")).toLongLong();
    const QString memberId = q.value(QStringLiteral("member_id")).toString();
    const QString kind = q.value(QStringLiteral("kind")).toString();
    const qint64 original = q.value(QStringLiteral("points")).toLongLong();
    const qint64 lotRemaining = q.value(QStringLiteral("remaining")).toLongLong();
    q.finish();
    if (const std::optional<Posted> replay = replayOf(key, memberId))
        return *replay;
    Posted out;
    if (kind != QLatin1String("earn") && kind != QLatin1String("redeem"))
        throw HubError(400, QStringLiteral("points.reverse"), QStringLiteral("only earnings and redemptions are reversed"));
    const qint64 already = std::abs(
        m_db.scalar(QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE reverses = ?"), {originalId}).toLongLong());
    if (points > std::abs(original) - already)
        throw HubError(409, QStringLiteral("points.reverse_over"),
                       QStringLiteral("only %1 of entry %2 is left to reverse").arg(std::abs(original) - already).arg(originalKey));
    const qint64 id = m_db.reserveSequence(QStringLiteral("points"), 1);
    if (kind == QLatin1String("earn")) {
        // Off the lot while it lasts; what was already spent leaves the member owing it.
        const qint64 fromLot = std::min(points, lotRemaining);
        insertEntry(id, memberId, QStringLiteral("reverse"), -points, key, reference, {}, {}, 0, originalId);
        m_db.exec(QStringLiteral("UPDATE points_ledger SET remaining = remaining - ? WHERE id = ?"), {fromLot, originalId});
        if (fromLot < points)
            takeFefo(id, memberId, points - fromLot);
        out.balance = addToBalance(memberId, -points, -points);
    } else {
        insertEntry(id, memberId, QStringLiteral("reverse"), points, key, reference, {}, {}, 0, originalId);
        // Back to the lots it came from, the latest-expiring first, never more than each gave.
        QList<std::pair<qint64, qint64>> taken;
        QSqlQuery& a = m_db.exec(QStringLiteral("SELECT a.lot_id, a.points FROM points_allocations a JOIN points_ledger l"
                                                " ON l.id = a.lot_id WHERE a.entry_id = ? ORDER BY l.expires_at DESC, l.id DESC"),
                                 {originalId});
        while (a.next())
            taken.append({a.value(QStringLiteral("lot_id")).toLongLong(), a.value(QStringLiteral("points")).toLongLong()});
        a.finish();
        qint64 skip = already; // what earlier reversals gave back, from the same end
        qint64 left = points;
        for (const auto& [lotId, took] : taken) {
            const qint64 skipped = std::min(skip, took);
            skip -= skipped;
            const qint64 give = std::min(left, took - skipped);
            if (give <= 0)
                continue;
            m_db.exec(QStringLiteral("UPDATE points_ledger SET remaining = remaining + ? WHERE id = ?"), {give, lotId});
            m_db.exec(QStringLiteral("INSERT INTO points_allocations(entry_id, lot_id, points) VALUES(?, ?, ?)"), {id, lotId, -give});
            left -= give;
        }
        out.balance = addToBalance(memberId, points, 0);
    }
    out.entryId = id;
    publishMember(memberId);
    return out;
}

qint64 HubLoyalty::expire(QSet<QString>& members)
{
    struct Lot
    {
        qint64 id;
        QString member;
        qint64 remaining;
    };
    QList<Lot> lots;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, member_id, remaining FROM points_ledger WHERE remaining > 0 AND expires_at <= ?"
                                            " ORDER BY id"),
                             {now()});
    while (q.next())
        lots.append({q.value(QStringLiteral("id")).toLongLong(), q.value(QStringLiteral("member_id")).toString(),
                     q.value(QStringLiteral("remaining")).toLongLong()});
    q.finish();
    qint64 total = 0;
    for (const Lot& lot : lots) {
        const qint64 id = m_db.reserveSequence(QStringLiteral("points"), 1);
        if (!insertEntry(id, lot.member, QStringLiteral("expire"), -lot.remaining,
                         QStringLiteral("expire:%1:%2").arg(lot.id).arg(lot.remaining), QStringLiteral("expiry"), {}, {}, 0, 0))
            continue;
        m_db.exec(QStringLiteral("UPDATE points_ledger SET remaining = 0 WHERE id = ?"), {lot.id});
        m_db.exec(QStringLiteral("INSERT INTO points_allocations(entry_id, lot_id, points) VALUES(?, ?, ?)"), {id, lot.id, lot.remaining});
        addToBalance(lot.member, -lot.remaining, 0);
        members.insert(lot.member);
        total += lot.remaining;
    }
    return total;
}

void HubLoyalty::setBalance(const QString& memberId, qint64 balance, const QString& reference)
{
    const qint64 current = balanceOf(memberId);
    if (balance == current)
        return;
    const QString key = QStringLiteral("set:%1:%2:%3").arg(memberId).arg(m_db.reserveSequence(QStringLiteral("points"), 1)).arg(balance);
    if (balance > current) {
        bool replayed = false;
        earn(memberId, QStringLiteral("adjust"), balance - current, key, reference, {}, replayed);
    } else {
        const qint64 id = m_db.reserveSequence(QStringLiteral("points"), 1);
        insertEntry(id, memberId, QStringLiteral("adjust"), balance - current, key, reference, {}, {}, 0, 0);
        takeFefo(id, memberId, current - balance);
        addToBalance(memberId, balance - current, 0);
    }
}

QJsonObject HubLoyalty::account(const QString& memberId, int limit)
{
    QSqlQuery& m = m_db.exec(QStringLiteral("SELECT points_balance, lifetime_points FROM members WHERE id = ?"), {memberId});
    if (!m.next()) {
        m.finish();
        throw HubError(404, QStringLiteral("member.unknown"), QStringLiteral("no member %1").arg(memberId));
    }
    QJsonObject out{{QStringLiteral("member_id"), memberId},
                    {QStringLiteral("points_balance"), m.value(QStringLiteral("points_balance")).toLongLong()},
                    {QStringLiteral("lifetime_points"), m.value(QStringLiteral("lifetime_points")).toLongLong()}};
    m.finish();
    QJsonArray lots;
    QSqlQuery& l = m_db.exec(QStringLiteral("SELECT id, remaining, expires_at FROM points_ledger WHERE member_id = ? AND remaining > 0"
                                            " ORDER BY expires_at, id"),
                             {memberId});
    while (l.next())
        lots.append(QJsonObject{{QStringLiteral("lot"), l.value(QStringLiteral("id")).toLongLong()},
                                {QStringLiteral("remaining"), l.value(QStringLiteral("remaining")).toLongLong()},
                                {QStringLiteral("expires_at"), l.value(QStringLiteral("expires_at")).toString() == kNever
                                                                   ? QString()
                                                                   : l.value(QStringLiteral("expires_at")).toString()}});
    l.finish();
    QJsonArray entries;
    QSqlQuery& e = m_db.exec(QStringLiteral("SELECT id, kind, points, idem_key, reference, store_id, created_at FROM points_ledger"
                                            " WHERE member_id = ? ORDER BY id DESC LIMIT ?"),
                             {memberId, limit});
    while (e.next())
        entries.append(QJsonObject{{QStringLiteral("id"), e.value(QStringLiteral("id")).toLongLong()},
                                   {QStringLiteral("kind"), e.value(QStringLiteral("kind")).toString()},
                                   {QStringLiteral("points"), e.value(QStringLiteral("points")).toLongLong()},
                                   {QStringLiteral("key"), e.value(QStringLiteral("idem_key")).toString()},
                                   {QStringLiteral("reference"), e.value(QStringLiteral("reference")).toString()},
                                   {QStringLiteral("store_id"), e.value(QStringLiteral("store_id")).toString()},
                                   {QStringLiteral("created_at"), e.value(QStringLiteral("created_at")).toString()}});
    e.finish();
    out.insert(QStringLiteral("lots"), lots);
    out.insert(QStringLiteral("entries"), entries);
    return out;
}

QJsonArray HubLoyalty::balances(const QSet<QString>& members)
{
    QJsonArray out;
    for (const QString& id : members) {
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT points_balance, lifetime_points FROM members WHERE id = ?"), {id});
        if (q.next())
            out.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("points_balance"), q.value(QStringLiteral("points_balance")).toLongLong()},
                                   {QStringLiteral("lifetime_points"), q.value(QStringLiteral("lifetime_points")).toLongLong()}});
        q.finish();
    }
    return out;
}

void HubLoyalty::publishMember(const QString& memberId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT card_code, name, phone, email, consent, points_balance, lifetime_points, erased"
                                            " FROM members WHERE id = ?"),
                             {memberId});
    if (!q.next()) {
        q.finish();
        return;
    }
    const auto text = [&q](const char* column) {
        const QVariant v = q.value(QLatin1String(column));
        return v.isNull() ? QStringLiteral("") : v.toString();
    };
    const protocol::MemberFeedItem member{memberId,
                                          text("card_code"),
                                          text("name"),
                                          text("phone"),
                                          text("email"),
                                          q.value(QStringLiteral("consent")).toInt() != 0,
                                          q.value(QStringLiteral("points_balance")).toLongLong(),
                                          q.value(QStringLiteral("lifetime_points")).toLongLong(),
                                          q.value(QStringLiteral("erased")).toInt() != 0};
    q.finish();
    m_feeds.publish(protocol::MemberFeedItem::kFeed, {{QStringLiteral("*"), memberId, member.toJson()}});
}

void HubLoyalty::publishMembers(const QSet<QString>& members)
{
    for (const QString& id : members)
        publishMember(id);
}

} // namespace omnitill::hub
