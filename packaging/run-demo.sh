#!/usr/bin/env bash
# Installs what OmniTill needs, builds it, creates the demo store if missing and starts the till.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${OMNITILL_BUILD_DIR:-build/release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNITILL_BUILD_TESTS=OFF
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
DATA_DIR=${OMNITILL_DATA_DIR:-var}
mkdir -p "$DATA_DIR"
DB="$DATA_DIR/demo-store.db"
if [ ! -f "$DB" ]; then
  "$BUILD_DIR/bin/omnitillctl" demo --db "$DB" --products 5000
fi
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d); export XDG_RUNTIME_DIR
fi
exec "$BUILD_DIR/bin/omnitill" --db "$DB" "$@"
