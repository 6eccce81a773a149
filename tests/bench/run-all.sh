#!/usr/bin/env bash
# Every benchmark at a reduced scale (a few minutes on the 2-core machines), as one JSON document
# on stdout: {"commit", "scale", "benchmarks": {name: its JSON, or {"error": ...}}, "seconds"}.
# PostgreSQL benchmarks get their own throwaway cluster with fsync on. Progress goes to stderr.
#   tests/bench/run-all.sh [BIN_DIR]   (default build/ci/bin)
# The full-scale figures of DESIGN.md §7 come from running each program without arguments.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${1:-$ROOT/build/ci/bin}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$WORK}
started=$(date +%s)

results=()
# run NAME COMMAND...: the command's stdout must be one JSON value.
run() {
  local name=$1
  shift
  echo "run-all: $name" >&2
  local out
  if out=$("$@" 2>"$WORK/$name.err") && [ -n "$out" ]; then
    results+=("\"$name\": $out")
  else
    local rc=$?
    local why
    why=$(tail -n 3 "$WORK/$name.err" | tr '"\\\n\t' "''  ")
    results+=("\"$name\": {\"error\": \"exit $rc: $why\"}")
  fi
}

run bench_till "$BIN/bench_till" --db "$WORK/till.db" --products 100000
run bench_startup bash "$HERE/bench_startup.sh" "$BIN" "$WORK/till.db" 2
run bench_promotions "$BIN/bench_promotions" --runs 100
run bench_stock "$BIN/bench_stock" --products 5000 --sales 10000 --runs 20
run bench_kiosk "$BIN/bench_kiosk" --products 20000 --runs 30
run bench_pickup "$BIN/bench_pickup" --orders 2000 --runs 50
run bench_login "$BIN/bench_login" --runs 10
run bench_signing "$BIN/bench_signing" --runs 200
run bench_push_read "$BIN/bench_push_read" --sales 2000 --runs 11
run bench_devices "$BIN/bench_devices" --frames 40 --receipts 100
export OMNITILL_PG_DURABLE=1
run bench_sync bash "$ROOT/tests/support/with-postgres.sh" "$BIN/bench_sync" --sales 10000 --products 100000
run bench_hubs bash "$ROOT/tests/support/with-postgres.sh" "$BIN/bench_hubs" --tills 3 --sales 3000

commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
printf '{"commit": "%s", "scale": "reduced", "seconds": %d, "benchmarks": {%s}}\n' \
  "$commit" "$(( $(date +%s) - started ))" "$(IFS=,; echo "${results[*]}")"
