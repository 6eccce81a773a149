#!/usr/bin/env bash
# End to end: the real omnitill under Xvfb; barcodes typed by xdotool at USB-scanner speed; the
# receipt comes out of the network printer stand-in (a separate process) with one drawer kick.
set -euo pipefail
BIN=${1:?bin dir}
OUT=${2:?output dir}
# shellcheck source=e2e-common.sh
source "$(dirname "$0")/e2e-common.sh"

start_xvfb 90 140

DB="$WORK/store.db"
"$BIN/omnitillctl" demo --db "$DB" --products 500 >/dev/null 2>&1
# The journal key as the installer keeps it, apart from the store.
"$BIN/omnitillctl" journal public-key --db "$DB" >"$WORK/journal-key.pem"
start_printer "$BIN"
start_till "$BIN" "$DB" 500
xdotool windowfocus --sync "$WID"
sleep 0.5

# A person types the PIN and the float (slower than the scanner threshold).
xdotool type --delay 120 "1111"; xdotool key Return; sleep 0.5
xdotool type --delay 120 "100"; xdotool key Return; sleep 0.5
# The scanner: 13 digits in a few milliseconds, then Enter.
xdotool type --delay 0 "4000000000013"; xdotool key Return; sleep 0.3
xdotool type --delay 0 "4000000000020"; xdotool key Return; sleep 0.3
xdotool type --delay 0 "2100001007508"; xdotool key Return; sleep 0.5
import -window root "$OUT/e2e_cart.png" 2>/dev/null || true
# Pay: F12 opens the payment, F2 takes exact cash and completes the sale.
xdotool key F12; sleep 0.7
xdotool key F2; sleep 1.0
import -window root "$OUT/e2e_after_sale.png" 2>/dev/null || true

SALES=$(sqlite3 "$DB" "SELECT count(*) FROM sales")
[ "$SALES" = "1" ] || fail "expected 1 sale, found $SALES"
LINES=$(sqlite3 "$DB" "SELECT count(*) FROM sale_lines")
[ "$LINES" = "3" ] || fail "expected 3 lines, found $LINES"
GRAMS=$(sqlite3 "$DB" "SELECT quantity FROM sale_lines WHERE unit = 'weight'")
[ "$GRAMS" = "750" ] || fail "expected the weighed line at 750 g, found $GRAMS"
TENDER=$(sqlite3 "$DB" "SELECT kind || ':' || (amount = (SELECT total FROM sales)) FROM sale_tenders")
[ "$TENDER" = "cash:1" ] || fail "expected one exact cash tender, found $TENDER"
RECEIPT=$(sqlite3 "$DB" "SELECT receipt_id FROM sales")
for _ in $(seq 1 50); do grep -qs "$RECEIPT" "$WORK/paper/0001.txt" && break; sleep 0.1; done
grep -q "$RECEIPT" "$WORK/paper/0001.txt" 2>/dev/null || fail "receipt $RECEIPT not printed: $(cat "$WORK/printer.log")"
[ "$(grep -c 'drawer kick' "$WORK/printer.log")" = "1" ] || fail "expected one drawer kick: $(cat "$WORK/printer.log")"
import -window root "$OUT/e2e_printed.png" 2>/dev/null || true
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
"$BIN/omnitillctl" journal verify --db "$DB" --public-key "$WORK/journal-key.pem" || fail "journal does not verify"
echo "e2e: sale $RECEIPT with $LINES lines rung by scanner input, printed with one drawer kick: PASS"
