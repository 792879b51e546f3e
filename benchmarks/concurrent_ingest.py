"""Concurrent ingest into PostgreSQL: several `sitroom ingest` processes against one sequential ingest.

    python benchmarks/concurrent_ingest.py [--files 200] [--writers 4] [--series 5] [--formats txt]

Generates ``--files`` reports, starts ``--writers`` real `sitroom ingest` processes on interleaved
shares of them (process k takes files k, k+writers, ...) into a fresh, unmigrated PostgreSQL database,
and one process on all of them into another. Prints exit codes, reports stored, items with two or
more predecessor links, and how many reports are linked differently from the sequential ingest
(the target: none). Scratch databases are made on the server of ``--pg`` and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scratch import DEFAULT_PG
from sqlalchemy import create_engine, func, select, text

from sitroom.generate import generate_corpus
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Item, Link, Report


@contextmanager
def fresh_databases(admin_url: str, count: int) -> Iterator[list[str]]:
    """``count`` empty PostgreSQL databases (not migrated: the ingests meet a fresh store), dropped after."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"sitroom_bench_{uuid.uuid4().hex[:8]}" for _ in range(count)]
    with admin.connect() as c:
        for name in names:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield [admin.url.set(database=n).render_as_string(hide_password=False) for n in names]
    finally:
        with admin.connect() as c:
            for name in names:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def ingest(url: str, shares: list[list[Path]]) -> tuple[list[int], float]:
    """Run one `sitroom ingest` per share at once; their exit codes and the wall time."""
    env = {**os.environ, "SITROOM_DB": url}
    cli = [sys.executable, "-c", "from sitroom.cli import main; main()", "ingest"]
    start = time.perf_counter()
    procs = [
        subprocess.Popen([*cli, *map(str, share)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for share in shares
    ]
    codes = []
    for p in procs:
        _, err = p.communicate()
        codes.append(p.returncode)
        if p.returncode:
            print(err.decode(errors="replace")[-1500:], file=sys.stderr)
    return codes, time.perf_counter() - start


def link_table(url: str) -> tuple[int, dict[str, set[tuple]], int]:
    """(reports stored, each report's links by content, items with two or more predecessor links)."""
    engine = make_engine(url)
    with session_scope(engine, write=False) as s:
        reports = s.scalar(select(func.count(Report.id))) or 0
        names = {r: f"{sha[:12]}/{part}" for r, sha, part in s.execute(select(Report.id, Report.sha256, Report.part))}
        position = dict(s.execute(select(Item.id, Item.position)).all())
        rows = s.execute(
            select(Link.report_id, Link.item_id, Link.prev_report_id, Link.prev_item_id, Link.status, Link.possible)
        ).all()
    engine.dispose()
    table: dict[str, set[tuple]] = defaultdict(set)
    predecessors: dict[int, int] = defaultdict(int)
    for report, item, prev_report, prev_item, status, possible in rows:
        row = (position.get(item), names.get(prev_report), position.get(prev_item), status, bool(possible))
        table[names[report]].add(row)
        if item is not None and prev_item is not None:
            predecessors[item] += 1
    return reports, dict(table), sum(1 for n in predecessors.values() if n >= 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--series", type=int, default=5)
    ap.add_argument("--formats", default="txt")
    ap.add_argument("--pg", default=DEFAULT_PG, help="admin URL of the PostgreSQL server")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="sitroom-concurrent-") as folder:
        per_series = -(-args.files // args.series)
        written = generate_corpus(Path(folder), args.series, per_series, args.formats.split(","), seed=0)
        files = sorted(f.path for f in written)[: args.files]
        shares = [files[k :: args.writers] for k in range(args.writers)]
        print(f"{len(files)} files in {args.series} series; {args.writers} writers of {len(shares[0])} files each")
        with fresh_databases(args.pg, 2) as (concurrent_url, sequential_url):
            codes, concurrent_s = ingest(concurrent_url, shares)
            seq_codes, sequential_s = ingest(sequential_url, [files])
            stored, got, multi = link_table(concurrent_url)
            seq_stored, expected, seq_multi = link_table(sequential_url)

    differing = sum(1 for r in set(expected) | set(got) if got.get(r) != expected.get(r))
    print(f"{'':28}{'concurrent':>12}{'sequential':>12}")
    print(f"{'exit codes':28}{','.join(map(str, codes)):>12}{','.join(map(str, seq_codes)):>12}")
    print(f"{'wall time (s)':28}{concurrent_s:>12.1f}{sequential_s:>12.1f}")
    print(f"{'reports stored':28}{stored:>12}{seq_stored:>12}")
    print(f"{'items with 2+ predecessors':28}{multi:>12}{seq_multi:>12}")
    print(f"reports linked differently from the sequential ingest: {differing} of {len(expected)}")
    ok = not any(codes) and not any(seq_codes) and stored == seq_stored == len(files) and differing == 0
    print("OK: concurrent ingest = sequential ingest" if ok else "MISMATCH")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
