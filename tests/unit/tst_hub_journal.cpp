// #21: the hub anchors each till's journal. It takes the entries in order, checks each against the
// key the till registered, and asks for hashes of entries it holds, so that a journal rewritten
// after the hub saw it (re-signed with the till's own key, cut short, an old entry swapped) opens
// "journal of till S1-T1 broken at entry N" with the right N.
#include "HubDatabase.h"
#include "HubError.h"
#include "HubService.h"
#include "JournalSync.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "crypto/Signer.h"
#include "journal/JournalText.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;
using namespace omnitill::hub;
using protocol::JournalSyncAnswer;
using protocol::JournalSyncRequest;

namespace {

// A till's journal as its file holds it, and what an insider with the file and the key can do to it.
class TillJournal
{
public:
    struct Entry
    {
        QByteArray canonical;
        QByteArray signature;
        QByteArray hash;
        QByteArray payload;
        QString unsignedReason;
    };

    TillJournal(QString deviceId, EcdsaP256Signer& key) : m_deviceId(std::move(deviceId)), m_key(&key) {}

    void append(int count)
    {
        for (int i = 0; i < count; ++i) {
            const qint64 seq = m_entries.size() + 1;
            m_entries.append(sign(seq, 100 * seq + m_cut));
        }
    }
    // The insider's rewrite: entry seq gets another amount, signed with the till's key; with
    // rechain, every later entry is linked and signed again so the file verifies.
    void rewrite(qint64 seq, bool rechain)
    {
        m_entries[seq - 1] = sign(seq, 1);
        if (!rechain)
            return;
        for (qint64 later = seq + 1; later <= m_entries.size(); ++later)
            m_entries[later - 1] = sign(later, JournalText::parse(m_entries[later - 1].canonical)->amount);
    }
    // An entry of another kind (a key_change), signed or, as when the signing device failed, not.
    void add(const QString& type, const QByteArray& payload, const QString& unsignedReason = {})
    {
        const qint64 seq = m_entries.size() + 1;
        m_entries.append(sign(seq, 0, type, payload, unsignedReason));
    }
    void truncate(qint64 keep)
    {
        m_entries.resize(keep);
        ++m_cut; // what is written after differs from what was cut
    }
    void signWith(EcdsaP256Signer& key) { m_key = &key; }
    qint64 head() const { return m_entries.size(); }
    const QList<Entry>& entries() const { return m_entries; }

    // What SyncClient sends: its head first, then what the hub asks for.
    JournalSyncRequest answer(const JournalSyncAnswer* last) const
    {
        JournalSyncRequest r;
        r.headSeq = head();
        if (!last)
            return r;
        for (const qint64 seq : last->probe)
            r.probes.append({seq, seq <= head() ? m_entries.at(seq - 1).hash : QByteArray()});
        for (qint64 seq = last->wantFrom; last->wantFrom > 0 && seq <= head() && r.entries.size() < 500; ++seq)
            r.entries.append({m_entries.at(seq - 1).canonical, m_entries.at(seq - 1).signature, m_entries.at(seq - 1).unsignedReason,
                              m_entries.at(seq - 1).payload});
        return r;
    }

private:
    Entry sign(qint64 seq, qint64 amount, const QString& type = QStringLiteral("sale"), QByteArray payload = {},
               const QString& unsignedReason = {})
    {
        const QByteArray prev = seq == 1 ? QByteArray(32, '\0') : m_entries.at(seq - 2).hash;
        if (payload.isEmpty())
            payload = QByteArray("{\"receipt\":") + QByteArray::number(seq) + '}';
        const JournalText text{type,
                               m_deviceId,
                               seq,
                               QStringLiteral("S1-T1-%1").arg(seq, 6, 10, QLatin1Char('0')),
                               QStringLiteral("2026-12-03T10:00:00.000Z"),
                               amount,
                               QStringLiteral("EUR"),
                               false,
                               prev,
                               crypto::sha256(payload)};
        Entry e;
        e.canonical = text.compose();
        if (unsignedReason.isEmpty())
            e.signature = m_key->sign(e.canonical);
        e.hash = crypto::sha256(e.canonical);
        e.payload = payload;
        e.unsignedReason = unsignedReason;
        return e;
    }

    QString m_deviceId;
    EcdsaP256Signer* m_key;
    QList<Entry> m_entries;
    int m_cut = 0;
};

struct SyncRun
{
    int requests = 0;
    JournalSyncAnswer last;
};

} // namespace

class TestHubJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubService> m_hub;
    std::unique_ptr<EcdsaP256Signer> m_journalKey = EcdsaP256Signer::generate();
    int m_tills = 0;

    // A till enrolled with its journal key, and its (empty) journal.
    TillJournal enrolledTill(QString* deviceId, QString* label)
    {
        const QString code = QStringLiteral("T%1").arg(++m_tills);
        const auto deviceKey = EcdsaP256Signer::generate();
        *deviceId =
            m_hub->enroll(m_hub->createEnrollToken(QStringLiteral("S1"), code), deviceKey->publicKeyDer(), m_journalKey->publicKeyDer())
                .value(QStringLiteral("device_id"))
                .toString();
        *label = QStringLiteral("S1-") + code;
        return TillJournal(*deviceId, *m_journalKey);
    }

    SyncRun sync(const QString& deviceId, const TillJournal& journal)
    {
        SyncRun run;
        JournalSyncRequest request = journal.answer(nullptr);
        for (;;) {
            run.last = m_hub->journalSync(deviceId, request);
            if (++run.requests > 50 || run.last.done)
                return run;
            request = journal.answer(&run.last);
        }
    }

    QStringList journalConflicts(const QString& deviceId)
    {
        QStringList reasons;
        for (const QJsonValue& v : m_hub->conflicts()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("device_id")).toString() == deviceId &&
                c.value(QStringLiteral("event_id")).toString() == QLatin1String("journal"))
                reasons.append(c.value(QStringLiteral("reason")).toString());
        }
        return reasons;
    }

    QString refusal(const QString& deviceId, const JournalSyncRequest& request)
    {
        try {
            m_hub->journalSync(deviceId, request);
        } catch (const HubError& e) {
            return QString::number(e.httpStatus()) + QLatin1Char(' ') + e.code();
        }
        return QStringLiteral("accepted");
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<HubDatabase>();
        m_db->open(qEnvironmentVariable("OMNITILL_HUB_DB", QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"))));
        m_hub = std::make_unique<HubService>(*m_db, m_clock, EcdsaP256Signer::generate());
        m_hub->createStore(QStringLiteral("S1"), QStringLiteral("Store 1"));
    }

    void entriesAreAnchoredInOrderAndResendsAreHarmless()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(12);
        SyncRun run = sync(device, journal);
        QCOMPARE(run.requests, 2); // the head, then the entries with the hashes asked for
        QCOMPARE(run.last.headSeq, 12);
        QCOMPARE(run.last.headHash, journal.entries().last().hash);
        journal.append(1200); // more than one request's worth
        run = sync(device, journal);
        QCOMPARE(run.last.headSeq, 1212);
        QCOMPARE(run.last.brokenAt, 0);
        QCOMPARE(run.requests, 4);
        // An answer lost on the way: the same entries come again.
        JournalSyncAnswer asked;
        asked.wantFrom = 1201;
        const JournalSyncAnswer again = m_hub->journalSync(device, journal.answer(&asked));
        QCOMPARE(again.headSeq, 1212);
        QVERIFY(again.done);
        // What the hub holds is the till's journal, entry by entry.
        const protocol::JournalHashes held = m_hub->journal().hashes(device, 1, 5000);
        QCOMPARE(held.publicKeyDer, m_journalKey->publicKeyDer());
        QCOMPARE(held.hashes.size(), 1212);
        for (qsizetype i = 0; i < held.hashes.size(); ++i)
            QCOMPARE(held.hashes.at(i), journal.entries().at(i).hash);
        QVERIFY(journalConflicts(device).isEmpty());
    }

    // The insider changes a sale, signs it again with the till's key and relinks every later entry:
    // the file verifies, the hub names the entry.
    void resignedRewriteIsNamedAtItsEntry()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(40);
        sync(device, journal);
        journal.rewrite(17, true);
        journal.append(3);
        const SyncRun run = sync(device, journal);
        const QString reason = label + QStringLiteral(" broken at entry 17: entry 17 is not the one the hub received");
        QCOMPARE(run.last.brokenAt, 17);
        QVERIFY2(run.last.reason.startsWith(QStringLiteral("journal of till ") + reason), qPrintable(run.last.reason));
        QCOMPARE(run.last.headSeq, 40); // nothing of the rewritten journal is taken
        const QStringList conflicts = journalConflicts(device);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first(), run.last.reason);
        // The next sync finds the same break and opens nothing new.
        journal.append(2);
        QCOMPARE(sync(device, journal).last.brokenAt, 17);
        QCOMPARE(journalConflicts(device).size(), 1);
    }

    void removedNewestEntriesAreNamed()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(30);
        sync(device, journal);
        journal.truncate(25);
        const SyncRun run = sync(device, journal);
        QCOMPARE(run.last.brokenAt, 26);
        QCOMPARE(
            journalConflicts(device),
            QStringList{
                QStringLiteral("journal of till %1 broken at entry 26: entry 26, which the hub holds, is gone from the till").arg(label)});
    }

    // Cut short, then sold on: the numbers come back with other entries.
    void removedEntriesWrittenOverAreNamed()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(30);
        sync(device, journal);
        journal.truncate(25);
        journal.append(8);
        QCOMPARE(sync(device, journal).last.brokenAt, 26);
        QVERIFY(journalConflicts(device).value(0).contains(QStringLiteral("broken at entry 26: entry 26 is not the one")));
    }

    // An old entry swapped for a re-signed one, the later entries left alone: the newest entry
    // still matches, the moving window finds it.
    void oldEntrySwappedAloneIsFound()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(50);
        sync(device, journal);
        journal.rewrite(5, false);
        QCOMPARE(sync(device, journal).last.brokenAt, 5);
        QCOMPARE(journalConflicts(device).size(), 1);
    }

    void entryNotSignedByTheRegisteredKeyIsNamed()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(8);
        sync(device, journal);
        const auto other = EcdsaP256Signer::generate();
        journal.signWith(*other);
        journal.append(2);
        const SyncRun run = sync(device, journal);
        QCOMPARE(run.last.brokenAt, 9);
        QVERIFY2(run.last.reason.endsWith(QStringLiteral("entry 9 does not verify with the till's registered key")),
                 qPrintable(run.last.reason));
        QCOMPARE(run.last.headSeq, 8);
    }

    // A long journal: the hub narrows the break down in a few requests, not one per entry.
    void longJournalIsNarrowedDownInFewRequests()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(6000);
        sync(device, journal);
        journal.rewrite(3217, true);
        const SyncRun run = sync(device, journal);
        QCOMPARE(run.last.brokenAt, 3217);
        QVERIFY2(run.requests <= 5, qPrintable(QString::number(run.requests)));
        QCOMPARE(journalConflicts(device).size(), 1);
        QVERIFY(journalConflicts(device).first().contains(QStringLiteral("broken at entry 3217:")));
    }

    // Tills enrolled before the hub anchored journals register their key with the first sync.
    void keyIsRegisteredOnceAndRequestsAreBounded()
    {
        const auto deviceKey = EcdsaP256Signer::generate();
        const QString device =
            m_hub->enroll(m_hub->createEnrollToken(QStringLiteral("S1"), QStringLiteral("T90")), deviceKey->publicKeyDer())
                .value(QStringLiteral("device_id"))
                .toString();
        JournalSyncRequest request;
        request.headSeq = 0;
        QCOMPARE(refusal(device, request), QStringLiteral("400 journal.key"));
        request.publicKeyDer = QByteArray("not a key");
        QCOMPARE(refusal(device, request), QStringLiteral("400 journal.key"));
        request.publicKeyDer = m_journalKey->publicKeyDer();
        QCOMPARE(refusal(device, request), QStringLiteral("accepted"));
        // Another key later does not replace the registered one.
        TillJournal journal(device, *m_journalKey);
        journal.append(3);
        const auto other = EcdsaP256Signer::generate();
        request = journal.answer(nullptr);
        request.publicKeyDer = other->publicKeyDer();
        QCOMPARE(sync(device, journal).last.headSeq, 3);
        QCOMPARE(m_hub->journal().hashes(device, 1, 10).publicKeyDer, m_journalKey->publicKeyDer());

        JournalSyncRequest tooMany = journal.answer(nullptr);
        tooMany.entries.resize(JournalSyncRequest::kMaxEntries + 1);
        QCOMPARE(refusal(device, tooMany), QStringLiteral("400 journal.request"));
        JournalSyncRequest badProbe = journal.answer(nullptr);
        badProbe.probes.append({1, QByteArray("short")});
        QCOMPARE(refusal(device, badProbe), QStringLiteral("400 journal.request"));
        JournalSyncRequest negative;
        negative.headSeq = -1;
        QCOMPARE(refusal(device, negative), QStringLiteral("400 journal.request"));
    }

    // A receipt's check code: genuine when a till's registered key verifies it; held when the hub
    // has that very entry; refused when the hub holds another entry under its number.
    void receiptsAreCheckedAgainstTheTillsKeyAndTheHubsCopy()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(6);
        sync(device, journal);
        journal.append(1); // not synced yet
        const auto code = [&](qint64 seq) {
            const TillJournal::Entry& e = journal.entries().at(seq - 1);
            return QString::fromUtf8(e.canonical) + QLatin1Char('|') + QString::fromLatin1(e.signature.toBase64());
        };
        QJsonObject answer = m_hub->journal().verifyReceipt(code(4));
        QCOMPARE(answer.value(QStringLiteral("genuine")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("held")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("store_id")).toString() + QLatin1Char('-') +
                     answer.value(QStringLiteral("till_code")).toString(),
                 label);
        QCOMPARE(answer.value(QStringLiteral("receipt")).toString(), QStringLiteral("S1-T1-000004"));
        QCOMPARE(answer.value(QStringLiteral("amount")).toInteger(), 400);
        QCOMPARE(answer.value(QStringLiteral("key_id")).toString(), m_journalKey->keyId());
        // Printed in lines of 32 characters, as receipts without images carry it.
        QString printed;
        for (qsizetype i = 0; i < code(4).size(); i += 32)
            printed += code(4).mid(i, 32) + QStringLiteral("\n  ");
        QCOMPARE(m_hub->journal().verifyReceipt(printed).value(QStringLiteral("held")).toBool(), true);

        answer = m_hub->journal().verifyReceipt(code(7));
        QCOMPARE(answer.value(QStringLiteral("genuine")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("held")).toBool(), false);
        QVERIFY(answer.value(QStringLiteral("reason")).toString().contains(QStringLiteral("not received entry 7 yet")));

        QString tampered = code(4);
        tampered.replace(QStringLiteral("|400|EUR|"), QStringLiteral("|4|EUR|"));
        QVERIFY(tampered != code(4));
        answer = m_hub->journal().verifyReceipt(tampered);
        QCOMPARE(answer.value(QStringLiteral("genuine")).toBool(), false);
        QVERIFY(answer.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("the signature does not verify")));

        // Signed with the till's own key after the hub saw entry 3: the hub holds another.
        journal.rewrite(3, false);
        answer = m_hub->journal().verifyReceipt(code(3));
        QCOMPARE(answer.value(QStringLiteral("genuine")).toBool(), false);
        QVERIFY(answer.value(QStringLiteral("reason")).toString().contains(QStringLiteral("the hub holds another entry 3")));

        QCOMPARE(m_hub->journal().verifyReceipt(QStringLiteral("hello|world")).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("this is not an OmniTill receipt check code"));
        QString stranger = code(4);
        stranger.replace(device.isEmpty() ? QStringLiteral("x") : QStringLiteral("|%1|").arg(device), QStringLiteral("|someone-else|"));
        QVERIFY(m_hub->journal()
                    .verifyReceipt(stranger)
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("no till of this hub has sent a journal as someone-else")));
        bool listed = false;
        for (const QJsonValue& v : m_hub->journal().keys())
            listed = listed || v.toObject().value(QStringLiteral("public_key")).toString().toLatin1() ==
                                   EcdsaP256Signer::publicKeyPem(m_journalKey->publicKeyDer());
        QVERIFY(listed);
    }

    // The till's token was pulled out: it sold on and journaled unsigned, with the reason. The hub
    // keeps those entries in the chain and shows the outage once; signing again is no break.
    void unsignedEntriesAreKeptAndShown()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(3);
        sync(device, journal);
        const QString reason = QStringLiteral("No signing token labelled till-S1-T1 is present");
        journal.add(QStringLiteral("signer_failed"), QByteArray("{\"reason\":\"gone\"}"), reason);
        journal.add(QStringLiteral("sale"), QByteArray("{\"receipt\":5}"), reason);
        journal.add(QStringLiteral("signer_restored"), QByteArray("{}"));
        journal.append(2);
        const SyncRun run = sync(device, journal);
        QCOMPARE(run.last.brokenAt, 0);
        QCOMPARE(run.last.headSeq, 8);
        QStringList notices;
        for (const QJsonValue& v : m_hub->conflicts())
            if (v.toObject().value(QStringLiteral("device_id")).toString() == device)
                notices.append(v.toObject().value(QStringLiteral("reason")).toString());
        QCOMPARE(
            notices,
            QStringList{QStringLiteral("journal of till %1 unsigned from entry 4: the signing device failed (%2)").arg(label, reason)});
        QCOMPARE(m_hub->journal().anchor(device).value(QStringLiteral("unsigned_since")).toInteger(), 0);
        // An entry without a signature and without a reason is a forgery, not an outage.
        journal.add(QStringLiteral("sale"), QByteArray("{}"), QString());
        JournalSyncAnswer asked;
        asked.wantFrom = 9;
        JournalSyncRequest stripped = journal.answer(&asked);
        stripped.entries.last().signature.clear();
        m_hub->journalSync(device, stripped);
        QCOMPARE(sync(device, journal).last.brokenAt, 9);
    }

    // The journal moved to a token: the key_change entry, signed by the old key, names the new one.
    void keyChangeIsFollowed()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(3);
        const auto tokenKey = EcdsaP256Signer::generate();
        const QByteArray change = QByteArray("{\"public_key\":\"") + tokenKey->publicKeyDer().toBase64() + "\"}";
        journal.add(JournalText::kKeyChange, change);
        journal.signWith(*tokenKey);
        journal.append(3);
        const SyncRun run = sync(device, journal);
        QCOMPARE(run.last.brokenAt, 0);
        QCOMPARE(run.last.headSeq, 7);
        QCOMPARE(m_hub->journal().hashes(device, 1, 10).publicKeyDer, m_journalKey->publicKeyDer()); // verifiers start there
        const auto code = [&](qint64 seq) {
            const TillJournal::Entry& e = journal.entries().at(seq - 1);
            return QString::fromUtf8(e.canonical) + QLatin1Char('|') + QString::fromLatin1(e.signature.toBase64());
        };
        QVERIFY(m_hub->journal().verifyReceipt(code(2)).value(QStringLiteral("held")).toBool());
        QVERIFY(m_hub->journal().verifyReceipt(code(6)).value(QStringLiteral("held")).toBool());
        // The old key can no longer sign for this till.
        journal.signWith(*m_journalKey);
        journal.append(1);
        QCOMPARE(sync(device, journal).last.brokenAt, 8);
    }

    void keyChangeThatNamesNoKeyIsABreak()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(2);
        journal.add(JournalText::kKeyChange, QByteArray("{\"public_key\":\"bm90IGEga2V5\"}"));
        const SyncRun run = sync(device, journal);
        QCOMPARE(run.last.brokenAt, 3);
        QVERIFY(run.last.reason.endsWith(QStringLiteral("entry 3 changes the journal's key but does not say to which")));
    }

    void malformedEntryIsABreakNotAnError()
    {
        QString device, label;
        TillJournal journal = enrolledTill(&device, &label);
        journal.append(2);
        sync(device, journal);
        JournalSyncAnswer asked;
        asked.wantFrom = 3;
        JournalSyncRequest request = journal.answer(&asked);
        request.headSeq = 3;
        request.entries.append({QByteArray("OT1|sale|not|enough|fields"), QByteArray("x"), {}, {}});
        const JournalSyncAnswer first = m_hub->journalSync(device, request);
        QCOMPARE(first.brokenAt, 0); // the hub first makes sure entry 2 is still the one it holds
        QVERIFY(first.probe.contains(2));
        const JournalSyncAnswer answer = m_hub->journalSync(device, journal.answer(&first));
        QCOMPARE(answer.brokenAt, 3);
        QVERIFY(answer.reason.endsWith(QStringLiteral("entry 3 is not in the journal format")));
        QCOMPARE(answer.headSeq, 2);
    }
};

QTEST_GUILESS_MAIN(TestHubJournal)
#include "tst_hub_journal.moc"
