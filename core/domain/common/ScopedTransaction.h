#pragma once

namespace omnitill {

// One business operation, one transaction: commits only when told to, rolls back otherwise
// (including when an exception leaves the scope). Db provides begin(), commit() and rollback().
template <typename Db> class ScopedTransaction
{
public:
    explicit ScopedTransaction(Db& db) : m_db(db) { m_db.begin(); }
    ~ScopedTransaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Db& m_db;
    bool m_done = false;
};

} // namespace omnitill
