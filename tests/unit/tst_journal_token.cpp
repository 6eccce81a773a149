// #21: the till's journal key moved onto a PKCS#11 token (SoftHSM2, a token this test makes): the
// change is a journal entry signed by the key file and naming the token's key, so the journal
// still verifies from its first key; the token pulled out mid-shift does not stop the till: the
// sale is journaled unsigned with the reason, its receipt says so, and signing resumes when the
// token is back.
#include "SoftHsmToken.h"
#include "TestStore.h"
#include "crypto/Pkcs11Signer.h"
#include "journal/Journal.h"
#include "journal/JournalKeyChange.h"
#include "journal/JournalVerifier.h"
#include "receipt/ReceiptLayout.h"
#include "store/SigningKeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using test::errorCode;

class TestJournalToken : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SoftHsmToken> m_token;
    Pkcs11Signer::Config m_config;

    static void sell(test::TestStore& store, const Session& session)
    {
        Cart cart = store.till().sales().newCart();
        store.till().sales().scan(cart, QStringLiteral("4000000000013"));
        Payment payment(cart.totals().total.minor());
        payment.addExactCash();
        store.till().sales().complete(session, cart, payment);
    }

    static JournalEntry newest(test::TestStore& store) { return *store.till().journal().entry(Journal::headSeq(store.till().db())); }

    static QByteArray firstKey(test::TestStore& store)
    {
        return QByteArray::fromBase64(store.till().settings().value(QStringLiteral("journal.public_key")).toLatin1());
    }

private slots:
    void initTestCase()
    {
        m_token = std::make_unique<test::SoftHsmToken>(m_dir.path(), QStringLiteral("till-S1-T1"));
        QVERIFY2(m_token->isReady(), qPrintable(m_token->error()));
        m_config = m_token->config(QStringLiteral("journal"));
    }

    void keyChangeIsJournaledAndFollowed()
    {
        test::TestStore store(20);
        const Session cashier = store.openShift();
        sell(store, cashier);
        Till& till = store.till();
        // A PIN others may read, or the wrong PIN, is refused before anything changes.
        QCOMPARE(errorCode([&] {
                     JournalKeyChange::toToken(till.db(), till.settings(), store.clock(), m_config,
                                               m_token->pinFile("1234", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther), true);
                 }),
                 QStringLiteral("key.exposed"));
        QCOMPARE(errorCode([&] {
                     JournalKeyChange::toToken(till.db(), till.settings(), store.clock(), m_config, m_token->pinFile("9999"), true);
                 }),
                 QStringLiteral("key.pin"));
        const qint64 before = Journal::headSeq(till.db());
        const JournalEntry change =
            JournalKeyChange::toToken(till.db(), till.settings(), store.clock(), m_config, m_token->pinFile(), true);
        QCOMPARE(change.seq, before + 1);
        QCOMPARE(change.type, JournalText::kKeyChange);
        QVERIFY(!change.signature.isEmpty());
        const QByteArray tokenKey = JournalText::keyChangeTarget(change.payload);
        QVERIFY(!tokenKey.isEmpty());
        QVERIFY(EcdsaP256Signer::verify(firstKey(store), change.canonical, change.signature)); // signed by the key it leaves
        QCOMPARE(
            errorCode([&] { JournalKeyChange::toToken(till.db(), till.settings(), store.clock(), m_config, m_token->pinFile(), false); }),
            QStringLiteral("journal.key_unchanged"));

        store.reopen(); // the till starts again, now signing with the token
        sell(store, store.cashier());
        const JournalEntry sale = newest(store);
        QCOMPARE(sale.keyId, EcdsaP256Signer::keyIdFor(tokenKey));
        QVERIFY(EcdsaP256Signer::verify(tokenKey, sale.canonical, sale.signature));
        const JournalVerification verified = JournalVerifier::verify(store.till().db(), firstKey(store));
        QVERIFY2(verified.ok, qPrintable(verified.reason));
        QCOMPARE(verified.unsignedEntries, 0);
        // Whoever starts from the token's key instead fails at the first entry.
        QCOMPARE(JournalVerifier::verify(store.till().db(), tokenKey).firstBrokenSeq, 1);
    }

    void tokenPulledOutMidShiftKeepsTheTillSelling()
    {
        test::TestStore store(20);
        Pkcs11Signer::Config config = m_config;
        config.keyLabel = QStringLiteral("journal-2");
        JournalKeyChange::toToken(store.till().db(), store.till().settings(), store.clock(), config, m_token->pinFile(), true);
        store.reopen();
        Till& till = store.till();
        const Session cashier = store.openShift();
        sell(store, cashier);
        QVERIFY(newest(store).unsignedReason.isEmpty());

        QVERIFY(m_token->pull());
        sell(store, cashier);
        const JournalEntry unsignedSale = newest(store);
        QCOMPARE(unsignedSale.type, QStringLiteral("sale"));
        QVERIFY(unsignedSale.signature.isEmpty());
        QVERIFY2(!unsignedSale.unsignedReason.isEmpty(), "the reason is journaled");
        const JournalEntry failed = *till.journal().entry(unsignedSale.seq - 1);
        QCOMPARE(failed.type, QStringLiteral("signer_failed"));
        QCOMPARE(failed.unsignedReason, unsignedSale.unsignedReason);
        const Receipt receipt = till.receipts().byNumber(2);
        QCOMPARE(receipt.unsignedReason, unsignedSale.unsignedReason);
        QVERIFY(ReceiptLayout::plainText(receipt, 42, QLocale::c()).contains(QStringLiteral("NOT SIGNED")));

        // Back in: the next entry is signed again, after one that says so.
        QVERIFY(m_token->putBack());
        sell(store, cashier);
        const JournalEntry signedAgain = newest(store);
        QVERIFY2(signedAgain.unsignedReason.isEmpty(), qPrintable(signedAgain.unsignedReason));
        QVERIFY(!signedAgain.signature.isEmpty());
        QCOMPARE(till.journal().entry(signedAgain.seq - 1)->type, QStringLiteral("signer_restored"));
        const JournalVerification verified = JournalVerifier::verify(till.db(), firstKey(store));
        QVERIFY2(verified.ok, qPrintable(verified.reason));
        QCOMPARE(verified.unsignedEntries, 2);
        QCOMPARE(verified.firstUnsignedSeq, failed.seq);
    }
};

QTEST_GUILESS_MAIN(TestJournalToken)
#include "tst_journal_token.moc"
