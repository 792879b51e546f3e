"""The web app under load: dashboard, report page and search at 100,000 reports, 20 concurrent clients.

    python benchmarks/web.py [--db sqlite,postgresql] [--scale 100000] [--clients 20] [--seconds 30]
    python benchmarks/web.py --url sqlite:///big.db      # an existing store, as it is

1. Build a store as benchmarks/brief.py does: ingest ``--reports`` generated reports of ``--series`` series
   (real rows), then copy them (``INSERT … SELECT``) until there are ``--scale`` reports.
2. Start ``sitroom serve --db URL --workers N`` (default 2, one per core here) on a free loopback port,
   single-user mode (no accounts, so no sign-in).
3. Per endpoint — ``/``, ``/reports/{id}`` (random ids of the whole store), ``/search?q=`` and
   ``/api/v1/search?q=`` (words drawn from stored item text, as often as they occur) — warm it, then run
   wrk with one client for ``--serial-seconds`` (the time one request costs), then with ``--clients``
   clients for ``--seconds``. Printed: requests, requests/s, p50, p95, p99, errors, and the verdict
   against the 200 ms p95 target of the loaded run.
4. Then each endpoint once more in-process (TestClient), with every SQL statement timed: the request's
   time split into SQL and Python. An endpoint over the target is also sampled with py-spy under load
   (``--py-spy PATH``, if given or on PATH): the sitroom functions holding the time.

wrk comes from ``apt-get install wrk``; py-spy from ``pip install py-spy`` (optional).
PostgreSQL: a scratch database is created on the server of ``--pg`` and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
from scratch import DEFAULT_PG, scratch_engine
from sqlalchemy import Engine, text
from webload import SqlTimer, hot_functions, py_spy_record, run_wrk, settle, summarise_statements, wrk_available

from brief import ingest, top_up
from sitroom.store import make_engine

TARGET_MS = 200.0
HTML, JSON = "text/html", "application/json"
# Words a reader would not search for; the rest are drawn as often as they occur in item text.
STOPWORDS = frozenset(
    "about above after again also been before being between both could does doing down during each from "
    "further have having here into more most other over same should some such than that their them then there "
    "these they this those through under until very were what when where which while will with within would "
    "your".split()
)


def endpoints(engine: Engine, seed: int = 0) -> dict[str, tuple[list[str], str]]:
    """Endpoint name → (paths to request, Accept header): report ids and search words drawn from the store."""
    rnd = random.Random(seed)
    with engine.connect() as c:
        ids = [r[0] for r in c.execute(text("SELECT id FROM report ORDER BY random() LIMIT 2000"))]
        texts = [r[0] for r in c.execute(text("SELECT text FROM item ORDER BY random() LIMIT 2000"))]
    words = [w for t in texts for w in re.findall(r"[a-z]{4,}", t.lower()) if w not in STOPWORDS]
    queries = rnd.choices(words, k=500)
    return {
        "dashboard /": (["/"], HTML),
        "report /reports/{id}": ([f"/reports/{i}" for i in ids], HTML),
        "search /search?q=": ([f"/search?q={w}" for w in queries], HTML),
        "api /api/v1/search?q=": ([f"/api/v1/search?q={w}" for w in queries], JSON),
    }


def store_size(engine: Engine, url: str) -> str:
    """Rows and bytes of the store, as one line."""
    with engine.connect() as c:
        reports, items = (c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("report", "item"))
        if engine.dialect.name == "postgresql":
            size = c.execute(text("SELECT pg_database_size(current_database())")).scalar()
        else:
            path = Path(engine.url.database)
            size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    return f"{reports:,} reports, {items:,} items, {size / 1e6:,.0f} MB ({engine.dialect.name})"


def free_port() -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(url: str, workers: int = 1):
    """``sitroom serve`` on a free loopback port, as a subprocess; yields (base URL, process, its log file)."""
    port = free_port()
    exe = shutil.which("sitroom", path=str(Path(sys.executable).parent)) or "sitroom"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITROOM_")}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [exe, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", url, "--workers", str(workers)],
            env=env,
            stdout=log,
            stderr=log,
        )
        try:
            _wait_until_up(f"http://127.0.0.1:{port}", proc, log)
            yield f"http://127.0.0.1:{port}", proc, log
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_until_up(base: str, proc: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"sitroom serve exited {proc.returncode}:\n{log.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("sitroom serve did not answer within 60 s")
        time.sleep(0.2)


def warm(base: str, paths: list[str], accept: str, n: int = 5) -> str | None:
    """A few requests first (templates compiled, caches and the database's pages warm); the first failure, if any."""
    with httpx.Client(base_url=base, timeout=300, headers={"Accept": accept}) as client:
        for path in paths[:n]:
            r = client.get(path)
            if r.status_code != 200:
                return f"GET {path}: {r.status_code} {r.text[:200]}"
    return None


def log_tail(log, chars: int = 3000) -> str:
    """The end of the server's log (a traceback, when a request failed)."""
    log.flush()
    log.seek(0)
    return log.read().decode(errors="replace")[-chars:]


def in_process(url: str, eps: dict[str, tuple[list[str], str]], rounds: int = 5) -> dict[str, str]:
    """Each endpoint served in-process ``rounds`` times with its SQL timed: name → one line of figures."""
    from fastapi.testclient import TestClient

    from sitroom.web import create_app

    engine = make_engine(url)
    timer = SqlTimer(engine)
    out = {}
    try:
        with TestClient(create_app(engine), base_url="http://127.0.0.1") as client:
            for name, (paths, accept) in eps.items():
                client.get(paths[0], headers={"Accept": accept})
                timer.reset()
                walls, sql_secs, counts, worst = [], [], [], {}
                for path in random.Random(1).choices(paths, k=rounds):
                    t = time.perf_counter()
                    client.get(path, headers={"Accept": accept})
                    walls.append(time.perf_counter() - t)
                    secs, n, top = summarise_statements(timer.reset())
                    sql_secs.append(secs)
                    counts.append(n)
                    for took, times, sql in top:
                        worst[sql] = max(worst.get(sql, (0, 0)), (took, times))
                wall, sql = sorted(walls)[rounds // 2], sorted(sql_secs)[rounds // 2]
                top3 = sorted(((t, n, s) for s, (t, n) in worst.items()), reverse=True)[:3]
                # SQLite computes rows as they are fetched, and fetching is not timed: there "rest" holds SQL too.
                lines = [
                    f"    in-process, median of {rounds}: {wall * 1e3:.0f} ms a request; executing its "
                    f"{sorted(counts)[rounds // 2]} statements {sql * 1e3:.0f} ms, the rest "
                    f"{max(0.0, wall - sql) * 1e3:.0f} ms"
                    + (" (fetching rows, Python)" if engine.dialect.name == "sqlite" else " (Python)")
                ]
                lines += [f"      {t * 1e3:6.1f} ms ×{n:<3} {s[:150]}" for t, n, s in top3 if t * 1e3 >= 1]
                out[name] = "\n".join(lines)
    finally:
        engine.dispose()
    return out


def profile_under_load(base: str, pid: int, paths: list[str], accept: str, a) -> str:
    """py-spy on the server while ``--clients`` clients load one endpoint: where its time goes."""
    with tempfile.TemporaryDirectory(prefix="sitroom-spy-") as tmp:
        raw = Path(tmp, "stacks.txt")
        seconds = min(a.seconds, 15)
        spy = py_spy_record(a.py_spy, pid, seconds, raw)
        run_wrk(base, paths, a.clients, seconds, accept)
        settle(pid)
        _, err = spy.communicate(timeout=seconds + 60)
        if spy.returncode != 0 or not raw.exists():
            return f"    py-spy failed: {err.strip()[-300:]}"
        samples, mine, leaves = hot_functions(raw)
    lines = [f"    py-spy under load, {samples} samples of busy threads; sitroom functions, share of samples within:"]
    lines += [f"      {share:6.1%}  {name}" for share, name in mine]
    lines += ["    where the samples were (leaf functions):"]
    lines += [f"      {share:6.1%}  {name}" for share, name in leaves[:8]]
    return "\n".join(lines)


def bench(url: str, engine: Engine, a) -> None:
    """Load the endpoints of a server on ``url`` and print the figures."""
    print(f"  store: {store_size(engine, url)}")
    eps = {
        name: ep for name, ep in endpoints(engine).items() if not a.only or any(o in name for o in a.only.split(","))
    }
    missed = []
    with server(url, a.workers) as (base, proc, log):
        print(f"  server: sitroom serve --workers {a.workers} (pid {proc.pid}), single-user mode, {base}")
        print(
            f"  {'endpoint':<24}{'clients':>8}{'requests':>10}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}"
            f"{'p99 ms':>9}{'max ms':>9}{'errors':>8}{'kB':>6}  verdict"
        )
        for name, (paths, accept) in eps.items():
            failed = warm(base, paths, accept)
            if failed:
                print(f"  {name}: warming failed: {failed}\n  server log:\n{log_tail(log)}")
            for clients, seconds in ((1, a.serial_seconds), (a.clients, a.seconds)):
                r = run_wrk(base, paths, clients, seconds, accept)
                settle(proc.pid)
                loaded = clients == a.clients
                verdict = ""
                if loaded:
                    # wrk counts only the requests answered within the run: none answered is no figure at all.
                    ok = r.requests > 0 and r.p95 < TARGET_MS and r.errors == 0
                    verdict = f"ok (p95 < {TARGET_MS:.0f} ms)" if ok else f"MISSES the {TARGET_MS:.0f} ms p95 target"
                    if r.requests < clients:
                        verdict += f"; only {r.requests} of {clients} clients had an answer within {seconds:.0f} s"
                    if not ok:
                        missed.append(name)
                print(
                    f"  {name:<24}{clients:>8}{r.requests:>10,}{r.rps:>8.1f}{r.p50:>9.0f}{r.p95:>9.0f}"
                    f"{r.p99:>9.0f}{r.max:>9.0f}{r.errors:>8}{r.kb_per_response:>6.0f}  {verdict}"
                )
        spied = {}
        if a.py_spy and missed:
            for name in missed:
                paths, accept = eps[name]
                spied[name] = profile_under_load(base, proc.pid, paths, accept, a)
    print("  where the time goes (one request at a time, in-process):")
    for name, lines in in_process(url, eps).items():
        print(f"  {name}\n{lines}")
        if name in spied:
            print(spied[name])


def run(kind: str, a) -> None:
    print(f"[{kind}]")
    with scratch_engine(kind, a.pg) as engine:
        ingest(engine, a.series, a.reports)
        if a.scale > a.reports:
            top_up(engine, a.scale)
        bench(engine.url.render_as_string(hide_password=False), engine, a)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    ap.add_argument("--url", help="benchmark this existing store instead of building one")
    ap.add_argument("--series", type=int, default=50)
    ap.add_argument("--reports", type=int, default=2000, help="reports really ingested")
    ap.add_argument("--scale", type=int, default=100_000, help="reports in the store once topped up")
    ap.add_argument("--only", default="", help="comma-separated parts of endpoint names to run (default: all)")
    ap.add_argument("--clients", type=int, default=20, help="concurrent connections")
    ap.add_argument("--workers", type=int, default=2, help="server processes (sitroom serve --workers)")
    ap.add_argument("--seconds", type=float, default=30, help="length of each loaded run")
    ap.add_argument("--serial-seconds", type=float, default=10, help="length of each one-client run")
    ap.add_argument("--py-spy", default=shutil.which("py-spy"), help="py-spy executable: profile endpoints that miss")
    ap.add_argument("--pg", default=DEFAULT_PG, help="admin URL of the PostgreSQL server")
    a = ap.parse_args()
    if not wrk_available():
        sys.exit("wrk is needed: apt-get install wrk")
    if a.url:
        engine = make_engine(a.url)
        try:
            print(f"[{engine.dialect.name}, {a.url}]")
            bench(a.url, engine, a)
        finally:
            engine.dispose()
        return
    for kind in a.db.split(","):
        run(kind.strip(), a)


if __name__ == "__main__":
    main()
