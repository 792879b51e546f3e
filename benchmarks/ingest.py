"""Ingest and search at scale, on SQLite and PostgreSQL. Run on demand; prints figures.

    python benchmarks/ingest.py [--reports 10000] [--pdfs 200] [--scale 100000] [--db sqlite,postgresql]

1. Ingest ``--reports`` generated text reports (parse + store, one transaction each) on one core:
   reports/s, peak RSS after each tenth (memory should stay flat), database size.
2. Ingest ``--pdfs`` generated two-page PDF reports: PDFs/s.
3. Search latency p50/p95 over a fixed set of queries at that size, then again after the database
   is topped up to ``--scale`` reports by copying stored reports with SQL bulk inserts (search cost
   depends on the number of items, not on how they arrived; parsing 100,000 files would only make
   the run longer).
PostgreSQL: a scratch database is created on the server of ``--pg`` and dropped afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import statistics
import time
from pathlib import Path

from scratch import DEFAULT_PG, scratch_engine
from sqlalchemy import func, select, text

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.search import SearchFilters, search_items
from sitroom.store.tables import Item, Original, Report, Section

QUERIES = [
    "referrals",
    "staff absence",
    "foster carers",
    "mitigation",
    "agency social workers",
    "PPE supply",
    "school",
    "costs",
    "flood",
    "hotel contracts",
    "recruitment campaign",
    "care homes",
    "critical",
    "virtual visits",
    "overtime",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generated(count: int, fmt: str, series: int = 20, seed: int = 0):
    """``count`` generated reports as (name, bytes), interleaving series like a real cycle."""
    per_series = -(-count // series)
    iters = list(iter_series(series, per_series, seed=seed, organisations=max(1, -(-series // 6))))
    n = 0
    while n < count:
        for it in iters:
            rep = next(it, None)
            if rep is None:
                continue
            yield f"{rep.series.replace('/', '-')}-{rep.number}.{fmt}", rep.render(fmt)
            n += 1
            if n >= count:
                return


def db_size(engine) -> float:
    if engine.dialect.name == "sqlite":
        path = Path(engine.url.database)
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
    with engine.connect() as c:
        return c.execute(text("SELECT pg_database_size(current_database())")).scalar() / 1e6


def ingest_run(engine, count: int, fmt: str, label: str, seed: int = 0) -> None:
    options = IngestOptions()
    marks = {count * k // 10 for k in range(1, 11)}
    t0 = time.perf_counter()
    memory = []
    for done, (name, data) in enumerate(generated(count, fmt, seed=seed), start=1):
        ingest_bytes(engine, data, name, options)
        if done in marks:
            memory.append(f"{rss_mb():.0f}")
    secs = time.perf_counter() - t0
    print(
        f"  {label}: {count} reports in {secs:.1f} s = {count / secs:.1f} reports/s; "
        f"peak RSS per tenth (MB): {' '.join(memory)}; database {db_size(engine):.0f} MB"
    )


def search_latency(engine, label: str, rounds: int = 10) -> None:
    times = []
    rng = random.Random(1)
    with session_scope(engine) as session:
        for q in QUERIES:  # warm the caches once
            search_items(session, q)
        for _ in range(rounds):
            for q in rng.sample(QUERIES, len(QUERIES)):
                t = time.perf_counter()
                search_items(session, q, SearchFilters(limit=20))
                times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        search_items(session, "referrals", SearchFilters(section="risks", limit=20))
        filtered = (time.perf_counter() - t) * 1000
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(
        f"  search at {label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(times)} queries "
        f"(section-filtered query {filtered:.1f} ms)"
    )


def top_up(engine, target: int) -> None:
    """Copy stored reports (originals, reports, sections, items) until there are ``target`` reports."""
    with session_scope(engine) as s:
        base = list(s.scalars(select(Report).order_by(Report.id)))
        have = len(base)
        originals = {o.sha256: o for o in s.scalars(select(Original))}
        sections = {}
        for sec in s.scalars(select(Section).order_by(Section.id)):
            sections.setdefault(sec.report_id, []).append(sec)
        items = {}
        for it in s.scalars(select(Item).order_by(Item.id)):
            items.setdefault(it.section_id, []).append(it)
        next_report = s.scalar(select(func.max(Report.id))) + 1
        next_section = s.scalar(select(func.max(Section.id))) + 1
        next_item = s.scalar(select(func.max(Item.id))) + 1
    copy = 0
    t0 = time.perf_counter()
    while have < target:
        copy += 1
        batch = base[: target - have]
        for start in range(0, len(batch), 2000):
            chunk = batch[start : start + 2000]
            o_rows, r_rows, s_rows, i_rows = [], [], [], []
            for r in chunk:
                sha = hashlib.sha256(f"{r.sha256}:{copy}".encode()).hexdigest()
                o = originals[r.sha256]
                o_rows.append(
                    {"sha256": sha, "filename": o.filename, "size": o.size, "data": o.data, "stored_at": o.stored_at}
                )
                r_rows.append(
                    {
                        "id": next_report,
                        "series_id": r.series_id,
                        "sha256": sha,
                        "part": r.part,
                        "source": r.source,
                        "format": r.format,
                        "template": r.template,
                        "title": r.title,
                        "period_date": r.period_date,
                        "number": r.number,
                        "status": r.status,
                        "warnings": r.warnings,
                        "ingested_at": r.ingested_at,
                        "ingested_by": None,
                        "parser_version": r.parser_version,
                    }
                )
                for sec in sections.get(r.id, []):
                    s_rows.append(
                        {
                            "id": next_section,
                            "report_id": next_report,
                            "position": sec.position,
                            "key": sec.key,
                            "heading": sec.heading,
                            "level": sec.level,
                        }
                    )
                    for it in items.get(sec.id, []):
                        i_rows.append(
                            {
                                "id": next_item,
                                "section_id": next_section,
                                "report_id": next_report,
                                "position": it.position,
                                "text": it.text,
                                "mitigation": it.mitigation,
                                "page": it.page,
                                "char_start": it.char_start,
                                "char_end": it.char_end,
                            }
                        )
                        next_item += 1
                    next_section += 1
                next_report += 1
            with engine.begin() as c:
                c.execute(Original.__table__.insert(), o_rows)
                c.execute(Report.__table__.insert(), r_rows)
                c.execute(Section.__table__.insert(), s_rows)
                c.execute(Item.__table__.insert(), i_rows)
        have += len(batch)
    if engine.dialect.name == "postgresql":
        with engine.begin() as c:
            for table in ("report", "section", "item"):
                c.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
            c.execute(text("ANALYZE"))
    with engine.connect() as c:
        n_items = c.execute(select(func.count(Item.id))).scalar()
    print(
        f"  topped up to {target} reports ({n_items} items) in {time.perf_counter() - t0:.0f} s; "
        f"database {db_size(engine):.0f} MB"
    )


def run(kind: str, a) -> None:
    print(f"[{kind}]")
    with scratch_engine(kind, a.pg) as engine:
        ingest_run(engine, a.reports, "txt", "text")
        if a.pdfs:
            ingest_run(engine, a.pdfs, "pdf", "two-page PDF", seed=7)
        search_latency(engine, f"{a.reports + a.pdfs} reports")
        if a.scale > a.reports + a.pdfs:
            top_up(engine, a.scale)
            search_latency(engine, f"{a.scale} reports")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--pdfs", type=int, default=200)
    ap.add_argument("--scale", type=int, default=100_000)
    ap.add_argument("--db", default="sqlite,postgresql")
    ap.add_argument("--pg", default=DEFAULT_PG, help="admin URL of the PostgreSQL server")
    a = ap.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the targets are stated
    for kind in a.db.split(","):
        run(kind.strip(), a)


if __name__ == "__main__":
    main()
