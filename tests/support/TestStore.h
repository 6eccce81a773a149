#pragma once

#include "Till.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace omnitill::test {

// The code of the DomainError that op throws, or "ok" when it succeeds.
QString errorCode(const std::function<void()>& op);

// A fresh demo store in a temporary directory, on a clock the test moves.
class TestStore
{
public:
    explicit TestStore(qint64 products = 200);

    Till& till() { return *m_till; }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("store.db")); }
    QString dirPath() const { return m_dir.path(); }
    void reopen();
    // Closes the till, so the test can work on the file (reopen() opens it again).
    void close() { m_till.reset(); }

    Session cashier() { return m_till->staff().login(QStringLiteral("1111")); }
    Session supervisor() { return m_till->staff().login(QStringLiteral("2222")); }
    Session manager() { return m_till->staff().login(QStringLiteral("3333")); }
    // Logs in the cashier and opens a shift with a 100.00 float.
    Session openShift();

    qint64 count(const QString& table);
    // The hub's answers for the last `events` events were lost: the till holds them as not yet
    // acknowledged and sends them again.
    void loseAnswersFor(qint64 events);
    // One more barcode on the first product sold by the piece (a code with letters, say).
    void addBarcode(const QString& code);

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Till> m_till;
};

} // namespace omnitill::test
