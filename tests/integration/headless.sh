#!/usr/bin/env bash
# On a machine with no display at all (a server, an SSH session, CI), the store programs answer
# --help and --version, the printer stand-in prints, and the till says why it cannot open a window
# instead of aborting.
set -uo pipefail
BIN=${1:?bin dir}
WORK=$(mktemp -d)
PRINTER_PID=""
cleanup() {
  [ -n "$PRINTER_PID" ] && kill "$PRINTER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
fail() { echo "FAIL: $*"; exit 1; }

for args in "--help" "--version" "-h"; do
  "$BIN/omnitill" $args >"$WORK/out" 2>&1; rc=$?
  [ $rc -eq 0 ] || fail "omnitill $args exited $rc: $(cat "$WORK/out")"
done
"$BIN/omnitill" --help >"$WORK/help" 2>&1
grep -q -- "--mode" "$WORK/help" || fail "omnitill --help does not list --mode: $(cat "$WORK/help")"
"$BIN/omnitill" --version | grep -q "OmniTill" || fail "omnitill --version names no program"

"$BIN/omnitillctl" demo --db "$WORK/store.db" --products 50 >/dev/null 2>&1 || fail "omnitillctl demo without a display"
"$BIN/omnitill" --db "$WORK/store.db" >"$WORK/out" 2>&1; rc=$?
[ $rc -eq 2 ] || fail "omnitill without a display exited $rc (expected 2): $(cat "$WORK/out")"
grep -q "no display" "$WORK/out" || fail "omnitill without a display did not say so: $(cat "$WORK/out")"

# A path with no store: said (on stderr, and in a message box the test leaves open), named, and
# nothing left behind.
timeout 5 env QT_QPA_PLATFORM=offscreen "$BIN/omnitill" --db "$WORK/typo.db" >"$WORK/out" 2>&1; rc=$?
[ $rc -ne 0 ] && grep -q "no store database at $WORK/typo.db" "$WORK/out" || fail "a missing store was not refused by name: $(cat "$WORK/out")"
[ ! -e "$WORK/typo.db" ] || fail "opening a missing store created $WORK/typo.db"
"$BIN/omnitillctl" journal verify --db "$WORK/typo.db" >"$WORK/out" 2>&1 && fail "journal verify of a missing file said OK: $(cat "$WORK/out")"
[ ! -e "$WORK/typo.db" ] || fail "journal verify of a missing file created it"

"$BIN/omnitill-printer-emulator" --help >"$WORK/out" 2>&1 || fail "printer stand-in --help: $(cat "$WORK/out")"
"$BIN/omnitill-printer-emulator" --listen 127.0.0.1:0 --out "$WORK/paper" >"$WORK/printer.log" 2>&1 </dev/null &
PRINTER_PID=$!
for _ in $(seq 1 50); do grep -q "listening on" "$WORK/printer.log" && break; sleep 0.1; done
PRINTER=$(sed -n 's/^listening on \(tcp:[^ ]*\) .*/\1/p' "$WORK/printer.log")
[ -n "$PRINTER" ] || fail "printer stand-in did not start without a display: $(cat "$WORK/printer.log")"
"$BIN/omnitill-devices" set --db "$WORK/store.db" "printer.address=$PRINTER" >"$WORK/out" 2>&1 || fail "printer set up: $(cat "$WORK/out")"
"$BIN/omnitillctl" sell --db "$WORK/store.db" --pin 1111 --item 4000000000013 --pay cash:10 >"$WORK/out" 2>&1 || fail "sale: $(cat "$WORK/out")"
"$BIN/omnitill-devices" print --db "$WORK/store.db" >"$WORK/out" 2>&1 || fail "print: $(cat "$WORK/out")"
for _ in $(seq 1 50); do grep -qs "S1-T1-000001" "$WORK/paper/0001.txt" && break; sleep 0.1; done
grep -q "S1-T1-000001" "$WORK/paper/0001.txt" || fail "the receipt did not come out of the stand-in: $(cat "$WORK/printer.log")"
kill -0 "$PRINTER_PID" || fail "the printer stand-in died: $(cat "$WORK/printer.log")"
echo "headless: --help, --version, the missing display and the printer stand-in: PASS"
