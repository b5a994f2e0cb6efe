#!/usr/bin/env python3
"""The benchmark's judgement without a network: a goal passes only on a figure that was measured,
and the zero-loss search reports only a rate at which a trial lost nothing. Run by ctest."""

import argparse
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchreport as br  # noqa: E402  (beside this file)

ARGS = argparse.Namespace(drain_realtime=True, nice=-10, paced_seconds=2.0, paced_realtime=True,
                          goal_seconds=10.0, pacing_seconds=3.0)


def drain_runs(rate, cpu=600, **extra):
    return [dict({"rate": rate, "cpu_ns": cpu}, **extra) for _ in range(3)]


def gui_runs(queue_rate, table_rate, shown):
    return drain_runs(queue_rate, table_rate=table_rate, shown=shown)


def full_drain(mct_rate=950.0, gui_table=800.0):
    """Both sizes, every receiver, figures that meet every drain goal unless told otherwise."""
    def per():
        return {"raw": drain_runs(1000.0), "raw-cmsg": drain_runs(980.0), "mct": drain_runs(mct_rate),
                "raw-empty": drain_runs(1000.0), "iperf": drain_runs(750.0),
                "gui": gui_runs(900.0, gui_table, 1.0)}
    return {(size, "iperf2"): (1000, per()) for size in br.DRAIN_SIZES}


def trials(lost=0, sender_ok=True):
    return [{"lost": lost, "sender_ok": sender_ok, "sender_rate": 500_000.0 if sender_ok else 420_000.0}] * 3


def full_results():
    return {
        "drain": full_drain(),
        "paced": {"search": {"raw": [(1.8e6, False)] * 3, "mct": [(1.7e6, False)] * 3,
                             "gui": [(1.1e6, True)] * 3},
                  "goal": {"raw": trials(), "mct": trials(), "gui": trials()},
                  "goal_rate": 500_000, "runs": 3, "payload": "iperf2"},
        "sender": {"raw": [1.5e6] * 3, "mct": [1.45e6] * 3, "raw_header": [1.4e6] * 3,
                   "mct_probe": [1.35e6] * 3, "startup_raw": [0.003] * 3, "startup_mct": [0.02] * 3,
                   "count": 2_000_000},
        "pacing": {(sender, rate): [{"error": 0.0002, "worst_second": 0.001, "lost": 0}] * 3
                   for sender in ("raw", "mct") for rate in (1_000, 10_000, 100_000)},
        "gui_memory": [{"bytes_per_row": 189, "beyond_payload": 125, "record_bytes": 96,
                        "fill_ns_per_row": 1300}] * 3,
        "gui_latency": [{"p99_ms": 4.6, "max_ms": 7.3, "lost": 0, "rate": 880_000.0, "count": 3_520_000,
                         "max_rate": 1.1e6, "max_from": "the paced section's median"}] * 3,
    }


def verdicts(goals):
    return {name: verdict for name, verdict, _ in goals}


def goal(goals, prefix):
    found = [g for g in goals if g[0].startswith(prefix)]
    assert len(found) == 1, (prefix, goals)
    return found[0]


class TestGoals(unittest.TestCase):
    def test_everyGoal_measuredAndMet_allPassExitZero(self):
        lines, goals = br.report_lines(ARGS, full_results(), None)
        self.assertEqual(len(goals), 10)
        self.assertEqual(set(verdicts(goals).values()), {br.PASS})
        self.assertEqual(br.exit_status(goals), 0)
        self.assertIn("Goals (issue 6)", lines)

    def test_nothingRun_everyGoalNotMeasuredExitOne(self):
        lines, goals = br.report_lines(ARGS, {}, None)
        self.assertEqual(len(goals), 10)  # none vanishes with its section
        self.assertEqual(set(verdicts(goals).values()), {br.NOT_MEASURED})
        self.assertEqual(br.exit_status(goals), 1)
        self.assertEqual(sum("NOT MEASURED" in line for line in lines), 10)

    def test_recvDrain_rawNotRun_notMeasuredNotItsOwnReference(self):
        # --drain-kinds mct,gui printed "PASS ... 1.00": the receiver was compared with itself.
        results = full_results()
        for _, per in results["drain"].values():
            del per["raw"]
        goals = br.evaluate_goals(results, None, 10.0)
        self.assertEqual(goal(goals, "mctester recv drain >= 0.90 x raw (64 B")[1], br.NOT_MEASURED)
        self.assertEqual(goal(goals, "GUI drain >= 0.75 x raw (64 B")[1], br.NOT_MEASURED)
        self.assertEqual(br.exit_status(goals), 1)
        lines, _ = br.report_lines(ARGS, results, None)
        self.assertFalse(any(line.strip().startswith("mctester recv --quiet") and " 1.00 " in line
                             for line in lines), lines)

    def test_recvDrain_belowRatio_miss(self):
        results = full_results()
        results["drain"] = full_drain(mct_rate=880.0)
        goals = br.evaluate_goals(results, None, 10.0)
        name, verdict, value = goal(goals, "mctester recv drain >= 0.90 x raw (64 B")
        self.assertEqual((verdict, value.split()[0]), (br.MISS, "0.88"))
        self.assertEqual(br.exit_status(goals), 1)

    def test_guiDrain_queueFastTableSlow_judgedByTableMiss(self):
        # The socket emptied at 0.90 x raw, but the rows were all in the table only at 0.51.
        results = full_results()
        results["drain"] = full_drain(gui_table=510.0)
        name, verdict, value = goal(br.evaluate_goals(results, None, 10.0), "GUI drain >= 0.75 x raw (1316 B")
        self.assertEqual(verdict, br.MISS)
        self.assertIn("0.51 x raw exit", value)
        self.assertIn("socket queue emptied: 0.90 x raw queue", value)

    def test_drainSize_notRun_itsGoalsNotMeasured(self):
        results = full_results()
        del results["drain"][(1316, "iperf2")]
        goals = br.evaluate_goals(results, None, 10.0)
        self.assertEqual(goal(goals, "mctester recv drain >= 0.90 x raw (1316 B")[1], br.NOT_MEASURED)
        self.assertEqual(goal(goals, "mctester recv drain >= 0.90 x raw (64 B")[1], br.PASS)

    def test_windowMissing_guiGoalsNotMeasuredWithReason(self):
        results = full_results()
        for _, per in results["drain"].values():
            del per["gui"]
        del results["paced"]["goal"]["gui"], results["paced"]["search"]["gui"], results["gui_latency"]
        goals = br.evaluate_goals(results, "no window", 10.0)
        for prefix in ("GUI drain >= 0.75 x raw (64 B", "GUI: no loss", "GUI event loop"):
            self.assertEqual(goal(goals, prefix)[1:], (br.NOT_MEASURED, "no window"))

    def test_pacedGoal_lossOrSlowSender(self):
        results = full_results()
        results["paced"]["goal"]["mct"] = trials(lost=12)
        results["paced"]["goal"]["gui"] = trials(sender_ok=False)
        goals = br.evaluate_goals(results, None, 10.0)
        self.assertEqual(goal(goals, "mctester recv: no loss")[1:], (br.MISS, "lost max 12"))
        self.assertEqual(goal(goals, "GUI: no loss")[1], br.NOT_MEASURED)  # 500k/s was never sent

    def test_guiLatency_noMaximumRate_notMeasured(self):
        # Without the paced section the latency ran at 80 % of a made-up 400k/s.
        results = full_results()
        del results["paced"], results["gui_latency"]
        results["gui_latency_missing"] = "no loss-free GUI rate >= 10k/s"
        goals = br.evaluate_goals(results, None, 10.0)
        self.assertEqual(goal(goals, "GUI event loop")[1:], (br.NOT_MEASURED, "no loss-free GUI rate >= 10k/s"))

    def test_pacedSearch_noneFound_printedAsNone(self):
        results = full_results()
        results["paced"]["search"]["gui"] = [(None, False)] * 3
        lines, _ = br.report_lines(ARGS, results, None)
        self.assertTrue(any(line.strip().startswith("GUI") and "none >= 10k" in line for line in lines), lines)

    def test_sender_ratioOfSamePayload(self):
        results = full_results()
        results["sender"]["mct"] = [1.3e6] * 3  # 0.87 of the raw sender's constant payload
        name, verdict, value = goal(br.evaluate_goals(results, None, 10.0), "sender >= 0.90")
        self.assertEqual((verdict, value.split()[0]), (br.MISS, "0.87"))
        self.assertIn("probe header vs raw iperf2 header: 0.96", value)


class TestStreams(unittest.TestCase):
    def test_oneStreamOfTheFormat_allThere_noProblem(self):
        self.assertIsNone(br.stream_problem([{"format": "plain", "received": 400}], "plain", 400, 400))
        self.assertIsNone(br.stream_problem([{"format": "iperf2", "received": 390, "lost": 10, "duplicates": 0}],
                                            "iperf2", 400, 390))

    def test_splitOrMisread_problem(self):
        # A little-endian counter split into "rtp" streams, or one stream of the wrong format, or one
        # that lost or doubled datagrams the kernel delivered: each counts only what it received.
        cases = [([{"format": "rtp", "received": 200}, {"format": "rtp", "received": 200}], 400),
                 ([{"format": "rtp", "received": 400}], 400),
                 ([{"format": "plain", "received": 399}], 400),
                 ([{"format": "iperf2", "received": 400, "lost": 3, "duplicates": 0}], 400),
                 ([{"format": "iperf2", "received": 400, "lost": 0, "duplicates": 2}], 400),
                 ([{"format": "iperf2", "received": 390, "lost": 11, "duplicates": 0}], 390),
                 ([], 0)]
        for streams, received in cases:
            want = "iperf2" if streams and streams[0].get("lost") is not None else "plain"
            self.assertIsNotNone(br.stream_problem(streams, want, 400, received), streams)


class TestZeroLossSearch(unittest.TestCase):
    def search(self, loses, sender_limit=float("inf")):
        """A receiver that loses at the rates `loses` says, behind a sender that tops out at sender_limit."""
        tried = []

        def trial(rate):
            reached = min(rate, sender_limit)
            lost = 1 if loses(rate) else 0
            tried.append((rate, lost == 0 and reached >= 0.98 * rate))
            return {"lost": lost, "sender_ok": reached >= 0.98 * rate, "sender_rate": reached}
        rate, limited = br.zero_loss_search(trial, lambda text: None)
        return rate, limited, tried

    def test_lossAtEveryRate_noneFoundAndNothingBelowTenThousand(self):
        rate, limited, tried = self.search(lambda r: True)
        self.assertEqual((rate, limited), (None, False))
        self.assertGreaterEqual(min(r for r, _ in tried), 10_000)

    def test_reportedRate_hadALossFreeTrial(self):
        for limit in (300_000, 40_000, 11_000, 1_500_000):
            rate, limited, tried = self.search(lambda r, limit=limit: r > limit)
            self.assertIn((rate, True), tried)
            self.assertLessEqual(rate, limit)
            self.assertGreater(rate, limit / 1.05 / 1.05)
            self.assertFalse(limited)

    def test_lossyTrialsOnly_belowFloor_notReported(self):
        # Loses from 10k/s up: the search must not fall back to the last (lossy) rate it tried.
        rate, _, tried = self.search(lambda r: r >= 10_000)
        self.assertIsNone(rate)
        self.assertTrue(all(not ok for _, ok in tried))

    def test_senderLimited_markedAsLimited(self):
        rate, limited, _ = self.search(lambda r: False, sender_limit=600_000)
        self.assertTrue(limited)
        self.assertLessEqual(rate, 600_000 / 0.98)


if __name__ == "__main__":
    unittest.main()
