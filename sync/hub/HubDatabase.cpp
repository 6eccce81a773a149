#include "HubDatabase.h"

#include "ChainWideStaffWithdrawal.h"
#include "common/DomainError.h"

#include <QAtomicInt>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <libpq-fe.h>

namespace omnitill::hub {

namespace {
QAtomicInt g_counter;

QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE stores (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE enroll_tokens (token_hash TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES stores(id),"
                       " till_code TEXT NOT NULL, created_at TEXT NOT NULL, used_by TEXT)"),
        QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES stores(id),"
                       " till_code TEXT NOT NULL, public_key TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,"
                       " acked_seq BIGINT NOT NULL DEFAULT 0, enrolled_at TEXT NOT NULL, last_seen_at TEXT)"),
        QStringLiteral("CREATE TABLE nonces (device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at TEXT NOT NULL,"
                       " PRIMARY KEY (device_id, nonce))"),
        QStringLiteral("CREATE TABLE events (device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, event_id TEXT NOT NULL UNIQUE,"
                       " event_type TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL,"
                       " PRIMARY KEY (device_id, device_seq))"),
        QStringLiteral("CREATE TABLE sales (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, store_id TEXT NOT NULL,"
                       " receipt_id TEXT NOT NULL, total BIGINT NOT NULL, currency TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE conflicts (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, device_seq BIGINT NOT NULL,"
                       " event_id TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " resolved_at TEXT, resolution TEXT, payload TEXT)"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters(name, value) VALUES('catalog', 0)"),
        QStringLiteral("CREATE TABLE tax_rates (code TEXT PRIMARY KEY, name TEXT NOT NULL, basis_points INTEGER NOT NULL,"
                       " change_seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE products (sku TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ru TEXT NOT NULL,"
                       " name_zh TEXT NOT NULL, unit TEXT NOT NULL, price BIGINT NOT NULL, tax_code TEXT NOT NULL"
                       " REFERENCES tax_rates(code), age_restricted INTEGER NOT NULL, active INTEGER NOT NULL,"
                       " barcodes TEXT NOT NULL, change_seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX products_change_seq ON products(change_seq)"),
    };
}
// Feeds for the tills beyond the catalog, the integrator API and the stock the stores report.
QStringList schemaV2()
{
    return {
        // Reference data a till pulls (staff, settings, members, online orders, stock): the current
        // document of each item; scope is a store id or '*' for every store.
        QStringLiteral("CREATE TABLE feed_items (feed TEXT NOT NULL, scope TEXT NOT NULL, item_key TEXT NOT NULL,"
                       " body TEXT NOT NULL, change_seq BIGINT NOT NULL, PRIMARY KEY (feed, scope, item_key))"),
        QStringLiteral("CREATE INDEX feed_items_seq ON feed_items(feed, change_seq)"),
        QStringLiteral("INSERT INTO counters(name, value) VALUES('feed', 0)"),
        QStringLiteral("INSERT INTO counters(name, value) VALUES('integrator', 0)"),
        QStringLiteral("INSERT INTO counters(name, value) VALUES('stock_folded', 0)"),
        QStringLiteral("CREATE TABLE api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE,"
                       " created_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, last_used_at TEXT)"),
        QStringLiteral("CREATE TABLE online_orders (id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES stores(id),"
                       " number TEXT NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, UNIQUE (store_id, number))"),
        QStringLiteral("CREATE TABLE members (id TEXT PRIMARY KEY, card_code TEXT NOT NULL UNIQUE, name TEXT, phone TEXT,"
                       " email TEXT, consent INTEGER NOT NULL DEFAULT 0, points_balance BIGINT NOT NULL DEFAULT 0,"
                       " erased INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE stock_levels (store_id TEXT NOT NULL, sku TEXT NOT NULL, on_hand BIGINT NOT NULL,"
                       " updated_at TEXT NOT NULL, PRIMARY KEY (store_id, sku))"),
        // What integrators read, in the order the hub took it in: references to stored events.
        QStringLiteral("CREATE INDEX conflicts_device ON conflicts(device_id, device_seq)"),
        // stock_delta: "SKU\tquantity" lines the event moved, read when stock levels are folded.
        QStringLiteral("CREATE TABLE integrator_feed (seq BIGINT PRIMARY KEY, kind TEXT NOT NULL, store_id TEXT NOT NULL,"
                       " device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, stock_delta TEXT NOT NULL)"),
    };
}
// The points ledger (HubLoyalty). Balances held before it become opening lots that never expire.
QStringList schemaV3()
{
    return {
        QStringLiteral("ALTER TABLE members ADD COLUMN lifetime_points BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE points_ledger (id BIGINT PRIMARY KEY, member_id TEXT NOT NULL, kind TEXT NOT NULL,"
                       " points BIGINT NOT NULL, idem_key TEXT NOT NULL UNIQUE, reference TEXT NOT NULL, store_id TEXT,"
                       " created_at TEXT NOT NULL, expires_at TEXT, remaining BIGINT NOT NULL DEFAULT 0, reverses BIGINT)"),
        QStringLiteral("CREATE INDEX points_ledger_member ON points_ledger(member_id, id)"),
        QStringLiteral("CREATE INDEX points_ledger_lots ON points_ledger(member_id, expires_at, id) WHERE remaining > 0"),
        QStringLiteral("CREATE INDEX points_ledger_expiry ON points_ledger(expires_at) WHERE remaining > 0"),
        QStringLiteral("CREATE INDEX points_ledger_reverses ON points_ledger(reverses) WHERE reverses IS NOT NULL"),
        QStringLiteral("CREATE TABLE points_allocations (entry_id BIGINT NOT NULL, lot_id BIGINT NOT NULL, points BIGINT NOT NULL,"
                       " PRIMARY KEY (entry_id, lot_id))"),
        QStringLiteral("INSERT INTO points_ledger(id, member_id, kind, points, idem_key, reference, created_at, expires_at, remaining)"
                       " SELECT row_number() OVER (ORDER BY id), id, 'adjust', points_balance, 'opening:' || id, 'opening balance',"
                       " updated_at, '9999-12-31T00:00:00.000Z', points_balance FROM members WHERE points_balance > 0"),
        QStringLiteral("INSERT INTO counters(name, value) SELECT 'points', count(*) FROM points_ledger"),
    };
}
// Single-use coupons (HubCoupons): their terms, signed code and the one use that counts.
QStringList schemaV4()
{
    return {
        QStringLiteral("CREATE TABLE coupons (id TEXT PRIMARY KEY, terms TEXT NOT NULL, code TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " used_by TEXT, used_at TEXT, used_store TEXT, used_receipt TEXT)"),
    };
}
// Gift cards and store credit (HubGiftCards): the balance and its ledger.
QStringList schemaV5()
{
    return {
        QStringLiteral("CREATE TABLE gift_cards (number TEXT PRIMARY KEY, kind TEXT NOT NULL, currency TEXT NOT NULL,"
                       " balance BIGINT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE gift_card_ledger (id BIGINT PRIMARY KEY, number TEXT NOT NULL, kind TEXT NOT NULL,"
                       " amount BIGINT NOT NULL, idem_key TEXT NOT NULL UNIQUE, reference TEXT NOT NULL, store_id TEXT,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX gift_card_ledger_number ON gift_card_ledger(number, id)"),
        QStringLiteral("INSERT INTO counters(name, value) VALUES('gift_cards', 0)"),
    };
}
// Personal offers (HubOffers): products bought together and members' favourite categories.
QStringList schemaV6()
{
    return {
        QStringLiteral("CREATE TABLE offer_pairs (sku TEXT NOT NULL, other TEXT NOT NULL, n BIGINT NOT NULL, dirty INTEGER NOT NULL,"
                       " PRIMARY KEY (sku, other))"),
        QStringLiteral("CREATE INDEX offer_pairs_dirty ON offer_pairs(sku) WHERE dirty = 1"),
        QStringLiteral("CREATE TABLE offer_member_categories (member_id TEXT NOT NULL, category_id BIGINT NOT NULL, n BIGINT NOT NULL,"
                       " dirty INTEGER NOT NULL, PRIMARY KEY (member_id, category_id))"),
    };
}
// Categories in the catalog (the hub recomputes category promotions with its own data) and
// members' personal coupons.
QStringList schemaV7()
{
    return {
        QStringLiteral("CREATE TABLE categories (id BIGINT PRIMARY KEY, name_en TEXT NOT NULL, name_ru TEXT NOT NULL,"
                       " name_zh TEXT NOT NULL, change_seq BIGINT NOT NULL)"),
        QStringLiteral("ALTER TABLE products ADD COLUMN category_id BIGINT REFERENCES categories(id)"),
        // each member's current personal coupon (HubOffers)
        QStringLiteral("CREATE TABLE personal_coupons (member_id TEXT PRIMARY KEY, coupon_id TEXT NOT NULL REFERENCES coupons(id),"
                       " valid_until TEXT NOT NULL)"),
    };
}
// Returns (HubReturns): what came back of each sale line, in any store, and the sale's event.
QStringList schemaV8()
{
    return {
        QStringLiteral("ALTER TABLE sales ADD COLUMN device_seq BIGINT"),
        QStringLiteral("CREATE INDEX sales_receipt ON sales(receipt_id)"),
        QStringLiteral("CREATE TABLE returns (id TEXT PRIMARY KEY, sale_id TEXT NOT NULL, store_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                       " receipt_id TEXT NOT NULL, refund BIGINT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX returns_sale ON returns(sale_id)"),
        QStringLiteral("CREATE TABLE returned_lines (sale_id TEXT NOT NULL, line INTEGER NOT NULL, quantity BIGINT NOT NULL,"
                       " PRIMARY KEY (sale_id, line))"),
    };
}
// Stock requests of the stores (HubStockRequests): replenishment from the warehouse, transfers.
QStringList schemaV9()
{
    return {
        QStringLiteral(
            "CREATE TABLE stock_requests (id TEXT PRIMARY KEY, number TEXT NOT NULL, kind TEXT NOT NULL, store_id TEXT NOT NULL,"
            " source TEXT NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX stock_requests_queue ON stock_requests(kind, status, created_at)"),
    };
}
// Which sale paid each self-order kiosk order: a ticket paid at two tills is a conflict.
QStringList schemaV10()
{
    return {
        QStringLiteral("CREATE TABLE kiosk_order_sales (order_id TEXT PRIMARY KEY, sale_id TEXT NOT NULL, receipt_id TEXT NOT NULL,"
                       " store_id TEXT NOT NULL)"),
    };
}

QStringList schemaV11()
{
    // #19: keys get scopes. Keys made before keep every scope, so no integration stops at the
    // update; `admin api-key --set-scopes ID --scopes …` narrows them.
    return {
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN scopes TEXT"),
        QStringLiteral("UPDATE api_keys SET scopes = 'orders,members,coupons,gift-cards,catalog,prices,replenishment,feed'"),
    };
}
// #21: the tills' journals anchored at the hub (HubJournal).
QStringList schemaV13()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS journal_anchors (device_id TEXT PRIMARY KEY REFERENCES devices(id), public_key TEXT NOT NULL,"
            " key_id TEXT NOT NULL, head_seq BIGINT NOT NULL, head_hash TEXT NOT NULL, audit_from BIGINT NOT NULL,"
            " match_upto BIGINT NOT NULL, differs_at BIGINT NOT NULL, differs_detail TEXT NOT NULL, broken_at BIGINT NOT NULL,"
            " conflict_id TEXT NOT NULL, journal_device TEXT NOT NULL, unsigned_since BIGINT NOT NULL DEFAULT 0,"
            " registered_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS journal_entries (device_id TEXT NOT NULL, seq BIGINT NOT NULL, hash TEXT NOT NULL,"
                       " canonical TEXT NOT NULL, signature TEXT NOT NULL, unsigned_reason TEXT NOT NULL, received_at TEXT NOT NULL,"
                       " PRIMARY KEY (device_id, seq))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS journal_keys (device_id TEXT NOT NULL, from_seq BIGINT NOT NULL,"
                       " public_key TEXT NOT NULL, key_id TEXT NOT NULL, PRIMARY KEY (device_id, from_seq))"),
    };
}
// #21: the key_change entries' payloads, so the hub's export of a journal period can be followed
// from the journal's first key.
QStringList schemaV14()
{
    return {QStringLiteral("ALTER TABLE journal_keys ADD COLUMN payload TEXT NOT NULL DEFAULT ''")};
}
// #23: the baskets a push keeps for HubOffers::fold (products a JSON array, categories
// comma-separated), and what changed since the offers were last worked out kept apart from the
// counts: a count's update then touches no index and PostgreSQL can make it in place (fillfactor).
QStringList schemaV15()
{
    return {
        QStringLiteral("CREATE TABLE offer_baskets (device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, member_id TEXT NOT NULL,"
                       " skus TEXT NOT NULL, categories TEXT NOT NULL, PRIMARY KEY (device_id, device_seq))"),
        QStringLiteral("CREATE TABLE offer_changed_products (sku TEXT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE offer_changed_members (member_id TEXT PRIMARY KEY)"),
        QStringLiteral("INSERT INTO offer_changed_products(sku) SELECT DISTINCT sku FROM offer_pairs WHERE dirty = 1"),
        QStringLiteral("INSERT INTO offer_changed_members(member_id) SELECT DISTINCT member_id FROM offer_member_categories"
                       " WHERE dirty = 1"),
        QStringLiteral("DROP INDEX offer_pairs_dirty"),
        QStringLiteral("ALTER TABLE offer_pairs DROP COLUMN dirty"),
        QStringLiteral("ALTER TABLE offer_member_categories DROP COLUMN dirty"),
    };
}
QStringList schemaV15Postgres()
{
    return {QStringLiteral("ALTER TABLE offer_pairs SET (fillfactor = 70)"),
            QStringLiteral("ALTER TABLE offer_member_categories SET (fillfactor = 70)")};
}

// #23: an event's payload (some 2 KB of JSON a sale) is compressed when its row is written; lz4
// costs a fraction of PostgreSQL's own pglz. Rows written before keep theirs. A server built
// without lz4 keeps pglz.
QStringList schemaV16Postgres()
{
    return {QStringLiteral("DO $$ BEGIN ALTER TABLE events ALTER COLUMN payload SET COMPRESSION lz4;"
                           " EXCEPTION WHEN feature_not_supported THEN NULL; END $$")};
}
} // namespace

HubDatabase::HubDatabase() : m_connectionName(QStringLiteral("omnitill-hub-%1").arg(g_counter.fetchAndAddRelaxed(1))) {}

HubDatabase::~HubDatabase()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void HubDatabase::open(const QString& url)
{
    if (url.startsWith(QLatin1String("sqlite:"))) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(url.mid(7));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        m_postgres = true;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(u.host());
        m_db.setPort(u.port(5432));
        m_db.setUserName(u.userName());
        m_db.setPassword(u.password());
        m_db.setDatabaseName(u.path().mid(1));
    } else {
        throw DomainError(QStringLiteral("hub.db_url"), QStringLiteral("--db must be sqlite:PATH or postgresql://user@host:port/database"));
    }
    if (!m_db.open())
        throw DomainError(QStringLiteral("hub.db_open"), QStringLiteral("cannot open the hub database: %1").arg(m_db.lastError().text()));
    if (!m_postgres) {
        // scalar() finishes each: PRAGMA journal_mode answers with a row, and a statement left
        // mid-result keeps a read snapshot that makes every later BEGIN IMMEDIATE fail once
        // another process (an admin command) has written.
        scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
        scalar(QStringLiteral("PRAGMA synchronous=FULL"));
        scalar(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    migrate();
}

void HubDatabase::migrate()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    const int current = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt();
    if (current > kSchemaVersion)
        throw DomainError(QStringLiteral("hub.db_newer"),
                          QStringLiteral("the hub database has schema %1; this hub knows up to %2").arg(current).arg(kSchemaVersion));
    // Schema 12 changes data only (withdrawChainWideStaff).
    const QList<QStringList> migrations{schemaV1(), schemaV2(),  schemaV3(),  schemaV4(), schemaV5(),  schemaV6(),  schemaV7(),  schemaV8(),
                                        schemaV9(), schemaV10(), schemaV11(), {},         schemaV13(), schemaV14(), schemaV15(), {}};
    const QHash<int, QStringList> postgresOnly{{15, schemaV15Postgres()}, {16, schemaV16Postgres()}};
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        HubTransaction tx(*this);
        for (const QString& statement : migrations.at(version - 1))
            exec(statement);
        if (version == 12)
            withdrawChainWideStaff(*this);
        if (m_postgres) {
            for (const QString& statement : postgresOnly.value(version))
                exec(statement);
        }
        exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('schema_version', ?)"
                            " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
             {QString::number(version)});
        tx.commit();
    }
}

QSqlQuery& HubDatabase::exec(const QString& sql, const QVariantList& bindings)
{
    // Prepared once per connection: on PostgreSQL a fresh PREPARE costs a round trip per statement.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!bindings.isEmpty() && !query.prepare(sql))
            fail(query);
        it = m_statements.insert(sql, std::move(query));
    }
    it->finish();
    ++m_statementCount;
    if (bindings.isEmpty()) {
        // PostgreSQL cannot PREPARE DDL; statements without parameters run directly.
        if (!it->exec(sql))
            fail(*it);
        return *it;
    }
    for (int i = 0; i < bindings.size(); ++i)
        it->bindValue(i, bindings.at(i));
    if (!it->exec())
        fail(*it);
    return *it;
}

QVariant HubDatabase::scalar(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery& query = exec(sql, bindings);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

int HubDatabase::execAffected(const QString& sql, const QVariantList& bindings)
{
    return exec(sql, bindings).numRowsAffected();
}

void HubDatabase::insertRows(const QString& insertHead, const QList<QVariantList>& rows, const QString& suffix,
                             const std::function<void(const QSqlQuery&)>& each)
{
    if (rows.isEmpty())
        return;
    const qsizetype columns = rows.first().size();
    const qsizetype chunk = std::max<qsizetype>(1, std::min<qsizetype>(500, 30000 / std::max<qsizetype>(1, columns)));
    const QString tuple = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype end = std::min(rows.size(), start + chunk);
        QVariantList bindings;
        bindings.reserve((end - start) * columns);
        for (qsizetype i = start; i < end; ++i)
            bindings += rows[i];
        QSqlQuery& q =
            exec(insertHead + QStringLiteral(" VALUES ") + QStringList(end - start, tuple).join(QLatin1Char(',')) + suffix, bindings);
        while (each && q.next())
            each(q);
        q.finish();
    }
}

namespace {
// One value in COPY's text format: \N for null, the separators and the backslash escaped.
void appendCopyValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Bool:
        out += value.toBool() ? 't' : 'f';
        return;
    default:
        break;
    }
    // Bytes are UTF-8 text already (HubDatabase::text).
    const QByteArray text = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char* escaped = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
        if (!escaped)
            continue;
        out.append(text.constData() + from, i - from);
        out += escaped;
        from = i + 1;
    }
    out.append(text.constData() + from, text.size() - from);
}
} // namespace

void HubDatabase::copyRows(const QString& table, const QStringList& columns, const QList<QVariantList>& rows, const QString& suffix,
                           const std::function<void(const QSqlQuery&)>& each)
{
    if (rows.isEmpty())
        return;
    const QString list = columns.join(QStringLiteral(", "));
    if (!m_postgres) {
        insertRows(QStringLiteral("INSERT INTO %1(%2)").arg(table, list), rows, suffix, each);
        return;
    }
    if (suffix.isEmpty()) {
        copyIn(table, columns, rows, false); // nothing to decide per row: straight in
        return;
    }
    copyIn(table, columns, rows, true);
    QSqlQuery& q = exec(QStringLiteral("INSERT INTO %1(%2) SELECT %2 FROM staged_%1").arg(table, list) + suffix);
    while (each && q.next())
        each(q);
    q.finish();
    exec(QStringLiteral("TRUNCATE staged_%1").arg(table)); // a temporary table is never vacuumed: no dead rows left behind
}

bool HubDatabase::copyIfAllNew(const QString& table, const QStringList& columns, const QList<QVariantList>& rows)
{
    if (!m_postgres)
        return false;
    if (rows.isEmpty())
        return true;
    exec(QStringLiteral("SAVEPOINT copy_if_all_new"));
    try {
        copyIn(table, columns, rows, false);
    } catch (const DomainError& e) {
        if (e.code() != QLatin1String(kDataError))
            throw;
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT copy_if_all_new"));
        exec(QStringLiteral("RELEASE SAVEPOINT copy_if_all_new"));
        return false;
    }
    exec(QStringLiteral("RELEASE SAVEPOINT copy_if_all_new"));
    return true;
}

void HubDatabase::copyIn(const QString& table, const QStringList& columns, const QList<QVariantList>& rows, bool staged)
{
    const QVariant handle = m_db.driver()->handle();
    // Qt's PostgreSQL driver hands out its libpq connection (declared as struct pg_conn*).
    const bool libpq = handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    PGconn* connection = libpq ? *static_cast<PGconn* const*>(handle.constData()) : nullptr;
    if (!connection)
        throw DomainError(QStringLiteral("hub.db"),
                          QStringLiteral("hub database error: no PostgreSQL connection to copy %1 into").arg(table));
    finishStatements();
    const auto failed = [&](PGresult* result) {
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const bool dataError = state && (qstrncmp(state, "22", 2) == 0 || qstrncmp(state, "23", 2) == 0);
        const QString message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        if (result)
            PQclear(result);
        while (PGresult* rest = PQgetResult(connection))
            PQclear(rest);
        throw DomainError(dataError ? QString::fromLatin1(kDataError) : QStringLiteral("hub.db"),
                          QStringLiteral("hub database error: copying into %1: %2").arg(table, message));
    };
    const QString target = staged ? QStringLiteral("staged_") + table : table;
    if (staged && !m_staged.contains(table) && !m_stagedNow.contains(table)) {
        // Once a session (a temporary table, without the indexes: only a way in).
        PGresult* created = PQexec(connection, QStringLiteral("CREATE TEMP TABLE staged_%1 (LIKE %1)").arg(table).toUtf8().constData());
        if (PQresultStatus(created) != PGRES_COMMAND_OK)
            failed(created);
        PQclear(created);
        m_stagedNow.insert(table);
    }
    ++m_statementCount;
    PGresult* started =
        PQexec(connection, QStringLiteral("COPY %1(%2) FROM STDIN").arg(target, columns.join(QStringLiteral(", "))).toUtf8().constData());
    if (PQresultStatus(started) != PGRES_COPY_IN)
        failed(started);
    PQclear(started);
    QByteArray data;
    for (const QVariantList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                data += '\t';
            appendCopyValue(data, row.at(i));
        }
        data += '\n';
    }
    if (PQputCopyData(connection, data.constData(), int(data.size())) != 1 || PQputCopyEnd(connection, nullptr) != 1)
        failed(nullptr);
    PGresult* done = PQgetResult(connection);
    if (PQresultStatus(done) != PGRES_COMMAND_OK)
        failed(done);
    PQclear(done);
    while (PGresult* rest = PQgetResult(connection))
        PQclear(rest);
}

QString HubDatabase::jsonRowsSource() const
{
    return m_postgres ? QStringLiteral("json_array_elements(CAST(? AS json)) WITH ORDINALITY AS e(value, key)")
                      : QStringLiteral("json_each(?) AS e");
}

QString HubDatabase::jsonRowColumn(int column, const char* sqlType)
{
    return QStringLiteral("CAST(e.value ->> %1 AS %2)").arg(column).arg(QLatin1String(sqlType));
}

QString HubDatabase::jsonRows(const QList<QVariantList>& rows)
{
    QJsonArray array;
    for (const QVariantList& row : rows)
        array.append(QJsonArray::fromVariantList(row));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void HubDatabase::insertJsonRows(const QString& insertHead, const QList<const char*>& sqlTypes, const QList<QVariantList>& rows,
                                 const QString& suffix)
{
    if (rows.isEmpty())
        return;
    QStringList columns;
    for (int i = 0; i < sqlTypes.size(); ++i)
        columns.append(jsonRowColumn(i, sqlTypes.at(i)));
    // "WHERE true" keeps SQLite from reading an upsert's ON CONFLICT as a join's ON.
    exec(insertHead + QStringLiteral(" SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + jsonRowsSource() +
             QStringLiteral(" WHERE true ORDER BY e.key") + suffix,
         {jsonRows(rows)});
}

qint64 HubDatabase::reserveSequence(const QString& counter, qint64 count)
{
    exec(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ?"), {count, counter});
    return scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {counter}).toLongLong() - count + 1;
}

void HubDatabase::begin()
{
    if (!m_postgres) {
        // A read left open by an earlier statement would pin an old snapshot: the write lock
        // could then never be taken (SQLITE_BUSY_SNAPSHOT), whatever the busy timeout.
        finishStatements();
        exec(QStringLiteral("BEGIN IMMEDIATE")); // take the write lock now; another writer waits
        return;
    }
    if (!m_db.transaction())
        throw DomainError(QStringLiteral("hub.db"), m_db.lastError().text());
}

void HubDatabase::finishStatements()
{
    for (QSqlQuery& query : m_statements)
        query.finish();
}

void HubDatabase::commit()
{
    finishStatements(); // SQLite refuses to commit while a read is still open
    if (!m_postgres) {
        exec(QStringLiteral("COMMIT"));
        return;
    }
    if (!m_db.commit())
        throw DomainError(QStringLiteral("hub.db"), m_db.lastError().text());
    m_staged.unite(m_stagedNow);
    m_stagedNow.clear();
}

void HubDatabase::rollback()
{
    finishStatements();
    m_stagedNow.clear(); // created in this transaction: gone with it
    if (!m_postgres) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    m_db.rollback();
}

void HubDatabase::fail(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    bool dataError = false;
    if (m_postgres) {
        // SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation).
        dataError = error.nativeErrorCode().startsWith(QLatin1String("22")) || error.nativeErrorCode().startsWith(QLatin1String("23"));
    } else {
        bool number = false;
        const int primary = error.nativeErrorCode().toInt(&number) & 0xff;
        dataError = number && (primary == 18 || primary == 19 || primary == 20 || primary == 25); // TOOBIG, CONSTRAINT, MISMATCH, RANGE
    }
    throw DomainError(dataError ? QString::fromLatin1(kDataError) : QStringLiteral("hub.db"),
                      QStringLiteral("hub database error: %1").arg(error.text()));
}

} // namespace omnitill::hub
