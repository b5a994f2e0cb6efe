"""The benchmark's judgement: which paced rate counts as loss-free, the table and the goals (issue 6).

Kept apart from the measuring so that it can be tested without root or a network
(test_benchreport.py): a rate is loss-free only when a trial at it lost nothing; a goal is PASS or
MISS only when its figure was measured, NOT MEASURED otherwise; the run fails unless every goal passed.
"""

import json
import statistics

PASS, MISS, NOT_MEASURED = "PASS", "MISS", "NOT MEASURED"
DRAIN_SIZES = (64, 1316)
# What the filler's datagrams carry (mct_bench_raw raw-send --payload), and the one stream of this
# format `mctester recv` must report for them: a binary counter or random bytes must not look like RTP.
PAYLOAD_FORMATS = {"iperf2": "iperf2", "counter": "plain", "random": "plain"}
PAYLOAD_DESCRIPTIONS = {"iperf2": "iperf2 header", "counter": "little-endian counter", "random": "random bytes"}
DRAIN_NAMES = {"raw": ("raw recvmmsg (batch 64)", "exit"),
               "raw-cmsg": ("raw recvmmsg + time, drops cmsgs", "exit"),
               "mct": ("mctester recv --quiet", "exit"),
               "raw-empty": ("raw recvmmsg (batch 64)", "queue"),
               "iperf": ("iperf2 -s -u -B (LD_PRELOAD bufferforce)", "queue"),
               "gui": ("GUI offscreen, table shown", "queue")}
RECEIVER_LABELS = {"raw": "raw recvmmsg", "mct": "mctester recv", "gui": "GUI"}


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values, fmt):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    return f"{fmt(med(values))} [{fmt(min(values))}-{fmt(max(values))}]"


def rate_fmt(v):
    return f"{v / 1e6:.3f}M" if v >= 1e6 else f"{v / 1e3:.1f}k"


def ratio_fmt(v):
    return f"{v:.2f}"


def pct_fmt(v):
    return f"{v * 100:.2f}%"


def ratios(runs, ref, key="rate", ref_key="rate"):
    """Per-run x / reference of the same run, leaving out runs without a figure; None when the
    reference was not run (a receiver is never its own reference) or no run has both."""
    if not runs or not ref:
        return None
    pairs = [(r.get(key) if isinstance(r, dict) else r, b.get(ref_key) if isinstance(b, dict) else b)
             for r, b in zip(runs, ref)]
    values = [a / b for a, b in pairs if a is not None and b is not None and b > 0]
    return values or None


def zero_loss_search(trial, log, floor=10_000, start=100_000.0, top=2_000_000.0):
    """Highest rate (within 5 %) at which trial(rate) lost nothing with the sender at its rate, and
    whether the sender's own limit, not the receiver, bounded it: (rate, limited). Steps down by 4 from
    `start` to find a loss-free rate, the last step to `floor` and never below: (None, False) when none
    was found, rather than a rate that lost datagrams. trial returns {"lost", "sender_ok", "sender_rate"}."""
    lo, hi, sender_cap = None, top, float("inf")
    rate = start
    while lo is None and hi > floor:
        t = trial(rate)
        log(f"{rate:,.0f}/s: lost {t['lost']} sender {t['sender_rate']:,.0f}/s")
        if t["lost"] == 0 and t["sender_ok"]:
            lo = rate
            break
        if not t["sender_ok"]:
            sender_cap = min(sender_cap, t["sender_rate"])
        hi, rate = rate, max(rate / 4, floor)
    if lo is None:
        return None, False
    while hi / lo > 1.05:
        mid = (lo * hi) ** 0.5
        t = trial(mid)
        log(f"{mid:,.0f}/s: lost {t['lost']} sender {t['sender_rate']:,.0f}/s")
        if t["lost"] == 0 and t["sender_ok"]:
            lo = mid
        else:
            if not t["sender_ok"]:
                sender_cap = min(sender_cap, t["sender_rate"])  # nothing above this can be tested here
            hi = mid
    return lo, lo >= 0.9 * sender_cap


def stream_problem(streams, want, count, received):
    """What is wrong with the streams a receiver reported for one sender's `count` datagrams of which
    `received` arrived, or None: there must be one stream, of format `want`, holding every datagram
    that arrived, none doubled, none lost when all arrived, and with loss no more lost than went
    missing (a plain stream has no sequence: no lost or duplicates key)."""
    s = streams[0] if len(streams) == 1 else {}
    lost = s.get("lost", 0)
    if (s.get("format") == want and s.get("received") == received and s.get("duplicates", 0) == 0
            and lost <= count - received and (received < count or lost == 0)):
        return None
    shown = json.dumps(streams[:5]) + (f" and {len(streams) - 5} more" if len(streams) > 5 else "")
    return (f"expected one {want} stream of {received} datagrams ({count} sent), no duplicates, lost 0 if all "
            f"arrived; got {len(streams)} stream(s): {shown}")


def judged(name, ok, value):
    return (name, PASS if ok else MISS, value)


# ----- goals -------------------------------------------------------------------------------

def drain_goals(drain, gui_missing):
    """Per payload size: mctester recv >= 0.90 x raw (both 'exit'), and the window >= 0.75 x raw,
    judged on what a user sees: the time until all N are in its table, against raw 'exit'."""
    goals = []
    for size in DRAIN_SIZES:
        measured = [(payload, per) for (s, payload), (_, per) in (drain or {}).items() if s == size]
        if drain is None:
            why = "the drain section was not run"
        elif not measured:
            why = f"no {size}-byte drain was run (--drain-sizes)"
        else:
            why = None
        for payload, per in measured or [(None, {})]:
            tag = f"{size} B, {payload}" if payload else f"{size} B"
            goals.append(recv_drain_goal(tag, per, why))
            goals.append(gui_drain_goal(tag, per, why or gui_missing))
    return goals


def drain_ratios(name, per, why, kind, key="rate"):
    """(per-run ratios of `kind` to the raw receiver's 'exit', None), or (None, the goal NOT MEASURED
    saying why there are none)."""
    if why:
        return None, (name, NOT_MEASURED, why)
    if kind not in per:
        return None, (name, NOT_MEASURED, f"{DRAIN_NAMES[kind][0]} was not run (--drain-kinds)")
    r = ratios(per[kind], per.get("raw"), key=key)
    if r is None:
        return None, (name, NOT_MEASURED, "the raw reference (raw, 'exit') was not run (--drain-kinds): no ratio")
    return r, None


def recv_drain_goal(tag, per, why):
    name = f"mctester recv drain >= 0.90 x raw ({tag})"
    r, missing = drain_ratios(name, per, why, "mct")
    if missing:
        return missing
    value = f"{med(r):.2f}"
    like = ratios(per["mct"], per.get("raw-cmsg"))
    if like:
        value += f" (like for like, same control messages: {med(like):.2f})"
    return judged(name, med(r) >= 0.90, value)


def gui_drain_goal(tag, per, why):
    name = f"GUI drain >= 0.75 x raw ({tag}), all N in the table"
    table, missing = drain_ratios(name, per, why, "gui", key="table_rate")
    if missing:
        return missing
    shown = med([g["shown"] for g in per["gui"]])
    queue = ratios(per["gui"], per.get("raw-empty"))
    queue_text = f"{med(queue):.2f} x raw queue" if queue else "not measured (raw-empty not run)"
    return judged(name, med(table) >= 0.75,
                  f"{med(table):.2f} x raw exit, {pct_fmt(shown)} of N became rows; "
                  f"socket queue emptied: {queue_text}")


def paced_goals(paced, gui_missing, goal_seconds):
    goals = []
    for kind in ("mct", "gui"):
        name = f"{RECEIVER_LABELS[kind]}: no loss at 500k/s for {goal_seconds} s, 8 MiB"
        trials = (paced or {}).get("goal", {}).get(kind)
        if paced is None:
            goals.append((name, NOT_MEASURED, "the paced section was not run"))
        elif not trials:
            goals.append((name, NOT_MEASURED, (gui_missing if kind == "gui" else None) or "not run"))
        elif max(t["lost"] for t in trials) > 0:
            goals.append((name, MISS, f"lost max {max(t['lost'] for t in trials)}"))
        elif not all(t["sender_ok"] for t in trials):
            reached = min(t["sender_rate"] for t in trials)
            goals.append((name, NOT_MEASURED, f"the sender reached only {rate_fmt(reached)}/s (lost 0 at that)"))
        else:
            goals.append((name, PASS, "lost max 0"))
    return goals


def sender_goal(sender):
    name = "sender >= 0.90 x raw sendmmsg (same payload, same timing)"
    if sender is None:
        return (name, NOT_MEASURED, "the sender section was not run")
    r = ratios(sender["mct"], sender["raw"])
    if r is None:
        return (name, NOT_MEASURED, "no figures")
    value = f"{med(r):.2f}"
    probe = ratios(sender.get("mct_probe"), sender.get("raw_header"))
    if probe:
        value += f" (probe header vs raw iperf2 header: {med(probe):.2f})"
    return judged(name, med(r) >= 0.90, value)


def pacing_goal(pacing):
    name = "pacing error <= 1 % at 100k/s"
    runs = (pacing or {}).get(("mct", 100_000))
    if pacing is None:
        return (name, NOT_MEASURED, "the pacing section was not run")
    if not runs:
        return (name, NOT_MEASURED, "mctester send was not paced at 100k/s")
    e = med([r["error"] for r in runs])
    return judged(name, e <= 0.01, pct_fmt(e))


def gui_goals(results, gui_missing):
    mem_name = "GUI table <= ~1 KiB per row beyond the payload"
    lat_name = "GUI event loop p99 < 50 ms at 80 % of max"
    if "gui_memory" not in results:
        why = "the gui section was not run"
        return [(mem_name, NOT_MEASURED, why), (lat_name, NOT_MEASURED, why)]
    goals = []
    mem = results["gui_memory"]
    if mem:
        beyond = med([m["beyond_payload"] for m in mem])
        goals.append(judged(mem_name, beyond <= 1024, f"{beyond:.0f} B"))
    else:
        goals.append((mem_name, NOT_MEASURED, "mct_bench_gui was not built"))
    lat = results.get("gui_latency")
    if lat:
        p99 = med([r["p99_ms"] for r in lat])
        goals.append(judged(lat_name, p99 < 50, f"{p99:.1f} ms"))
    else:
        goals.append((lat_name, NOT_MEASURED, results.get("gui_latency_missing") or gui_missing or "not run"))
    return goals


def evaluate_goals(results, gui_missing, goal_seconds):
    """Every goal of issue 6, each PASS, MISS or NOT MEASURED (with why); a section that was not run
    leaves its goals NOT MEASURED rather than out of the list."""
    return (drain_goals(results.get("drain"), gui_missing)
            + paced_goals(results.get("paced"), gui_missing, goal_seconds)
            + [sender_goal(results.get("sender")), pacing_goal(results.get("pacing"))]
            + gui_goals(results, gui_missing))


def exit_status(goals):
    """0 only when every goal was measured and met."""
    return 0 if goals and all(verdict == PASS for _, verdict, _ in goals) else 1


def goal_lines(goals):
    return [f"   {verdict:<12}  {name}: {value}" for name, verdict, value in goals]


# ----- table -------------------------------------------------------------------------------

def drain_lines(args, drain, gui_missing):
    lines = ["1. Drain: N datagrams queued in a 1 GiB buffer (SO_RCVBUFFORCE) while the receiver is stopped,",
             "   then SIGCONT; 'exit' = until the program has read N and exited; 'queue' = until the socket",
             "   queue is empty (polled every 1 ms: iperf2, which does not stop by itself, and the window,",
             "   whose table shows the last rows up to 50 ms later by design; 'table' = until it has them), with",
             "   the raw receiver timed the same way (raw-empty) as their reference. CPU = user+sys",
             "   of the whole process during the drain. Filler and reading thread on CPU 1 (no buffer freed",
             "   across CPUs), a Qt program's main/window thread on CPU 0; receivers "
             + ("SCHED_FIFO 1 (other people's" if args.drain_realtime else f"nice {args.nice}.")]
    if args.drain_realtime:
        lines.append("   builds and fuzzers on this machine must not decide the figures).")
    lines += ["   iperf2 gets its 1 GiB buffer through an LD_PRELOAD shim (SO_RCVBUF -> SO_RCVBUFFORCE), the GUI",
              "   through mct_bench_gui's own setsockopt. mctester recv and the window must report one stream",
              "   of the payload's format, all N, lost 0, duplicates 0 (else the run stops)."]
    for (size, payload), (count, per) in drain.items():
        lines += drain_table(size, payload, count, per, gui_missing)
    return lines


def drain_table(size, payload, count, per, gui_missing):
    lines = [f"   {size}-byte payload ({PAYLOAD_DESCRIPTIONS[payload]}), N = {count:,}",
             f"   {'receiver':<42} {'timing':<6} {'datagrams/s':<28} {'ratio to raw':<22} {'CPU ns/datagram'}"]
    for kind, runs in per.items():
        label, timing = DRAIN_NAMES[kind]
        r = ratios(runs, per.get("raw-empty" if timing == "queue" else "raw"))
        lines.append(f"   {label:<42} {timing:<6} {spread([x['rate'] for x in runs], rate_fmt):<28} "
                     f"{(spread(r, ratio_fmt) if r else 'n/a (no raw)'):<22} "
                     f"{spread([x['cpu_ns'] for x in runs], lambda v: f'{v:.0f}')}")
    like = ratios(per.get("mct"), per.get("raw-cmsg"))
    if like:
        lines.append(f"   like for like (mctester recv / raw recvmmsg asking the same control messages): "
                     f"{spread(like, ratio_fmt)}")
    if "gui" in per:
        table = ratios(per["gui"], per.get("raw"), key="table_rate")
        lines.append(f"   {'GUI, until all N are in the table':<42} {'table':<6} "
                     f"{spread([g['table_rate'] for g in per['gui']], rate_fmt):<28} "
                     f"{(spread(table, ratio_fmt) if table else 'n/a (no raw)'):<22} "
                     f"(vs raw 'exit'; the table takes rows at most 20 times a second, so up to 50 ms later)")
        lines.append(f"   GUI: rows that reached the table {spread([g['shown'] for g in per['gui']], pct_fmt)} of N "
                     f"(the window skips batches while its table is behind; they are counted, not shown)")
    elif gui_missing:
        lines.append(f"   {'GUI':<42} not measured: {gui_missing}")
    lines.append("")
    return lines


def paced_lines(args, pr, gui_missing):
    lines = [f"2. Highest paced rate without loss, 64-byte payload ({PAYLOAD_DESCRIPTIONS[pr['payload']]}), "
             f"8 MiB buffer (kernel grants 16 MiB), {args.paced_seconds:g} s trials,",
             f"   binary search to 5 % from 10k/s up, {pr['runs']} runs; sender: raw sendmmsg + UDP GSO, paced, "
             f"on CPU 0; receivers on any CPU;",
             "   " + (f"receiver SCHED_FIFO 1 (its figure, not other users' load), sender nice {args.nice}"
                     if args.paced_realtime else "niced") + "; '>=': no loss up to the sender's own limit;",
             "   'none >= 10k': no trial from 10k/s up was loss-free. mctester recv and the window must report",
             "   one stream of the payload's format with no duplicates, and lost 0 when all arrived."]
    ref = [rate for rate, _ in pr["search"].get("raw", [])]
    for kind, runs in pr["search"].items():
        rates = [rate for rate, _ in runs]
        limited = all(lim for _, lim in runs)
        r = ratios(rates, ref) if kind != "raw" else [1.0 for _ in rates]
        shown = spread(rates, rate_fmt) if any(v is not None for v in rates) else "none >= 10k"
        none = sum(v is None for v in rates)
        lines.append(f"   {RECEIVER_LABELS[kind]:<42} {('>= ' if limited else ''):>3}{shown:<28} "
                     f"ratio {spread(r, ratio_fmt) if r else 'n/a'}"
                     + (f"; {none} of {len(rates)} runs none >= 10k" if none and none < len(rates) else ""))
    if "gui" not in pr["search"] and gui_missing:
        lines.append(f"   {'GUI':<42} not measured: {gui_missing}")
    lines.append(f"   Goal trial: {rate_fmt(pr['goal_rate'])}/s for {args.goal_seconds} s, 8 MiB buffer:")
    for kind, runs in pr["goal"].items():
        lost = [t["lost"] for t in runs]
        sender_ok = all(t["sender_ok"] for t in runs)
        lines.append(f"   {RECEIVER_LABELS[kind]:<42} lost {spread(lost, lambda v: f'{v:.0f}')} of "
                     f"{int(pr['goal_rate'] * args.goal_seconds):,}; sender reached "
                     f"{spread([t['sender_rate'] for t in runs], rate_fmt)}/s{'' if sender_ok else ' (BELOW target)'}")
    lines.append("")
    return lines


def sender_lines(args, s):
    lines = [f"3. Sender: {s['count']:,} datagrams of 64 bytes as fast as possible, no receiver joined, CPU 0, "
             f"nice {args.nice};",
             "   every sender timed the same way, from its start to its exit as the driver sees them (start-up",
             "   and summary included for all); start-up and exit alone (one datagram): raw "
             f"{spread(s['startup_raw'], lambda v: f'{v * 1e3:.1f}')} ms, mctester "
             f"{spread(s['startup_mct'], lambda v: f'{v * 1e3:.1f}')} ms"]
    rows = (("raw sendmmsg (batch 64), constant bytes", "raw", "raw"),
            ("mctester send --hex (constant 64 B)", "mct", "raw"),
            ("raw sendmmsg, iperf2 header + clock each", "raw_header", "raw_header"),
            ("mctester send --probe (header + clock each)", "mct_probe", "raw_header"))
    for label, key, ref in rows:
        lines.append(f"   {label:<44} {spread(s[key], rate_fmt):<28} ratio {spread(ratios(s[key], s[ref]), ratio_fmt)}")
    lines.append("")
    return lines


def pacing_lines(args, pacing):
    lines = [f"4. Pacing error, 64-byte payload, {args.pacing_seconds:g} s per trial: |achieved - target| / target,",
             "   achieved from the receiver's kernel timestamps (first to last datagram); 'worst second' is",
             "   the largest error of one whole second's count. Sender on CPU 0; "
             + ("sender SCHED_FIFO 2, receiver SCHED_FIFO 1." if args.paced_realtime else "niced."),
             f"   {'sender':<34} {'target':<8} {'error':<28} {'worst second':<28} lost"]
    for (sender, rate), runs in pacing.items():
        label = "raw sendmmsg, paced" if sender == "raw" else "mctester send --rate"
        lines.append(f"   {label:<34} {rate_fmt(rate):<8} {spread([r['error'] for r in runs], pct_fmt):<28} "
                     f"{spread([r['worst_second'] for r in runs], pct_fmt):<28} {max(r['lost'] for r in runs)}")
    lines.append("")
    return lines


def gui_lines(args, results, gui_missing):
    lines = ["5. GUI"]
    mem = results["gui_memory"]
    if mem:
        lines.append(f"   memory per stored row, 1,000,000 rows of 64-byte payloads (batches of 4,096, view shown): "
                     f"{spread([m['bytes_per_row'] for m in mem], lambda v: f'{v:.0f}')} bytes/row, "
                     f"{spread([m['beyond_payload'] for m in mem], lambda v: f'{v:.0f}')} beyond the payload")
        lines.append(f"   (PacketRecord {mem[0]['record_bytes']} B + the row's number and payload chunk; "
                     f"filling took {spread([m['fill_ns_per_row'] for m in mem], lambda v: f'{v:.0f}')} ns/row)")
    lat = results.get("gui_latency")
    if lat:
        lines.append(f"   event-loop latency (10 ms QTimer lateness) receiving at {rate_fmt(lat[0]['rate'])}/s "
                     f"(80 % of {rate_fmt(lat[0]['max_rate'])}/s, {lat[0]['max_from']}): "
                     f"p99 {spread([r['p99_ms'] for r in lat], lambda v: f'{v:.1f}')} ms, "
                     f"max {spread([r['max_ms'] for r in lat], lambda v: f'{v:.1f}')} ms; "
                     f"lost {spread([r['lost'] for r in lat], lambda v: f'{v:.0f}')} of {lat[0]['count']:,}")
    else:
        lines.append(f"   event-loop latency: not measured: "
                     f"{results.get('gui_latency_missing') or gui_missing or 'not run'}")
    lines.append("")
    return lines


def report_lines(args, results, gui_missing):
    """The table's sections that were run, then every goal."""
    lines = []
    if "drain" in results:
        lines += drain_lines(args, results["drain"], gui_missing)
    if "paced" in results:
        lines += paced_lines(args, results["paced"], gui_missing)
    if "sender" in results:
        lines += sender_lines(args, results["sender"])
    if "pacing" in results:
        lines += pacing_lines(args, results["pacing"])
    if "gui_memory" in results:
        lines += gui_lines(args, results, gui_missing)
    goals = evaluate_goals(results, gui_missing, args.goal_seconds)
    lines.append("Goals (issue 6)")
    lines += goal_lines(goals)
    return lines, goals
