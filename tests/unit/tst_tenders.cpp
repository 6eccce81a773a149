#include "common/DomainError.h"
#include "sale/EmvQrPayload.h"
#include "sale/Tender.h"

#include <QTest>

using namespace omnitill;

class TestTenders : public QObject
{
    Q_OBJECT
private slots:
    void cashWithChange()
    {
        Payment p(1234);
        p.addCash(2000);
        QVERIFY(p.isComplete());
        QCOMPARE(p.change(), 766);
        QCOMPARE(p.tenders().first().amount, 1234);
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addCash(100)); // already paid
    }

    void splitTenders()
    {
        Payment p(5000);
        p.addCard(3000, QStringLiteral("ab12cd"), QStringLiteral("VISA"), QStringLiteral("4242"));
        QCOMPARE(p.remaining(), 2000);
        QVERIFY(!p.isComplete());
        p.addExactCash();
        QVERIFY(p.isComplete());
        QCOMPARE(p.change(), 0);
        QCOMPARE(p.tenders().size(), 2);
        QCOMPARE(p.tenders().first().approvalCode, QStringLiteral("AB12CD"));
    }

    void cardRules()
    {
        Payment p(1000);
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addCard(1001, QStringLiteral("OK1"), QString(), QStringLiteral("1234")));
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addCard(1000, QStringLiteral("OK1"), QString(), QStringLiteral("4111111111111111")));
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addCard(1000, QStringLiteral("OK1"), QString(), QStringLiteral("12a4")));
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addCard(1000, QString(), QString(), QStringLiteral("1234")));
        QVERIFY_THROWS_EXCEPTION(DomainError,
                                 p.addCard(1000, QStringLiteral("OK1"), QStringLiteral("4111111111111111"), QStringLiteral("1111")));
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addCard(0, QStringLiteral("OK1"), QString(), QStringLiteral("1234")));
        QVERIFY(p.tenders().isEmpty());
    }

    void qrTender()
    {
        Payment p(990);
        QVERIFY_THROWS_EXCEPTION(DomainError, p.addQr(990, QStringLiteral("  ")));
        p.addQr(990, QStringLiteral("PSP-123"));
        QVERIFY(p.isComplete());
        QCOMPARE(p.tenders().first().kind, Tender::Kind::Qr);
    }

    void emvQrCrc()
    {
        // CRC-16/CCITT-FALSE check value
        QCOMPARE(EmvQrPayload::crc16(QByteArrayLiteral("123456789")), quint16(0x29B1));
    }

    void emvQrPayload()
    {
        const EmvQrPayload::Merchant m{
            QStringLiteral("com.omnitill.pay"), QStringLiteral("M-1"),   QStringLiteral("5411"), QStringLiteral("DE"),
            QStringLiteral("OmniTill Demo"),    QStringLiteral("Berlin")};
        const QString payload = EmvQrPayload::build(m, 1234, 2, 978, QStringLiteral("S1-T1-000001"));
        QVERIFY(payload.startsWith(QStringLiteral("000201010212")));
        QVERIFY(payload.contains(QStringLiteral("5303978")));
        QVERIFY(payload.contains(QStringLiteral("540512.34")));
        QVERIFY(payload.contains(QStringLiteral("5802DE")));
        QVERIFY(EmvQrPayload::hasValidCrc(payload));
        QString tampered = payload;
        tampered.replace(QStringLiteral("540512.34"), QStringLiteral("540502.34"));
        QVERIFY(!EmvQrPayload::hasValidCrc(tampered));
        QVERIFY_THROWS_EXCEPTION(DomainError, EmvQrPayload::build(m, 0, 2, 978, QString()));
    }
};

QTEST_APPLESS_MAIN(TestTenders)
#include "tst_tenders.moc"
