"""The benchmark's lab: two network namespaces joined by a veth pair, the programs started in them,
and what /proc says about them (membership, stopped, socket queue, CPU time). Used by bench.py and
samequeue.py; Python 3 standard library only.
"""

import json
import os
import signal
import subprocess
import tempfile
import time

GROUP = "239.77.0.1"
PORT = 5001


def group_hex(group):
    """The group as /proc/net/igmp prints it (the in-memory __be32 read as a little-endian word)."""
    return "".join(f"{int(o):02X}" for o in reversed(group.split(".")))


class BenchError(Exception):
    pass


class Lab:
    """Two namespaces, <tag>s (sender) and <tag>r (receiver), joined by a veth pair."""

    def __init__(self):
        tag = f"mctb{os.getpid()}"
        self.snd = tag + "s"
        self.rcv = tag + "r"
        self.veth = (tag + "a", tag + "b")
        self.children = []  # Popen objects we started; killed by pid on cleanup
        self.made = False

    def _ip(self, *args):
        subprocess.run(["ip", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def up(self):
        self.made = True
        for ns in (self.snd, self.rcv):
            self._ip("netns", "add", ns)
            self._ip("-n", ns, "link", "set", "lo", "up")
        self._ip("link", "add", self.veth[0], "netns", self.snd, "type", "veth",
                 "peer", "name", self.veth[1], "netns", self.rcv)
        for ns, dev, addr in ((self.snd, self.veth[0], "10.77.0.1/24"), (self.rcv, self.veth[1], "10.77.0.2/24")):
            self._ip("-n", ns, "addr", "add", addr, "dev", dev)
            self._ip("-n", ns, "link", "set", dev, "up")
            # The multicast route keeps the group on the veth, never on a default route.
            self._ip("-n", ns, "route", "add", "224.0.0.0/4", "dev", dev)

    # From --nice / --realtime: other people's builds on a small machine must not decide the figures.
    nice = 0
    realtime = False

    def start(self, ns, argv, env=None, name="proc", cpu=None, realtime=None):
        out = tempfile.NamedTemporaryFile(mode="w+", prefix=f"mctb-{name}-", suffix=".out", delete=False)
        full_env = dict(os.environ)
        full_env.update(env or {})
        # chrt/nice, taskset and `ip netns exec` each exec the next, so the pid is the program's own.
        priority = (1 if self.realtime else 0) if realtime is None else int(realtime)
        if priority:
            prefix = ["chrt", "-f", str(priority)]
        else:
            prefix = ["nice", "-n", str(self.nice)] if self.nice else []
        if cpu is not None:
            prefix += ["taskset", "-c", str(cpu)]
        p = subprocess.Popen([*prefix, "ip", "netns", "exec", ns, *argv], stdout=out, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, env=full_env)
        p.out_path = out.name
        out.close()
        self.children.append(p)
        return p

    def run(self, ns, argv, timeout=120, env=None, name="run", cpu=None, realtime=None):
        p = self.start(ns, argv, env=env, name=name, cpu=cpu, realtime=realtime)
        try:
            p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill(p)
            raise BenchError(f"{name} did not finish in {timeout} s")
        return p.returncode, output(p)

    def kill(self, p):
        if p.returncode is None:
            try:
                os.kill(p.pid, signal.SIGKILL)
                os.kill(p.pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
            try:
                p.wait(timeout=10)
            except (subprocess.TimeoutExpired, ChildProcessError):
                pass
        try:
            os.unlink(p.out_path)
        except OSError:
            pass

    def down(self):
        for p in self.children:
            self.kill(p)
        self.children = []
        if self.made:
            for ns in (self.snd, self.rcv):
                subprocess.run(["ip", "netns", "del", ns], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.made = False


def output(p):
    try:
        with open(p.out_path) as f:
            return f.read()
    except OSError:
        return ""


def wait_exit(p, kind):
    """Waits for p to exit (blocking: no polling that would steal CPU from a receiver); returns its
    output, its rusage and when it exited (time.monotonic_ns), or raises BenchError if it failed."""
    _, status, ru = os.wait4(p.pid, 0)
    exited = time.monotonic_ns()
    p.returncode = os.waitstatus_to_exitcode(status)
    out = output(p)
    if p.returncode != 0:
        raise BenchError(f"{kind} exited with {p.returncode}:\n{out[-2000:]}")
    return out, ru, exited


def last_json(text, key=None):
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if key is None or key in obj:
                return obj
    raise BenchError(f"no JSON result in output:\n{text[-2000:]}")


def wait_until(predicate, timeout, what, p=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if p is not None and p.poll() is not None:
            raise BenchError(f"{what}: the program exited early ({p.returncode}):\n{output(p)[-2000:]}")
        time.sleep(0.005)
    raise BenchError(f"timed out waiting for {what}")


def joined(pid, group=GROUP):
    try:
        with open(f"/proc/{pid}/net/igmp") as f:
            return group_hex(group) in f.read()
    except OSError:
        return False


def stopped(pid):
    try:
        for t in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{t}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] != "T":
                    return False
        return True
    except OSError:
        return False


def udp_queue(pid, port=PORT):
    """Receive-queue bytes and drops of the UDP sockets on `port` in pid's namespace."""
    rx = drops = 0
    with open(f"/proc/{pid}/net/udp") as f:
        next(f)
        for line in f:
            fields = line.split()
            if int(fields[1].split(":")[1], 16) == port:
                rx += int(fields[4].split(":")[1], 16)
                drops += int(fields[-1])
    return rx, drops


def cpu_ns(pid):
    total = 0
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{t}/schedstat") as f:
                total += int(f.read().split()[0])
        except OSError:
            pass
    return total


def load_avg():
    return os.getloadavg()[0]
