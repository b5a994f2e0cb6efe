#!/bin/sh
# Installs what is missing, builds an optimised tree with the bench programs and runs the whole
# benchmark inside its own network namespaces; the table goes to stdout and to
# tests/bench/results/latest.txt.
# Usage: sudo tests/bench/run.sh [bench.py options, e.g. --runs 3 -v]
# Exit status: bench.py's, 1 when any goal is missed or not measured (or a run failed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build/bench"

# bench.py deletes its namespaces itself (atexit, signals); this catches a hard kill of python.
cleanup() {
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep "^mctb[0-9]*[sr]$" || true); do
        owner=${ns#mctb}; owner=${owner%?}
        # Only namespaces whose bench.py is gone (never another run's).
        if ! kill -0 "$owner" 2>/dev/null; then ip netns del "$ns" 2>/dev/null || true; fi
    done
    return 0 # under set -e a failing last command here would replace bench.py's exit status
}
trap cleanup EXIT INT TERM HUP

# Build output goes to stderr: stdout is the table. The test packages hold iperf2, iproute2, python3.
"$root/scripts/deps.sh" --test >&2
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMCT_BUILD_TESTS=ON >&2
fi
cmake --build "$build" --target mctester mct_bench_raw mct_bench_rcvbufforce mct_bench_gui >&2
mkdir -p "$here/results"
# Right after a build the figures come out lower (2026-12-03: 1316-byte drains at 0.76-0.78 of raw
# with the load at 2.1-2.2, 0.89-0.94 with it at 0.1-1.1): wait until the 1-minute load average is
# below 1, for at most 3 minutes (on a shared machine it may never be).
waited=0
while [ "$waited" -lt 180 ] && awk '{ exit !($1 >= 1.0) }' /proc/loadavg; do
    sleep 5
    waited=$((waited + 5))
done
echo "load before: $(cat /proc/loadavg) (waited $waited s for it to settle)" >&2
status=0
python3 "$here/bench.py" --build-dir "$build" --output "$here/results/latest.txt" "$@" || status=$?
exit "$status"
