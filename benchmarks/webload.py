"""Load and profile helpers for benchmarks/web.py: drive a server with wrk, time SQL in-process, read py-spy stacks.

wrk rather than a Python load generator: it is C, so the client costs next to nothing on a small machine
(the server, the database and the client share its cores), and its latency histogram is exact to the
microsecond. One wrk run per endpoint gives that endpoint's percentiles; a Lua script picks a random path
from a file for every request, so report pages and search words vary.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event

# setup() numbers the threads so each seeds its own random sequence; init() loads the paths;
# done() prints one JSON line of the figures we report (latencies in microseconds).
LUA = r"""
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  accept = args[2]
  math.randomseed(os.time() * 1000 + id)
end
function request()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept"] = accept})
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d, "mean": %f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
"""


@dataclass(frozen=True, slots=True)
class LoadResult:
    """One wrk run: request count, rate, latency percentiles (ms) and errors (non-2xx/3xx, socket, timeout)."""

    requests: int
    rps: float
    p50: float
    p95: float
    p99: float
    max: float
    errors: int
    kb_per_response: float


def wrk_available() -> bool:
    """Whether wrk is on PATH (``apt-get install wrk``)."""
    return shutil.which("wrk") is not None


def run_wrk(base_url: str, paths: list[str], clients: int, seconds: float, accept: str, threads: int = 2) -> LoadResult:
    """Closed-loop load: ``clients`` connections each send a request as soon as the last one is answered."""
    with tempfile.TemporaryDirectory(prefix="sitroom-wrk-") as tmp:
        script, listing = Path(tmp, "paths.lua"), Path(tmp, "paths.txt")
        script.write_text(LUA)
        listing.write_text("\n".join(paths) + "\n")
        cmd = [
            "wrk",
            f"-t{min(threads, clients)}",
            f"-c{clients}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "120s",  # a slow page is a long latency to report, not a dropped request
            "-s",
            str(script),
            base_url,
            "--",
            str(listing),
            accept,
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    line = next((x for x in out.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary:\n{out}")
    d = json.loads(line.removeprefix("WRKJSON "))
    n = d["requests"]
    return LoadResult(
        requests=n,
        rps=n / (d["duration_us"] / 1e6),
        p50=d["p50"] / 1e3,
        p95=d["p95"] / 1e3,
        p99=d["p99"] / 1e3,
        max=d["max"] / 1e3,
        errors=d["connect"] + d["read"] + d["write"] + d["status"] + d["timeout"],
        kb_per_response=d["bytes"] / max(n, 1) / 1e3,
    )


def settle(pid: int, idle_share: float = 0.05, limit: float = 900) -> float:
    """Wait until process ``pid`` is idle (under ``idle_share`` of a core over half a second); seconds waited.

    wrk stops counting at the end of its run, but the server still works through the requests in flight
    (a sync route is not cancelled when its client goes): the next run must not share the server with them.
    """
    tick = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime + stime

    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        before = cpu()
        time.sleep(0.5)
        if cpu() - before < idle_share * 0.5:
            break
    return time.monotonic() - t0


class SqlTimer:
    """Times every statement an engine runs (in any thread), to split a request into SQL and Python time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.statements: list[tuple[float, str]] = []
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany) -> None:
        conn.info.setdefault("sitroom_t0", []).append(time.perf_counter())

    def _after(self, conn, cursor, statement, parameters, context, executemany) -> None:
        took = time.perf_counter() - conn.info["sitroom_t0"].pop()
        with self.lock:
            self.statements.append((took, " ".join(statement.split())))

    def reset(self) -> list[tuple[float, str]]:
        """The statements timed since the last reset, (seconds, SQL) each."""
        with self.lock:
            out, self.statements = self.statements, []
        return out


Ranked = list[tuple[float, str]]  # (share or seconds, what)


def summarise_statements(timed: Ranked, top: int = 3) -> tuple[float, int, list[tuple[float, int, str]]]:
    """(SQL seconds, statement count, the ``top`` costliest statement texts as (seconds, times run, SQL))."""
    by_sql: dict[str, list[float]] = {}
    for took, sql in timed:
        by_sql.setdefault(sql, []).append(took)
    ranked = sorted(((sum(t), len(t), sql) for sql, t in by_sql.items()), reverse=True)
    return sum(t for t, _ in timed), len(timed), ranked[:top]


def py_spy_record(py_spy: str, pid: int, seconds: float, out: Path) -> subprocess.Popen:
    """Start sampling ``pid`` (every thread not idle) into ``out`` as collapsed stacks; wait on the result."""
    return subprocess.Popen(
        [
            py_spy,
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(max(1, round(seconds))),
            "--rate",
            "200",
            "--format",
            "raw",
            "--nonblocking",
            "--output",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def hot_functions(raw: Path, top: int = 12, only: str = "sitroom") -> tuple[int, Ranked, Ranked]:
    """From py-spy's collapsed stacks: (samples, [(inclusive share, function)] of functions whose file path
    contains ``only``, [(self share, function)] of all functions). Shares are of the samples of threads with work."""
    total = 0
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [_frame(f) for f in stack.split(";")]
        working = any(only in f and "/cli/" not in f and not f.startswith("<module>") for f in frames)
        if frames[-1].split(" (")[0] in IDLE and not working:
            continue  # a worker thread waiting for work, or the event loop waiting for sockets
        total += n
        for name in {f for f in frames if only in f}:
            inclusive[name] += n
        own[frames[-1]] += n
    if not total:
        return 0, [], []
    return (
        total,
        [(c / total, f) for f, c in inclusive.most_common(top)],
        [(c / total, f) for f, c in own.most_common(top)],
    )


# Leaf functions of a thread with nothing to do; the same wait inside sitroom code (a thread queueing for
# a pooled connection, say) is kept.
IDLE = frozenset({"Condition.wait", "EpollSelector.select", "select", "_worker"})


def _frame(frame: str) -> str:
    # "compose_brief (sitroom/brief/compose.py:123)" → "compose_brief (sitroom/brief/compose.py)": per function.
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    short = path.split("site-packages/")[-1].split("/src/")[-1]
    return f"{name} ({short})"
