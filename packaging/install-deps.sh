#!/usr/bin/env bash
# Installs everything OmniTill needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped by apt-get itself.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git python3 clang-format
  qt6-base-dev qt6-base-dev-tools qt6-serialport-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-multimedia-dev gstreamer1.0-plugins-good
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  libqrencode-dev libzxing-dev libssl-dev libpq-dev openssl libsqlite3-dev sqlite3
  postgresql-15 xvfb xauth xdotool x11-utils openbox imagemagick fonts-noto-cjk fonts-dejavu-core zint
  clang libclang-rt-14-dev haproxy
  python3-cryptography softhsm2 libp11-kit-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
