// #19: staff imported for the whole chain before imports named a store sent a PIN hash to every
// till. Hub schema 12 withdraws them: tills that already hold them deactivate the person, a till
// that comes later never receives the hash, and the person's record at their own store stays.
#include "FeedApplier.h"
#include "HubDatabase.h"
#include "HubFeeds.h"
#include "HubService.h"
#include "QueryRows.h"
#include "TestStore.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"
#include "staff/StaffService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;
using namespace omnitill::hub;

namespace {
// A staff feed item as a hub before per-store staff published it: scope '*', with the PIN hash.
void publishChainWide(HubDatabase& db, const char* code, const char* pin)
{
    const QByteArray salt = crypto::randomBytes(16);
    const QJsonObject body{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("name"), QLatin1String(code) + QStringLiteral(" (chain)")},
                           {QStringLiteral("role"), QStringLiteral("manager")},
                           {QStringLiteral("pin_salt"), QString::fromLatin1(salt.toBase64())},
                           {QStringLiteral("pin_hash"), QString::fromLatin1(crypto::pbkdf2Sha256(pin, salt, 30000).toBase64())},
                           {QStringLiteral("pin_iterations"), 30000},
                           {QStringLiteral("active"), true}};
    HubTransaction tx(db);
    HubFeeds(db).publish(QStringLiteral("staff"), {{QStringLiteral("*"), QLatin1String(code), body}});
    tx.commit();
}

// Every staff page for a till of S1 from its cursor on, applied as the sync client does.
void pullStaff(HubDatabase& db, test::TestStore& till)
{
    FeedApplier applier(till.till().db(), till.till().settings());
    for (;;) {
        const QJsonObject page = HubFeeds(db).page(QStringLiteral("staff"), QStringLiteral("S1"),
                                                   till.till().settings().value(FeedApplier::cursorKey(QStringLiteral("staff"))), 2);
        applier.apply(QStringLiteral("staff"), page);
        if (page.value(QStringLiteral("remaining")).toInteger() == 0)
            return;
    }
}

QStringList staffRows(test::TestStore& till)
{
    return test::rows(till.till().db().exec(QStringLiteral("SELECT code, name, role, hex(pin_salt), hex(pin_hash), pin_iterations, active"
                                                           " FROM staff WHERE code IN ('A1', 'B2') ORDER BY code")));
}
} // namespace

class TestHubStaffScope : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc())};

private slots:
    void chainWideStaffAreWithdrawnAndOwnStoreRecordsStay()
    {
        const QString url = qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db")));
        test::TestStore early(5);
        QString chainWideHash;
        {
            HubDatabase db;
            db.open(url);
            HubService hub(db, m_clock, EcdsaP256Signer::generate());
            hub.createStore(QStringLiteral("S1"), QStringLiteral("Riverside"));
            // A1 was imported for the chain, later again for S1 with a new PIN; B2 only for the chain.
            publishChainWide(db, "A1", "6666");
            publishChainWide(db, "B2", "7777");
            chainWideHash = db.scalar(QStringLiteral("SELECT body FROM feed_items WHERE feed = 'staff' AND item_key = 'B2'")).toString();
            hub.importData({{QStringLiteral("staff"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("A1")},
                                                                             {QStringLiteral("name"), QStringLiteral("Anna")},
                                                                             {QStringLiteral("role"), QStringLiteral("cashier")},
                                                                             {QStringLiteral("pin"), QStringLiteral("5555")},
                                                                             {QStringLiteral("store_id"), QStringLiteral("S1")}}}}});
            pullStaff(db, early);
            QCOMPARE(early.till().staff().login(QStringLiteral("7777")).name, QStringLiteral("B2 (chain)"));
            QCOMPARE(early.till().staff().login(QStringLiteral("5555")).name, QStringLiteral("Anna"));
            // As the hub stood at schema 11: without the journal tables of 13 and 14 and the
            // offers' tables of 15, with the counts' flags 15 took out.
            for (const char* table :
                 {"journal_keys", "journal_entries", "journal_anchors", "offer_baskets", "offer_changed_products", "offer_changed_members"})
                db.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table));
            db.exec(QStringLiteral("ALTER TABLE offer_pairs ADD COLUMN dirty INTEGER NOT NULL DEFAULT 0"));
            db.exec(QStringLiteral("CREATE INDEX offer_pairs_dirty ON offer_pairs(sku) WHERE dirty = 1"));
            db.exec(QStringLiteral("ALTER TABLE offer_member_categories ADD COLUMN dirty INTEGER NOT NULL DEFAULT 0"));
            // Counts not yet worked into offers stay marked through the upgrade.
            db.exec(QStringLiteral("INSERT INTO offer_pairs(sku, other, n, dirty) VALUES('TEA', 'MUG', 3, 1), ('MUG', 'TEA', 3, 0)"));
            db.exec(QStringLiteral("INSERT INTO offer_member_categories(member_id, category_id, n, dirty) VALUES('M1', 7, 2, 1)"));
            db.exec(QStringLiteral("UPDATE meta SET value = '11' WHERE key = 'schema_version'"));
        }

        HubDatabase db;
        db.open(url);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(), HubDatabase::kSchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM offer_changed_products")).toLongLong(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sku FROM offer_changed_products")).toString(), QStringLiteral("TEA"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT member_id FROM offer_changed_members")).toString(), QStringLiteral("M1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(n) FROM offer_pairs")).toLongLong(), 6);
        pullStaff(db, early);
        QCOMPARE(test::errorCode([&] { early.till().staff().login(QStringLiteral("7777")); }), QStringLiteral("auth.bad_pin"));
        QCOMPARE(test::errorCode([&] { early.till().staff().login(QStringLiteral("6666")); }), QStringLiteral("auth.bad_pin"));
        const Session anna = early.till().staff().login(QStringLiteral("5555"));
        QCOMPARE(anna.name, QStringLiteral("Anna"));
        QCOMPARE(anna.role, Role::Cashier);

        // A till enrolled after the migration ends in the same state, and the old hashes are gone from the hub.
        test::TestStore late(5);
        pullStaff(db, late);
        QCOMPARE(staffRows(late), staffRows(early));
        QCOMPARE(staffRows(early).size(), 2);
        QVERIFY(staffRows(early).at(1).endsWith(QLatin1String("\t0"))); // B2 inactive
        const QJsonObject withdrawn =
            QJsonDocument::fromJson(
                db.scalar(QStringLiteral("SELECT body FROM feed_items WHERE feed = 'staff' AND item_key = 'B2'")).toString().toUtf8())
                .object();
        const QJsonObject before = QJsonDocument::fromJson(chainWideHash.toUtf8()).object();
        QVERIFY(withdrawn.value(QStringLiteral("pin_hash")).toString() != before.value(QStringLiteral("pin_hash")).toString());
        QVERIFY(withdrawn.value(QStringLiteral("pin_salt")).toString() != before.value(QStringLiteral("pin_salt")).toString());
        QCOMPARE(withdrawn.value(QStringLiteral("active")).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestHubStaffScope)
#include "tst_hub_staff_scope.moc"
