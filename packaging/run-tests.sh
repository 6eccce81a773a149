#!/usr/bin/env bash
# Installs what OmniTill needs, builds it with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${OMNITILL_BUILD_DIR:-build/ci}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNITILL_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
(cd "$BUILD_DIR" && ctest --output-on-failure --timeout 1200 "$@")

# Fuzzing and sanitizers (#19): the libFuzzer targets of tests/fuzz, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer, each run for OMNITILL_FUZZ_SECONDS over its seed corpus.
# OMNITILL_SKIP_FUZZ=1 leaves it out (a quick local run).
if [ "${OMNITILL_SKIP_FUZZ:-0}" != 1 ]; then
  FUZZ_DIR=${OMNITILL_FUZZ_DIR:-build/fuzz}
  CC=clang CXX=clang++ cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DOMNITILL_FUZZ=ON -DOMNITILL_SANITIZE=ON -DOMNITILL_BUILD_TESTS=ON
  cmake --build "$FUZZ_DIR" --target fuzz_targets --parallel "$(nproc)"
  (cd "$FUZZ_DIR" && ctest --output-on-failure -L fuzz)

  # Sanitizers (#19): the unit tests and the hub and sync integration tests again, built in the
  # same tree (its libraries are the fuzzers' own), with ASan and UBSan; label "sanitize" lists
  # them (tests/CMakeLists.txt). OMNITILL_SKIP_SANITIZE=1 leaves it out.
  if [ "${OMNITILL_SKIP_SANITIZE:-0}" != 1 ]; then
    cmake --build "$FUZZ_DIR" --target sanitized_tests --parallel "$(nproc)"
    (cd "$FUZZ_DIR" && ctest --output-on-failure --timeout 1200 -L sanitize)
  fi
fi
