#include "TestStore.h"
#include "journal/Journal.h"

#include "common/DomainError.h"
#include "crypto/Crypto.h"
#include "staff/PinPolicy.h"
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace omnitill;

using test::errorCode;

class TestStaff : public QObject
{
    Q_OBJECT
private slots:
    void pbkdf2KnownAnswer()
    {
        // RFC 7914 §11 PBKDF2-HMAC-SHA256 test vector (P="passwd", S="salt", c=1, dkLen=64)
        const QByteArray dk = crypto::pbkdf2Sha256("passwd", "salt", 1, 64);
        QCOMPARE(dk.toHex().left(32), QByteArray("55ac046e56e3089fec1691c22544b605"));
    }

    void pinsAreSaltedHashes()
    {
        test::TestStore store(10);
        const QVariantList row = [&] {
            QSqlQuery& q =
                store.till().db().exec(QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM staff WHERE code = '1001'"));
            q.next();
            QVariantList v{q.value(0), q.value(1), q.value(2)};
            q.finish();
            return v;
        }();
        QCOMPARE(row[0].toByteArray().size(), 16);
        QCOMPARE(row[1].toByteArray().size(), 32);
        QVERIFY(!row[1].toByteArray().contains("1111"));
        QCOMPARE(row[2].toInt(), PinPolicy::kIterations);
    }

    void loginByPin()
    {
        test::TestStore store(10);
        const Session s = store.till().staff().login(QStringLiteral("2222"));
        QCOMPARE(s.role, Role::Supervisor);
        QCOMPARE(s.name, QStringLiteral("Boris Supervisor"));
        QCOMPARE(errorCode([&] { store.till().staff().login(QStringLiteral("9999")); }), QStringLiteral("auth.bad_pin"));
        QCOMPARE(errorCode([&] {
                     store.till().staff().addStaff(QStringLiteral("4004"), QStringLiteral("Dup"), Role::Cashier, QStringLiteral("1111"));
                 }),
                 QStringLiteral("auth.pin_taken"));
        QCOMPARE(errorCode([&] {
                     store.till().staff().addStaff(QStringLiteral("4004"), QStringLiteral("Short"), Role::Cashier, QStringLiteral("12"));
                 }),
                 QStringLiteral("auth.pin_format"));
    }

    void lockOutAfterRepeatedFailures()
    {
        test::TestStore store(10);
        StaffService& staff = store.till().staff();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(errorCode([&] { staff.login(QStringLiteral("0000")); }), QStringLiteral("auth.bad_pin"));
        QCOMPARE(errorCode([&] { staff.login(QStringLiteral("0000")); }), QStringLiteral("auth.locked"));
        // even the right PIN is refused while locked
        QCOMPARE(errorCode([&] { staff.login(QStringLiteral("1111")); }), QStringLiteral("auth.locked"));
        store.clock().advanceSeconds(16 * 60);
        QCOMPARE(staff.login(QStringLiteral("1111")).role, Role::Cashier);
    }

    void perPersonLockOut()
    {
        test::TestStore store(10);
        StaffService& staff = store.till().staff();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(errorCode([&] { staff.login(QStringLiteral("1001"), QStringLiteral("9999")); }), QStringLiteral("auth.bad_pin"));
        QCOMPARE(errorCode([&] { staff.login(QStringLiteral("1001"), QStringLiteral("9999")); }), QStringLiteral("auth.locked"));
        QCOMPARE(errorCode([&] { staff.login(QStringLiteral("1001"), QStringLiteral("1111")); }), QStringLiteral("auth.locked"));
        QCOMPARE(staff.login(QStringLiteral("2002"), QStringLiteral("2222")).role, Role::Supervisor); // others unaffected
    }

    void permissionsAndApprovals()
    {
        test::TestStore store(10);
        StaffService& staff = store.till().staff();
        const Session cashier = store.cashier();
        QVERIFY(!cashier.may(Action::NoSale));
        QVERIFY(store.supervisor().may(Action::NoSale));
        QVERIFY(!store.supervisor().may(Action::TrainingMode));
        QVERIFY(store.manager().may(Action::TrainingMode));
        QCOMPARE(errorCode([&] { staff.authorize(cashier, Action::NoSale, QString()); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(errorCode([&] { staff.authorize(cashier, Action::TrainingMode, QStringLiteral("2222")); }),
                 QStringLiteral("auth.not_allowed"));
        const auto approval = staff.authorize(cashier, Action::NoSale, QStringLiteral("3333"));
        QVERIFY(approval.has_value());
        QCOMPARE(approval->approverName, QStringLiteral("Chen Manager"));
        QVERIFY(!staff.authorize(store.supervisor(), Action::NoSale, QString()).has_value());
    }

    void anApprovalIsRecordedByTheService()
    {
        test::TestStore store(10);
        StaffService& staff = store.till().staff();
        const Session cashier = store.cashier();
        // A door only (the device settings): who let the cashier in is recorded in the same step.
        QCOMPARE(errorCode([&] { staff.approve(cashier, Action::DeviceSettings, QString(), QStringLiteral("device_settings")); }),
                 QStringLiteral("auth.approval_required"));
        QCOMPARE(store.count(QStringLiteral("approvals")), 0);
        const auto approval = staff.approve(cashier, Action::DeviceSettings, QStringLiteral("3333"), QStringLiteral("device_settings"));
        QVERIFY(approval.has_value());
        QCOMPARE(store.count(QStringLiteral("approvals WHERE reference = 'device_settings' AND approved_by = 3")), 1);
        QVERIFY(!store.till().db().inTransaction());
        // And signed in the journal, with who asked and who approved.
        const JournalEntry journaled = *store.till().journal().entry(Journal::headSeq(store.till().db()));
        QCOMPARE(journaled.type, QStringLiteral("approval"));
        QCOMPARE(journaled.reference, QStringLiteral("device_settings"));
        QVERIFY(!journaled.signature.isEmpty());
        const QJsonObject said = QJsonDocument::fromJson(journaled.payload).object();
        QCOMPARE(said.value(QStringLiteral("approved_by")).toInteger(), 3);
        QCOMPARE(said.value(QStringLiteral("requested_by")).toInteger(), cashier.staffId);
        QCOMPARE(said.value(QStringLiteral("action")).toString(), QStringLiteral("device_settings"));
        // Its own right needs nobody: nothing to record.
        QVERIFY(!staff.approve(store.manager(), Action::DeviceSettings, QString(), QStringLiteral("device_settings")).has_value());
        QCOMPARE(store.count(QStringLiteral("approvals")), 1);
    }

    // Training mode's start and end are signed journal entries; a cashier needs a manager for it,
    // and a refused start journals nothing and leaves the session selling for real.
    void trainingModeIsJournaled()
    {
        test::TestStore store(10);
        TrainingMode& training = store.till().training();
        Session cashier = store.cashier();
        const qint64 before = Journal::headSeq(store.till().db());
        QCOMPARE(errorCode([&] { training.start(cashier, QString()); }), QStringLiteral("auth.approval_required"));
        QCOMPARE(errorCode([&] { training.start(cashier, QStringLiteral("2222")); }), QStringLiteral("auth.not_allowed"));
        QVERIFY(!cashier.training);
        QCOMPARE(Journal::headSeq(store.till().db()), before);

        training.start(cashier, QStringLiteral("3333"));
        QVERIFY(cashier.training);
        const JournalEntry approval = *store.till().journal().entry(before + 1);
        QCOMPARE(approval.type, QStringLiteral("approval"));
        QCOMPARE(QJsonDocument::fromJson(approval.payload).object().value(QStringLiteral("action")).toString(),
                 QStringLiteral("training_mode"));
        const JournalEntry started = *store.till().journal().entry(before + 2);
        QCOMPARE(started.type, QStringLiteral("training_start"));
        QVERIFY(!started.signature.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(started.payload).object().value(QStringLiteral("approved_by")).toInteger(), 3);
        training.start(cashier, QStringLiteral("3333")); // already in training: nothing more
        QCOMPARE(Journal::headSeq(store.till().db()), before + 2);

        training.end(cashier);
        QVERIFY(!cashier.training);
        const JournalEntry ended = *store.till().journal().entry(before + 3);
        QCOMPARE(ended.type, QStringLiteral("training_end"));
        QCOMPARE(QJsonDocument::fromJson(ended.payload).object().value(QStringLiteral("staff_id")).toInteger(), cashier.staffId);
        training.end(cashier);
        QCOMPARE(Journal::headSeq(store.till().db()), before + 3);

        // A manager starts it on their own right: no approval entry.
        Session manager = store.manager();
        training.start(manager);
        QCOMPARE(store.till().journal().entry(before + 4)->type, QStringLiteral("training_start"));
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
