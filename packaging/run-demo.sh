#!/usr/bin/env bash
# Installs what OmniTill needs, builds it, creates the demo store if missing and starts the till.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${OMNITILL_BUILD_DIR:-build/release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNITILL_BUILD_TESTS=OFF
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
BIN="$BUILD_DIR/bin"
DATA_DIR=${OMNITILL_DATA_DIR:-var}
mkdir -p "$DATA_DIR"
DB="$DATA_DIR/demo-store.db"
# A kiosk is a device of its own: its own store database, enrolled as till K1 of the same store.
TILL=T1
prev=
for arg in "$@"; do
  case "$prev $arg" in
    "--mode kiosk"|"--mode self-checkout"|*" --mode=kiosk"|*" --mode=self-checkout") DB="$DATA_DIR/demo-kiosk.db"; TILL=K1 ;;
  esac
  prev=$arg
done
HUB_DB="sqlite:$(cd "$DATA_DIR" && pwd)/hub.db"
HUB_PORT=${OMNITILL_HUB_PORT:-8765}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d); export XDG_RUNTIME_DIR
fi
if [ ! -f "$DB" ]; then
  "$BIN/omnitillctl" demo --db "$DB" --products 5000 --promotions
fi

# A local hub (SQLite) with the demo store, so the till syncs from the first sale.
"$BIN/omnitill-hub" serve --db "$HUB_DB" --listen "127.0.0.1:$HUB_PORT" >"$DATA_DIR/hub.log" 2>&1 &
HUB_PID=$!
PRINTER_PID=
CARD_PID=
trap 'kill "$HUB_PID" $PRINTER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q "listening on" "$DATA_DIR/hub.log" 2>/dev/null && break; sleep 0.1; done
if ! grep -q "listening on" "$DATA_DIR/hub.log"; then
  echo "The local hub did not start (is port $HUB_PORT in use? set OMNITILL_HUB_PORT):"; cat "$DATA_DIR/hub.log"; exit 1
fi
"$BIN/omnitill-hub" admin --db "$HUB_DB" create-store --id S1 --name "OmniTill Demo Market" >/dev/null 2>&1 || true
# One consistent chain: the hub holds the demo store's catalog, promotions, members and staff, so
# promoted and member sales sync without conflicts.
if [ ! -f "$DATA_DIR/hub-demo-imported" ]; then
  "$BIN/omnitillctl" demo-hub --db "$DB" --out "$DATA_DIR/hub-demo.json"
  "$BIN/omnitill-hub" admin --db "$HUB_DB" import --file "$DATA_DIR/hub-demo.json" >/dev/null
  touch "$DATA_DIR/hub-demo-imported"
fi
if [ -z "$(sqlite3 "$DB" "SELECT value FROM settings WHERE key = 'sync.device_id'")" ]; then
  TOKEN=$("$BIN/omnitill-hub" admin --db "$HUB_DB" enroll-token --store S1 --till "$TILL")
  "$BIN/omnitillctl" enroll --db "$DB" --hub "http://127.0.0.1:$HUB_PORT" --token "$TOKEN"
  if [ "$TILL" = T1 ]; then
    # Online orders for the pickup desk (omnitill --mode pickup, or Ctrl+K at the till).
    sqlite3 "$DB" <packaging/demo-orders.sql >"$DATA_DIR/demo-orders.json"
    "$BIN/omnitill-hub" admin --db "$HUB_DB" import --file "$DATA_DIR/demo-orders.json" >/dev/null
    # Costs, batches near expiry and restocking rules for the manager's console (--mode manager).
    sqlite3 "$DB" <packaging/demo-stock.sql
  fi
fi

# A network receipt printer stand-in: receipts come out as text files (and PNG images) in
# var/paper, drawer kicks are logged in var/printer.log. A store set up with a real printer keeps it.
PRINTER_PORT=${OMNITILL_PRINTER_PORT:-9100}
"$BIN/omnitill-printer-emulator" --listen "127.0.0.1:$PRINTER_PORT" --out "$DATA_DIR/paper" >"$DATA_DIR/printer.log" 2>&1 </dev/null &
PRINTER_PID=$!
for _ in $(seq 1 30); do grep -q "listening on" "$DATA_DIR/printer.log" 2>/dev/null && break; sleep 0.1; done
if [ -z "$(sqlite3 "$DB" "SELECT value FROM settings WHERE key = 'printer.address' AND value <> ''")" ]; then
  "$BIN/omnitill-devices" set --db "$DB" "printer.address=tcp://127.0.0.1:$PRINTER_PORT"
fi
# A ZVT card terminal stand-in (approves; its charges are appended to var/card-terminal-charges.log;
# type decline, pin, timeout, drop-after-charge or status-only into var/card-terminal.fifo to change
# how it behaves). The demo till and kiosk pay through it unless set up with a real terminal.
CARD_PORT=${OMNITILL_CARD_TERMINAL_PORT:-20007}
rm -f "$DATA_DIR/card-terminal.fifo"
mkfifo "$DATA_DIR/card-terminal.fifo"
# The fifo is held open for writing by this script, so the stand-in's stdin never ends.
exec 3<>"$DATA_DIR/card-terminal.fifo"
"$BIN/omnitill-zvt-terminal" --listen "127.0.0.1:$CARD_PORT" --log "$DATA_DIR/card-terminal-charges.log" \
  <"$DATA_DIR/card-terminal.fifo" >"$DATA_DIR/card-terminal.log" 2>&1 &
CARD_PID=$!
trap 'kill "$HUB_PID" $PRINTER_PID $CARD_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do grep -q "listening on" "$DATA_DIR/card-terminal.log" 2>/dev/null && break; sleep 0.1; done
TERMINAL_SETTING=$(sqlite3 "$DB" "SELECT value FROM settings WHERE key = 'payment.terminal'")
if [ -z "$TERMINAL_SETTING" ] || [ "$TERMINAL_SETTING" = simulator ]; then
  "$BIN/omnitill-devices" set --db "$DB" "payment.terminal=zvt://127.0.0.1:$CARD_PORT"
fi
"$BIN/omnitill" --db "$DB" "$@"
