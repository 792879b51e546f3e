"""The consolidated brief at scale: compose and render a 50-report cycle from a 100,000-report store.

    python benchmarks/brief.py [--series 50] [--reports 2000] [--scale 100000] [--db sqlite,postgresql]
    python benchmarks/brief.py --url sqlite:///big.db   # an existing store, as it is

1. Ingest ``--reports`` generated text reports of ``--series`` series (parse, link, analyse: real
   rows), every series reporting weekly on the same dates, so the newest date is a cycle of one
   report per series.
2. Top up to ``--scale`` reports by copying those rows with ``INSERT … SELECT`` (reports, sections,
   items, links, figures, themes), each copy shifted back in time by the span of the real reports,
   so the copies are older history of the same series and the newest cycle stays the real one.
   The copies point at the same stored originals (``part`` tells them apart): a brief never reads
   the original bytes, and copying them would only make the run longer.
3. Time ``compose_brief`` with charts, shortened to ``--max-pages`` (as ``sitroom brief``), for the newest
   cycle, then each renderer, a few rounds each
   (the median is printed; the first round is printed too, as a command-line run pays it).
PostgreSQL: a scratch database is created on the server of ``--pg`` and dropped afterwards.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import timedelta

from scratch import DEFAULT_PG, scratch_engine
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from sitroom.brief.compose import compose_brief
from sitroom.brief.docx import render_docx
from sitroom.brief.html import render_html
from sitroom.brief.length import DEFAULT_MAX_PAGES, estimate_pages
from sitroom.brief.markdown import render_markdown
from sitroom.brief.pdf import render_pdf
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Report

TARGET_SECONDS = 2.0
RENDERERS = {
    "md": render_markdown,
    "html": render_html,
    "docx": render_docx,
    "pdf": render_pdf,
}

# Columns copied as they are; the ids, foreign keys and dates are rewritten per copy.
COPIES = {
    "report": (
        "id, series_id, sha256, part, source, format, template, title, period_date, number, status, warnings, "
        "ingested_at, ingested_by, parser_version",
        "id + :r, series_id, sha256, part + :k, source, format, template, title, {period_date}, number, "
        "status, warnings, ingested_at, ingested_by, parser_version",
    ),
    "section": (
        "id, report_id, position, key, heading, level",
        "id + :s, report_id + :r, position, key, heading, level",
    ),
    "item": (
        "id, section_id, report_id, position, text, mitigation, page, char_start, char_end",
        "id + :i, section_id + :s, report_id + :r, position, text, mitigation, page, char_start, char_end",
    ),
    "link": (
        "id, report_id, item_id, prev_report_id, prev_item_id, status, score, possible",
        "id + :l, report_id + :r, item_id + :i, prev_report_id + :r, prev_item_id + :i, status, score, possible",
    ),
    "figure": (
        "id, item_id, report_id, value, unit, currency, qualifier, subject, text, as_of, relation",
        "id + :f, item_id + :i, report_id + :r, value, unit, currency, qualifier, subject, text, {as_of}, relation",
    ),
    "item_theme": ("item_id, theme, report_id, score", "item_id + :i, theme, report_id + :r, score"),
}


def ingest(engine, series: int, reports: int) -> None:
    per_series = -(-reports // series)
    t0 = time.perf_counter()
    n = 0
    for it in iter_series(series, per_series, seed=0, organisations=max(1, -(-series // 6))):
        for rep in it:
            ingest_bytes(engine, rep.render("txt"), rep.file_name("txt"), IngestOptions())
            n += 1
    secs = time.perf_counter() - t0
    print(f"  ingested {n} generated reports of {series} series in {secs:.0f} s ({n / secs:.0f} reports/s)")


def _shifted(engine, column: str) -> str:
    if engine.dialect.name == "sqlite":
        return f"date({column}, '-' || :days || ' days')"
    return f"{column} - CAST(:days AS integer)"


def top_up(engine, target: int) -> None:
    """Copy the stored rows, each copy older than the last, until there are at least ``target`` reports."""
    t0 = time.perf_counter()
    with engine.connect() as c:
        have = c.execute(select(func.count(Report.id))).scalar()
        first, last = c.execute(select(func.min(Report.period_date), func.max(Report.period_date))).one()
        top = {t: c.execute(text(f"SELECT max(id) FROM {t}")).scalar() or 0 for t in COPIES if t != "item_theme"}
    # One week more than the real span, so a copy's newest report is a cadence before the next one's oldest.
    span = (last - first) + timedelta(weeks=1)
    copies = -(-(target - have) // have)  # whole copies: a copy of part of a series would cut its links
    for k in range(1, copies + 1):
        params = {
            "k": k,
            "days": span.days * k,
            "r": top["report"] * k,
            "s": top["section"] * k,
            "i": top["item"] * k,
            "l": top["link"] * k,
            "f": top["figure"] * k,
        }
        with engine.begin() as c:
            for table, (columns, values) in COPIES.items():
                values = values.format(period_date=_shifted(engine, "period_date"), as_of=_shifted(engine, "as_of"))
                key = "id" if table == "report" else "report_id"
                c.execute(
                    text(
                        f"INSERT INTO {table} ({columns}) SELECT {values} FROM {table} WHERE {key} <= {top['report']}"
                    ),
                    params,
                )
    with engine.begin() as c:
        if engine.dialect.name == "postgresql":
            for table in ("report", "section", "item", "link", "figure"):
                c.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
        if engine.dialect.name == "sqlite":
            c.execute(text("ANALYZE"))
    if engine.dialect.name == "postgresql":
        # As autovacuum would soon after a bulk load: statistics, and the full-text index's pending list
        # merged into the index (searched unmerged, every query reads the whole list).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM ANALYZE"))
    with engine.connect() as c:
        counts = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in COPIES}
    print(
        f"  topped up in {time.perf_counter() - t0:.0f} s: "
        + ", ".join(f"{n:,} {t.replace('_', ' ')} rows" for t, n in counts.items())
    )


def printed_pages(pdf: bytes) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def time_brief(engine, rounds: int, max_pages: float) -> None:
    compose_times, brief = [], None
    for _ in range(rounds):
        with session_scope(engine, write=False) as session:
            t = time.perf_counter()
            try:
                brief = compose_brief(session, charts=True, max_pages=max_pages)
            except DBAPIError as e:  # a query the store cannot take at this size: say which, keep going
                print(f"  compose_brief FAILED after {time.perf_counter() - t:.1f} s: {str(e.orig).splitlines()[0]}")
                print(f"    in: {' '.join(str(e.statement).split())[:100]}")
                return
            compose_times.append(time.perf_counter() - t)
    assert brief is not None
    compose = statistics.median(compose_times)
    with session_scope(engine, write=False) as session:
        t = time.perf_counter()
        full = compose_brief(session)
        bare = time.perf_counter() - t
    print(
        f"  cycle {brief.date}: {len(brief.reports)} reports, {len(brief.figures)} figures, {len(brief.risks)} risks, "
        f"{len(brief.charts)} charts{'; warnings: ' + ' '.join(brief.warnings) if brief.warnings else ''}"
    )
    print(
        f"  length: asked {max_pages:g} pages (0: everything); estimated {estimate_pages(brief):.1f}, "
        f"printed {printed_pages(render_pdf(brief))}; unshortened estimate {estimate_pages(full):.1f} pages; "
        f"left out: {brief.omitted or 'nothing'}"
    )
    print(
        f"  compose_brief (with charts): median {compose:.2f} s, first {compose_times[0]:.2f} s; "
        f"without charts {bare:.2f} s"
    )
    for fmt, render in RENDERERS.items():
        times, size = [], 0
        for _ in range(rounds):
            t = time.perf_counter()
            out = render(brief)
            times.append(time.perf_counter() - t)
            size = len(out)
        total = compose + statistics.median(times)
        verdict = "ok" if total < TARGET_SECONDS else f"over the {TARGET_SECONDS:.0f} s target"
        print(
            f"  {fmt:>4}: render median {statistics.median(times):.2f} s (first {times[0]:.2f} s), "
            f"compose + render {total:.2f} s, {size / 1e3:.0f} kB: {verdict}"
        )


def run(kind: str, a) -> None:
    if a.url:
        print(f"[{a.url}]")
        engine = make_engine(a.url)
        try:
            time_brief(engine, a.rounds, a.max_pages)
        finally:
            engine.dispose()
        return
    print(f"[{kind}]")
    with scratch_engine(kind, a.pg) as engine:
        ingest(engine, a.series, a.reports)
        if a.scale > a.reports:
            top_up(engine, a.scale)
        time_brief(engine, a.rounds, a.max_pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--series", type=int, default=50)
    ap.add_argument("--reports", type=int, default=2000, help="reports really ingested")
    ap.add_argument("--scale", type=int, default=100_000, help="reports in the store once topped up")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--max-pages", type=float, default=DEFAULT_MAX_PAGES, help="as `sitroom brief --max-pages`")
    ap.add_argument("--db", default="sqlite")
    ap.add_argument("--url", help="time the brief of this existing store instead of building one")
    ap.add_argument("--pg", default=DEFAULT_PG, help="admin URL of the PostgreSQL server")
    a = ap.parse_args()
    for kind in [a.url] if a.url else a.db.split(","):
        run(kind.strip(), a)


if __name__ == "__main__":
    main()
