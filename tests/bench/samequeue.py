#!/usr/bin/env python3
"""Same queue, same run: the raw recvmmsg reference and `mctester recv --quiet --rcvbuf` joined to
one group side by side, both stopped while one fill queues N datagrams (each socket gets every one),
then SIGCONT to both at once; each receiver's time from SIGCONT to its exit.

A cross-check of bench.py's drain section, which times the receivers one after the other. Two
receivers at once on 2 CPUs run at different speeds depending on which CPU each gets, so by default
both are pinned, each on one CPU, and swap CPUs every run (the filler on CPU 1); the table compares
them on the same CPU. --free leaves placement to the scheduler (the figures then split into two
groups by where each receiver happened to run). Needs root (network namespaces, SO_RCVBUFFORCE);
the traffic stays in two namespaces of its own, deleted on exit.
"""
import argparse
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

GROUP, PORT = "239.78.0.1", 5002


def sh(command):
    subprocess.run(command, shell=True, check=True)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=os.path.join(here, "..", "..", "build", "bench"),
                    help="tree with app/mctester and tests/bench/mct_bench_raw (default: build/bench, "
                         "as tests/bench/run.sh builds it)")
    ap.add_argument("--count", type=int, default=400_000, help="datagrams queued per run")
    ap.add_argument("--size", type=int, default=64, help="payload bytes")
    ap.add_argument("--runs", type=int, default=8)
    ap.add_argument("--free", action="store_true", help="no pinning: the scheduler places both")
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("samequeue.py: network namespaces need root")
    raw = os.path.join(args.build_dir, "tests", "bench", "mct_bench_raw")
    mct = os.path.join(args.build_dir, "app", "mctester")
    for path in (raw, mct):
        if not os.access(path, os.X_OK):
            sys.exit(f"samequeue.py: no {path}; build it first (tests/bench/run.sh does)")

    tag = f"mctq{os.getpid()}"
    snd, rcv = tag + "s", tag + "r"

    def cleanup(*_):
        subprocess.run(f"ip netns del {snd} 2>/dev/null; ip netns del {rcv} 2>/dev/null", shell=True)
        if _:
            sys.exit(1)

    signal.signal(signal.SIGINT, cleanup)
    signal.signal(signal.SIGTERM, cleanup)
    sh(f"ip netns add {snd}; ip netns add {rcv}; ip link add {tag}a netns {snd} type veth peer name {tag}b netns {rcv}")
    try:
        sh(f"ip -n {snd} addr add 10.78.0.1/24 dev {tag}a; ip -n {rcv} addr add 10.78.0.2/24 dev {tag}b; "
           f"ip -n {snd} link set {tag}a up; ip -n {rcv} link set {tag}b up; "
           f"ip -n {snd} route add 224.0.0.0/4 dev {tag}a; ip -n {rcv} route add 224.0.0.0/4 dev {tag}b")
        group_hex = "".join(f"{int(b):02X}" for b in reversed(GROUP.split(".")))
        rates = {("raw", c): [] for c in "01"} | {("mct", c): [] for c in "01"}
        ratios = []
        print(f"{args.count:,} datagrams of {args.size} B queued per run, {args.runs} runs; "
              + ("placement left to the scheduler" if args.free else "filler on CPU 1, receivers swap CPUs"))
        for run in range(args.runs):
            cpu = {"raw": str(run % 2), "mct": str(1 - run % 2)}
            commands = {
                "raw": [raw, "raw-recv", "--group", GROUP, "--port", str(PORT), "--count", str(args.count),
                        "--rcvbuf", "1000000000", "--idle", "2"],
                "mct": [mct, "recv", f"{GROUP}:{PORT}", "--quiet", "--rcvbuf", "1000M", "-c", str(args.count)],
            }
            if not args.free:
                commands = {k: ["taskset", "-c", cpu[k]] + v for k, v in commands.items()}
            procs = {k: subprocess.Popen(["ip", "netns", "exec", rcv] + v, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL) for k, v in commands.items()}
            deadline = time.time() + 10
            while True:  # both sockets joined: the group has two users in /proc/net/igmp
                igmp = subprocess.run(["ip", "netns", "exec", rcv, "cat", "/proc/net/igmp"],
                                      capture_output=True, text=True).stdout
                if any(line.split()[:2] == [group_hex, "2"] for line in igmp.splitlines()):
                    break
                if time.time() > deadline:
                    sys.exit(f"samequeue.py: the receivers did not join {GROUP}:\n{igmp}")
                time.sleep(0.05)
            time.sleep(0.3)  # the raw receiver arms SIGCONT after its join
            pids = {}
            for k, p in procs.items():
                children = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split()
                pids[k] = int(children[0]) if children else p.pid  # `ip netns exec` may exec or fork
            for pid in pids.values():
                os.kill(pid, signal.SIGSTOP)
            sh(f"ip netns exec {snd} {'' if args.free else 'taskset -c 1 '}{raw} raw-send --group {GROUP} "
               f"--port {PORT} --count {args.count} --size {args.size} --gso 64 >/dev/null")
            time.sleep(0.3)
            ends = {}

            def wait_for(kind):
                procs[kind].wait()
                ends[kind] = time.monotonic()

            waiters = [threading.Thread(target=wait_for, args=(k,)) for k in procs]
            for w in waiters:
                w.start()
            start = time.monotonic()
            for pid in pids.values():
                os.kill(pid, signal.SIGCONT)
            for w in waiters:
                w.join()
            rate = {k: args.count / (ends[k] - start) for k in ends}
            for k in rate:
                rates[(k, cpu[k])].append(rate[k])
            ratios.append(rate["mct"] / rate["raw"])
            where = "" if args.free else f"raw on CPU {cpu['raw']}, mctester on CPU {cpu['mct']}: "
            print(f"  run {run + 1}: {where}raw {rate['raw'] / 1e6:.3f} M/s, mctester {rate['mct'] / 1e6:.3f} M/s, "
                  f"ratio {ratios[-1]:.2f}", flush=True)
        print(f"mctester / raw in the same run: median {statistics.median(ratios):.2f} "
              f"[{min(ratios):.2f}-{max(ratios):.2f}]")
        if not args.free:
            for c in "01":
                if rates[("raw", c)] and rates[("mct", c)]:
                    m, r = statistics.median(rates[("mct", c)]), statistics.median(rates[("raw", c)])
                    print(f"on CPU {c}{' (the filler CPU)' if c == '1' else ''}: raw {r / 1e6:.3f} M/s, "
                          f"mctester {m / 1e6:.3f} M/s (medians), mctester / raw {m / r:.2f}")
    finally:
        cleanup()


if __name__ == "__main__":
    main()
