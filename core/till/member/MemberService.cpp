#include "MemberService.h"
#include "MemberEnrolledEvent.h"

#include "barcode/Gtin.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/HubTokenRefusal.h"
#include "outbox/Outbox.h"
#include "sale/SaleService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QRandomGenerator>
#include <QUuid>

namespace omnitill {

namespace {

QString digits(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

MemberSummary summaryFrom(QSqlQuery& q)
{
    const QString phone = digits(q.value(QStringLiteral("phone")).toString());
    return {q.value(QStringLiteral("id")).toString(), q.value(QStringLiteral("card_code")).toString(),
            q.value(QStringLiteral("shown_name")).toString(), phone.right(4), q.value(QStringLiteral("points_balance")).toLongLong()};
}

// A name is shown only where the member consented to it being kept.
const QString kColumns = QStringLiteral("SELECT id, card_code, CASE WHEN consent = 1 THEN coalesce(name, '') ELSE '' END AS shown_name,"
                                        " coalesce(phone, '') AS phone, points_balance FROM members ");
} // namespace

namespace {
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

void MemberService::applyHubMember(Database& db, const MemberRecord& m)
{
    db.exec(QStringLiteral("DELETE FROM members WHERE card_code = ? AND id <> ?"), {m.cardCode, m.id});
    db.exec(QStringLiteral("INSERT INTO members(id, card_code, name, phone, email, consent, points_balance, lifetime_points,"
                           " erased) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET card_code = excluded.card_code,"
                           " name = excluded.name, phone = excluded.phone, email = excluded.email,"
                           " consent = excluded.consent, points_balance = excluded.points_balance,"
                           " lifetime_points = excluded.lifetime_points, erased = excluded.erased"),
            {m.id, m.cardCode, orNull(m.name), orNull(m.phone), orNull(m.email), m.consent ? 1 : 0, m.pointsBalance, m.lifetimePoints,
             m.erased ? 1 : 0});
    if (m.erased)
        Outbox::eraseMemberDetails(db, m.id);
}

void MemberService::applyHubBalance(Database& db, const QString& memberId, qint64 balance, qint64 lifetimePoints)
{
    db.exec(QStringLiteral("UPDATE members SET points_balance = ?, lifetime_points = ? WHERE id = ?"), {balance, lifetimePoints, memberId});
}

bool MemberService::isMemberCode(const QString& code)
{
    return HubToken::looksLike(code, HubToken::kMember) || byCard(code.trimmed()).has_value();
}

std::optional<MemberSummary> MemberService::one(const QString& column, const QString& value)
{
    if (value.isEmpty())
        return std::nullopt;
    QSqlQuery& q = m_db.exec(kColumns + QStringLiteral("WHERE %1 = ? AND erased = 0").arg(column), {value});
    std::optional<MemberSummary> out;
    if (q.next())
        out = summaryFrom(q);
    q.finish();
    return out;
}

std::optional<MemberSummary> MemberService::summary(const QString& memberId)
{
    return byId(memberId);
}

std::optional<MemberSummary> MemberService::byId(const QString& id)
{
    return one(QStringLiteral("id"), id);
}

std::optional<MemberSummary> MemberService::byCard(const QString& cardCode)
{
    return one(QStringLiteral("card_code"), cardCode);
}

MemberSummary MemberService::identify(Cart& cart, const QString& code)
{
    const QString text = code.trimmed();
    if (HubToken::looksLike(text, HubToken::kMember)) {
        const HubToken::Checked token = HubToken::check(text, HubToken::kMember, 1, m_settings.hubPublicKey(), m_clock.nowUtc());
        if (!token.fields || token.fields->value(0).isEmpty())
            throw DomainError(QStringLiteral("member.bad_token"), HubTokenRefusal::message(token, HubToken::kMember));
        const QString id = token.fields->value(0);
        MemberSummary member = byId(id).value_or(MemberSummary{id, {}, {}, {}, 0});
        cart.setMemberId(member.id);
        m_sales.reprice(cart);
        return member;
    }
    const std::optional<MemberSummary> member = byCard(text);
    if (!member)
        throw DomainError(QStringLiteral("member.unknown"), Tr::tr("No member with card %1").arg(text));
    cart.setMemberId(member->id);
    m_sales.reprice(cart);
    return *member;
}

QList<MemberSummary> MemberService::findByPhone(const QString& phone)
{
    const QString wanted = digits(phone);
    if (wanted.size() < 7)
        throw DomainError(QStringLiteral("member.phone"), Tr::tr("Type at least seven digits of the phone number"));
    QList<MemberSummary> out;
    // Phones are stored as typed (+7 999 000-11-22); compare digits, the end of the number.
    QSqlQuery& q = m_db.exec(kColumns + QStringLiteral("WHERE erased = 0 AND phone IS NOT NULL AND phone <> ''"));
    while (q.next()) {
        if (digits(q.value(QStringLiteral("phone")).toString()).endsWith(wanted))
            out.append(summaryFrom(q));
    }
    q.finish();
    return out;
}

MemberSummary MemberService::select(Cart& cart, const QString& memberId)
{
    const std::optional<MemberSummary> member = byId(memberId);
    if (!member)
        throw DomainError(QStringLiteral("member.unknown"), Tr::tr("No member %1").arg(memberId));
    cart.setMemberId(member->id);
    m_sales.reprice(cart);
    return *member;
}

MemberSummary MemberService::enrol(const Session& session, Cart& cart, const QString& name, const QString& phone, bool consent)
{
    if (!session.isValid())
        throw DomainError(QStringLiteral("auth.no_session"), Tr::tr("Nobody is logged in"));
    if (!consent)
        throw DomainError(QStringLiteral("member.consent"), Tr::tr("The customer's consent is needed to enrol them"));
    const QString phoneDigits = digits(phone);
    if (!phone.trimmed().isEmpty() && phoneDigits.size() < 7)
        throw DomainError(QStringLiteral("member.phone"), Tr::tr("Type at least seven digits of the phone number"));
    MemberSummary member;
    member.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    member.name = name.trimmed().left(100);
    member.phoneEnding = phoneDigits.right(4);
    // A restricted-circulation number (prefix 29) with its check digit, unique in this store.
    do {
        QString data = QStringLiteral("29");
        for (int i = 0; i < 10; ++i)
            data.append(QChar(u'0' + char16_t(QRandomGenerator::system()->bounded(10))));
        member.cardCode = data + QString::number(gtin::checkDigit(data));
    } while (byCard(member.cardCode));
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO members(id, card_code, name, phone, consent) VALUES(?, ?, ?, ?, 1)"),
              {member.id, member.cardCode, member.name, phone.trimmed()});
    m_outbox.append(protocol::MemberEnrolledEvent::kType,
                    protocol::MemberEnrolledEvent{
                        member.id, member.cardCode, member.name, phone.trimmed(), {}, true, now, m_settings.storeCode(), session.staffId}
                        .toJson());
    tx.commit();
    cart.setMemberId(member.id);
    m_sales.reprice(cart);
    return member;
}

void MemberService::clear(Cart& cart)
{
    cart.setMemberId({});
    m_sales.reprice(cart);
}

} // namespace omnitill
