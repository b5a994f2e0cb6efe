#!/usr/bin/env python3
"""Multicast Tester benchmark driver: mctester against a raw recvmmsg/sendmmsg reference and iperf2.

Builds two network namespaces joined by a veth pair (sender side, receiver side), runs every
measurement inside them and deletes them on exit, whatever happens. Nothing is sent on the host's
interfaces. Prints one table; every figure is a median of several runs with the spread (min-max),
and ratios are taken within a run (mctester / raw of the same run), then summarised.

Python 3 standard library only. Needs root (namespaces, SO_RCVBUFFORCE), iproute2 and iperf (2.x).
"""

import argparse
import atexit
import datetime
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BIG_BUFFER = 1 << 30          # 1 GiB: holds the whole drain queue
PACED_BUFFER = 8 * 1024 * 1024  # the buffer the "no loss at 500k/s" goal names
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

sys.path.insert(0, HERE)
# Beside this file; samequeue.py reaches the lab's helpers through this module too.
from benchlab import (GROUP, PORT, BenchError, Lab, cpu_ns, group_hex, joined, last_json,  # noqa: E402,F401
                      load_avg, output, stopped, udp_queue, wait_exit, wait_until)
from benchreport import (PAYLOAD_FORMATS, exit_status, med, report_lines, stream_problem,  # noqa: E402
                         zero_loss_search)


class Bench:
    def __init__(self, args):
        self.args = args
        b = args.build_dir
        self.raw = os.path.join(b, "tests/bench/mct_bench_raw")
        self.gui = os.path.join(b, "tests/bench/mct_bench_gui")
        self.shim = os.path.join(b, "tests/bench/mct_bench_rcvbufforce.so")
        self.mct = os.path.join(b, "app/mctester")
        self.iperf = shutil.which("iperf")
        self.lab = Lab()
        self.notes = []
        self.gui_window = self._gui_has_window()
        # Receivers and the queue filler share one CPU, so no skb is freed across CPUs (those frees
        # cost an inter-processor interrupt each, a VM exit here, and would decide the drain figures by
        # where the scheduler happened to put a thread); paced senders get the other CPU.
        pin = args.pin and (os.cpu_count() or 1) >= 2
        self.rx_cpu = 1 if pin else None
        self.tx_cpu = 0 if pin else None
        Lab.nice = args.nice
        Lab.realtime = False

    def _gui_has_window(self):
        if not os.path.exists(self.gui):
            return "mct_bench_gui was not built"
        r = subprocess.run([self.gui, "capabilities"], capture_output=True, text=True,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        if "window" in r.stdout:
            return None
        return ("the main window (ui/mainwindow.h, MainWindow in mct::ui) does not exist yet, "
                "so the GUI drain rate, paced loss and event-loop latency cannot be measured")

    def gui_env(self, buffer):
        # A private config directory: the window reads and writes settings.
        if not hasattr(self, "_gui_config"):
            self._gui_config = tempfile.mkdtemp(prefix="mctb-gui-config-")
            atexit.register(shutil.rmtree, self._gui_config, True)
        return {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": self._gui_config,
                "MCT_BENCH_RCVBUF": str(buffer)}

    def log(self, text):
        if self.args.verbose:
            print(f"  [{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    # ----- traffic -------------------------------------------------------------------------

    def fill(self, count, size, payload="iperf2"):
        """Queues `count` datagrams as fast as the kernel takes them (UDP GSO keeps this quick)."""
        rc, out = self.lab.run(self.lab.snd, [self.raw, "raw-send", "--group", GROUP, "--port", str(PORT),
                                              "--count", str(count), "--size", str(size), "--gso", "64",
                                              "--payload", payload],
                               name="fill", cpu=self.rx_cpu)
        res = last_json(out)
        if rc != 0 or res["sent"] != count:
            raise BenchError(f"filling the queue failed: {out}")

    def receiver_argv(self, kind, count, size, buffer, timeout_s=None):
        if kind in ("raw", "raw-cmsg", "raw-empty"):
            # raw-empty is timed like iperf2, by its queue, so it must not exit when it has read N.
            argv = [self.raw, "raw-recv", "--group", GROUP, "--port", str(PORT),
                    "--count", str(count + 1 if kind == "raw-empty" else count), "--rcvbuf", str(buffer),
                    "--idle", "30" if kind == "raw-empty" else "1"]
            if kind == "raw-cmsg":
                # What `mctester recv --quiet` asks for a group joined on one IPv4 interface (as
                # here): kernel timestamp and drop counter; TTL only when packets are shown or
                # recorded, IP_PKTINFO only once a second interface joins.
                argv += ["--cmsgs", "ts,ovfl"]
            if timeout_s:
                argv += ["--timeout", str(timeout_s)]
            return argv, {}
        if kind == "mct":
            argv = [self.mct, "recv", f"{GROUP}:{PORT}", "-c", str(count), "--quiet", "--json",
                    "--rcvbuf", f"{buffer // (1024 * 1024)}M"]
            if timeout_s:
                argv += ["-w", str(timeout_s)]
            return argv, {}
        if kind == "iperf":
            return ([self.iperf, "-s", "-u", "-B", GROUP, "-p", str(PORT), "-w", f"{buffer // (1024 * 1024)}M"],
                    {"LD_PRELOAD": self.shim})
        if kind == "gui":
            argv = [self.gui, "window", f"{GROUP}:{PORT}", str(count), str(timeout_s or 0)]
            return argv, self.gui_env(buffer)
        raise ValueError(kind)

    def start_receiver(self, kind, count, size, buffer, timeout_s=None):
        argv, env = self.receiver_argv(kind, count, size, buffer, timeout_s)
        p = self.lab.start(self.lab.rcv, argv, env=env, name=kind, realtime=1 if self.args.drain_realtime else False)
        if kind.startswith("raw") or kind == "gui":
            # READY comes after the join and after SIGCONT is armed as the start signal.
            wait_until(lambda: "READY" in output(p), 15, f"{kind} to be ready", p)
        wait_until(lambda: joined(p.pid), 15, f"{kind} to join {GROUP}", p)
        return p

    # ----- 1. drain ------------------------------------------------------------------------

    def place_threads(self, pid):
        """The thread that reads the socket goes to the CPU that filled the queue (so no buffer is
        freed across CPUs: an inter-processor interrupt each, a VM exit here); a Qt program's other
        threads (its main or window thread) go to the other CPU, so under SCHED_FIFO they run
        beside the reader instead of taking turns with it. Programs without a thread named
        "receiver" (the raw reference, iperf2) stay whole on the filling CPU."""
        if self.rx_cpu is None:
            return
        tasks = {}
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/comm") as f:
                    tasks[int(tid)] = f.read().strip()
            except OSError:
                pass
        split = "receiver" in tasks.values()
        for tid, name in tasks.items():
            cpu = self.rx_cpu if (not split or name == "receiver") else self.tx_cpu
            try:
                os.sched_setaffinity(tid, {cpu})
            except OSError:
                pass

    def drain_once(self, kind, count, size, payload):
        """Stops the joined receiver, queues `count` datagrams, continues it and times the drain."""
        p = self.start_receiver(kind, count, size, BIG_BUFFER, timeout_s=120)
        try:
            time.sleep(0.05)  # let a GUI or Qt receiver settle after the join
            self.place_threads(p.pid)
            os.kill(p.pid, signal.SIGSTOP)
            wait_until(lambda: stopped(p.pid), 5, f"{kind} to stop", p)
            self.fill(count, size, payload)
            # The kernel queues synchronously in the sender's softirq; wait until nothing changes.
            last = None
            for _ in range(200):
                now = udp_queue(p.pid)
                if now == last:
                    break
                last = now
                time.sleep(0.01)
            queued, drops = last
            if drops:
                raise BenchError(f"{kind}: the kernel dropped {drops} datagrams while filling; buffer too small")
            cpu0 = cpu_ns(p.pid)
            # The window is timed by its queue like iperf2 (the drain is the reading); when every row
            # is in the table, at most one table update (50 ms) later by design, it says itself.
            exit_timed = kind in ("raw", "raw-cmsg", "mct")
            t0 = time.monotonic_ns()
            os.kill(p.pid, signal.SIGCONT)
            if exit_timed:
                out, ru, t1 = wait_exit(p, kind)
                cpu = (ru.ru_utime + ru.ru_stime) * 1e9 - cpu0
                received = self.received_from(kind, out)
                if kind == "mct":
                    self.check_streams(kind, out, payload, count, received)
            else:
                while udp_queue(p.pid)[0] > 0:
                    if time.monotonic_ns() - t0 > 120e9:
                        raise BenchError(f"{kind} did not drain its queue in 120 s")
                    time.sleep(0.001)
                t1 = time.monotonic_ns()
                cpu = cpu_ns(p.pid) - cpu0
                received = count  # the queue held exactly `count` (no drops while filling)
            result = {"rate": count * 1e9 / (t1 - t0), "cpu_ns": cpu / count, "queued_bytes": queued}
            if kind == "gui":
                out, _, _ = wait_exit(p, kind)
                shown = last_json(out, "shown")
                received = self.received_from(kind, out)
                self.check_streams(kind, out, payload, count, received)
                result["shown"] = shown["shown"] / count
                # CLOCK_MONOTONIC, the clock of time.monotonic_ns()
                result["table_rate"] = count * 1e9 / (shown["accounted_monotonic_ns"] - t0)
            if received != count:
                raise BenchError(f"{kind}: read {received} of {count}")
            return result
        finally:
            self.lab.kill(p)

    def check_streams(self, kind, out, payload, count, received):
        """A run that only counts could pass by accident: mctester (or the window) must also have told
        the one sender's datagrams apart right (benchreport.stream_problem)."""
        if not self.args.check_streams:
            return
        streams = (last_json(out, "summary")["summary"] if kind == "mct" else last_json(out, "shown"))["streams"]
        problem = stream_problem(streams, PAYLOAD_FORMATS[payload], count, received)
        if problem:
            raise BenchError(f"{kind}, {payload} payload: {problem}")

    def received_from(self, kind, out):
        if kind.startswith("raw"):
            return last_json(out, "received")["received"]
        if kind == "mct":
            return last_json(out, "summary")["summary"]["received"]
        if kind == "gui":
            return last_json(out, "received")["received"]
        raise ValueError(kind)

    def drain_section(self):
        kinds = ["raw", "raw-cmsg", "mct", "raw-empty", "iperf"]
        if self.gui_window is None:
            kinds.append("gui")
        if self.args.drain_kinds:
            kinds = [k for k in kinds if k in self.args.drain_kinds.split(",")]
        results = {}
        sizes = ((64, self.args.drain_count), (1316, self.args.drain_count_large))
        for size, count in [sc for sc in sizes if str(sc[0]) in self.args.drain_sizes.split(",")]:
            for payload in self.args.drain_payloads.split(","):
                per = {k: [] for k in kinds}
                for run in range(self.args.runs):
                    order = kinds[run % len(kinds):] + kinds[:run % len(kinds)]  # rotate: no kind always first
                    for kind in order:
                        self.log(f"drain {size} B {payload} run {run + 1}: {kind}")
                        per[kind].append(self.drain_once(kind, count, size, payload))
                results[(size, payload)] = (count, per)
        return results

    # ----- 2. highest paced rate without loss ----------------------------------------------

    def paced_trial(self, kind, rate, seconds, size=64, gso=64):
        """Paced traffic for `seconds` into an 8 MiB buffer; receiver on CPU 1, sender on CPU 0."""
        count = int(rate * seconds)
        payload = self.args.paced_payload
        rx_rt, tx_rt = self.paced_priorities()
        argv, env = self.receiver_argv(kind, count, size, PACED_BUFFER, timeout_s=seconds + 3)
        p = self.lab.start(self.lab.rcv, argv, env=env, name=kind, realtime=rx_rt)
        try:
            if kind.startswith("raw") or kind == "gui":
                wait_until(lambda: "READY" in output(p), 15, f"{kind} to be ready", p)
            wait_until(lambda: joined(p.pid), 15, f"{kind} to join {GROUP}", p)
            if kind.startswith("raw"):
                os.kill(p.pid, signal.SIGCONT)  # its start signal
            rc, out = self.lab.run(self.lab.snd, [self.raw, "raw-send", "--group", GROUP, "--port", str(PORT),
                                                  "--count", str(count), "--size", str(size), "--rate", str(rate),
                                                  "--gso", str(gso), "--payload", payload],
                                   timeout=seconds * 3 + 30, name="paced-send",
                                   cpu=self.tx_cpu, realtime=tx_rt)
            sent = last_json(out)
            try:
                p.wait(timeout=seconds + 15)
            except subprocess.TimeoutExpired:
                raise BenchError(f"{kind} did not finish a paced trial")
            out = output(p)
            received = self.received_from(kind, out)
            if kind in ("mct", "gui"):
                self.check_streams(kind, out, payload, count, received)
            return {"sent": sent["sent"], "received": received, "lost": count - received,
                    "sender_rate": sent["rate_pps"], "sender_ok": sent["rate_pps"] >= 0.98 * rate}
        finally:
            self.lab.kill(p)

    def paced_priorities(self, pacing=False):
        """(receiver, sender) scheduling for paced trials. Receivers SCHED_FIFO 1: niced, a receiver
        still lost datagrams to other people's processes on this machine (EEVDF lets a running task
        finish its slice). The loss trials' sender stays niced: near its limit (~500k/s here, its
        CPU also carries the kernel's delivery) it used 95 % of a CPU as SCHED_FIFO, met the RT
        throttle (50 ms pauses) and then sent catch-up bursts that no receiver could absorb. The
        pacing trials (<= 100k/s) run their sender SCHED_FIFO 2, above the receiver."""
        if not self.args.paced_realtime:
            return False, False
        return (1, 2) if pacing else (1, False)

    def search_zero_loss(self, kind, seconds, floor=10_000):
        """Highest paced rate (within 5 %) of a trial without loss in which the sender kept its rate;
        limited=True when the sender could not go faster than a rate the receiver still took without
        loss. (None, False) when no trial from `floor` up was loss-free: nothing below is searched."""
        return zero_loss_search(lambda rate: self.paced_trial(kind, rate, seconds),
                                lambda text: self.log(f"  {kind} {text}"), floor)

    def paced_section(self):
        kinds = ["raw", "mct"] + (["gui"] if self.gui_window is None else [])
        runs = min(self.args.runs, self.args.paced_runs)
        search = {k: [] for k in kinds}
        goal = {k: [] for k in kinds}
        for run in range(runs):
            for kind in kinds:
                self.log(f"zero-loss search run {run + 1}: {kind}")
                search[kind].append(self.search_zero_loss(kind, self.args.paced_seconds))
        goal_rate = 500_000
        for run in range(runs):
            for kind in kinds:
                self.log(f"500k x {self.args.goal_seconds} s run {run + 1}: {kind}")
                goal[kind].append(self.paced_trial(kind, goal_rate, self.args.goal_seconds))
        return {"search": search, "goal": goal, "goal_rate": goal_rate, "runs": runs,
                "payload": self.args.paced_payload}

    # ----- 3. sender -----------------------------------------------------------------------

    def timed_send(self, argv, name):
        """Runs a sender to its end, timed from its start to its exit as seen from here: the same window
        for every sender, whatever each counts itself."""
        t0 = time.monotonic_ns()
        p = self.lab.start(self.lab.snd, argv, name=name, cpu=self.tx_cpu)
        try:
            out, _, t1 = wait_exit(p, name)
        finally:
            self.lab.kill(p)
        sent = last_json(out, "summary")["summary"]["sent"] if argv[0] == self.mct else last_json(out)["sent"]
        return sent, (t1 - t0) / 1e9

    def sender_section(self):
        """The raw sender and `mctester send` with the same payload shape (the same constant bytes; or a
        header with a sequence and the clock read per datagram: iperf2's vs the probe's), timed the same
        way; start-up and exit alone (one datagram) are measured too, to show what they weigh."""
        count = self.args.send_count
        raw = [self.raw, "raw-send", "--group", GROUP, "--port", str(PORT), "--size", "64", "--count"]
        mct = [self.mct, "send", f"{GROUP}:{PORT}", "--rate", "10000000", "--quiet", "--json", "-c"]
        senders = {"raw": (raw, ["--payload", "zeros"]), "mct": (mct, ["--hex", "00" * 64]),
                   "raw_header": (raw, ["--payload", "iperf2"]),
                   "mct_probe": (mct, ["--probe", "--hex", "00" * 32])}
        res = {key: [] for key in (*senders, "startup_raw", "startup_mct")}
        keys = list(senders)
        for run in range(self.args.runs):
            self.log(f"sender run {run + 1}")
            for key in keys[run % len(keys):] + keys[:run % len(keys)]:  # rotate: no sender always first
                base, extra = senders[key]
                sent, seconds = self.timed_send([*base, str(count), *extra], key)
                if sent != count:
                    raise BenchError(f"{key} sent {sent} of {count}")
                res[key].append(count / seconds)
            for key, (base, extra) in (("startup_raw", senders["raw"]), ("startup_mct", senders["mct"])):
                res[key].append(self.timed_send([*base, "1", *extra], key)[1])
        res["count"] = count
        return res

    # ----- 4. pacing -----------------------------------------------------------------------

    def pacing_once(self, sender, rate, seconds):
        count = int(rate * seconds)
        p = self.lab.start(self.lab.rcv, [self.raw, "raw-recv", "--group", GROUP, "--port", str(PORT),
                                          "--count", str(count), "--rcvbuf", str(256 << 20), "--timestamps",
                                          "--idle", "2", "--timeout", str(seconds + 10)], name="pace-recv",
                           realtime=self.paced_priorities(pacing=True)[0])
        try:
            wait_until(lambda: "READY" in output(p), 15, "pacing receiver", p)
            os.kill(p.pid, signal.SIGCONT)
            if sender == "mct":
                argv = [self.mct, "send", f"{GROUP}:{PORT}", "--rate", str(rate), "-c", str(count),
                        "--hex", "00" * 64, "--quiet", "--json"]
            else:
                argv = [self.raw, "raw-send", "--group", GROUP, "--port", str(PORT), "--count", str(count),
                        "--size", "64", "--rate", str(rate), "--payload", "zeros"]  # the same bytes as --hex
            rc, out = self.lab.run(self.lab.snd, argv, timeout=seconds * 3 + 30, name="pace-send", cpu=self.tx_cpu,
                                   realtime=self.paced_priorities(pacing=True)[1])
            if rc != 0:
                raise BenchError(f"pacing sender failed:\n{out[-2000:]}")
            p.wait(timeout=seconds + 20)
            r = last_json(output(p), "received")
            span = (r["last_ts_ns"] - r["first_ts_ns"]) / 1e9
            achieved = (r["received"] - 1) / span if span > 0 else 0
            full = r["per_second"][:int(span)]  # whole seconds only
            worst = max((abs(c - rate) / rate for c in full), default=float("nan"))
            return {"error": abs(achieved - rate) / rate, "worst_second": worst, "lost": count - r["received"]}
        finally:
            self.lab.kill(p)

    def pacing_section(self):
        res = {}
        for rate in (1_000, 10_000, 100_000):
            for sender in ("raw", "mct"):
                res[(sender, rate)] = []
                for run in range(self.args.runs):
                    self.log(f"pacing {rate}/s run {run + 1}: {sender}")
                    res[(sender, rate)].append(self.pacing_once(sender, rate, self.args.pacing_seconds))
        return res

    # ----- 5. GUI --------------------------------------------------------------------------

    def gui_memory(self):
        if not os.path.exists(self.gui):
            return None
        out = []
        for run in range(min(self.args.runs, 3)):
            self.log(f"model memory run {run + 1}")
            r = subprocess.run([self.gui, "model-memory", "1000000", "64", "4096"], capture_output=True, text=True,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=600)
            out.append(last_json(r.stdout, "bytes_per_row"))
        return out

    def gui_max_rate(self, paced):
        """The window's highest loss-free paced rate, from the paced section or, when it was not run, a
        search of its own; (rate, where it came from), or (None, why)."""
        if paced is not None:
            rate = med([r for r, _ in paced["search"].get("gui", [])])
            return (rate, "the paced section's median") if rate else (None, "no loss-free GUI rate >= 10k/s")
        self.log("GUI zero-loss search (the paced section was not run)")
        rate, _ = self.search_zero_loss("gui", self.args.paced_seconds)
        return (rate, "a zero-loss search of its own") if rate else (None, "no loss-free GUI rate >= 10k/s")

    def gui_latency(self, max_rate, max_from):
        res = []
        payload = self.args.paced_payload
        for run in range(min(self.args.runs, 3)):
            rate = 0.8 * max_rate
            seconds = self.args.paced_seconds * 2
            count = int(rate * seconds)
            argv = [self.gui, "window", f"{GROUP}:{PORT}", str(count), str(seconds + 5)]
            p = self.lab.start(self.lab.rcv, argv, env=self.gui_env(PACED_BUFFER), name="gui-latency",
                               realtime=self.paced_priorities()[0])
            try:
                wait_until(lambda: "READY" in output(p), 15, "GUI to be ready", p)
                wait_until(lambda: joined(p.pid), 15, "GUI to join", p)
                os.kill(p.pid, signal.SIGCONT)
                self.lab.run(self.lab.snd, [self.raw, "raw-send", "--group", GROUP, "--port", str(PORT),
                                            "--count", str(count), "--size", "64", "--rate", str(rate),
                                            "--gso", "64", "--payload", payload], timeout=seconds * 3 + 30,
                             name="gui-send", cpu=self.tx_cpu, realtime=self.paced_priorities()[1])
                p.wait(timeout=seconds + 20)
                out = output(p)
                r = last_json(out, "p99_ms")
                self.check_streams("gui", out, payload, count, r["received"])
                res.append(dict(r, rate=rate, lost=count - r["received"], count=count, max_rate=max_rate,
                                max_from=max_from))
            finally:
                self.lab.kill(p)
        return res


# ----- report ------------------------------------------------------------------------------

def report(bench, args, started_load, results):
    """The table (benchreport.py) under a header saying where and how it was taken; and the goals."""
    lab = bench.lab
    lines = ["Multicast Tester benchmark",
             f"date {datetime.datetime.now().isoformat(timespec='seconds')}, kernel {platform.release()}, "
             f"{os.cpu_count()} CPUs, load average at start {started_load:.2f}, at end {load_avg():.2f}",
             f"traffic: namespaces {lab.snd} -> {lab.rcv} over veth, group {GROUP}:{PORT}; "
             f"{args.runs} runs; median [min-max]; ratios are per run (x / raw of the same run)", ""]
    body, goals = report_lines(args, results, bench.gui_window)
    lines += body
    lines += [f"   note: {note}" for note in bench.notes]
    return "\n".join(lines), goals


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build/bench"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--paced-runs", type=int, default=3, help="runs of the zero-loss search (slow)")
    ap.add_argument("--drain-count", type=int, default=400_000)
    ap.add_argument("--drain-count-large", type=int, default=200_000)
    ap.add_argument("--drain-kinds", default="", help="only these receivers: raw,raw-cmsg,mct,raw-empty,iperf,gui")
    ap.add_argument("--drain-sizes", default="64,1316", help="payload sizes of the drain test")
    ap.add_argument("--drain-payloads", default="iperf2",
                    help="what the drain's datagrams carry, comma-separated: iperf2 (its header), counter "
                         "(a little-endian counter), random (random bytes)")
    ap.add_argument("--no-check-streams", dest="check_streams", action="store_false",
                    help="do not require one stream of the payload's format (lost 0, duplicates 0) from "
                         "mctester recv and the window in each drain and paced run: for timing a build from "
                         "before per-flow recognition")
    ap.add_argument("--paced-payload", default="iperf2", choices=sorted(PAYLOAD_FORMATS),
                    help="what the paced trials' datagrams carry (zero-loss search, goal trial, GUI latency)")
    ap.add_argument("--send-count", type=int, default=2_000_000,
                    help="datagrams per sender run: enough that start-up weighs little in the timing")
    ap.add_argument("--paced-seconds", type=float, default=2.0)
    ap.add_argument("--goal-seconds", type=float, default=10.0)
    ap.add_argument("--pacing-seconds", type=float, default=3.0)
    ap.add_argument("--only", default="drain,paced,sender,pacing,gui",
                    help="comma-separated sections: drain, paced, sender, pacing, gui")
    ap.add_argument("--no-pin", dest="pin", action="store_false",
                    help="do not pin receivers to CPU 1 and senders to CPU 0")
    ap.add_argument("--nice", type=int, default=-10, help="niceness of the measured programs (default -10)")
    ap.add_argument("--drain-niced", dest="drain_realtime", action="store_false",
                    help="run the drain receivers niced instead of SCHED_FIFO 1")
    ap.add_argument("--timing-niced", dest="paced_realtime", action="store_false",
                    help="run the paced trials (zero loss, pacing error, GUI latency) niced like the rest; by default "
                         "their sender is SCHED_FIFO 2 on CPU 0 and the receiver SCHED_FIFO 1, so the figures are "
                         "the programs' and not the load of whoever else uses the machine")
    ap.add_argument("--output", help="also write the table to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="progress on stderr")
    return ap.parse_args()


def main():
    args = parse_args()

    if os.geteuid() != 0:
        sys.exit("bench.py: needs root for network namespaces and SO_RCVBUFFORCE")
    for tool in ("ip",):
        if not shutil.which(tool):
            sys.exit(f"bench.py: {tool} not found")
    unknown = set(args.drain_payloads.split(",")) - set(PAYLOAD_FORMATS)
    if unknown:
        sys.exit(f"bench.py: unknown --drain-payloads {','.join(sorted(unknown))}; one of {', '.join(PAYLOAD_FORMATS)}")
    bench = Bench(args)
    for path in (bench.raw, bench.mct, bench.shim):
        if not os.path.exists(path):
            sys.exit(f"bench.py: {path} is missing; build with tests/bench/run.sh or cmake --build {args.build_dir}")

    atexit.register(bench.lab.down)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda s, f: sys.exit(128 + s))

    started_load = load_avg()
    sections = set(args.only.split(","))
    results = {}
    try:
        bench.lab.up()
        if "drain" in sections:
            if not bench.iperf:
                sys.exit("bench.py: iperf (iperf2) not found")
            results["drain"] = bench.drain_section()
        if "paced" in sections:
            results["paced"] = bench.paced_section()
        if "sender" in sections:
            results["sender"] = bench.sender_section()
        if "pacing" in sections:
            results["pacing"] = bench.pacing_section()
        if "gui" in sections:
            results["gui_memory"] = bench.gui_memory()
            if bench.gui_window is None:
                mx, where = bench.gui_max_rate(results.get("paced"))
                if mx:
                    results["gui_latency"] = bench.gui_latency(mx, where)
                else:
                    results["gui_latency_missing"] = where
    finally:
        bench.lab.down()
    text, goals = report(bench, args, started_load, results)
    print(text)
    if args.output:
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        with open(args.output, "w") as f:
            f.write(text + "\n")
    # A goal missed or not measured fails the run, so that a script or CI sees it.
    sys.exit(exit_status(goals))


if __name__ == "__main__":
    main()
