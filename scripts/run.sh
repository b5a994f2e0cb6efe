#!/bin/sh
# Installs what is missing, builds the release preset and starts Multicast Tester.
# Arguments are passed to the program, e.g. scripts/run.sh --join 239.1.2.3:5000
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --run
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/mctester "$@"
