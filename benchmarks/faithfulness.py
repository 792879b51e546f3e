"""Faithfulness of the brief: every number of every line is stated by each source it cites.

    python benchmarks/faithfulness.py                      # the demo brief and the whole corpus
    python benchmarks/faithfulness.py --corpus-db sqlite:////tmp/corpus.db   # a corpus already ingested

1. The demo: ``run_demo`` writes its brief in every format; the brief is checked against the
   stored items it cites (``brief.faithful``), and each written file (md, html, docx, pdf text) is
   checked to draw every statement of that brief as it is.
2. The corpus: ``/work/shared/corpus/*`` (or ``--corpus``) ingested into a scratch SQLite file, then
   the brief of everything (``--since 2000-01-01``) and the brief of each cycle (each report date).

Prints, for each brief, the statement–source pairs that state a number and the share whose source
states every one of its numbers (100% is the only acceptable figure for lines). Figures-table
values are printed apart: they are numbers as the figure extraction read them ("2 million" is
printed 2,000,000), a measure of that extraction, not of the brief's citations.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from sitroom.brief.compose import compose_brief
from sitroom.brief.faithful import FIGURE, check_stored, rendered_gaps
from sitroom.brief.length import DEFAULT_MAX_PAGES
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Report

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _text(path: Path) -> str:
    """A written brief's text as a reader sees it."""
    data = path.read_bytes()
    if path.suffix == ".md":
        return re.sub(r"\\([\\`*_\[\]<>|#])", r"\1", data.decode())
    if path.suffix == ".html":
        from selectolax.lexbor import LexborHTMLParser

        return LexborHTMLParser(data.decode()).body.text(separator=" ")
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(io.BytesIO(data))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    # Hyphenation never happens in the brief's print style; lines are joined without spaces anyway.
    return " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


SHOW = 5


def _line(name: str, checked: int, bad: list) -> None:
    share = 100.0 * (checked - len(bad)) / checked if checked else 100.0
    print(f"{name:<44} {checked:>6} pairs  {share:6.2f}% faithful  {len(bad):>4} unfaithful")
    for b in bad[:SHOW]:
        print(f"    item {b.item_id} does not state {', '.join(b.missing)}: {b.text[:90]}")


def demo(folder: Path) -> int:
    from sitroom.demo import run_demo

    result = run_demo(folder)
    engine = make_engine(f"sqlite:///{result.database}")
    failures = 0
    with session_scope(engine, write=False) as session:
        brief = compose_brief(session, charts=True, max_pages=DEFAULT_MAX_PAGES)
        checked, bad = check_stored(session, brief)
        figures = check_stored(session, brief, FIGURE)
    engine.dispose()
    _line("demo brief, lines", checked, bad)
    _line("demo brief, figures-table values", *figures)
    failures += len(bad)
    for fmt, path in result.briefs.items():
        gaps = rendered_gaps(brief, _text(path))
        print(f"    {fmt:<5} draws {'every statement' if not gaps else f'{len(gaps)} statements differently'}")
        failures += len(gaps)
    return failures


def corpus(url: str | None, folder: Path, source: Path) -> int:
    if url is None:
        from sitroom.ingest import IngestOptions, ingest_paths

        url = f"sqlite:///{folder / 'corpus.db'}"
        engine = make_engine(url)
        for series in sorted(p for p in source.iterdir() if p.is_dir()):
            ingest_paths(engine, [series], IngestOptions())
    else:
        engine = make_engine(url)
    failures = 0
    with session_scope(engine, write=False) as session:
        dates = sorted(d for (d,) in session.execute(select(Report.period_date).distinct()).all() if d)
        whole = compose_brief(session, since=date(2000, 1, 1), max_pages=0)
        checked, bad = check_stored(session, whole)
        _line("corpus, whole (--since 2000-01-01), lines", checked, bad)
        _line("corpus, whole, figures-table values", *check_stored(session, whole, FIGURE))
        failures += len(bad)
        total, unfaithful = 0, []
        for d in dates:
            n, b = check_stored(session, compose_brief(session, date=d, max_pages=DEFAULT_MAX_PAGES))
            total += n
            unfaithful += b
        _line(f"corpus, each of {len(dates)} cycles, lines", total, unfaithful)
        failures += len(unfaithful)
    engine.dispose()
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="Folder of series folders.")
    parser.add_argument("--corpus-db", help="A database the corpus is already ingested into.")
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--misses", action="store_true", help="Print every unfaithful pair, not the first five.")
    args = parser.parse_args()
    if args.misses:
        global SHOW
        SHOW = 10**9
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_demo:
            failures += demo(Path(tmp) / "demo")
        if args.corpus_db or args.corpus.exists():
            failures += corpus(args.corpus_db, Path(tmp), args.corpus)
        else:
            print(f"corpus: {args.corpus} not found, skipped")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
