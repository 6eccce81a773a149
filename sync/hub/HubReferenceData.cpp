#include "HubReferenceData.h"
#include "ReferenceFeedItems.h"

#include "HubDatabase.h"
#include "HubError.h"
#include "HubFeeds.h"
#include "HubLoyalty.h"
#include "SyncFeeds.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "coupons/PersonalCouponPolicy.h"
#include "crypto/Crypto.h"
#include "loyalty/LoyaltyRules.h"
#include "promotions/PromotionJson.h"
#include "staff/PinPolicy.h"

#include <QJsonObject>
#include <QSet>

namespace omnitill::hub {

namespace {
[[noreturn]] void invalid(const QString& code, const QString& what)
{
    throw HubError(400, code, what);
}

QString scopeOf(const QJsonObject& o)
{
    const QString store = o.value(QStringLiteral("store_id")).toString();
    return store.isEmpty() ? QStringLiteral("*") : store;
}

} // namespace

qint64 HubReferenceData::importStaff(const QJsonArray& staff)
{
    QList<FeedItem> items;
    QSet<QString> pins;   // store + PIN: a PIN alone identifies a person at a till
    QSet<QString> stores; // known to exist
    for (const QJsonValue& v : staff) {
        const QJsonObject s = v.toObject();
        const QString code = s.value(QStringLiteral("code")).toString().trimmed();
        const QString name = s.value(QStringLiteral("name")).toString().trimmed();
        const QString role = s.value(QStringLiteral("role")).toString();
        const QString pin = s.value(QStringLiteral("pin")).toString();
        if (code.isEmpty() || name.isEmpty())
            invalid(QStringLiteral("staff.invalid"), QStringLiteral("each staff member needs a code and a name"));
        if (role != QLatin1String("cashier") && role != QLatin1String("supervisor") && role != QLatin1String("manager"))
            invalid(QStringLiteral("staff.invalid"), QStringLiteral("%1: role must be cashier, supervisor or manager").arg(code));
        if (!PinPolicy::isValidFormat(pin))
            invalid(QStringLiteral("staff.invalid"), QStringLiteral("%1: a PIN has 4 to 8 digits").arg(code));
        // A PIN hash goes only to the tills of the store the person works at: one that reached every
        // till of the chain could be cracked offline from any of them.
        const QString scope = s.value(QStringLiteral("store_id")).toString();
        if (scope.isEmpty())
            invalid(QStringLiteral("staff.store"),
                    QStringLiteral("%1: name the store this person works at (store_id); someone working at several stores is"
                                   " listed once for each")
                        .arg(code));
        if (!stores.contains(scope) && !m_db.scalar(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"), {scope}).isValid())
            invalid(QStringLiteral("staff.store"), QStringLiteral("%1: there is no store %2").arg(code, scope));
        stores.insert(scope);
        if (pins.contains(scope + QLatin1Char('\n') + pin))
            invalid(QStringLiteral("staff.pin_taken"), QStringLiteral("%1: this PIN is already given to someone else").arg(code));
        pins.insert(scope + QLatin1Char('\n') + pin);
        const QByteArray salt = crypto::randomBytes(16);
        const QByteArray hash = crypto::pbkdf2Sha256(pin.toUtf8(), salt, PinPolicy::kIterations);
        items.append({scope, code,
                      protocol::StaffFeedItem{code, name, role, QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()),
                                              PinPolicy::kIterations, s.value(QStringLiteral("active")).toBool(true)}
                          .toJson()});
    }
    HubTransaction tx(m_db);
    m_feeds.publish(protocol::StaffFeedItem::kFeed, items);
    tx.commit();
    return items.size();
}

qint64 HubReferenceData::importSettings(const QJsonArray& settings)
{
    QList<FeedItem> items;
    for (const QJsonValue& v : settings) {
        const QJsonObject s = v.toObject();
        const QString key = s.value(QStringLiteral("key")).toString();
        if (!protocol::hubManagedSettings().contains(key))
            invalid(QStringLiteral("settings.key"), QStringLiteral("\"%1\" is not a setting the hub manages (%2)")
                                                        .arg(key, protocol::hubManagedSettings().join(QStringLiteral(", "))));
        const QString value = s.value(QStringLiteral("value")).toVariant().toString();
        if (const QString problem = LoyaltyRules::checkSetting(key, value); !problem.isEmpty())
            invalid(QStringLiteral("settings.value"), problem);
        if (key == QLatin1String(PersonalCouponPolicy::kSettingKey)) {
            if (scopeOf(s) != QLatin1String("*"))
                invalid(QStringLiteral("settings.value"), QStringLiteral("%1 is chain-wide: members shop everywhere").arg(key));
            if (const QString problem = PersonalCouponPolicy::check(value); !problem.isEmpty())
                invalid(QStringLiteral("settings.value"), problem);
        }
        items.append({scopeOf(s), key, protocol::SettingFeedItem{key, value}.toJson()});
    }
    HubTransaction tx(m_db);
    m_feeds.publish(protocol::SettingFeedItem::kFeed, items);
    tx.commit();
    return items.size();
}

qint64 HubReferenceData::importPromotions(const QJsonArray& promotions)
{
    QList<FeedItem> items;
    for (const QJsonValue& v : promotions) {
        const QJsonObject in = v.toObject();
        Promotion p;
        try {
            p = promotionFromJson(in); // the same rules the tills apply
        } catch (const DomainError& e) {
            invalid(QStringLiteral("promotions.invalid"), e.message());
        }
        // Products travel by SKU: each till maps them to its own product ids.
        QJsonObject body = promotionToJson(p);
        body.remove(QStringLiteral("products"));
        body.insert(QStringLiteral("skus"), in.value(QStringLiteral("skus")).toArray());
        body.insert(QStringLiteral("active"), in.value(QStringLiteral("active")).toBool(true));
        body.insert(QStringLiteral("updated_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
        items.append({scopeOf(in), p.id, body});
    }
    HubTransaction tx(m_db);
    m_feeds.publish(QStringLiteral("promotions"), items);
    tx.commit();
    return items.size();
}

QString HubReferenceData::enrolFromTill(const protocol::MemberEnrolledEvent& m)
{
    const QString& id = m.id;
    const QString& card = m.cardCode;
    if (id.isEmpty() || card.isEmpty())
        return QStringLiteral("an enrolled member needs an id and a card code");
    if (!m.consent)
        return QStringLiteral("member %1 was enrolled without recorded consent").arg(id);
    // Never SQL NULL: the columns hold '' for what was not given.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    const int inserted =
        m_db.execAffected(QStringLiteral("INSERT INTO members(id, card_code, name, phone, email, consent, points_balance, updated_at)"
                                         " VALUES(?, ?, ?, ?, ?, 1, 0, ?) ON CONFLICT DO NOTHING"),
                          {id, card, text(m.name), text(m.phone), text(m.email), m_clock.nowUtc().toString(Qt::ISODateWithMs)});
    if (inserted == 0) {
        const QString owner = m_db.scalar(QStringLiteral("SELECT id FROM members WHERE card_code = ?"), {card}).toString();
        if (owner != id)
            return QStringLiteral("card %1 of member %2 already belongs to member %3").arg(card, id, owner);
        return {}; // the same enrolment again
    }
    m_loyalty.publishMember(id);
    return {};
}

qint64 HubReferenceData::importMembers(const QJsonArray& members)
{
    for (const QJsonValue& v : members) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("id")).toString().isEmpty() || m.value(QStringLiteral("card_code")).toString().isEmpty())
            invalid(QStringLiteral("member.invalid"), QStringLiteral("each member needs an id and a card_code"));
        if (m.value(QStringLiteral("points_balance")).toInteger(-1) < 0)
            invalid(
                QStringLiteral("member.invalid"),
                QStringLiteral("%1: points_balance must be a whole number, not negative").arg(m.value(QStringLiteral("id")).toString()));
    }
    const QString stamp = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    HubTransaction tx(m_db);
    for (const QJsonValue& v : members) {
        const QJsonObject m = v.toObject();
        const QString id = m.value(QStringLiteral("id")).toString();
        const QString text = QStringLiteral("");
        // The balance belongs to the ledger: a new member starts at zero and is brought to the
        // imported balance by an adjustment, like a member already known.
        m_db.exec(QStringLiteral("INSERT INTO members(id, card_code, name, phone, email, consent, points_balance, updated_at)"
                                 " VALUES(?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT(id) DO UPDATE SET card_code = excluded.card_code,"
                                 " name = excluded.name, phone = excluded.phone, email = excluded.email, consent = excluded.consent,"
                                 " updated_at = excluded.updated_at"),
                  {id, m.value(QStringLiteral("card_code")).toString(), m.value(QStringLiteral("name")).toString(text),
                   m.value(QStringLiteral("phone")).toString(text), m.value(QStringLiteral("email")).toString(text),
                   m.value(QStringLiteral("consent")).toBool() ? 1 : 0, stamp});
        m_loyalty.setBalance(id, m.value(QStringLiteral("points_balance")).toInteger(), QStringLiteral("import"));
        m_loyalty.publishMember(id);
    }
    tx.commit();
    return members.size();
}

void HubReferenceData::eraseMember(const QString& memberId)
{
    // The card code goes too: it could be tied back to a person. What remains is the id.
    const QString pseudonym = QStringLiteral("erased:") + memberId;
    if (m_db.execAffected(QStringLiteral("UPDATE members SET card_code = ?, name = NULL, phone = NULL, email = NULL, consent = 0,"
                                         " erased = 1, updated_at = ? WHERE id = ?"),
                          {pseudonym, m_clock.nowUtc().toString(Qt::ISODateWithMs), memberId}) != 1)
        throw HubError(404, QStringLiteral("member.unknown"), QStringLiteral("no member %1").arg(memberId));
    m_loyalty.publishMember(memberId);
}

} // namespace omnitill::hub
