#!/usr/bin/env bash
# The long fuzzing run of #19: each target to RUNS executions (10 million by default), as many at
# once as there are cores, built by clang with libFuzzer and UndefinedBehaviorSanitizer but without
# AddressSanitizer, which slows these targets to 1,500-2,500 executions a second (the test
# command's short runs keep it). Prints one JSON line per target; logs and crashes stay in
# build/fuzz-long (logs/NAME.log, fuzz/NAME-crash-*).
#   tests/fuzz/long-run.sh [RUNS [TARGET...]]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-10000000}
[ $# -gt 0 ] && shift
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_barcode fuzz_hub_token fuzz_request_signature fuzz_escpos fuzz_kiosk_code
                                     fuzz_push_events fuzz_csv_import fuzz_hub_push fuzz_feed_applier)
DIR=${OMNITILL_FUZZ_LONG_DIR:-build/fuzz-long}
CC=clang CXX=clang++ cmake -S . -B "$DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNITILL_FUZZ=ON \
  -DOMNITILL_SANITIZE=OFF -DOMNITILL_BUILD_TESTS=OFF \
  "-DCMAKE_CXX_FLAGS=-fsanitize=undefined -fno-sanitize-recover=undefined" \
  "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=undefined" "-DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=undefined" >/dev/null
cmake --build "$DIR" --target fuzz_targets --parallel "$(nproc)" >/dev/null
mkdir -p "$DIR/logs"

run_one() {
  local t=$1 start status=0 execs
  start=$(date +%s)
  # The hub and till targets write SQLite files: on tmpfs a commit costs no disk flush.
  TMPDIR=/dev/shm QT_QPA_PLATFORM=offscreen "$DIR/fuzz/$t" -runs="$RUNS" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$DIR/fuzz/$t-" "$DIR/corpus/$t" "tests/fuzz/corpus/$t" >"$DIR/logs/$t.log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$DIR/logs/$t.log" | tail -1)
  printf '{"target": "%s", "executions": %s, "seconds": %s, "exit": %s}\n' "$t" "${execs:-0}" "$(($(date +%s) - start))" "$status"
}
export -f run_one
export RUNS DIR
printf '%s\n' "${TARGETS[@]}" | xargs -P "$(nproc)" -I{} bash -c 'run_one {}'
