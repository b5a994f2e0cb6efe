#!/bin/sh
# Installs what is missing, builds the testing preset (warnings as errors) and runs every test.
# Tests that send multicast build their own network namespaces (they need root, as in CI).
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake --preset testing
cmake --build --preset testing
ctest --preset testing "$@"
