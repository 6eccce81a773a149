#!/usr/bin/env bash
# Installs what OmniTill needs, builds it with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${OMNITILL_BUILD_DIR:-build/ci}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNITILL_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
(cd "$BUILD_DIR" && ctest --output-on-failure --timeout 1200 "$@")

# Fuzzing (#19): the libFuzzer targets of tests/fuzz, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer, each run for OMNITILL_FUZZ_SECONDS over its seed corpus.
# OMNITILL_SKIP_FUZZ=1 leaves it out (a quick local run).
if [ "${OMNITILL_SKIP_FUZZ:-0}" != 1 ]; then
  FUZZ_DIR=${OMNITILL_FUZZ_DIR:-build/fuzz}
  CC=clang CXX=clang++ cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DOMNITILL_FUZZ=ON -DOMNITILL_SANITIZE=ON -DOMNITILL_BUILD_TESTS=OFF
  cmake --build "$FUZZ_DIR" --target fuzz_targets --parallel "$(nproc)"
  (cd "$FUZZ_DIR" && ctest --output-on-failure -L fuzz)
fi
