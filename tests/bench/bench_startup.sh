#!/usr/bin/env bash
# Cold start of the real till to ready-to-scan on a demo store, and its peak memory. Prints JSON.
#   tests/bench/bench_startup.sh BIN_DIR DB [RUNS]
set -euo pipefail
BIN=${1:?bin dir}
DB=${2:?store database}
RUNS=${3:-5}
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
results=()
for i in $(seq 1 "$RUNS"); do
  # Drop the page cache for a cold start when allowed (root); otherwise the run is warm.
  cold=false
  if [ "$(id -u)" = 0 ] && sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then cold=true; fi
  start=$(date +%s%N)
  line=$("$BIN/omnitill" --db "$DB" --exit-when-ready 2>/dev/null | tail -n 1)
  end=$(date +%s%N)
  results+=("{\"run\": $i, \"cold_cache\": $cold, \"process_wall_ms\": $(( (end - start) / 1000000 )), \"app\": $line}")
done
printf '{"startup_runs": [%s]}\n' "$(IFS=,; echo "${results[*]}")"
