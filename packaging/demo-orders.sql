-- Online orders for the demo's pickup desk, as an `omnitill-hub admin import` document: the tax
-- rates and the few demo products the orders name (the hub's catalog starts empty), and a dozen
-- orders for store S1, some paid online, some paid at pickup. Read from the demo store.
WITH items(sku) AS (VALUES ('SKU0000001'), ('SKU0000002'), ('SKU0000003'), ('SKU0000004'), ('SKU0000005'), ('SKU0000006')),
n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
SELECT json_object(
  'tax_rates', (SELECT json_group_array(json_object('code', code, 'name', name, 'basis_points', basis_points)) FROM tax_rates),
  'products', (SELECT json_group_array(json_object('sku', p.sku, 'name_en', p.name_en, 'name_ru', p.name_ru, 'name_zh', p.name_zh,
                 'unit', p.unit, 'price', p.price, 'tax_code', t.code,
                 'barcodes', (SELECT json_group_array(code) FROM barcodes WHERE product_id = p.id)))
               FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id WHERE p.sku IN (SELECT sku FROM items)),
  'orders', (SELECT json_group_array(json_object(
               'id', 'demo-' || i, 'store_id', 'S1', 'number', 'W' || (1000 + i),
               'customer', json_object('name', CASE i % 4 WHEN 0 THEN 'Anna Schmidt' WHEN 1 THEN 'Ivan Petrov'
                                                           WHEN 2 THEN 'Li Wei' ELSE 'Maria Rossi' END,
                                       'phone', '+49 170 555 ' || (1000 + i)),
               'paid', json(CASE WHEN i % 3 = 0 THEN 'false' ELSE 'true' END),
               'currency', coalesce((SELECT value FROM settings WHERE key = 'store.currency'), 'EUR'),
               'lines', json_array(
                 json_object('sku', 'SKU000000' || (1 + i % 6), 'quantity', 1 + i % 3,
                             'unit_price', (SELECT price FROM products WHERE sku = 'SKU000000' || (1 + i % 6))),
                 json_object('sku', 'SKU000000' || (1 + (i + 2) % 6), 'quantity', 1,
                             'unit_price', (SELECT price FROM products WHERE sku = 'SKU000000' || (1 + (i + 2) % 6))))))
             FROM n));
