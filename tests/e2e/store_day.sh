#!/usr/bin/env bash
# End to end, as the hardware and the cashier do it: the real omnitill and a real hub under its own
# Xvfb, no window manager, a keyboard-wedge scanner typing at 4 ms a key and pressing Shift for
# uppercase letters and symbols (a member card, a kiosk ticket's QR full of | * ;), a person typing
# PINs, switching the language mid-sale from the menu, picking and handing over an online order
# and counting the drawer; the receipts, the kiosk order, the collection slip and the Z report checked on the printed paper (the network printer stand-in, a
# separate process), in the store's database, and at the hub: every event taken, no conflict.
set -euo pipefail
BIN=${1:?bin dir}
OUT=${2:?output dir}
# shellcheck source=e2e-common.sh
source "$(dirname "$0")/e2e-common.sh"

start_xvfb 141 190

DB="$WORK/store.db"
"$BIN/omnitillctl" demo --db "$DB" --products 500 --promotions >/dev/null 2>&1
# The journal key as the installer keeps it, apart from the store.
"$BIN/omnitillctl" journal public-key --db "$DB" >"$WORK/journal-key.pem"
start_hub "$BIN" "$DB" T1
# Online orders for the pickup desk, at the hub; the till's first sync brings them.
sqlite3 "$DB" <"$(dirname "$0")/../../packaging/demo-orders.sql" >"$WORK/orders.json"
"$BIN/omnitill-hub" admin --db "$HUB_DB" import --file "$WORK/orders.json" >/dev/null
start_printer "$BIN"
start_till "$BIN" "$DB"
xdotool windowfocus --sync "$WID"
sleep 0.5

# language N: the Language menu by a click on its title (its Alt-letter changes with the language),
# then the Nth entry (1 English, 2 Русский, 3 简体中文) by keyboard.
language() { xdotool mousemove 75 10 click 1; sleep 0.4; for _ in $(seq 1 "$1"); do xdotool key Down; done; xdotool key Return; sleep 0.8; }

person "1111"; xdotool key Return; sleep 0.5
person "100"; xdotool key Return; sleep 0.7
[ "$(sql "SELECT count(*) FROM shifts WHERE status = 'open'")" = "1" ] || fail "no shift opened"

# A member's card (Shift for the M) and milk; the customer speaks Russian: the cashier switches the
# language from the menu mid-sale, scans bread, and takes exact cash.
scanner "M0001"
scanner "4000000000013"
language 2
scanner "4000000000020"
import -window root "$OUT/e2e_day_member_sale.png" 2>/dev/null || true
xdotool key F12; sleep 0.7
xdotool key F2; sleep 1.0
MEMBER=$(sql "SELECT id FROM members WHERE card_code = 'M0001'")
[ "$(sql "SELECT count(*) FROM sales WHERE member_id = '$MEMBER'")" = "1" ] || fail "the member card did not reach the sale"
[ "$(sql "SELECT count(*) FROM sale_promotions")" -ge 1 ] || fail "the dairy promotion was not applied to the milk"
[ "$(sql "SELECT group_concat(name, ';') FROM (SELECT l.name FROM sale_lines l JOIN sales s ON s.id = l.sale_id
       WHERE s.member_id = '$MEMBER' ORDER BY l.line_no)")" = "Молоко цельное Альпина 250 g;Ржаной хлеб Альпина 250 g" ] \
  || fail "the lines are not all in Russian after the switch: $(sql "SELECT group_concat(name, ';') FROM sale_lines")"
language 1 # back to English for the rest of the day

# A kiosk order paid at the counter: its ticket's QR, written here from the documented format
# (OTK2|store|kiosk|sequence|member|sku*qty;...|first 16 hex digits of HMAC-SHA-256 of what
# precedes, keyed with the store's kiosk code key that the till got from the hub).
BODY="OTK2|S1|K1|7||SKU0000001*2;SKU0000003*1"
KEY_HEX=$(sql "SELECT value FROM settings WHERE key = 'sync.kiosk_code_key'" | base64 -d | od -An -tx1 | tr -d ' \n')
[ -n "$KEY_HEX" ] || fail "the till has no kiosk code key from the hub"
CHECK=$(printf '%s' "$BODY" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$KEY_HEX" | sed 's/.*= //' | cut -c1-16)
# The window must have the keyboard back after the payment dialog, with no window manager to give it.
scanner "$BODY|$CHECK"
import -window root "$OUT/e2e_day_kiosk_ticket.png" 2>/dev/null || true
xdotool key F12; sleep 0.7
xdotool key F2; sleep 1.0
[ "$(sql "SELECT count(*) FROM sales WHERE channel = 'kiosk'")" = "1" ] || fail "the kiosk ticket was not sold: $(sql "SELECT count(*) FROM sales")"
[ "$(sql "SELECT sum(l.quantity) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.channel = 'kiosk'")" = "3" ] \
  || fail "the kiosk order's lines did not all arrive"

# Click and collect, by keyboard: the pickup desk (Ctrl+K), order W1001 found (Alt+F, Enter), its
# goods picked by scanning, Ready (Alt+R), handed over (Alt+O) after the last four digits of the
# customer's phone; the order is collected and its slip printed.
for _ in $(seq 1 50); do [ "$(sql "SELECT count(*) FROM online_orders WHERE body LIKE '%W1001%'")" = "1" ] && break; xdotool key ctrl+r; sleep 0.3; done
ORDER=$(sql "SELECT id FROM online_orders WHERE body LIKE '%\"W1001\"%'")
[ -n "$ORDER" ] || fail "order W1001 did not reach the till"
xdotool key ctrl+k; sleep 0.6
xdotool key alt+f; person "W1001"; xdotool key Return; sleep 0.6
for sku_quantity in $(sql "SELECT json_extract(l.value, '$.sku') || '*' || json_extract(l.value, '$.quantity')
                           FROM online_orders o, json_each(o.body, '$.lines') l WHERE o.id = '$ORDER'"); do
  CODE=$(sql "SELECT substr(b.code, 2) FROM barcodes b JOIN products p ON p.id = b.product_id WHERE p.sku = '${sku_quantity%\**}' LIMIT 1")
  for _ in $(seq 1 "${sku_quantity#*\*}"); do scanner "$CODE"; done
done
import -window root "$OUT/e2e_day_pickup.png" 2>/dev/null || true
xdotool key alt+r; sleep 0.6
[ "$(sql "SELECT status FROM pickups WHERE order_id = '$ORDER'")" = "ready" ] || fail "order W1001 is not ready: $(sql "SELECT status FROM pickups")"
xdotool key alt+o; sleep 0.6
person "1001"; xdotool key Return; sleep 0.8
xdotool key Return; sleep 1.0
[ "$(sql "SELECT status FROM pickups WHERE order_id = '$ORDER'")" = "collected" ] || fail "order W1001 was not handed over"
for _ in $(seq 1 30); do grep -qs "ONLINE ORDER COLLECTED" "$WORK"/paper/*.txt && break; sleep 0.2; done
grep -h -A12 "ONLINE ORDER COLLECTED" "$WORK"/paper/*.txt | grep -q "W1001" || fail "no collection slip for W1001 on paper"
xdotool key alt+b; sleep 0.6 # back to the till

# The day closes: Ctrl+Shift+Z from the scan field, the drawer counted as the cash it should hold,
# typed into the one-cent box (the last of 15), a supervisor's PIN, and the Z report.
EXPECTED=$(sql "SELECT 10000 + coalesce(sum(t.amount), 0) FROM sale_tenders t WHERE t.kind = 'cash'")
xdotool key ctrl+shift+z; sleep 0.8
for _ in $(seq 1 14); do xdotool key Tab; done
person "$EXPECTED"; sleep 0.2
import -window root "$OUT/e2e_day_count.png" 2>/dev/null || true
xdotool key Return; sleep 0.8
person "2222"; xdotool key Return; sleep 1.0
import -window root "$OUT/e2e_day_z.png" 2>/dev/null || true
xdotool key Escape; sleep 0.5
[ "$(sql "SELECT status || ':' || counted_cash || ':' || difference FROM shifts")" = "closed:$EXPECTED:0" ] \
  || fail "the Z close did not balance: $(sql "SELECT status, counted_cash, expected_cash, difference FROM shifts") (expected $EXPECTED)"

# On paper: both receipts (the member's card on the first), and the Z report with the drawer's sum.
RECEIPT1=$(sql "SELECT receipt_id FROM sales WHERE member_id = '$MEMBER'")
RECEIPT2=$(sql "SELECT receipt_id FROM sales WHERE channel = 'kiosk'")
for _ in $(seq 1 50); do grep -qs "Z REPORT" "$WORK"/paper/*.txt && break; sleep 0.2; done
grep -l "$RECEIPT1" "$WORK"/paper/*.txt >/dev/null 2>&1 || fail "receipt $RECEIPT1 not printed"
grep -A40 "$RECEIPT1" "$WORK"/paper/*.txt | grep -q "M0001" || fail "the member's card is not on receipt $RECEIPT1"
grep -l "$RECEIPT2" "$WORK"/paper/*.txt >/dev/null 2>&1 || fail "receipt $RECEIPT2 not printed"
grep -h "^\[QR\] OT1|sale|" "$WORK"/paper/*.txt | grep -q "|$RECEIPT2|" || fail "the paper copy of $RECEIPT2 has no receipt QR"
grep -qs "Z REPORT" "$WORK"/paper/*.txt || fail "the Z report was not printed"
EURO=$(printf '%d,%02d' $((EXPECTED / 100)) $((EXPECTED % 100)))
grep -h "Expected cash" "$WORK"/paper/*.txt | grep -q "$EURO" || fail "the printed Z report does not expect $EURO"
# The Russian receipt on paper names the goods in Russian and writes money the Berlin store's way.
grep -A30 "$RECEIPT1" "$WORK"/paper/*.txt | grep -q "Молоко цельное.*5,78" || fail "receipt $RECEIPT1 is not in Russian with the store's amounts"

# At the hub: every event of the day taken, not one conflict (the chain is consistent).
WAITING="FROM outbox WHERE device_seq > (SELECT coalesce(max(up_to_seq), 0) FROM outbox_acks)"
for _ in $(seq 1 60); do
  [ "$(sql "SELECT count(*) $WAITING")" = "0" ] && break
  xdotool key ctrl+r; sleep 0.5
done
[ "$(sql "SELECT count(*) $WAITING")" = "0" ] || fail "events still waiting for the hub: $(sql "SELECT event_type $WAITING")"
CONFLICTS=$("$BIN/omnitill-hub" admin --db "$HUB_DB" conflicts)
[ "$(echo "$CONFLICTS" | tr -d '[:space:]')" = "[]" ] || fail "the hub has conflicts: $CONFLICTS"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
"$BIN/omnitillctl" journal verify --db "$DB" --public-key "$WORK/journal-key.pem" >/dev/null || fail "journal does not verify"
echo "e2e store day: member card and kiosk ticket scanned with Shift, language switched mid-sale, an online order picked and handed over, 2 sales, Z balanced at $EURO and printed, synced with 0 conflicts: PASS"
