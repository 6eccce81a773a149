#!/usr/bin/env bash
# End to end under a window manager (openbox), as on a till with a desktop session: the window
# opens maximised with its status bar on the 1366x768 screen; a sale; the customer comes back
# with the receipt, whose QR (read from the printed paper) the wedge scanner types with Shift; the
# cashier types how many come back and refunds with F12, all by keyboard, the dialog's focus given
# by the window manager; the refund is in the database and on paper, and the till's function keys
# work after the dialog; then a stock count of a shelf in the manager's console, by keyboard.
set -euo pipefail
BIN=${1:?bin dir}
OUT=${2:?output dir}
# shellcheck source=e2e-common.sh
source "$(dirname "$0")/e2e-common.sh"

start_xvfb 191 240
start_wm
DB="$WORK/store.db"
"$BIN/omnitillctl" demo --db "$DB" --products 300 >/dev/null 2>&1
# The journal key as the installer keeps it, apart from the store.
"$BIN/omnitillctl" journal public-key --db "$DB" >"$WORK/journal-key.pem"
start_printer "$BIN"
start_till "$BIN" "$DB"
sleep 1.0 # the window manager gives the new window the focus

# The window manager framed and maximised the till: all of it, status bar included, is on screen.
geometry() { xwininfo -id "$WID" | sed -n "s/^ *$1: *\(-\?[0-9]*\)$/\1/p"; }
TOP=$(geometry "Absolute upper-left Y"); HEIGHT=$(geometry "Height"); WIDTH=$(geometry "Width")
[ "$TOP" -gt 0 ] || fail "no title bar: is the window manager running? ($(cat "$WORK/wm.log"))"
[ $((TOP + HEIGHT)) -le 768 ] && [ "$WIDTH" -le 1366 ] || fail "the till does not fit the screen: ${WIDTH}x${HEIGHT} at y=$TOP"

person "1111"; xdotool key Return; sleep 0.5
person "100"; xdotool key Return; sleep 0.7
scanner "4000000000013"
scanner "4000000000013"
xdotool key F12; sleep 0.7
xdotool key F2; sleep 1.2
RECEIPT=$(sql "SELECT receipt_id FROM sales")
[ -n "$RECEIPT" ] || fail "the sale was not recorded"
for _ in $(seq 1 30); do grep -qs "^\[QR\] OT1|sale|" "$WORK"/paper/*.txt && break; sleep 0.2; done
QR=$(grep -h "^\[QR\] OT1|sale|" "$WORK"/paper/*.txt | head -n 1 | cut -c6-)
[ -n "$QR" ] || fail "no receipt QR on paper"

# The receipt's QR at the sale screen opens the return; one of the two milks comes back.
scanner "$QR"
sleep 1.0
import -window root "$OUT/e2e_wm_return.png" 2>/dev/null || true
person "1"; sleep 0.3
xdotool key F12; sleep 1.2
[ "$(sql "SELECT original_receipt_id || ':' || refund FROM returns")" = "$RECEIPT:578" ] \
  || fail "the return was not recorded: $(sql "SELECT original_receipt_id, refund FROM returns")"
[ "$(sql "SELECT amount FROM cash_movements WHERE kind = 'refund'")" = "-578" ] || fail "the refund did not leave the drawer"
for _ in $(seq 1 30); do grep -qs "REFUND" "$WORK"/paper/*.txt && break; sleep 0.2; done
grep -h -A30 "REFUND" "$WORK"/paper/*.txt | grep -q "5,78" || fail "the refund slip is not on paper with 5,78"

# Back at the sale screen the function keys work: a new sale is paid with F12 and F2.
scanner "4000000000020"
xdotool key F12; sleep 0.7
xdotool key F2; sleep 1.0
[ "$(sql "SELECT count(*) FROM sales")" = "2" ] || fail "F12 did not reach the till after the return dialog"
import -window root "$OUT/e2e_wm_after.png" 2>/dev/null || true

# A stock count of the milk shelf, all by keyboard: the manager's console (Ctrl+Shift+M and a
# manager's PIN), the Count tab (Alt+O), Start (Alt+S), three milks scanned, Close (Alt+E),
# Approve (Alt+V) and the confirmation: the stock now says 3.
xdotool key ctrl+shift+m; sleep 0.8
person "3333"; xdotool key Return; sleep 1.0
xdotool key alt+o; sleep 0.4
xdotool key alt+s; sleep 0.6
for _ in 1 2 3; do scanner "4000000000013"; done
MILK=$(sql "SELECT product_id FROM barcodes WHERE code = '04000000000013'")
for _ in $(seq 1 50); do
  [ "$(sql "SELECT counted FROM stock_count_lines WHERE product_id = $MILK")" = "3" ] && break; sleep 0.1
done
import -window root "$OUT/e2e_wm_count.png" 2>/dev/null || true
xdotool key alt+e; sleep 0.6
xdotool key alt+v; sleep 0.8
xdotool key Return; sleep 0.8
[ "$(sql "SELECT c.status || ':' || l.counted FROM stock_counts c JOIN stock_count_lines l ON l.count_id = c.id WHERE l.product_id = $MILK")" = "approved:3" ] \
  || fail "the count was not approved with 3 milks: $(sql "SELECT status FROM stock_counts") $(sql "SELECT product_id, counted FROM stock_count_lines")"
[ "$(sql "SELECT quantity FROM stock_levels WHERE product_id = $MILK")" = "3" ] || fail "the milk's stock is not 3 after the count"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
"$BIN/omnitillctl" journal verify --db "$DB" --public-key "$WORK/journal-key.pem" >/dev/null || fail "journal does not verify"
echo "e2e under a window manager: maximised within the screen, return by receipt QR refunded by keyboard and printed, F12 after the dialog, a stock count approved by keyboard: PASS"
