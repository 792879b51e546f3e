"""The demo: a realistic set of sitreps generated, ingested into SQLite and summarised. Safe to run twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, IngestStatus, ingest_paths
from sitroom.store import make_engine, session_scope
from sitroom.store.search import SearchFilters, search_items
from sitroom.store.series import list_series

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


def run_demo(folder: Path, series: int = DEMO_SERIES, cycles: int = DEMO_CYCLES) -> DemoResult:
    """Generate ``series`` services of two councils over ``cycles`` weekly cycles as txt/docx/pdf files
    in ``folder/returns``, ingest them into ``folder/sitroom.db`` and return what is stored."""
    folder = Path(folder)
    returns = folder / "returns"
    files = generate_corpus(returns, series, cycles, ["txt", "docx", "pdf"], seed=0, organisations=2)
    database = folder / "sitroom.db"
    engine = make_engine(f"sqlite:///{database}")
    try:
        summary = ingest_paths(engine, [returns], IngestOptions())
        with session_scope(engine, write=False) as session:
            stored = list_series(session)
            hits = search_items(session, DEMO_QUERY, SearchFilters(limit=5))
    finally:
        engine.dispose()
    return DemoResult(
        folder=folder,
        database=database,
        files=len(files),
        ingested=summary.count(IngestStatus.INGESTED),
        duplicates=summary.count(IngestStatus.DUPLICATE),
        failed=[f"{r.source}: {r.reason}" for r in summary.failed],
        series=stored,
        hits=hits,
    )
