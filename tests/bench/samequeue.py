#!/usr/bin/env python3
"""One fill, same run: the raw recvmmsg reference and `mctester recv --quiet --rcvbuf` joined to one
group side by side (two sockets, so each gets its own copy of every datagram), both stopped while one
fill queues N datagrams, then SIGCONT to both at once; each receiver's time from SIGCONT to its exit.

A cross-check of bench.py's drain section, which times the receivers one after the other, each alone
on the CPU that filled the queue. Here the two run at once on 2 CPUs and the CPU each gets changes its
speed (the two sockets share the kernel's buffers of each datagram, so what one reader leaves the
other frees), so each receiver is pinned to one CPU and the two swap CPUs every run (the filler on
CPU 1). A pair of runs, one in each placement, gives one ratio, the geometric mean of the pair's two,
in which the CPU's part cancels. --free leaves placement to the scheduler (the figures then fall
into two groups by where each receiver happened to run).

Uses bench.py's namespaces (mctb<pid>s -> mctb<pid>r over veth, 10.77.0.0/24, group 239.77.0.1:5001),
deleted on exit; nothing touches the host's interfaces. Needs root and a built tree (tests/bench/run.sh
builds build/bench: `tests/bench/run.sh --only drain --runs 1` builds it and measures a little).
"""
import argparse
import math
import os
import signal
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (bench.py, beside this file)

BUFFER = bench.BIG_BUFFER
TIMEOUT_S = 60


def members(pid, group=bench.GROUP):
    """How many sockets in pid's namespace are joined to the group (the Users column of /proc/net/igmp)."""
    try:
        with open(f"/proc/{pid}/net/igmp") as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 2 and fields[0] == bench.group_hex(group):
                    return int(fields[1])
    except OSError:
        pass
    return 0


def one_run(b, count, size, cpus):
    """Both receivers joined and stopped, one fill, SIGCONT to both; returns {kind: datagrams/s}."""
    procs = {}
    try:
        for kind in ("raw", "mct"):
            procs[kind] = b.start_receiver(kind, count, size, BUFFER, timeout_s=TIMEOUT_S)
            bench.wait_until(lambda: members(procs[kind].pid) == len(procs), 15, f"{kind} to join", procs[kind])
        for kind, p in procs.items():
            if cpus:
                for tid in os.listdir(f"/proc/{p.pid}/task"):
                    os.sched_setaffinity(int(tid), {cpus[kind]})
            os.kill(p.pid, signal.SIGSTOP)
            bench.wait_until(lambda: bench.stopped(p.pid), 5, f"{kind} to stop", p)
        b.fill(count, size)
        _, drops = bench.udp_queue(procs["raw"].pid)
        if drops:
            raise bench.BenchError(f"the kernel dropped {drops} datagrams while filling; buffer too small")
        start = time.monotonic_ns()
        for p in procs.values():
            os.kill(p.pid, signal.SIGCONT)
        rates = {}
        # Whichever ends first is reaped first: wait for any child, not for one in particular.
        while len(rates) < len(procs):
            pid, status, _ = os.wait4(-1, 0)
            ended = time.monotonic_ns()
            for kind, p in procs.items():
                if p.pid == pid:
                    p.returncode = os.waitstatus_to_exitcode(status)
                    out = bench.output(p)
                    if p.returncode != 0:
                        raise bench.BenchError(f"{kind} exited with {p.returncode}:\n{out[-2000:]}")
                    received = b.received_from(kind, out)
                    if received != count:
                        raise bench.BenchError(f"{kind}: read {received} of {count}")
                    rates[kind] = count * 1e9 / (ended - start)
        return rates
    finally:
        for p in procs.values():
            b.lab.kill(p)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=os.path.join(bench.ROOT, "build/bench"),
                    help="tree with app/mctester and tests/bench/mct_bench_raw (default: build/bench)")
    ap.add_argument("--count", type=int, default=400_000, help="datagrams queued per run (default 400000)")
    ap.add_argument("--size", type=int, default=64, help="payload bytes, 12-65507 (default 64)")
    ap.add_argument("--runs", type=int, default=8, help="runs; pinned, an even number (default 8)")
    ap.add_argument("--free", action="store_true", help="no pinning: the scheduler places both")
    args = ap.parse_args()
    if args.count < 1 or not 12 <= args.size <= 65507 or args.runs < 1:
        ap.error("--count must be at least 1, --size 12-65507 (iperf2's header is in every payload), --runs at least 1")
    if not args.free and (args.runs % 2 or (os.cpu_count() or 1) < 2):
        ap.error("pinned runs come in pairs (--runs even) and need 2 CPUs; --free otherwise")
    if os.geteuid() != 0:
        sys.exit("samequeue.py: needs root for network namespaces and SO_RCVBUFFORCE")
    # bench.Bench with what its receivers and filler read from the options: no realtime priority,
    # no nice, the filler on CPU 1 when pinned (and wherever the scheduler puts it when not).
    opts = argparse.Namespace(build_dir=args.build_dir, pin=not args.free, nice=0, drain_realtime=False)
    b = bench.Bench(opts)
    for path in (b.raw, b.mct):
        if not os.path.exists(path):
            sys.exit(f"samequeue.py: {path} is missing; build with tests/bench/run.sh or cmake --build {args.build_dir}")
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda s, f: sys.exit(128 + s))
    print(f"{args.count:,} datagrams of {args.size} B per run, {args.runs} runs; "
          + ("placement left to the scheduler" if args.free else "filler on CPU 1, the receivers swap CPUs each run"))
    ratios = []
    try:
        b.lab.up()
        for run in range(args.runs):
            cpus = None if args.free else {"raw": run % 2, "mct": 1 - run % 2}
            rate = one_run(b, args.count, args.size, cpus)
            ratios.append(rate["mct"] / rate["raw"])
            where = "" if args.free else f"raw on CPU {cpus['raw']}, mctester on CPU {cpus['mct']}: "
            print(f"  run {run + 1}: {where}raw {rate['raw'] / 1e6:.3f} M/s, mctester {rate['mct'] / 1e6:.3f} M/s, "
                  f"ratio {ratios[-1]:.2f}", flush=True)
    except bench.BenchError as e:
        sys.exit(f"samequeue.py: {e}")
    finally:
        b.lab.down()
    if args.free:
        print(f"mctester / raw: median {statistics.median(ratios):.2f} [{min(ratios):.2f}-{max(ratios):.2f}] "
              f"of {len(ratios)} runs (each placement by chance)")
    else:
        pairs = [math.sqrt(ratios[i] * ratios[i + 1]) for i in range(0, len(ratios), 2)]
        print(f"mctester / raw, each pair of runs (one per placement) as the geometric mean of its two: "
              f"median {statistics.median(pairs):.2f} [{min(pairs):.2f}-{max(pairs):.2f}] of {len(pairs)} pairs")


if __name__ == "__main__":
    main()
