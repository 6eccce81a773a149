#!/usr/bin/env bash
# Headless till hardware: omnitillctl sets the printer up, sells with cash, and prints through the
# spooler to the network printer stand-in (a separate process); with the printer off nothing is
# lost and the exit code says so; bad device settings are refused with the reason.
set -uo pipefail
BIN=${1:?bin dir}
CTL="$BIN/omnitillctl"
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
refuse "unknown device key" "not a device setting" "$CTL" devices --db "$DB" set printer.colour=red
refuse "unusable printer address" "is not tcp://" "$CTL" devices --db "$DB" set printer.address=lpt1
refuse "drawer pin" "pin 2 or pin 5" "$CTL" devices --db "$DB" set drawer.pin=3
refuse "scanner timing" "positive whole number" "$CTL" devices --db "$DB" set scanner.max_interval_ms=fast
printf 'scanner.min_length=8\nscale.port=/dev/ttyUSB1\nbogus\n' >"$WORK/devices.conf"
refuse "config file with a bad line" "line 3" "$CTL" devices --db "$DB" load "$WORK/devices.conf"
check "nothing of the bad file stored" "$CTL" devices --db "$DB" list
grep -qx "scale.port=" "$WORK/out" || { echo "FAIL: a refused file changed settings"; failures=$((failures + 1)); }
start_printer 0 paper
PORT=${PRINTER##*:}
check "printer set up" "$CTL" devices --db "$DB" set "printer.address=$PRINTER" printer.profile=tm-t20ii drawer.pulse_ms=120
check "settings listed" "$CTL" devices --db "$DB" list
grep -qx "printer.address=$PRINTER" "$WORK/out" || { echo "FAIL: address not listed"; failures=$((failures + 1)); }

check "cash sale" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000013 --pay cash:10
check "printed" "$CTL" devices --db "$DB" print
grep -q "S1-T1-000001" "$WORK/paper/0001.txt" 2>/dev/null || { echo "FAIL: receipt 1 not on paper"; failures=$((failures + 1)); }
sleep 0.3
[ "$(grep -c 'drawer kick' "$WORK/emu.log")" -eq 1 ] || { echo "FAIL: one drawer kick expected"; cat "$WORK/emu.log"; failures=$((failures + 1)); }

kill "$EMU_PID"; wait "$EMU_PID" 2>/dev/null; EMU_PID=
check "card sale while the printer is off" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000020 --pay card:3.05:AB12:4242
refuse "print reports the printer off" "not connected" "$CTL" devices --db "$DB" print
check "the receipt waits" "$CTL" devices --db "$DB" queue
grep -q "S1-T1-000002" "$WORK/out" || { echo "FAIL: receipt 2 not queued"; failures=$((failures + 1)); }
start_printer "$PORT" paper-again
check "printed after the printer is back" "$CTL" devices --db "$DB" print
grep -q "S1-T1-000002" "$WORK/paper-again/0001.txt" 2>/dev/null || { echo "FAIL: receipt 2 not printed"; failures=$((failures + 1)); }
[ "$(grep -c 'drawer kick' "$WORK/emu.log")" -eq 0 ] || { echo "FAIL: a card sale opened the drawer"; failures=$((failures + 1)); }

echo "ctl devices: $failures failure(s)"
[ "$failures" -eq 0 ]
