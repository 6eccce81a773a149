#include "Migrations.h"

namespace omnitill {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tax_rates (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 100000))"),
        QStringLiteral("CREATE TABLE categories (id INTEGER PRIMARY KEY, name_en TEXT NOT NULL,"
                       " name_ru TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE,"
                       " name_en TEXT NOT NULL, name_ru TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
                       " category_id INTEGER REFERENCES categories(id),"
                       " unit TEXT NOT NULL CHECK (unit IN ('piece','weight')),"
                       " price INTEGER NOT NULL CHECK (price >= 0),"
                       " tax_rate_id INTEGER NOT NULL REFERENCES tax_rates(id),"
                       " age_restricted INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE barcodes (code TEXT PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX barcodes_product ON barcodes(product_id)"),
        // Names in three languages and the codes; Chinese names are stored one character per
        // token because unicode61 does not split Chinese words (see CatalogSearch).
        QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5(name_en, name_ru, name_zh, codes,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
        QStringLiteral("CREATE TABLE quick_keys (position INTEGER PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products(id), label TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('cashier','supervisor','manager')),"
                       " pin_salt BLOB NOT NULL, pin_hash BLOB NOT NULL, pin_iterations INTEGER NOT NULL,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE members (id TEXT PRIMARY KEY, card_code TEXT NOT NULL UNIQUE, phone TEXT,"
                       " email TEXT, consent INTEGER NOT NULL DEFAULT 0, points_balance INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE shifts (id INTEGER PRIMARY KEY, till_code TEXT NOT NULL,"
                       " opened_by INTEGER NOT NULL REFERENCES staff(id), opened_at TEXT NOT NULL,"
                       " business_day TEXT NOT NULL, opening_float INTEGER NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('open','closed')),"
                       " closed_by INTEGER REFERENCES staff(id), closed_at TEXT, counted_cash INTEGER,"
                       " expected_cash INTEGER, difference INTEGER, counted_detail TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX shifts_one_open ON shifts(status) WHERE status = 'open'"),
        QStringLiteral("CREATE TABLE approvals (id INTEGER PRIMARY KEY, action TEXT NOT NULL,"
                       " requested_by INTEGER NOT NULL REFERENCES staff(id),"
                       " approved_by INTEGER NOT NULL REFERENCES staff(id), reference TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sales (id TEXT PRIMARY KEY, receipt_number INTEGER NOT NULL,"
                       " receipt_id TEXT NOT NULL UNIQUE, training INTEGER NOT NULL DEFAULT 0,"
                       " shift_id INTEGER NOT NULL REFERENCES shifts(id), staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " member_id TEXT, currency TEXT NOT NULL, tax_mode TEXT NOT NULL,"
                       " subtotal INTEGER NOT NULL, discount_total INTEGER NOT NULL, tax_total INTEGER NOT NULL,"
                       " total INTEGER NOT NULL, change_given INTEGER NOT NULL, created_at TEXT NOT NULL,"
                       " business_day TEXT NOT NULL, age_confirmed_by INTEGER REFERENCES staff(id),"
                       " journal_seq INTEGER NOT NULL, UNIQUE (training, receipt_number))"),
        QStringLiteral("CREATE INDEX sales_shift ON sales(shift_id)"),
        QStringLiteral("CREATE TABLE sale_lines (sale_id TEXT NOT NULL REFERENCES sales(id), line_no INTEGER NOT NULL,"
                       " product_id INTEGER NOT NULL REFERENCES products(id), sku TEXT NOT NULL, name TEXT NOT NULL,"
                       " unit TEXT NOT NULL, quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL,"
                       " list_price INTEGER NOT NULL, discount INTEGER NOT NULL, net INTEGER NOT NULL,"
                       " tax INTEGER NOT NULL, gross INTEGER NOT NULL, tax_code TEXT NOT NULL,"
                       " tax_basis_points INTEGER NOT NULL, batch TEXT, serial TEXT, expiry TEXT,"
                       " price_override_by INTEGER REFERENCES staff(id), PRIMARY KEY (sale_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sale_tenders (sale_id TEXT NOT NULL REFERENCES sales(id), seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('cash','card','qr')), amount INTEGER NOT NULL,"
                       " tendered INTEGER NOT NULL, change INTEGER NOT NULL, approval_code TEXT, card_brand TEXT,"
                       " card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4), reference TEXT,"
                       " PRIMARY KEY (sale_id, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE cash_movements (id INTEGER PRIMARY KEY, shift_id INTEGER NOT NULL REFERENCES shifts(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('float','cash_in','cash_out','sale','refund')),"
                       " amount INTEGER NOT NULL, reason TEXT, staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " approved_by INTEGER REFERENCES staff(id), sale_id TEXT REFERENCES sales(id),"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX cash_movements_shift ON cash_movements(shift_id)"),
        QStringLiteral("CREATE TABLE stock_movements (id INTEGER PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products(id), quantity_delta INTEGER NOT NULL,"
                       " reason TEXT NOT NULL, reference TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX stock_movements_product ON stock_movements(product_id)"),
        QStringLiteral("CREATE TABLE stock_levels (product_id INTEGER PRIMARY KEY REFERENCES products(id),"
                       " quantity INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY, event_type TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, reference TEXT, training INTEGER NOT NULL DEFAULT 0,"
                       " canonical TEXT NOT NULL, payload TEXT NOT NULL, hash BLOB NOT NULL,"
                       " signature BLOB NOT NULL, key_id TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
                       " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
        QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
                       " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
        QStringLiteral("CREATE TABLE outbox (device_seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE,"
                       " event_type TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, acked_at TEXT)"),
        QStringLiteral("CREATE TABLE suspended_sales (id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " label TEXT NOT NULL, created_at TEXT NOT NULL, cart TEXT NOT NULL)"),
    };
}

// Sync reads the events still waiting in order; a partial index keeps that read proportional to
// what waits, not to everything the till ever sent.
QStringList version2()
{
    return {QStringLiteral("CREATE INDEX outbox_pending ON outbox(device_seq) WHERE acked_at IS NULL")};
}

// What the hub's feeds bring besides the catalog (members' names and erasure, online orders for
// pickup at this store, every store's stock as the hub last knew it) and the sync console's facts.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE members ADD COLUMN name TEXT"),
        QStringLiteral("ALTER TABLE members ADD COLUMN erased INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX members_phone ON members(phone)"),
        QStringLiteral("CREATE TABLE online_orders (id TEXT PRIMARY KEY, store_id TEXT NOT NULL, number TEXT NOT NULL,"
                       " status TEXT NOT NULL, customer_name TEXT NOT NULL, phone TEXT NOT NULL, paid INTEGER NOT NULL,"
                       " currency TEXT NOT NULL, total INTEGER NOT NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX online_orders_number ON online_orders(number)"),
        QStringLiteral("CREATE INDEX online_orders_status ON online_orders(status)"),
        QStringLiteral("CREATE TABLE remote_stock (store_id TEXT NOT NULL, sku TEXT NOT NULL, on_hand INTEGER NOT NULL,"
                       " PRIMARY KEY (store_id, sku)) WITHOUT ROWID"),
        // For the sync console: how often an event was sent without an answer, the last error,
        // and the conflicts the hub opened for this till's events.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN last_error TEXT"),
        QStringLiteral("CREATE TABLE sync_conflicts (device_seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL,"
                       " reason TEXT NOT NULL, reported_at TEXT NOT NULL)"),
    };
}

// The persistent print queue: every receipt, copy and drawer kick, printed or waiting.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE print_jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                       " reference TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, done_at TEXT)"),
        QStringLiteral("CREATE INDEX print_jobs_queued ON print_jobs(id) WHERE state = 'queued'"),
    };
}

// Promotions, and what each sale got from them: the share of every line, for exact returns.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE promotions (id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE sale_lines ADD COLUMN promotion_discount INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE sale_promotions (sale_id TEXT NOT NULL REFERENCES sales(id), seq INTEGER NOT NULL,"
                       " promotion_id TEXT NOT NULL, name TEXT NOT NULL, discount INTEGER NOT NULL, lines TEXT NOT NULL,"
                       " PRIMARY KEY (sale_id, seq)) WITHOUT ROWID"),
    };
}

// Loyalty points: what this till earned and redeemed for members, kept so redemptions not yet
// posted by the hub count against the balance; and what each sale and line did with points.
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE points_entries (id INTEGER PRIMARY KEY, member_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('earn', 'redeem')), points INTEGER NOT NULL CHECK (points > 0),"
                       " business_day TEXT NOT NULL, outbox_seq INTEGER NOT NULL, created_at TEXT NOT NULL,"
                       " UNIQUE (sale_id, kind))"),
        QStringLiteral("CREATE INDEX points_entries_member ON points_entries(member_id, kind, business_day)"),
        QStringLiteral("ALTER TABLE members ADD COLUMN lifetime_points INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN points_earned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN points_redeemed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sale_lines ADD COLUMN points_discount INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sale_lines ADD COLUMN points_earned INTEGER NOT NULL DEFAULT 0"),
        // Points are a kind of tender now: SQLite cannot change a CHECK, so the table is rebuilt.
        QStringLiteral("CREATE TABLE sale_tenders_v6 (sale_id TEXT NOT NULL REFERENCES sales(id), seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('cash','card','qr','points')), amount INTEGER NOT NULL,"
                       " tendered INTEGER NOT NULL, change INTEGER NOT NULL, approval_code TEXT, card_brand TEXT,"
                       " card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4), reference TEXT,"
                       " points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0), PRIMARY KEY (sale_id, seq)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO sale_tenders_v6(sale_id, seq, kind, amount, tendered, change, approval_code, card_brand,"
                       " card_last4, reference) SELECT sale_id, seq, kind, amount, tendered, change, approval_code, card_brand,"
                       " card_last4, reference FROM sale_tenders"),
        QStringLiteral("DROP TABLE sale_tenders"),
        QStringLiteral("ALTER TABLE sale_tenders_v6 RENAME TO sale_tenders"),
    };
}

// Coupons: which were used (here, or anywhere as the hub's feed says) and what each sale got.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE coupons_used (id TEXT PRIMARY KEY, sale_id TEXT, source TEXT NOT NULL, used_at TEXT)"),
        QStringLiteral("CREATE TABLE sale_coupons (sale_id TEXT NOT NULL REFERENCES sales(id), coupon_id TEXT NOT NULL,"
                       " name TEXT NOT NULL, discount INTEGER NOT NULL, PRIMARY KEY (sale_id, coupon_id)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE sale_lines ADD COLUMN coupon_discount INTEGER NOT NULL DEFAULT 0"),
    };
}

// Gift cards and store credit: balances from the hub, what this till did with them, and a tender.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE gift_cards (number TEXT PRIMARY KEY, kind TEXT NOT NULL, currency TEXT NOT NULL,"
                       " balance INTEGER NOT NULL, status TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE gift_card_entries (id INTEGER PRIMARY KEY, number TEXT NOT NULL, sale_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('activate', 'topup', 'spend')), amount INTEGER NOT NULL CHECK (amount > 0),"
                       " business_day TEXT NOT NULL, outbox_seq INTEGER NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX gift_card_entries_number ON gift_card_entries(number)"),
        QStringLiteral("ALTER TABLE sale_lines ADD COLUMN gift_card TEXT"),
        QStringLiteral("CREATE TABLE sale_tenders_v8 (sale_id TEXT NOT NULL REFERENCES sales(id), seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('cash','card','qr','points','giftcard')), amount INTEGER NOT NULL,"
                       " tendered INTEGER NOT NULL, change INTEGER NOT NULL, approval_code TEXT, card_brand TEXT,"
                       " card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4), reference TEXT,"
                       " points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0), PRIMARY KEY (sale_id, seq)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO sale_tenders_v8 SELECT sale_id, seq, kind, amount, tendered, change, approval_code, card_brand,"
                       " card_last4, reference, points FROM sale_tenders"),
        QStringLiteral("DROP TABLE sale_tenders"),
        QStringLiteral("ALTER TABLE sale_tenders_v8 RENAME TO sale_tenders"),
    };
}

// Personal offers from the hub: what is bought together, members' favourite categories.
QStringList version9()
{
    return {QStringLiteral("CREATE TABLE offers (key TEXT PRIMARY KEY, body TEXT NOT NULL)")};
}

// The member's personal coupon printed on a sale's receipt, with its terms, so copies print it too.
QStringList version10()
{
    return {QStringLiteral("CREATE TABLE sale_personal_coupons (sale_id TEXT PRIMARY KEY REFERENCES sales(id),"
                           " coupon_id TEXT NOT NULL, terms TEXT NOT NULL, code TEXT NOT NULL)")};
}

// Returns and exchanges: the return with its lines (and where each went) and how the money went
// back; points and gift card ledgers learn reversals and refunds.
QStringList version11()
{
    return {
        QStringLiteral("CREATE TABLE returns (id TEXT PRIMARY KEY, receipt_number INTEGER NOT NULL, receipt_id TEXT NOT NULL UNIQUE,"
                       " original_sale_id TEXT, original_receipt_id TEXT, original_store TEXT, original_local INTEGER NOT NULL,"
                       " training INTEGER NOT NULL, shift_id INTEGER NOT NULL REFERENCES shifts(id),"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id), approved_by INTEGER REFERENCES staff(id), member_id TEXT,"
                       " currency TEXT NOT NULL, paid INTEGER NOT NULL, refund INTEGER NOT NULL CHECK (refund >= 0),"
                       " points_reversed INTEGER NOT NULL, flagged TEXT, reason TEXT, exchange_sale_id TEXT, outbox_seq INTEGER,"
                       " created_at TEXT NOT NULL, business_day TEXT NOT NULL, journal_seq INTEGER NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX returns_original ON returns(original_sale_id)"),
        QStringLiteral("CREATE INDEX returns_day ON returns(business_day)"),
        QStringLiteral("CREATE TABLE return_lines (return_id TEXT NOT NULL REFERENCES returns(id), line_no INTEGER NOT NULL,"
                       " original_line INTEGER, product_id INTEGER REFERENCES products(id), sku TEXT NOT NULL, name TEXT NOT NULL,"
                       " unit TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),"
                       " disposition TEXT NOT NULL CHECK (disposition IN ('restock','damaged','vendor')),"
                       " paid INTEGER NOT NULL, refund INTEGER NOT NULL, tax INTEGER NOT NULL, tax_code TEXT NOT NULL,"
                       " points_reversed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (return_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE return_tenders (return_id TEXT NOT NULL REFERENCES returns(id), seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('cash','card','qr','points','giftcard','exchange')),"
                       " amount INTEGER NOT NULL CHECK (amount > 0), reference TEXT, card_last4 TEXT, approval_code TEXT,"
                       " points INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (return_id, seq)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE points_entries_v11 (id INTEGER PRIMARY KEY, member_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'reverse', 'refund')), points INTEGER NOT NULL CHECK (points > 0),"
            " business_day TEXT NOT NULL, outbox_seq INTEGER NOT NULL, created_at TEXT NOT NULL, UNIQUE (sale_id, kind))"),
        QStringLiteral("INSERT INTO points_entries_v11 SELECT * FROM points_entries"),
        QStringLiteral("DROP TABLE points_entries"),
        QStringLiteral("ALTER TABLE points_entries_v11 RENAME TO points_entries"),
        QStringLiteral("CREATE INDEX points_entries_member ON points_entries(member_id, kind, business_day)"),
        QStringLiteral(
            "CREATE TABLE gift_card_entries_v11 (id INTEGER PRIMARY KEY, number TEXT NOT NULL, sale_id TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('activate', 'topup', 'spend', 'refund')), amount INTEGER NOT NULL CHECK (amount > 0),"
            " business_day TEXT NOT NULL, outbox_seq INTEGER NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO gift_card_entries_v11 SELECT * FROM gift_card_entries"),
        QStringLiteral("DROP TABLE gift_card_entries"),
        QStringLiteral("ALTER TABLE gift_card_entries_v11 RENAME TO gift_card_entries"),
        QStringLiteral("CREATE INDEX gift_card_entries_number ON gift_card_entries(number)"),
        QStringLiteral("CREATE TABLE sale_tenders_v11 (sale_id TEXT NOT NULL REFERENCES sales(id), seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('cash','card','qr','points','giftcard','exchange')), amount INTEGER NOT NULL,"
                       " tendered INTEGER NOT NULL, change INTEGER NOT NULL, approval_code TEXT, card_brand TEXT,"
                       " card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4), reference TEXT,"
                       " points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0), PRIMARY KEY (sale_id, seq)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO sale_tenders_v11 SELECT * FROM sale_tenders"),
        QStringLiteral("DROP TABLE sale_tenders"),
        QStringLiteral("ALTER TABLE sale_tenders_v11 RENAME TO sale_tenders"),
        QStringLiteral("CREATE INDEX sales_business_day ON sales(business_day)"),
    };
}

// Click and collect: what the pickup desk did with each online order (the hub's copy in
// online_orders says what the shop did), line by line, and which channel a sale came through.
QStringList version12()
{
    return {
        QStringLiteral("CREATE TABLE pickups (order_id TEXT PRIMARY KEY, status TEXT NOT NULL"
                       " CHECK (status IN ('picking','ready','collected','restocked')), started_at TEXT NOT NULL,"
                       " started_by INTEGER NOT NULL REFERENCES staff(id), ready_at TEXT, collected_at TEXT,"
                       " collected_by INTEGER REFERENCES staff(id), sale_id TEXT, refund_due INTEGER NOT NULL DEFAULT 0,"
                       " offline INTEGER NOT NULL DEFAULT 0, outbox_seq INTEGER)"),
        QStringLiteral("CREATE INDEX pickups_status ON pickups(status, ready_at)"),
        QStringLiteral(
            "CREATE TABLE pickup_lines (order_id TEXT NOT NULL REFERENCES pickups(order_id), line_no INTEGER NOT NULL,"
            " picked INTEGER NOT NULL DEFAULT 0 CHECK (picked >= 0), short_consent TEXT,"
            " substitute_product_id INTEGER REFERENCES products(id), substitute_quantity INTEGER NOT NULL DEFAULT 0,"
            " substitute_price INTEGER NOT NULL DEFAULT 0, substitute_consent TEXT, refused INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (order_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX online_orders_phone ON online_orders(phone)"),
        QStringLiteral("CREATE INDEX online_orders_name ON online_orders(customer_name COLLATE NOCASE)"),
        // Orders placed at the till for goods this store lacks (endless aisle): pending until the
        // hub has their outbox event, refused when it opened a conflict for it.
        QStringLiteral("CREATE TABLE aisle_orders (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, fulfilment TEXT NOT NULL"
                       " CHECK (fulfilment IN ('pickup','delivery')), store_id TEXT NOT NULL, customer_name TEXT NOT NULL,"
                       " total INTEGER NOT NULL, outbox_seq INTEGER NOT NULL, staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " created_at TEXT NOT NULL, body TEXT NOT NULL)"),
        // An online order collected here is returned like a sale; its refund goes back online.
        QStringLiteral("CREATE TABLE return_tenders_v12 (return_id TEXT NOT NULL REFERENCES returns(id), seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('cash','card','qr','points','giftcard','exchange','online')),"
                       " amount INTEGER NOT NULL CHECK (amount > 0), reference TEXT, card_last4 TEXT, approval_code TEXT,"
                       " points INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (return_id, seq)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO return_tenders_v12 SELECT * FROM return_tenders"),
        QStringLiteral("DROP TABLE return_tenders"),
        QStringLiteral("ALTER TABLE return_tenders_v12 RENAME TO return_tenders"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN channel TEXT NOT NULL DEFAULT 'till'"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN online_order_id TEXT"),
    };
}

// The manager's stock: restocking rules per product, batches with their expiry, the moving average
// cost, and deliveries received.
QStringList version13()
{
    return {
        QStringLiteral("CREATE TABLE stock_rules (product_id INTEGER PRIMARY KEY REFERENCES products(id),"
                       " min_qty INTEGER NOT NULL DEFAULT 0, max_qty INTEGER NOT NULL DEFAULT 0, reorder_point INTEGER NOT NULL DEFAULT -1,"
                       " pack_size INTEGER NOT NULL DEFAULT 1 CHECK (pack_size > 0), lead_time_days INTEGER NOT NULL DEFAULT 2,"
                       " review_days INTEGER NOT NULL DEFAULT 7)"),
        QStringLiteral("CREATE TABLE stock_batches (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id),"
                       " batch TEXT NOT NULL, expiry TEXT, quantity INTEGER NOT NULL, received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX stock_batches_product ON stock_batches(product_id, expiry)"),
        QStringLiteral("CREATE TABLE product_costs (product_id INTEGER PRIMARY KEY REFERENCES products(id),"
                       " average_milli INTEGER NOT NULL CHECK (average_milli >= 0), updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE stock_receipts (id TEXT PRIMARY KEY, reference TEXT, reason TEXT,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id), value INTEGER NOT NULL, created_at TEXT NOT NULL,"
                       " outbox_seq INTEGER NOT NULL, body TEXT NOT NULL)"),
    };
}

// Goods the store asks for (replenishment from the warehouse, transfers from another store) and
// what it ships to another store; stock counts.
QStringList version14()
{
    return {
        QStringLiteral("CREATE TABLE stock_requests (id TEXT PRIMARY KEY, number TEXT NOT NULL, kind TEXT NOT NULL"
                       " CHECK (kind IN ('replenishment','transfer')), source TEXT NOT NULL, destination TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('submitted','approved','rejected','shipped','received','cancelled')),"
                       " note TEXT NOT NULL DEFAULT '', staff_id INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                       " outbox_seq INTEGER, body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX stock_requests_status ON stock_requests(status, created_at)"),
        QStringLiteral(
            "CREATE TABLE stock_request_lines (request_id TEXT NOT NULL REFERENCES stock_requests(id), sku TEXT NOT NULL,"
            " product_id INTEGER REFERENCES products(id), requested INTEGER NOT NULL CHECK (requested >= 0), approved INTEGER,"
            " shipped INTEGER NOT NULL DEFAULT 0, received INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (request_id, sku)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE stock_receipts ADD COLUMN request_id TEXT"),
        QStringLiteral(
            "CREATE TABLE stock_counts (id TEXT PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('open','closed','approved','cancelled')),"
            " blind INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', started_by INTEGER NOT NULL REFERENCES staff(id),"
            " started_at TEXT NOT NULL, closed_at TEXT, approved_by INTEGER REFERENCES staff(id), approved_at TEXT, outbox_seq INTEGER)"),
        QStringLiteral("CREATE TABLE stock_count_lines (count_id TEXT NOT NULL REFERENCES stock_counts(id),"
                       " product_id INTEGER NOT NULL REFERENCES products(id), expected INTEGER NOT NULL, counted INTEGER NOT NULL DEFAULT 0"
                       " CHECK (counted >= 0), counted_at TEXT NOT NULL, PRIMARY KEY (count_id, product_id)) WITHOUT ROWID"),
    };
}

// What each sale line cost the store (for margins), and batches marked down as they near expiry.
QStringList version15()
{
    return {
        QStringLiteral("ALTER TABLE sale_lines ADD COLUMN cost_milli INTEGER"),
        QStringLiteral("CREATE TABLE batch_markdowns (product_id INTEGER NOT NULL REFERENCES products(id), batch TEXT NOT NULL,"
                       " price INTEGER NOT NULL CHECK (price >= 0), staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " created_at TEXT NOT NULL, PRIMARY KEY (product_id, batch)) WITHOUT ROWID"),
    };
}

// Orders placed at a self-order kiosk (paid at the counter, or at the kiosk by card) and the
// kiosk's card payments, written before the terminal is asked so an interrupted payment is found.
QStringList version16()
{
    return {
        QStringLiteral("CREATE TABLE kiosk_orders (id TEXT PRIMARY KEY, number TEXT NOT NULL, kind TEXT NOT NULL"
                       " CHECK (kind IN ('counter','card')), status TEXT NOT NULL CHECK (status IN ('waiting','paid')),"
                       " member_id TEXT, total INTEGER NOT NULL, currency TEXT NOT NULL, code TEXT NOT NULL, sale_id TEXT,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE kiosk_payments (idempotency_key TEXT PRIMARY KEY, order_id TEXT NOT NULL, amount INTEGER NOT NULL"
            " CHECK (amount >= 0), currency TEXT NOT NULL, cart TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN"
            " ('pending','approved','completed','declined','failed','reversed')), approval_code TEXT, card_brand TEXT,"
            " card_last4 TEXT, sale_id TEXT, message TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX kiosk_payments_open ON kiosk_payments(status) WHERE status IN ('pending','approved')"),
        QStringLiteral("ALTER TABLE sales ADD COLUMN kiosk_order_id TEXT"),
        QStringLiteral("CREATE INDEX products_category ON products(category_id, unit, active)"),
        QStringLiteral("CREATE UNIQUE INDEX sales_kiosk_order ON sales(kiosk_order_id) WHERE kiosk_order_id IS NOT NULL AND training = 0"),
    };
}

// A line sold by a price printed on an in-store label: the receipt prints that price, not a weight
// the till could only work out from it.
QStringList version17()
{
    return {QStringLiteral("ALTER TABLE sale_lines ADD COLUMN label_amount INTEGER")};
}

// #21: an entry written while the signing device failed keeps the sale and says why it is unsigned.
QStringList version18()
{
    return {QStringLiteral("ALTER TABLE journal ADD COLUMN unsigned_reason TEXT NOT NULL DEFAULT ''")};
}

// #22: a card terminal's own references of each kiosk payment (for a reversal, for recovery after a
// lost answer: the receipt number the terminal gave the payment before it), and the till's card
// payments, refunds and terminal end-of-days, each written down before the terminal is asked.
QStringList version19()
{
    return {
        QStringLiteral("ALTER TABLE kiosk_payments ADD COLUMN previous_receipt TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE kiosk_payments ADD COLUMN receipt_no TEXT"),
        QStringLiteral("ALTER TABLE kiosk_payments ADD COLUMN terminal_id TEXT"),
        QStringLiteral("ALTER TABLE kiosk_payments ADD COLUMN trace TEXT"),
        QStringLiteral("ALTER TABLE kiosk_payments ADD COLUMN slip TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE card_payments (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('payment','refund','end_of_day')),"
            " amount INTEGER NOT NULL CHECK (amount >= 0), currency TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN"
            " ('pending','approved','declined','failed','reversed','completed')), previous_receipt TEXT NOT NULL DEFAULT '',"
            " receipt_no TEXT, terminal_id TEXT, trace TEXT, approval_code TEXT, card_brand TEXT,"
            " card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) <= 4), result_code INTEGER, terminal_time TEXT,"
            " slip TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', sale_id TEXT, staff_id INTEGER,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX card_payments_open ON card_payments(status) WHERE status IN ('pending','approved')"),
    };
}

// #23: the reports' roll-up (ReportTotals) per business day and per month, and how far into the
// sales and returns (by row) it has been folded: the first report folds in what was recorded before;
// the stock ledger by time.
QStringList version20()
{
    return {
        QStringLiteral("CREATE TABLE report_totals (dim TEXT NOT NULL CHECK (dim IN ('hour','category','channel','cashier','product')),"
                       " grain TEXT NOT NULL CHECK (grain IN ('day','month')), period TEXT NOT NULL, key TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '', sales INTEGER NOT NULL DEFAULT 0, returns INTEGER NOT NULL DEFAULT 0,"
                       " quantity INTEGER NOT NULL DEFAULT 0, gross INTEGER NOT NULL DEFAULT 0, net INTEGER NOT NULL DEFAULT 0,"
                       " cost INTEGER NOT NULL DEFAULT 0, margin INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (dim, grain, period, key))"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE report_totals_state (id INTEGER PRIMARY KEY CHECK (id = 1), sales_through INTEGER NOT NULL,"
                       " returns_through INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO report_totals_state(id, sales_through, returns_through) VALUES(1, 0, 0)"),
        // The replenishment planner reads a window of the ledger by time.
        QStringLiteral("CREATE INDEX stock_movements_time ON stock_movements(created_at)"),
    };
}

// #23: what the hub holds is a prefix of the outbox, so it is kept as marks (each acknowledgement
// that moved it, and when) instead of a time on every event: taking an answer writes one small row
// instead of rewriting every acknowledged event with its payload. Events after the last mark wait.
QStringList version21()
{
    return {
        QStringLiteral("CREATE TABLE outbox_acks (up_to_seq INTEGER PRIMARY KEY, acked_at TEXT NOT NULL)"),
        // Only the acknowledged prefix: an event acknowledged after one that was not is sent again,
        // and the hub keeps each event once.
        QStringLiteral("INSERT INTO outbox_acks(up_to_seq, acked_at) SELECT max(device_seq), acked_at FROM outbox"
                       " WHERE acked_at IS NOT NULL AND device_seq < coalesce((SELECT min(device_seq) FROM outbox"
                       " WHERE acked_at IS NULL), 9223372036854775807) GROUP BY acked_at"),
        QStringLiteral("DROP INDEX outbox_pending"),
        QStringLiteral("ALTER TABLE outbox DROP COLUMN acked_at"),
    };
}

} // namespace

QList<QStringList> migrationStatements()
{
    return {version1(),  version2(),  version3(),  version4(),  version5(),  version6(),  version7(),
            version8(),  version9(),  version10(), version11(), version12(), version13(), version14(),
            version15(), version16(), version17(), version18(), version19(), version20(), version21()};
}

} // namespace omnitill
