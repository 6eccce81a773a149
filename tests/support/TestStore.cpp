#include "TestStore.h"

#include "DemoStore.h"
#include "common/DomainError.h"

namespace omnitill::test {

QString errorCode(const std::function<void()>& op)
{
    try {
        op();
    } catch (const DomainError& e) {
        return e.code();
    }
    return QStringLiteral("ok");
}

TestStore::TestStore(qint64 products) : m_clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()))
{
    DemoOptions options;
    options.products = products;
    DemoStore::create(path(), m_clock, options);
    m_till = std::make_unique<Till>(path(), m_clock);
}

void TestStore::reopen()
{
    m_till.reset();
    m_till = std::make_unique<Till>(path(), m_clock);
}

Session TestStore::openShift()
{
    const Session session = cashier();
    m_till->shifts().open(session, 10000);
    return session;
}

qint64 TestStore::count(const QString& table)
{
    return m_till->db().scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

void TestStore::loseAnswersFor(qint64 events)
{
    Database& db = m_till->db();
    const qint64 upTo = qMin(Outbox::heldUpTo(db), db.scalar(QStringLiteral("SELECT max(device_seq) FROM outbox")).toLongLong() - events);
    db.exec(QStringLiteral("DELETE FROM outbox_acks WHERE up_to_seq > ?"), {upTo});
    if (upTo > 0)
        db.exec(QStringLiteral("INSERT OR IGNORE INTO outbox_acks(up_to_seq, acked_at) VALUES(?, 'answer lost')"), {upTo});
}

void TestStore::addBarcode(const QString& code)
{
    Transaction tx(m_till->db());
    m_till->db().exec(
        QStringLiteral("INSERT INTO barcodes(code, product_id) SELECT ?, id FROM products WHERE unit = 'piece' ORDER BY id LIMIT 1"),
        {code});
    tx.commit();
}

} // namespace omnitill::test
