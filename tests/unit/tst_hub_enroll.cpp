// #19: enrollment tokens expire, and enrolling is idempotent for the same device key, so a till
// whose answer was lost asks again and is not left with a burnt token.
#include "HubAdmin.h"
#include "HubDatabase.h"
#include "HubError.h"
#include "HubService.h"
#include "common/Clock.h"
#include "crypto/Signer.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;
using namespace omnitill::hub;

class TestHubEnroll : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubService> m_hub;

    QString refusal(const QString& token, const QByteArray& key)
    {
        try {
            m_hub->enroll(token, key);
        } catch (const HubError& e) {
            return QString::number(e.httpStatus()) + QLatin1Char(' ') + e.code();
        }
        return QStringLiteral("enrolled");
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<HubDatabase>();
        m_db->open(qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        m_hub = std::make_unique<HubService>(*m_db, m_clock, EcdsaP256Signer::generate());
        m_hub->createStore(QStringLiteral("S1"), QStringLiteral("Store 1"));
    }

    // The admin commands' table: what runs is what the usage lists; a misused command says so.
    void adminCommandsAnswerAndMisuseIsRefused()
    {
        std::FILE* out = std::tmpfile();
        std::FILE* err = std::tmpfile();
        const auto text = [](std::FILE* f) {
            std::rewind(f);
            QByteArray all;
            char buffer[4096];
            while (const size_t n = std::fread(buffer, 1, sizeof buffer, f))
                all.append(buffer, qsizetype(n));
            std::fseek(f, 0, SEEK_END); // the next answer follows this one
            return QString::fromUtf8(all);
        };
        HubAdmin admin(*m_hub, out, err);
        QCOMPARE(admin.run({QStringLiteral("create-store"), QStringLiteral("--id"), QStringLiteral("S7"), QStringLiteral("--name"),
                            QStringLiteral("Harbour")}),
                 0);
        QVERIFY(text(out).contains(QLatin1String("\"store_id\": \"S7\"")));
        QCOMPARE(admin.run({QStringLiteral("enroll-token"), QStringLiteral("--store"), QStringLiteral("S7")}), 0);
        const QString token = text(out).trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(token.size() >= 16 && !token.contains(QLatin1Char('"')), qPrintable(token));
        QCOMPARE(admin.run({QStringLiteral("adjust-points"), QStringLiteral("--member"), QStringLiteral("M1"), QStringLiteral("--points"),
                            QStringLiteral("5")}),
                 2);
        QVERIFY(text(err).contains(QLatin1String("needs --reason and --key")));
        QCOMPARE(admin.run({QStringLiteral("no-such-command")}), 2);
        QCOMPARE(admin.run({QStringLiteral("devices"), QStringLiteral("--no-such-option")}), 2);
        for (const char* listed : {"create-store --id ID --name NAME", "enroll-token --store ID --till CODE [--qr FILE]", "stats"})
            QVERIFY2(text(err).contains(QLatin1String(listed)), listed);
        std::fclose(out);
        std::fclose(err);
    }

    void theSameKeyAskingAgainGetsTheSameEnrollment()
    {
        const QString token = m_hub->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T1"));
        const QByteArray key = EcdsaP256Signer::generate()->publicKeyDer();
        const QJsonObject first = m_hub->enroll(token, key);
        const QJsonObject again = m_hub->enroll(token, key);
        QCOMPARE(again, first);
        QCOMPARE(m_hub->devices().size(), 1);
        // Another key with the used token: refused, the first till keeps its enrolment.
        QCOMPARE(refusal(token, EcdsaP256Signer::generate()->publicKeyDer()), QStringLiteral("403 enroll.token"));
        QCOMPARE(refusal(QStringLiteral("no-such-token"), key), QStringLiteral("403 enroll.token"));
    }

    void aStoresDevicesShareOneKioskCodeKeyAndNoOtherStoreHasIt()
    {
        m_hub->createStore(QStringLiteral("S2"), QStringLiteral("Store 2"));
        const auto enrol = [&](const char* store, const char* till) {
            return m_hub->enroll(m_hub->createEnrollToken(QLatin1String(store), QLatin1String(till)),
                                 EcdsaP256Signer::generate()->publicKeyDer());
        };
        const QJsonObject kiosk = enrol("S1", "K1");
        const QJsonObject till = enrol("S1", "T9");
        const QJsonObject elsewhere = enrol("S2", "T1");
        const QString key = kiosk.value(QStringLiteral("kiosk_code_key")).toString();
        QCOMPARE(QByteArray::fromBase64(key.toLatin1()).size(), 32);
        QCOMPARE(till.value(QStringLiteral("kiosk_code_key")).toString(), key);
        QVERIFY(elsewhere.value(QStringLiteral("kiosk_code_key")).toString() != key);
        // Every push answer carries it, for tills enrolled before there were such keys.
        QCOMPARE(m_hub->push(till.value(QStringLiteral("device_id")).toString(), QJsonArray{}).kioskCodeKey, key);
    }

    void aTokenExpires()
    {
        const QString token = m_hub->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T2"));
        m_clock.advanceSeconds(HubService::kEnrollTokenHours * 3600 - 60);
        const QString later = m_hub->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T3"));
        m_clock.advanceSeconds(120);
        QCOMPARE(refusal(token, EcdsaP256Signer::generate()->publicKeyDer()), QStringLiteral("403 enroll.expired"));
        QCOMPARE(refusal(later, EcdsaP256Signer::generate()->publicKeyDer()), QStringLiteral("enrolled"));
    }
};

QTEST_GUILESS_MAIN(TestHubEnroll)
#include "tst_hub_enroll.moc"
