-- Demo data for the manager's console, applied once to a new demo store by run-demo.sh: what the
-- goods cost (60 % of the shelf price), batches of the first products with expiry dates around today
-- (some expiring within days, one expired), and restocking rules so the planner has something to say.
BEGIN;
INSERT OR IGNORE INTO product_costs(product_id, average_milli, updated_at)
  SELECT id, price * 600, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM products WHERE price > 0;
INSERT INTO stock_batches(product_id, batch, expiry, quantity, received_at)
  SELECT id, 'L' || printf('%04d', id), date('now', printf('%+d days', (id % 12) - 1)), 20,
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-7 days')
  FROM products WHERE id <= 40 AND unit = 'piece' AND price > 0;
INSERT OR IGNORE INTO stock_rules(product_id, min_qty, max_qty, reorder_point, pack_size, lead_time_days, review_days)
  SELECT id, 120, 180, -1, 12, 2, 7 FROM products WHERE id BETWEEN 1 AND 25 AND unit = 'piece' AND price > 0;
COMMIT;
