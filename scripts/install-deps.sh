#!/usr/bin/env bash
# Installs, from Debian bookworm's packages, whatever URDesk needs to build, run and test
# that is not installed yet. Safe to run again: it does nothing when all is present.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev
    libssl-dev
    fonts-liberation2 fonts-dejavu-core  # the PDFs: Liberation Sans, DejaVu Sans as fallback
    qt6-translations-l10n  # Qt's own texts (standard buttons) in Spanish
    xvfb xauth poppler-utils sqlite3 python3-jsonschema
    clang libclang-rt-14-dev  # libFuzzer, for the readers' harnesses (scripts/fuzz.sh)
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
