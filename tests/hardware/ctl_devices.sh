#!/usr/bin/env bash
# Headless till hardware: omnitill-devices sets the printer up, omnitillctl sells with cash, and it prints through the
# spooler to the network printer stand-in (a separate process); with the printer off nothing is
# lost and the exit code says so; bad device settings are refused with the reason.
set -uo pipefail
BIN=${1:?bin dir}
CTL="$BIN/omnitillctl"
DEV="$BIN/omnitill-devices"
WORK=$(mktemp -d)
EMU_PID=
cleanup() { [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
DB="$WORK/store.db"
failures=0
check() { local what=$1; shift
  if "$@" >"$WORK/out" 2>&1; then echo "PASS: $what"; else echo "FAIL: $what"; cat "$WORK/out"; failures=$((failures + 1)); fi; }
refuse() { local what=$1 text=$2; shift 2
  if "$@" >"$WORK/out" 2>&1; then echo "FAIL: $what (accepted)"; failures=$((failures + 1));
  elif grep -q -- "$text" "$WORK/out"; then echo "PASS: $what"; else echo "FAIL: $what"; cat "$WORK/out"; failures=$((failures + 1)); fi; }
start_printer() { # listens on $1 (0: any free port), prints into $WORK/$2
  "$BIN/omnitill-printer-emulator" --listen "127.0.0.1:$1" --out "$WORK/$2" >"$WORK/emu.log" 2>&1 </dev/null &
  EMU_PID=$!
  for _ in $(seq 50); do grep -q "listening on" "$WORK/emu.log" && break; sleep 0.1; done
  PRINTER=$(sed -n 's/^listening on \(tcp:[^ ]*\) .*/\1/p' "$WORK/emu.log")
  [ -n "$PRINTER" ] || { echo "FAIL: printer stand-in did not start"; cat "$WORK/emu.log"; exit 1; }
}

check "demo store" "$CTL" demo --db "$DB" --products 50
refuse "unknown device key" "not a device setting" "$DEV" set --db "$DB" printer.colour=red
refuse "unusable printer address" "is not tcp://" "$DEV" set --db "$DB" printer.address=lpt1
refuse "drawer pin" "pin 2 or pin 5" "$DEV" set --db "$DB" drawer.pin=3
refuse "scanner timing" "positive whole number" "$DEV" set --db "$DB" scanner.max_interval_ms=fast
printf 'scanner.min_length=8\nscale.port=/dev/ttyUSB1\nbogus\n' >"$WORK/devices.conf"
refuse "config file with a bad line" "line 3" "$DEV" load --db "$DB" "$WORK/devices.conf"
check "nothing of the bad file stored" "$DEV" list --db "$DB"
grep -qx "scale.port=" "$WORK/out" || { echo "FAIL: a refused file changed settings"; failures=$((failures + 1)); }
start_printer 0 paper
PORT=${PRINTER##*:}
check "printer set up" "$DEV" set --db "$DB" "printer.address=$PRINTER" printer.profile=tm-t20ii drawer.pulse_ms=120
check "settings listed" "$DEV" list --db "$DB"
grep -qx "printer.address=$PRINTER" "$WORK/out" || { echo "FAIL: address not listed"; failures=$((failures + 1)); }

check "cash sale" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000013 --pay cash:10
check "printed" "$DEV" print --db "$DB"
grep -q "S1-T1-000001" "$WORK/paper/0001.txt" 2>/dev/null || { echo "FAIL: receipt 1 not on paper"; failures=$((failures + 1)); }
sleep 0.3
[ "$(grep -c 'drawer kick' "$WORK/emu.log")" -eq 1 ] || { echo "FAIL: one drawer kick expected"; cat "$WORK/emu.log"; failures=$((failures + 1)); }

kill "$EMU_PID"; wait "$EMU_PID" 2>/dev/null; EMU_PID=
check "card sale while the printer is off" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000020 --pay card:3.05:AB12:4242
refuse "print reports the printer off" "not connected" "$DEV" print --db "$DB"
check "the receipt waits" "$DEV" queue --db "$DB"
grep -q "S1-T1-000002" "$WORK/out" || { echo "FAIL: receipt 2 not queued"; failures=$((failures + 1)); }
start_printer "$PORT" paper-again
check "printed after the printer is back" "$DEV" print --db "$DB"
grep -q "S1-T1-000002" "$WORK/paper-again/0001.txt" 2>/dev/null || { echo "FAIL: receipt 2 not printed"; failures=$((failures + 1)); }
[ "$(grep -c 'drawer kick' "$WORK/emu.log")" -eq 0 ] || { echo "FAIL: a card sale opened the drawer"; failures=$((failures + 1)); }

echo "ctl devices: $failures failure(s)"
[ "$failures" -eq 0 ]
