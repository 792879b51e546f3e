"""The demo: a realistic set of sitreps generated, ingested into SQLite, and the latest brief written.

Safe to run twice: the generated files are the same bytes, so nothing is stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sitroom.brief.compose import compose_brief
from sitroom.brief.docx import render_docx
from sitroom.brief.html import render_html
from sitroom.brief.length import DEFAULT_MAX_PAGES
from sitroom.brief.markdown import render_markdown
from sitroom.brief.model import Brief
from sitroom.brief.pdf import render_pdf
from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, IngestStatus, IngestSummary, ingest_paths
from sitroom.store import make_engine, session_scope
from sitroom.store.search import SearchFilters, collapse_threads, search_items
from sitroom.views.serieslist import list_series

DEMO_SERIES = 4
DEMO_CYCLES = 8
DEMO_QUERY = "referrals"


@dataclass(slots=True)
class DemoResult:
    folder: Path
    database: Path
    files: int
    ingested: int
    duplicates: int
    failed: list[str] = field(default_factory=list)
    series: list[dict] = field(default_factory=list)
    hits: list[dict] = field(default_factory=list)
    briefs: dict[str, Path] = field(default_factory=dict)
    changes: dict[str, int] = field(default_factory=dict)
    charts: int = 0
    warnings: list[str] = field(default_factory=list)  # e.g. charts that could not be drawn


def _by_organisation(files: list) -> dict[str, list[Path]]:
    """The generated files of each organisation, in the order they were written (each series in date order)."""
    out: dict[str, list[Path]] = {}
    for f in files:
        out.setdefault(f.organisation, []).append(f.path)
    return out


def run_demo(folder: Path, series: int = DEMO_SERIES, cycles: int = DEMO_CYCLES) -> DemoResult:
    """Generate ``series`` services of two councils over ``cycles`` weekly cycles as txt/docx/pdf files
    in ``folder/returns``, ingest them into ``folder/sitroom.db`` and return what is stored."""
    folder = Path(folder)
    returns = folder / "returns"
    files = generate_corpus(returns, series, cycles, ["txt", "docx", "pdf"], seed=0, organisations=2)
    database = folder / "sitroom.db"
    engine = make_engine(f"sqlite:///{database}")
    try:
        # Each council's folder is ingested as that council's: its series belong to the organisation, so
        # accounts scoped to an organisation (sitroom user add … --org "Northfield Council") see them.
        summary = IngestSummary()
        for org, paths in _by_organisation(files).items():
            part = ingest_paths(engine, paths, IngestOptions(organisation=org))
            summary.results.extend(part.results)
        with session_scope(engine, write=False) as session:
            stored = list_series(session)
            hits = collapse_threads(session, search_items(session, DEMO_QUERY, SearchFilters(limit=50)))[:5]
            brief = compose_brief(session, charts=True, max_pages=DEFAULT_MAX_PAGES)
    finally:
        engine.dispose()
    briefs = write_brief_files(brief, folder)
    c = brief.changes
    changes = {
        "new": len(c.new),
        "updated": len(c.updated),
        "no longer reported": len(c.dropped),
        "new risks": len(c.new_risks),
        "escalating risks": len(c.escalating_risks),
        "risks resolved": len(c.closed_risks),
        "risks no longer reported": len(c.unreported_risks),
        "risks to chase (not reported since)": sum(r.status == "unreported" for r in brief.risks),
        "figures moved": len(c.figures),
        "missing returns": len(brief.missing),
    }
    return DemoResult(
        folder=folder,
        database=database,
        files=len(files),
        ingested=summary.count(IngestStatus.INGESTED),
        duplicates=summary.count(IngestStatus.DUPLICATE),
        failed=[f"{r.source}: {r.reason}" for r in summary.failed],
        series=stored,
        hits=hits,
        briefs=briefs,
        changes=changes,
        charts=len(brief.charts),
        warnings=list(brief.warnings),
    )


def write_brief_files(brief: Brief, folder: Path) -> dict[str, Path]:
    """The brief as HTML, Markdown, DOCX and PDF in ``folder``; returns format → path.

    Charts are drawn only if ``brief`` was composed with ``charts=True``.
    """
    stem = f"brief-{brief.date.isoformat()}" if brief.date else "brief"
    outputs = {
        "html": render_html(brief).encode("utf-8"),
        "md": render_markdown(brief).encode("utf-8"),
        "docx": render_docx(brief),
        "pdf": render_pdf(brief),
    }
    paths = {}
    for fmt, data in outputs.items():
        path = folder / f"{stem}.{fmt}"
        path.write_bytes(data)
        paths[fmt] = path
    return paths
