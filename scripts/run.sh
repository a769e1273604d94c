#!/usr/bin/env bash
# Installs what is missing, builds URDesk and starts the window on the local demonstration
# database (demo accounts and fictitious cases; the README lists the passwords).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DURDESK_BUILD_TESTS=OFF
cmake --build build
exec build/app/urdesk --demo "$@"
