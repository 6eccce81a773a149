# Shared by the end-to-end scripts (sourced): a work folder, an Xvfb of their own with no window
# manager, the network printer stand-in, and clean-up of all of it on exit, also on failure.
# Sets WORK, DISPLAY and PRINTER; the script sets APP_PID when it starts omnitill.
WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
PRINTER_PID=""
HUB_PID=""
WM_PID=""
e2e_cleanup() {
  [ -n "$WM_PID" ] && kill "$WM_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null || true
  [ -n "$PRINTER_PID" ] && kill "$PRINTER_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap e2e_cleanup EXIT

# start_xvfb FIRST LAST: the first free display number in that range, 1366x768.
start_xvfb() {
  local n
  DISPLAY_NUM=""
  for n in $(seq "$1" "$2"); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then DISPLAY_NUM=$n; break; fi
  done
  [ -n "$DISPLAY_NUM" ] || { echo "FAIL: no free X display between $1 and $2"; exit 1; }
  Xvfb ":$DISPLAY_NUM" -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
  export DISPLAY=":$DISPLAY_NUM"
  export XDG_RUNTIME_DIR="$WORK/runtime"; mkdir -m 700 "$XDG_RUNTIME_DIR"
  unset QT_QPA_PLATFORM
}

# start_wm: a window manager (openbox) on the Xvfb, as on a till with a desktop session: title
# bars, focus given and taken by the manager.
start_wm() {
  openbox >"$WORK/wm.log" 2>&1 </dev/null &
  WM_PID=$!
  sleep 0.5
}

# start_printer BIN: the printer stand-in on a free loopback port, printing into $WORK/paper.
start_printer() {
  "$1/omnitill-printer-emulator" --listen 127.0.0.1:0 --out "$WORK/paper" >"$WORK/printer.log" 2>&1 </dev/null &
  PRINTER_PID=$!
  for _ in $(seq 1 50); do grep -q "listening on" "$WORK/printer.log" && break; sleep 0.1; done
  PRINTER=$(sed -n 's/^listening on \(tcp:[^ ]*\) .*/\1/p' "$WORK/printer.log")
  [ -n "$PRINTER" ] || { echo "FAIL: printer stand-in did not start"; cat "$WORK/printer.log"; exit 1; }
}

# start_hub BIN STORE_DB TILL: a hub (SQLite) on a free loopback port holding the demo store's
# catalog, promotions, members and staff, with STORE_DB enrolled as TILL. Sets HUB_DB and HUB_URL.
start_hub() {
  HUB_DB="sqlite:$WORK/hub.db"
  "$1/omnitill-hub" serve --db "$HUB_DB" --listen 127.0.0.1:0 >"$WORK/hub.log" 2>&1 </dev/null &
  HUB_PID=$!
  for _ in $(seq 1 50); do grep -q "listening on" "$WORK/hub.log" && break; sleep 0.1; done
  HUB_URL=$(sed -n 's/^listening on \(http[^ ]*\).*/\1/p' "$WORK/hub.log")
  [ -n "$HUB_URL" ] || { echo "FAIL: hub did not start"; cat "$WORK/hub.log"; exit 1; }
  "$1/omnitill-hub" admin --db "$HUB_DB" create-store --id S1 --name "OmniTill Demo Market" >/dev/null
  "$1/omnitillctl" demo-hub --db "$2" --out "$WORK/hub-demo.json" >/dev/null
  "$1/omnitill-hub" admin --db "$HUB_DB" import --file "$WORK/hub-demo.json" >/dev/null
  local token
  token=$("$1/omnitill-hub" admin --db "$HUB_DB" enroll-token --store S1 --till "$3")
  "$1/omnitillctl" enroll --db "$2" --hub "$HUB_URL" --token "$token" >/dev/null
}

# start_till BIN DB [POLL_MS]: the real omnitill on the store in English, printing to the stand-in
# (start_printer first). Sets APP_PID and WID, the till's window.
start_till() {
  "$1/omnitill" --db "$2" --lang en --device "printer.address=$PRINTER" --device "printer.poll_ms=${3:-300}" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  WID=$(timeout 20 xdotool search --sync --onlyvisible --name "OmniTill" | head -n 1)
}

# fail MESSAGE: says what went wrong with the till's log and the paper, and ends the test.
fail() { echo "FAIL: $*"; echo "--- app log"; cat "$WORK/app.log"; echo "--- paper"; cat "$WORK"/paper/*.txt 2>/dev/null || true; exit 1; }
# A person types at a person's pace; the wedge scanner types a burst (Shift and all) and Enter.
person() { xdotool type --delay 120 "$1"; }
scanner() { xdotool type --delay 4 "$1"; xdotool key Return; sleep 0.4; }
sql() { sqlite3 "$DB" "$1"; }
