#!/usr/bin/env bash
# Installs what is missing, builds URDesk and starts the window on a local database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DURDESK_BUILD_TESTS=OFF
cmake --build build
exec build/app/urdesk "$@"
