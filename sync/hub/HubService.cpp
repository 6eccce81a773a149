#include "HubService.h"
#include "AisleOrderEvent.h"

#include "EventType.h"
#include "HubAmounts.h"
#include "HubError.h"
#include "HubJournalExport.h"
#include "HubPromotionCheck.h"
#include "MemberEnrolledEvent.h"
#include "RequestSignature.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QUuid>

#include <optional>

namespace omnitill::hub {

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(crypto::sha256(token.trimmed().toUtf8()).toHex());
}
} // namespace

HubService::HubService(HubDatabase& db, const Clock& clock, HubSigningKey key)
    : m_db(db), m_clock(clock), m_catalog(db), m_feeds(db), m_loyalty(db, m_feeds, clock), m_giftCards(db, m_feeds, clock),
      m_offers(db, m_feeds, clock), m_returns(db, m_loyalty, m_giftCards), m_reference(db, m_feeds, m_loyalty, clock),
      m_stock(db, m_feeds, clock), m_requests(db, m_feeds, clock), m_journal(db),
      m_key(std::make_unique<SharedSigner>(std::move(key.signer))), m_kioskSecret(std::move(key.kioskSecret))
{
    m_integrator = std::make_unique<HubIntegrator>(m_db, m_feeds, m_clock, *m_key);
    m_coupons = std::make_unique<HubCoupons>(m_db, m_feeds, m_clock, *m_key);
    m_pickups = std::make_unique<HubPickups>(m_db, *m_integrator);
}

HubService::~HubService() = default;

QString HubService::now() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

QByteArray HubService::publicKey() const
{
    return m_key->publicKeyDer();
}

QByteArray HubService::kioskCodeKey(const QString& storeId) const
{
    return QMessageAuthenticationCode::hash(QByteArrayLiteral("omnitill kiosk codes/") + storeId.toUtf8(), m_kioskSecret,
                                            QCryptographicHash::Sha256);
}

void HubService::createStore(const QString& id, const QString& name)
{
    if (id.trimmed().isEmpty())
        throw HubError(400, QStringLiteral("store.id"), QStringLiteral("a store needs an id"));
    if (m_db.execAffected(QStringLiteral("INSERT INTO stores(id, name, created_at) VALUES(?, ?, ?) ON CONFLICT(id) DO NOTHING"),
                          {id, name, now()}) == 0)
        throw HubError(409, QStringLiteral("store.exists"), QStringLiteral("store %1 already exists").arg(id));
}

QString HubService::createEnrollToken(const QString& storeId, const QString& tillCode)
{
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"), {storeId}).isValid())
        throw HubError(404, QStringLiteral("store.unknown"), QStringLiteral("no store %1").arg(storeId));
    // 20 random bytes, base32-like text a person can type: only the hash is kept.
    const QString token = QString::fromLatin1(crypto::randomBytes(15).toBase64(QByteArray::Base64UrlEncoding));
    m_db.exec(QStringLiteral("INSERT INTO enroll_tokens(token_hash, store_id, till_code, created_at) VALUES(?, ?, ?, ?)"),
              {tokenHash(token), storeId, tillCode, now()});
    return token;
}

QJsonObject HubService::enroll(const QString& token, const QByteArray& publicKeyDer, const QByteArray& journalKeyDer)
{
    if (!EcdsaP256Signer::isP256PublicKey(publicKeyDer))
        throw HubError(400, QStringLiteral("enroll.key"), QStringLiteral("the public key is not an EC P-256 key"));
    if (!journalKeyDer.isEmpty() && !EcdsaP256Signer::isP256PublicKey(journalKeyDer))
        throw HubError(400, QStringLiteral("enroll.journal_key"), QStringLiteral("the journal's public key is not an EC P-256 key"));
    const QString deviceId = uuid();
    const QString keyText = QString::fromLatin1(publicKeyDer.toBase64());
    HubTransaction tx(m_db);
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT t.store_id, t.till_code, t.created_at, t.used_by, d.public_key FROM enroll_tokens t"
                                            " LEFT JOIN devices d ON d.id = t.used_by WHERE t.token_hash = ?"),
                             {tokenHash(token)});
    if (!q.next()) {
        q.finish();
        throw HubError(403, QStringLiteral("enroll.token"), QStringLiteral("the enrollment token is unknown or already used"));
    }
    const QString storeId = q.value(QStringLiteral("store_id")).toString();
    const QString tillCode = q.value(QStringLiteral("till_code")).toString();
    const QDateTime created = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    const QString usedBy = q.value(QStringLiteral("used_by")).toString();
    const QString usedKey = q.value(QStringLiteral("public_key")).toString();
    q.finish();
    const auto answer = [&](const QString& device) {
        return QJsonObject{{QStringLiteral("device_id"), device},
                           {QStringLiteral("store_id"), storeId},
                           {QStringLiteral("till_code"), tillCode},
                           {QStringLiteral("hub_public_key"), QString::fromLatin1(publicKey().toBase64())},
                           {QStringLiteral("kiosk_code_key"), QString::fromLatin1(kioskCodeKey(storeId).toBase64())}};
    };
    // The same till asking again with the same key (its answer was lost): the same enrolment.
    if (!usedBy.isEmpty() && usedKey == keyText)
        return answer(usedBy);
    if (!created.isValid() || created.addSecs(kEnrollTokenHours * 3600) < m_clock.nowUtc())
        throw HubError(403, QStringLiteral("enroll.expired"),
                       QStringLiteral("the enrollment token expired %1 hours after it was made; make a new one").arg(kEnrollTokenHours));
    // Marking the token used in the same statement that checks it makes it one-time, also for two
    // requests racing on two hub processes.
    if (m_db.execAffected(QStringLiteral("UPDATE enroll_tokens SET used_by = ? WHERE token_hash = ? AND used_by IS NULL"),
                          {deviceId, tokenHash(token)}) != 1)
        throw HubError(403, QStringLiteral("enroll.token"), QStringLiteral("the enrollment token is unknown or already used"));
    m_db.exec(QStringLiteral("INSERT INTO devices(id, store_id, till_code, public_key, enrolled_at) VALUES(?, ?, ?, ?, ?)"),
              {deviceId, storeId, tillCode, keyText, now()});
    if (!journalKeyDer.isEmpty())
        m_journal.registerKey(deviceId, journalKeyDer, now());
    tx.commit();
    return answer(deviceId);
}

void HubService::revoke(const QString& deviceId)
{
    if (m_db.execAffected(QStringLiteral("UPDATE devices SET revoked = 1 WHERE id = ?"), {deviceId}) != 1)
        throw HubError(404, QStringLiteral("device.unknown"), QStringLiteral("no device %1").arg(deviceId));
}

QJsonArray HubService::devices()
{
    QJsonArray out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, store_id, till_code, revoked, acked_seq, enrolled_at, last_seen_at"
                                            " FROM devices ORDER BY store_id, till_code"));
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("device_id"), q.value(QStringLiteral("id")).toString()},
                               {QStringLiteral("store_id"), q.value(QStringLiteral("store_id")).toString()},
                               {QStringLiteral("till_code"), q.value(QStringLiteral("till_code")).toString()},
                               {QStringLiteral("revoked"), q.value(QStringLiteral("revoked")).toInt() != 0},
                               {QStringLiteral("acked_seq"), q.value(QStringLiteral("acked_seq")).toLongLong()},
                               {QStringLiteral("enrolled_at"), q.value(QStringLiteral("enrolled_at")).toString()},
                               {QStringLiteral("last_seen_at"), q.value(QStringLiteral("last_seen_at")).toString()}});
    return out;
}

QJsonArray HubService::conflicts(const QString& status)
{
    QJsonArray out;
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT id, device_id, device_seq, event_id, reason, status, created_at, resolution"
                                            " FROM conflicts WHERE status = ? ORDER BY created_at"),
                             {status});
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("id"), q.value(QStringLiteral("id")).toString()},
                               {QStringLiteral("device_id"), q.value(QStringLiteral("device_id")).toString()},
                               {QStringLiteral("device_seq"), q.value(QStringLiteral("device_seq")).toLongLong()},
                               {QStringLiteral("event_id"), q.value(QStringLiteral("event_id")).toString()},
                               {QStringLiteral("reason"), q.value(QStringLiteral("reason")).toString()},
                               {QStringLiteral("status"), q.value(QStringLiteral("status")).toString()},
                               {QStringLiteral("created_at"), q.value(QStringLiteral("created_at")).toString()},
                               {QStringLiteral("resolution"), q.value(QStringLiteral("resolution")).toString()}});
    return out;
}

void HubService::resolveConflict(const QString& id, const QString& resolution)
{
    if (resolution.trimmed().isEmpty())
        throw HubError(400, QStringLiteral("conflict.resolution"), QStringLiteral("say how the conflict was resolved"));
    if (m_db.execAffected(QStringLiteral("UPDATE conflicts SET status = 'resolved', resolved_at = ?, resolution = ?"
                                         " WHERE id = ? AND status = 'open'"),
                          {now(), resolution, id}) != 1)
        throw HubError(404, QStringLiteral("conflict.unknown"), QStringLiteral("no open conflict %1").arg(id));
}

QJsonObject HubService::journalExport(const QString& deviceId, const QDate& from, const QDate& to)
{
    return HubJournalExport(m_db, m_journal, m_returns).period(deviceId, from, to);
}

QJsonObject HubService::stats()
{
    const auto count = [&](const QString& sql) { return m_db.scalar(sql).toLongLong(); };
    return {{QStringLiteral("stores"), count(QStringLiteral("SELECT count(*) FROM stores"))},
            {QStringLiteral("devices"), count(QStringLiteral("SELECT count(*) FROM devices"))},
            {QStringLiteral("events"), count(QStringLiteral("SELECT count(*) FROM events"))},
            {QStringLiteral("sales"), count(QStringLiteral("SELECT count(*) FROM sales"))},
            {QStringLiteral("sales_total"), count(QStringLiteral("SELECT coalesce(sum(total), 0) FROM sales"))},
            {QStringLiteral("returns"), count(QStringLiteral("SELECT count(*) FROM integrator_feed WHERE kind = 'return'"))},
            {QStringLiteral("pickups"), count(QStringLiteral("SELECT count(*) FROM integrator_feed WHERE kind = 'pickup'"))},
            {QStringLiteral("replenishment_requests"),
             count(QStringLiteral("SELECT count(*) FROM integrator_feed WHERE kind = 'replenishment'"))},
            {QStringLiteral("integrator_feed"), count(QStringLiteral("SELECT count(*) FROM integrator_feed"))},
            {QStringLiteral("online_orders"), count(QStringLiteral("SELECT count(*) FROM online_orders"))},
            {QStringLiteral("members"), count(QStringLiteral("SELECT count(*) FROM members WHERE erased = 0"))},
            {QStringLiteral("loyalty_movements"), count(QStringLiteral("SELECT count(*) FROM points_ledger"))},
            {QStringLiteral("conflicts"), count(QStringLiteral("SELECT count(*) FROM conflicts"))},
            {QStringLiteral("conflicts_open"), count(QStringLiteral("SELECT count(*) FROM conflicts WHERE status = 'open'"))},
            {QStringLiteral("products"), count(QStringLiteral("SELECT count(*) FROM products"))}};
}

void HubService::checkSignedHead(const RequestSignature& signature)
{
    publicKeyOf(signature);
}

QByteArray HubService::publicKeyOf(const RequestSignature& signature)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT public_key, revoked FROM devices WHERE id = ?"), {signature.deviceId});
    if (!q.next())
        throw HubError(401, QStringLiteral("auth.unknown_device"), QStringLiteral("unknown device"));
    const QByteArray publicKey = QByteArray::fromBase64(q.value(QStringLiteral("public_key")).toString().toLatin1());
    const bool revoked = q.value(QStringLiteral("revoked")).toInt() != 0;
    q.finish();
    if (revoked)
        throw HubError(403, QStringLiteral("auth.revoked"), QStringLiteral("this device has been revoked"));
    const QDateTime stamp = QDateTime::fromString(signature.timestamp, Qt::ISODateWithMs);
    if (!stamp.isValid() || qAbs(stamp.secsTo(m_clock.nowUtc())) > RequestSignature::kMaxSkewSeconds)
        throw HubError(401, QStringLiteral("auth.stale"), QStringLiteral("the request time is more than 5 minutes off"));
    if (signature.nonce.size() < 16 || signature.nonce.size() > 64)
        throw HubError(401, QStringLiteral("auth.signature"), QStringLiteral("the request signature does not verify"));
    return publicKey;
}

QString HubService::authenticate(const RequestSignature& signature, const QByteArray& method, const QString& path, const QByteArray& body)
{
    if (!signature.verify(publicKeyOf(signature), method, path, body))
        throw HubError(401, QStringLiteral("auth.signature"), QStringLiteral("the request signature does not verify"));
    if (m_db.execAffected(QStringLiteral("INSERT INTO nonces(device_id, nonce, seen_at) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"),
                          {signature.deviceId, signature.nonce, now()}) != 1)
        throw HubError(401, QStringLiteral("auth.replay"), QStringLiteral("this request was already received"));
    // Nonces older than the allowed clock skew can never be replayed successfully.
    m_db.exec(QStringLiteral("DELETE FROM nonces WHERE device_id = ? AND seen_at < ?"),
              {signature.deviceId, m_clock.nowUtc().addSecs(-2 * RequestSignature::kMaxSkewSeconds).toString(Qt::ISODateWithMs)});
    return signature.deviceId;
}

qint64 HubService::heldUpTo(const QString& deviceId)
{
    return m_db.scalar(QStringLiteral("SELECT acked_seq FROM devices WHERE id = ?"), {deviceId}).toLongLong();
}

PushResult HubService::push(const QString& deviceId, const QJsonArray& events)
{
    QList<protocol::PushRequest::Event> list;
    list.reserve(events.size());
    for (const QJsonValue& event : events)
        list.append({event.toObject(), {}});
    return push(deviceId, list);
}

PushResult HubService::push(const QString& deviceId, const QList<protocol::PushRequest::Event>& events, qint64 after)
{
    return push(deviceId, PreparedPush::read(deviceId, events), after);
}

PushResult HubService::push(const QString& deviceId, const PreparedPush& prepared, qint64 after)
{
    const QList<PushEvent>& incoming = prepared.events;
    try {
        return pushBatch(deviceId, incoming, after);
    } catch (const DomainError& e) {
        if (e.code() != QLatin1String(HubDatabase::kDataError))
            throw;
        // Something in one event broke a rule of the database that PreparedPush's checks did not
        // foresee. Each event then goes on its own, and the one that fails is kept as sent.
        qWarning("hub: a push from %s failed on its data (%s); applying its %lld events one by one", qPrintable(deviceId),
                 qPrintable(e.message()), qint64(incoming.size()));
    }
    PushResult total;
    for (const PushEvent& in : incoming) {
        PushResult one;
        try {
            one = pushBatch(deviceId, {in});
        } catch (const DomainError& e) {
            if (e.code() != QLatin1String(HubDatabase::kDataError))
                throw;
            qWarning("hub: event %lld of %s could not be applied: %s", in.seq, qPrintable(deviceId), qPrintable(e.message()));
            PushEvent kept = in;
            kept.problem = QStringLiteral("the %1 event could not be applied; it is kept as sent").arg(in.type);
            one = pushBatch(deviceId, {kept});
        }
        total.highestSeq = one.highestSeq;
        total.kioskCodeKey = one.kioskCodeKey;
        total.applied += one.applied;
        total.duplicates += one.duplicates;
        total.conflicts += one.conflicts;
        for (QJsonArray* list : {&total.conflictDetails, &total.members, &total.giftCards}) {
            const QJsonArray& from = list == &total.conflictDetails ? one.conflictDetails
                                     : list == &total.members       ? one.members
                                                                    : one.giftCards;
            for (const QJsonValue& v : from)
                list->append(v);
        }
    }
    return total;
}

PushResult HubService::pushBatch(const QString& deviceId, const QList<PushEvent>& incoming, qint64 after)
{
    qint64 lowSeq = std::numeric_limits<qint64>::max();
    qint64 highSeq = 0;
    for (const PushEvent& in : incoming) {
        lowSeq = std::min(lowSeq, in.seq);
        highSeq = std::max(highSeq, in.seq);
    }
    PushResult result;
    HubTransaction tx(m_db);
    // One push of a device at a time, also across hub processes: another waits here for this one's
    // commit, and then sees what it held.
    QSqlQuery& device = m_db.exec(QStringLiteral("SELECT store_id, acked_seq FROM devices WHERE id = ?") +
                                      (m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                                  {deviceId});
    device.next();
    const QString storeId = device.value(0).toString();
    qint64 acked = device.value(1).toLongLong();
    device.finish();
    if (acked < after)
        throw HubError(409, QLatin1String(protocol::PushRequest::kAhead),
                       QStringLiteral("events up to %1 have not arrived yet; send this push again after them").arg(after));
    lockLedgerRows(incoming);
    const QString received = now();
    // What comes back was new; everything else was already held.
    QSet<qint64> inserted;
    QList<QVariantList> eventRows;
    eventRows.reserve(incoming.size());
    for (const PushEvent& in : incoming)
        eventRows.append({deviceId, in.seq, in.eventId, in.type, m_db.text(keptForEver(in)), received});
    const QStringList eventColumns{QStringLiteral("device_id"),  QStringLiteral("device_seq"), QStringLiteral("event_id"),
                                   QStringLiteral("event_type"), QStringLiteral("payload"),    QStringLiteral("received_at")};
    if (m_db.copyIfAllNew(QStringLiteral("events"), eventColumns, eventRows)) {
        for (const PushEvent& in : incoming)
            inserted.insert(in.seq);
    } else {
        m_db.copyRows(QStringLiteral("events"), eventColumns, eventRows, QStringLiteral(" ON CONFLICT DO NOTHING RETURNING device_seq"),
                      [&](const QSqlQuery& q) { inserted.insert(q.value(0).toLongLong()); });
    }
    QHash<qint64, QString> held; // for events not inserted: what the hub holds at their sequence
    if (inserted.size() < incoming.size()) {
        QSqlQuery& q = m_db.exec(QStringLiteral("SELECT device_seq, event_id FROM events WHERE device_id = ?"
                                                " AND device_seq BETWEEN ? AND ?"),
                                 {deviceId, lowSeq, highSeq});
        while (q.next())
            held.insert(q.value(QStringLiteral("device_seq")).toLongLong(), q.value(QStringLiteral("event_id")).toString());
        q.finish();
    }
    struct FeedRow
    {
        QString kind;
        qint64 seq;
        QString stockDelta;
    };
    QList<FeedRow> feedRows;      // what integrators will read, and what it did to stock
    QList<QVariantList> saleRows; // the sales read model
    QSet<QString> members;        // whose points changed
    QSet<QString> cards;          // gift cards and store credit the batch changed
    HubOffers::Baskets baskets;   // products bought together, members' categories
    HubPromotionCheck promotionCheck(m_db);
    QStringList soldSkus;
    for (const PushEvent& in : incoming)
        if (in.sale && inserted.contains(in.seq))
            for (const protocol::SaleEventLine& line : in.sale->lines)
                soldSkus.append(line.sku);
    promotionCheck.readCategories(soldSkus);
    for (const PushEvent& in : incoming) {
        if (!inserted.contains(in.seq)) {
            if (held.value(in.seq) == in.eventId) {
                ++result.duplicates; // sent again after a lost reply: already held, nothing to do
            } else if (!held.contains(in.seq)) {
                // Its event id is another event's: kept under its sequence with an id of its own,
                // or the till's acknowledged sequence could never pass it.
                m_db.exec(QStringLiteral("INSERT INTO events(device_id, device_seq, event_id, event_type, payload, received_at)"
                                         " VALUES(?, ?, ?, ?, ?, ?)"),
                          {deviceId, in.seq, QStringLiteral("reused:%1:%2").arg(deviceId).arg(in.seq), in.type,
                           QString::fromUtf8(keptForEver(in)), received});
                openConflict(
                    deviceId, in.seq, in.eventId,
                    QStringLiteral("device sequence %1: event id %2 was already used by another event").arg(in.seq).arg(in.eventId));
                ++result.conflicts;
            } else {
                // Same sequence, another event: keep the fact with the conflict and flag it.
                const QString reason = QStringLiteral("device sequence %1 was reused by another event").arg(in.seq);
                openConflict(deviceId, in.seq, in.eventId, reason, keptForEver(in));
                ++result.conflicts;
            }
            continue;
        }
        ++result.applied;
        // Kept as sent, applied nowhere: someone looks at it with the till's staff.
        if (!in.problem.isEmpty()) {
            openConflict(deviceId, in.seq, in.eventId, QStringLiteral("device sequence %1: %2").arg(in.seq).arg(in.problem));
            ++result.conflicts;
            continue;
        }
        if (const QString kind = HubIntegrator::feedKind(in.type); !kind.isEmpty())
            feedRows.append({kind, in.seq, in.stockDelta});
        if (in.type == protocol::EventType::kMemberEnrolled) {
            const QString problem =
                m_reference.enrolFromTill(protocol::MemberEnrolledEvent::fromJson(in.event.value(QStringLiteral("body")).toObject()));
            if (!problem.isEmpty()) {
                openConflict(deviceId, in.seq, in.eventId, problem);
                ++result.conflicts;
            }
            continue;
        }
        if (in.type == protocol::EventType::kReturn) {
            const QString problem = m_returns.postReturn(storeId, deviceId, *in.returned, members, cards);
            if (!problem.isEmpty()) {
                openConflict(deviceId, in.seq, in.eventId, problem);
                ++result.conflicts;
            }
            continue;
        }
        if (in.type == protocol::EventType::kAisleOrder) {
            try {
                m_integrator->placeOrderIn(protocol::AisleOrderEvent::fromJson(in.event.value(QStringLiteral("body")).toObject()).order);
            } catch (const HubError& e) {
                openConflict(deviceId, in.seq, in.eventId, QStringLiteral("order in store refused: %1").arg(e.message()));
                ++result.conflicts;
            }
            continue;
        }
        if (in.type.startsWith(protocol::EventType::kReplenishmentFamily) || in.type.startsWith(protocol::EventType::kTransferFamily) ||
            (in.type == protocol::EventType::kStockReceived &&
             in.event.value(QStringLiteral("body")).toObject().contains(QStringLiteral("request_id")))) {
            const QString problem = m_requests.post(storeId, in.type, in.event.value(QStringLiteral("body")).toObject());
            if (!problem.isEmpty()) {
                openConflict(deviceId, in.seq, in.eventId, problem);
                ++result.conflicts;
            }
            continue;
        }
        if (in.type.startsWith(protocol::EventType::kPickupFamily)) {
            const QJsonObject body = in.event.value(QStringLiteral("body")).toObject();
            // Paid online and handed over: a sale like any other for returns, under the order's number.
            if (in.sale)
                saleRows.append(saleRow(*in.sale, deviceId, storeId, in.seq));
            const QString problem = m_pickups->post(storeId, in.type, body);
            if (!problem.isEmpty()) {
                openConflict(deviceId, in.seq, in.eventId, problem);
                ++result.conflicts;
            }
            continue;
        }
        if (in.type != protocol::EventType::kSale)
            continue;
        const protocol::SaleEvent& sale = *in.sale;
        saleRows.append(saleRow(sale, deviceId, storeId, in.seq));
        QString problem = in.saleProblem;
        if (problem.isEmpty())
            problem = promotionCheck.check(storeId, sale);
        if (!problem.isEmpty()) {
            openConflict(deviceId, in.seq, in.eventId, problem);
            ++result.conflicts;
        }
        if (const QString twice = recordKioskOrderSale(storeId, sale); !twice.isEmpty()) {
            openConflict(deviceId, in.seq, in.eventId, twice);
            ++result.conflicts;
        }
        baskets += in.basket;
        const QString couponProblem = m_coupons->recordSale(storeId, sale);
        if (!couponProblem.isEmpty()) {
            openConflict(deviceId, in.seq, in.eventId, couponProblem);
            ++result.conflicts;
        }
        const QString cardProblem = m_giftCards.postSale(storeId, sale, cards);
        if (!cardProblem.isEmpty()) {
            openConflict(deviceId, in.seq, in.eventId, cardProblem);
            ++result.conflicts;
        }
        // In device order, so an overdraft is found where it happened.
        const QString overdraft = m_loyalty.postSale(storeId, sale, members);
        if (!overdraft.isEmpty()) {
            openConflict(deviceId, in.seq, in.eventId, overdraft);
            ++result.conflicts;
        }
    }
    m_offers.keep(baskets);
    m_loyalty.publishMembers(members);
    result.members = m_loyalty.balances(members);
    result.giftCards = m_giftCards.balances(cards);
    const QStringList saleColumns{QStringLiteral("id"),         QStringLiteral("device_id"), QStringLiteral("store_id"),
                                  QStringLiteral("receipt_id"), QStringLiteral("total"),     QStringLiteral("currency"),
                                  QStringLiteral("created_at"), QStringLiteral("device_seq")};
    if (!m_db.copyIfAllNew(QStringLiteral("sales"), saleColumns, saleRows))
        m_db.copyRows(QStringLiteral("sales"), saleColumns, saleRows, QStringLiteral(" ON CONFLICT DO NOTHING"));
    // Advance the acknowledged sequence over every event now held without a gap: when the events
    // above it are as many as the distance to the highest one, there is no gap.
    QSqlQuery& above = m_db.exec(QStringLiteral("SELECT count(*) AS held, coalesce(max(device_seq), 0) AS highest FROM events"
                                                " WHERE device_id = ? AND device_seq > ?"),
                                 {deviceId, acked});
    above.next();
    const qint64 count = above.value(QStringLiteral("held")).toLongLong();
    const qint64 highest = above.value(QStringLiteral("highest")).toLongLong();
    above.finish();
    if (count > 0 && highest - acked == count) {
        acked = highest;
    } else {
        while (m_db.scalar(QStringLiteral("SELECT 1 FROM events WHERE device_id = ? AND device_seq = ?"), {deviceId, acked + 1}).isValid())
            ++acked;
    }
    m_db.exec(QStringLiteral("UPDATE devices SET acked_seq = ?, last_seen_at = ? WHERE id = ?"), {acked, received, deviceId});
    if (!feedRows.isEmpty()) {
        // Numbered last: the counter's lock is held only from here to the commit.
        qint64 seq = m_db.reserveSequence(QStringLiteral("integrator"), feedRows.size());
        QList<QVariantList> rows;
        for (const FeedRow& row : feedRows)
            rows.append({seq++, row.kind, storeId, deviceId, row.seq, row.stockDelta});
        m_db.copyRows(QStringLiteral("integrator_feed"),
                      {QStringLiteral("seq"), QStringLiteral("kind"), QStringLiteral("store_id"), QStringLiteral("device_id"),
                       QStringLiteral("device_seq"), QStringLiteral("stock_delta")},
                      rows);
    }
    if (!incoming.isEmpty()) {
        QSqlQuery& reported = m_db.exec(QStringLiteral("SELECT device_seq, event_id, reason FROM conflicts WHERE device_id = ?"
                                                       " AND device_seq BETWEEN ? AND ? ORDER BY device_seq"),
                                        {deviceId, lowSeq, highSeq});
        while (reported.next())
            result.conflictDetails.append(
                QJsonObject{{QStringLiteral("device_seq"), reported.value(QStringLiteral("device_seq")).toLongLong()},
                            {QStringLiteral("event_id"), reported.value(QStringLiteral("event_id")).toString()},
                            {QStringLiteral("reason"), reported.value(QStringLiteral("reason")).toString()}});
        reported.finish();
    }
    tx.commit();
    result.highestSeq = acked;
    result.kioskCodeKey = QString::fromLatin1(kioskCodeKey(storeId).toBase64());
    return result;
}

QByteArray HubService::keptForEver(const PushEvent& in)
{
    if (in.type != protocol::EventType::kMemberEnrolled)
        return in.bytes.isEmpty() ? QJsonDocument(in.event).toJson(QJsonDocument::Compact) : in.bytes;
    // The event log and the conflicts are kept for ever; a person's name and phone live only in
    // members, where erasure can reach them.
    QJsonObject kept = in.event;
    kept.insert(QStringLiteral("body"),
                protocol::MemberEnrolledEvent::withoutPersonalDetails(kept.value(QStringLiteral("body")).toObject()));
    return QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

void HubService::eraseMember(const QString& memberId)
{
    HubTransaction tx(m_db);
    m_reference.eraseMember(memberId);
    const auto enrolmentOf = [&](const QString& payload) -> std::optional<QByteArray> {
        const QJsonObject event = QJsonDocument::fromJson(payload.toUtf8()).object();
        const QString type = event.value(QStringLiteral("type")).toString();
        if (type != protocol::EventType::kMemberEnrolled ||
            event.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString() != memberId)
            return std::nullopt;
        PushEvent enrolment;
        enrolment.type = type;
        enrolment.event = event;
        const QByteArray kept = keptForEver(enrolment);
        return kept == payload.toUtf8() ? std::nullopt : std::optional<QByteArray>(kept);
    };
    const QString mentions = QStringLiteral("%\"") + memberId + QStringLiteral("\"%");
    // select: key and payload of the rows that may mention the member; update: payload by key.
    const auto scrub = [&](const QString& select, const QString& update) {
        QList<std::pair<QString, QByteArray>> rewritten;
        QSqlQuery& q = m_db.exec(select, {mentions});
        while (q.next()) {
            if (const auto kept = enrolmentOf(q.value(1).toString()))
                rewritten.append({q.value(0).toString(), *kept});
        }
        q.finish();
        for (const auto& [key, kept] : rewritten)
            m_db.exec(update, {QString::fromUtf8(kept), key});
    };
    scrub(QStringLiteral("SELECT event_id, payload FROM events WHERE event_type = 'member_enrolled' AND payload LIKE ?"),
          QStringLiteral("UPDATE events SET payload = ? WHERE event_id = ?"));
    scrub(QStringLiteral("SELECT id, payload FROM conflicts WHERE payload LIKE ?"),
          QStringLiteral("UPDATE conflicts SET payload = ? WHERE id = ?"));
    tx.commit();
}

void HubService::lockLedgerRows(const QList<PushEvent>& events)
{
    if (!m_db.isPostgres())
        return; // SQLite's writer holds the whole database already
    // Sales post to members and gift cards in device order; two hub processes doing so for the
    // same rows in different orders would deadlock. Taking the rows first, in one global order,
    // makes the second wait instead.
    QStringList members;
    QStringList cards;
    for (const PushEvent& e : events) {
        if (e.sale) {
            if (e.sale->loyalty && !e.sale->loyalty->memberId.isEmpty())
                members.append(e.sale->loyalty->memberId);
            for (const protocol::SaleEventGiftCardLoad& g : e.sale->giftCards)
                cards.append(g.number);
            for (const protocol::SaleEventTender& t : e.sale->tenders) {
                if (t.kind == protocol::SaleEventTender::kGiftCard)
                    cards.append(t.reference);
            }
        }
        if (e.returned) {
            if (e.returned->loyalty && !e.returned->loyalty->memberId.isEmpty())
                members.append(e.returned->loyalty->memberId);
            for (const protocol::ReturnEventTender& t : e.returned->tenders) {
                if (t.kind == protocol::SaleEventTender::kGiftCard)
                    cards.append(t.reference);
            }
        }
    }
    for (QStringList* list : {&members, &cards}) {
        list->sort();
        list->removeDuplicates();
    }
    for (const QString& id : members)
        m_db.scalar(QStringLiteral("SELECT 1 FROM members WHERE id = ? FOR UPDATE"), {id});
    for (const QString& number : cards)
        m_db.scalar(QStringLiteral("SELECT 1 FROM gift_cards WHERE number = ? FOR UPDATE"), {number});
}

qint64 HubService::expirePoints()
{
    HubTransaction tx(m_db);
    QSet<QString> members;
    const qint64 expired = m_loyalty.expire(members);
    m_loyalty.publishMembers(members);
    tx.commit();
    return expired;
}

namespace {
QJsonObject postedJson(const HubLoyalty::Posted& posted)
{
    return {{QStringLiteral("entry_id"), posted.entryId},
            {QStringLiteral("points_balance"), posted.balance},
            {QStringLiteral("replayed"), posted.replayed}};
}
} // namespace

QJsonObject HubService::postPoints(const QString& memberId, const QJsonObject& request)
{
    HubTransaction tx(m_db);
    const HubLoyalty::Posted posted = m_loyalty.post(
        memberId, request.value(QStringLiteral("kind")).toString(),
        HubAmounts::wholeNumber(request, "points", -HubAmounts::kMaxPoints, HubAmounts::kMaxPoints, QStringLiteral("points.range")),
        request.value(QStringLiteral("idempotency_key")).toString(), request.value(QStringLiteral("reference")).toString());
    tx.commit();
    return postedJson(posted);
}

QJsonObject HubService::reversePoints(const QJsonObject& request)
{
    HubTransaction tx(m_db);
    const HubLoyalty::Posted posted = m_loyalty.reverse(
        request.value(QStringLiteral("original_key")).toString(),
        HubAmounts::wholeNumber(request, "points", 1, HubAmounts::kMaxPoints, QStringLiteral("points.range")),
        request.value(QStringLiteral("idempotency_key")).toString(), request.value(QStringLiteral("reference")).toString());
    tx.commit();
    return postedJson(posted);
}

QJsonObject HubService::feedPage(const QString& deviceId, const QString& feed, const QString& cursor, int limit)
{
    const QString storeId = m_db.scalar(QStringLiteral("SELECT store_id FROM devices WHERE id = ?"), {deviceId}).toString();
    if (feed == QLatin1String("stock"))
        m_stock.fold();
    return m_feeds.page(feed, storeId, cursor, limit);
}

QJsonObject HubService::importData(const QJsonObject& data, const std::function<void(qint64, qint64)>& progress)
{
    QJsonObject written;
    if (data.contains(QStringLiteral("products")) || data.contains(QStringLiteral("tax_rates")) ||
        data.contains(QStringLiteral("categories")))
        written.insert(QStringLiteral("products"), m_catalog.import(data, progress));
    if (data.contains(QStringLiteral("staff")))
        written.insert(QStringLiteral("staff"), m_reference.importStaff(data.value(QStringLiteral("staff")).toArray()));
    if (data.contains(QStringLiteral("settings")))
        written.insert(QStringLiteral("settings"), m_reference.importSettings(data.value(QStringLiteral("settings")).toArray()));
    if (data.contains(QStringLiteral("members")))
        written.insert(QStringLiteral("members"), m_reference.importMembers(data.value(QStringLiteral("members")).toArray()));
    if (data.contains(QStringLiteral("promotions")))
        written.insert(QStringLiteral("promotions"), m_reference.importPromotions(data.value(QStringLiteral("promotions")).toArray()));
    if (data.contains(QStringLiteral("prices")))
        written.insert(QStringLiteral("prices"), m_catalog.setPrices(data.value(QStringLiteral("prices")).toArray()));
    if (data.contains(QStringLiteral("stock")))
        written.insert(QStringLiteral("stock"), m_stock.setLevels(data.value(QStringLiteral("stock")).toArray()));
    if (data.contains(QStringLiteral("orders"))) {
        // A batch of online orders (a community group-buy, say): all placed, or none. Placing the
        // same order again changes nothing, so a batch that failed can be fixed and imported again.
        HubTransaction tx(m_db);
        const QJsonArray orders = data.value(QStringLiteral("orders")).toArray();
        for (const QJsonValue& order : orders)
            m_integrator->placeOrderIn(protocol::OrderRequest::fromJson(order.toObject()));
        tx.commit();
        written.insert(QStringLiteral("orders"), orders.size());
    }
    if (written.isEmpty())
        throw HubError(
            400, QStringLiteral("import.empty"),
            QStringLiteral("nothing to import: expected tax_rates, categories, products, prices, staff, settings, members, promotions,"
                           " stock or orders"));
    return written;
}

QString HubService::recordKioskOrderSale(const QString& storeId, const protocol::SaleEvent& sale)
{
    const QString& order = sale.kioskOrder;
    if (order.isEmpty() || sale.training)
        return {};
    const QString& saleId = sale.saleId;
    m_db.exec(QStringLiteral("INSERT INTO kiosk_order_sales(order_id, sale_id, receipt_id, store_id) VALUES(?, ?, ?, ?)"
                             " ON CONFLICT DO NOTHING"),
              {order, saleId, sale.receiptId, storeId});
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT sale_id, receipt_id FROM kiosk_order_sales WHERE order_id = ?"), {order});
    q.next();
    const QString first = q.value(QStringLiteral("sale_id")).toString();
    const QString firstReceipt = q.value(QStringLiteral("receipt_id")).toString();
    q.finish();
    // Two tills, offline, each took the customer's money for the same ticket: one must be refunded.
    return first == saleId
               ? QString()
               : QStringLiteral("kiosk order %1 paid twice: receipt %2 and receipt %3").arg(order, firstReceipt, sale.receiptId);
}

QVariantList HubService::saleRow(const protocol::SaleEvent& sale, const QString& deviceId, const QString& storeId, qint64 seq)
{
    return {sale.saleId, deviceId, storeId, sale.receiptId, sale.total, sale.currency, sale.createdAt, seq};
}

QString HubService::openConflict(const QString& deviceId, qint64 seq, const QString& eventId, const QString& reason,
                                 const QByteArray& payload)
{
    const QString id = uuid();
    m_db.exec(QStringLiteral("INSERT INTO conflicts(id, device_id, device_seq, event_id, reason, status, created_at, payload)"
                             " VALUES(?, ?, ?, ?, ?, 'open', ?, ?)"),
              {id, deviceId, seq, eventId, reason, now(), payload.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(payload))});
    return id;
}

QString HubService::tillLabel(const QString& deviceId)
{
    QSqlQuery& q = m_db.exec(QStringLiteral("SELECT store_id, till_code FROM devices WHERE id = ?"), {deviceId});
    const QString label = q.next() ? q.value(0).toString() + QLatin1Char('-') + q.value(1).toString() : deviceId;
    q.finish();
    return label;
}

protocol::JournalSyncAnswer HubService::journalSync(const QString& deviceId, const protocol::JournalSyncRequest& request)
{
    HubTransaction tx(m_db);
    std::optional<JournalFinding> finding;
    QList<JournalUnsignedRun> unsignedRuns;
    protocol::JournalSyncAnswer answer = m_journal.sync(deviceId, request, now(), finding, unsignedRuns);
    for (const JournalUnsignedRun& run : unsignedRuns)
        openConflict(deviceId, 0, QStringLiteral("journal-unsigned"),
                     QStringLiteral("journal of till %1 unsigned from entry %2: the signing device failed (%3)")
                         .arg(tillLabel(deviceId))
                         .arg(run.seq)
                         .arg(run.reason),
                     QJsonDocument(QJsonObject{{QStringLiteral("journal_seq"), run.seq}}).toJson(QJsonDocument::Compact));
    const auto reasonOf = [&](qint64 seq, bool exact, const QString& detail) {
        return QStringLiteral("journal of till %1 broken at %2entry %3: %4")
            .arg(tillLabel(deviceId), exact ? QString() : QStringLiteral("or before "))
            .arg(seq)
            .arg(detail);
    };
    if (finding) {
        const QString reason = reasonOf(finding->seq, finding->exact, finding->detail);
        // Not under an event's number (0: events start at 1); the entry is in the reason and the payload.
        const QByteArray payload =
            QJsonDocument(QJsonObject{{QStringLiteral("journal_seq"), finding->seq}, {QStringLiteral("exact"), finding->exact}})
                .toJson(QJsonDocument::Compact);
        if (finding->conflictId.isEmpty())
            m_journal.setConflict(deviceId, openConflict(deviceId, 0, QStringLiteral("journal"), reason, payload));
        else
            m_db.exec(QStringLiteral("UPDATE conflicts SET reason = ?, payload = ? WHERE id = ?"),
                      {reason, QString::fromUtf8(payload), finding->conflictId});
    }
    if (answer.brokenAt > 0)
        answer.reason = reasonOf(answer.brokenAt, true, answer.reason);
    tx.commit();
    return answer;
}

} // namespace omnitill::hub
