#!/bin/sh
# Installs what is missing, then builds and runs every test: the testing preset (warnings as
# errors), a short run of every fuzz target (clang + libFuzzer), the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer, and the network tests once more against the
# portable receive path (QUdpSocket, the one other systems get), built here on Linux.
# Tests that send multicast build their own network namespaces (they need root, as in CI).
# Extra arguments go to the first ctest run, e.g. scripts/test.sh -L unit
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test

cmake --preset testing
cmake --build --preset testing
ctest --preset testing "$@"

if [ $# -eq 0 ]; then
    cmake --preset fuzz
    cmake --build --preset fuzz
    ctest --preset fuzz

    cmake --preset sanitize
    cmake --build --preset sanitize
    ctest --preset sanitize

    cmake --preset portable
    cmake --build --preset portable
    ctest --preset portable
fi
