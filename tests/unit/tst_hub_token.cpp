// #19: hub tokens sign their kind, count their fields and carry their issue time and expiry, so a
// token the hub signed for one purpose cannot be relabelled as another.
#include "TestStore.h"
#include "common/DomainError.h"
#include "coupons/Coupon.h"
#include "crypto/HubToken.h"
#include "crypto/HubTokenRefusal.h"
#include "crypto/Signer.h"

#include <QTest>
#include <QTimeZone>

using namespace omnitill;

class TestHubToken : public QObject
{
    Q_OBJECT

    std::unique_ptr<EcdsaP256Signer> m_hub = EcdsaP256Signer::generate();
    const QDateTime m_now{QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc()};

    HubToken::Checked check(const QString& token, const char* kind, int fields) const
    {
        return HubToken::check(token, kind, fields, m_hub->publicKeyDer(), m_now);
    }

    static QString relabel(QString token, const QString& prefix) { return prefix + token.mid(token.indexOf(QLatin1Char('.'))); }

private slots:
    void aGenuineTokenGivesItsFields()
    {
        const QString token =
            HubToken::sign(*m_hub, HubToken::kPickup, {QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001")},
                           m_now.addSecs(-60), m_now.addDays(180));
        QVERIFY(token.startsWith(QStringLiteral("OTP2.")));
        QVERIFY(HubToken::looksLike(token, HubToken::kPickup));
        QVERIFY(!HubToken::looksLike(token, HubToken::kCoupon));
        const HubToken::Checked c = check(token, HubToken::kPickup, 3);
        QCOMPARE(c.refusal, HubToken::Refusal::None);
        QCOMPARE(c.fields, std::optional<QStringList>({QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001")}));
        QCOMPARE(c.expiresAt, m_now.addDays(180));
        QVERIFY(HubTokenRefusal::message(c, HubToken::kPickup).isEmpty());
    }

    // The attack of the review: an order id chosen so that the order token's payload reads as a
    // coupon worth 500.00, relabelled OTC. Version 2 signs the kind and counts the fields.
    void anOrderTokenRelabelledAsACouponOrMemberIsRefused()
    {
        const QStringList crafted{QStringLiteral("C1|amount|50000|0||"), QStringLiteral("S1"), QStringLiteral("Gift")};
        // The hub no longer signs a field holding a separator at all…
        QVERIFY_THROWS_EXCEPTION(DomainError, HubToken::sign(*m_hub, HubToken::kPickup, crafted, m_now, m_now.addDays(1)));
        // …and a genuine pickup token, relabelled, is another kind's: refused.
        const QString pickup = HubToken::sign(
            *m_hub, HubToken::kPickup, {QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001")}, m_now, m_now.addDays(1));
        QCOMPARE(check(relabel(pickup, QStringLiteral("OTC2")), HubToken::kCoupon, Coupon::kFieldCount).refusal,
                 HubToken::Refusal::WrongKind);
        QCOMPARE(check(relabel(pickup, QStringLiteral("OTM2")), HubToken::kMember, 1).refusal, HubToken::Refusal::WrongKind);
        QCOMPARE(check(pickup, HubToken::kCoupon, Coupon::kFieldCount).refusal, HubToken::Refusal::WrongKind);
        // What a hub before #19 signed for that order: relabelled as a coupon, it is a retired
        // version-1 coupon and refused; as a member code, likewise.
        const QString v1 = HubToken::signVersion1(*m_hub, HubToken::kPickup, crafted);
        const HubToken::Checked asCoupon = check(relabel(v1, QStringLiteral("OTC1")), HubToken::kCoupon, Coupon::kFieldCount);
        QVERIFY(!asCoupon.fields);
        QCOMPARE(asCoupon.refusal, HubToken::Refusal::Retired);
        QVERIFY(HubTokenRefusal::message(asCoupon, HubToken::kCoupon).contains(QStringLiteral("security update")));
        QCOMPARE(check(relabel(v1, QStringLiteral("OTM1")), HubToken::kMember, 1).refusal, HubToken::Refusal::Retired);
        // As a version-1 pickup code its fields do not count to three.
        QCOMPARE(check(v1, HubToken::kPickup, 3).refusal, HubToken::Refusal::FieldCount);
    }

    void theFieldCountIsChecked()
    {
        const QString two =
            HubToken::sign(*m_hub, HubToken::kMember, {QStringLiteral("M1"), QStringLiteral("extra")}, m_now, m_now.addDays(1));
        QCOMPARE(check(two, HubToken::kMember, 1).refusal, HubToken::Refusal::FieldCount);
    }

    void issueTimeAndExpiryAreChecked()
    {
        const auto member = [&](const QDateTime& issued, const QDateTime& expires) {
            return check(HubToken::sign(*m_hub, HubToken::kMember, {QStringLiteral("M1")}, issued, expires), HubToken::kMember, 1);
        };
        QCOMPARE(member(m_now.addDays(-8), m_now.addDays(-1)).refusal, HubToken::Refusal::Expired);
        QVERIFY(
            HubTokenRefusal::message(member(m_now.addDays(-8), m_now.addDays(-1)), HubToken::kMember).contains(QStringLiteral("expired")));
        QCOMPARE(member(m_now.addSecs(HubToken::kClockSkewSecs + 60), m_now.addDays(7)).refusal, HubToken::Refusal::NotYetValid);
        QCOMPARE(member(m_now.addSecs(HubToken::kClockSkewSecs - 60), m_now.addDays(7)).refusal,
                 HubToken::Refusal::None);                                              // clocks differ a little
        QCOMPARE(member(m_now.addDays(-7), m_now).refusal, HubToken::Refusal::Expired); // the expiry instant itself is past
        QVERIFY_THROWS_EXCEPTION(DomainError, HubToken::sign(*m_hub, HubToken::kMember, {QStringLiteral("M1")}, m_now, m_now));
    }

    void alteredForeignAndMalformedTokensAreRefused()
    {
        const QString token = HubToken::sign(*m_hub, HubToken::kMember, {QStringLiteral("M1")}, m_now, m_now.addDays(7));
        const QStringList parts = token.split(QLatin1Char('.'));
        const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        const QString altered =
            parts[0] + QLatin1Char('.') + QString::fromLatin1(payload.replace("2:M1", "2:M2").toBase64(b64)) + QLatin1Char('.') + parts[2];
        QCOMPARE(check(altered, HubToken::kMember, 1).refusal, HubToken::Refusal::Forged);
        auto other = EcdsaP256Signer::generate();
        QCOMPARE(
            check(HubToken::sign(*other, HubToken::kMember, {QStringLiteral("M1")}, m_now, m_now.addDays(1)), HubToken::kMember, 1).refusal,
            HubToken::Refusal::Forged);
        // Signed by the hub but not in the format: a length that runs past the end, a leading zero,
        // bytes after the last field.
        for (const QByteArray& bad :
             {QByteArrayLiteral("16:omnitill-token/23:OTM10:1"), QByteArrayLiteral("16:omnitill-token/23:OTM010:1764676800"),
              QByteArrayLiteral("16:omnitill-token/23:OTM10:176467680010:17652816002:M1x")}) {
            const QString t = QStringLiteral("OTM2.") + QString::fromLatin1(bad.toBase64(b64)) + QLatin1Char('.') +
                              QString::fromLatin1(m_hub->sign(bad).toBase64(b64));
            QCOMPARE(check(t, HubToken::kMember, 1).refusal, HubToken::Refusal::Malformed);
        }
        for (const QString& junk :
             {QStringLiteral("OTM2."), QStringLiteral("OTM2.a.b.c"), QStringLiteral("OTM2.!!.??"), QString(5000, u'A')})
            QVERIFY(!check(junk, HubToken::kMember, 1).fields);
    }

    void theTransitionKeepsVersion1PickupCodesOnly()
    {
        const QStringList order{QStringLiteral("web-1"), QStringLiteral("S1"), QStringLiteral("1001")};
        QCOMPARE(check(HubToken::signVersion1(*m_hub, HubToken::kPickup, order), HubToken::kPickup, 3).fields,
                 std::optional<QStringList>(order));
        const HubToken::Checked member =
            check(HubToken::signVersion1(*m_hub, HubToken::kMember, {QStringLiteral("M1"), QStringLiteral("1")}), HubToken::kMember, 1);
        QCOMPARE(member.refusal, HubToken::Refusal::Retired);
        QVERIFY(HubTokenRefusal::message(member, HubToken::kMember).contains(QStringLiteral("older version")));
    }
};

QTEST_GUILESS_MAIN(TestHubToken)
#include "tst_hub_token.moc"
