// #19: erasing a member reaches what the hub kept of them before the event log stopped keeping
// names and phones: old member_enrolled events and conflicts lose them in the same transaction.
#include "HubDatabase.h"
#include "HubService.h"
#include "common/Clock.h"
#include "crypto/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;
using namespace omnitill::hub;

namespace {
QString enrolment(const char* id, const char* name, const char* phone)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("device_seq"), 1},
                                  {QStringLiteral("event_id"), QLatin1String(id) + QStringLiteral("-event")},
                                  {QStringLiteral("type"), QStringLiteral("member_enrolled")},
                                  {QStringLiteral("body"), QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                                                       {QStringLiteral("card_code"), QStringLiteral("2900000000011")},
                                                                       {QStringLiteral("name"), QLatin1String(name)},
                                                                       {QStringLiteral("phone"), QLatin1String(phone)},
                                                                       {QStringLiteral("consent"), true}}}})
            .toJson(QJsonDocument::Compact));
}
} // namespace

class TestHubErasure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc())};

private slots:
    void erasureReachesEventsAndConflictsKeptBeforeTheFix()
    {
        HubDatabase db;
        db.open(qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        HubService hub(db, m_clock, EcdsaP256Signer::generate());
        hub.importData({{QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("M1")},
                                                                           {QStringLiteral("card_code"), QStringLiteral("2900000000011")},
                                                                           {QStringLiteral("name"), QStringLiteral("Olga Petrova")},
                                                                           {QStringLiteral("phone"), QStringLiteral("+79990001122")},
                                                                           {QStringLiteral("consent"), true},
                                                                           {QStringLiteral("points_balance"), 0}},
                                                               QJsonObject{{QStringLiteral("id"), QStringLiteral("M2")},
                                                                           {QStringLiteral("card_code"), QStringLiteral("2900000000028")},
                                                                           {QStringLiteral("name"), QStringLiteral("Li Wei")},
                                                                           {QStringLiteral("phone"), QStringLiteral("+8613800000000")},
                                                                           {QStringLiteral("consent"), true},
                                                                           {QStringLiteral("points_balance"), 0}}}}});
        // As a hub before #19 kept them: the whole enrolment, with name and phone.
        db.exec(QStringLiteral(
                    "INSERT INTO events(device_id, device_seq, event_id, event_type, payload, received_at) VALUES(?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("D1"), 1, QStringLiteral("M1-event"), QStringLiteral("member_enrolled"),
                 enrolment("M1", "Olga Petrova", "+79990001122"), QStringLiteral("2025-01-01T00:00:00.000Z")});
        db.exec(QStringLiteral(
                    "INSERT INTO events(device_id, device_seq, event_id, event_type, payload, received_at) VALUES(?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("D1"), 2, QStringLiteral("M2-event"), QStringLiteral("member_enrolled"),
                 enrolment("M2", "Li Wei", "+8613800000000"), QStringLiteral("2025-01-01T00:00:00.000Z")});
        db.exec(QStringLiteral("INSERT INTO conflicts(id, device_id, device_seq, event_id, reason, status, created_at, payload)"
                               " VALUES('C1', 'D1', 3, 'M1-again', 'device sequence 3: reused', 'open', '2025-01-01T00:00:00.000Z', ?)"),
                {enrolment("M1", "Olga Petrova", "+79990001122")});

        hub.eraseMember(QStringLiteral("M1"));

        const QString event = db.scalar(QStringLiteral("SELECT payload FROM events WHERE event_id = 'M1-event'")).toString();
        const QString conflict = db.scalar(QStringLiteral("SELECT payload FROM conflicts WHERE id = 'C1'")).toString();
        for (const QString& kept : {event, conflict}) {
            QVERIFY2(!kept.contains(QStringLiteral("Olga")) && !kept.contains(QStringLiteral("7999")), qPrintable(kept));
            const QJsonObject body = QJsonDocument::fromJson(kept.toUtf8()).object().value(QStringLiteral("body")).toObject();
            QCOMPARE(body.value(QStringLiteral("id")).toString(), QStringLiteral("M1")); // what happened stays in the log
        }
        // Another member's enrolment is untouched, and so is the member row's erasure.
        QCOMPARE(db.scalar(QStringLiteral("SELECT payload FROM events WHERE event_id = 'M2-event'")).toString(),
                 enrolment("M2", "Li Wei", "+8613800000000"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM members WHERE id = 'M1' AND name IS NULL AND phone IS NULL AND erased = 1"))
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestHubErasure)
#include "tst_hub_erasure.moc"
