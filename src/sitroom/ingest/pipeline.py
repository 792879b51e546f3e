"""Ingestion in this process: each file through the stages of ``ingest.stages``, one after another.

Parsing runs outside the database transaction (it is the slow part); the duplicate check is made
again inside it, so two processes ingesting the same file at once store it once. Any number of
processes may ingest into one database at once: series are created race-free, linking a series is
serialised (store/links.py), and a transaction that loses a race is run again. ``ingest.ray_engine``
runs the same stages on a Ray cluster.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import Engine

from sitroom.display import one_line
from sitroom.ingest.options import (
    NOT_A_REPORT,
    Authorise,
    IngestOptions,
    IngestResult,
    IngestStatus,
    IngestSummary,
)
from sitroom.ingest.sources import Source, expand
from sitroom.ingest.stages import (
    ATTEMPTS,
    RETRYABLE,
    StageTimes,
    has_report_signal,
    known,
    prepare,
    read_source,
    sha256_of,
    short_name,
    store,
)

__all__ = [
    "ATTEMPTS",
    "NOT_A_REPORT",
    "RETRYABLE",
    "Authorise",
    "IngestOptions",
    "IngestResult",
    "IngestStatus",
    "IngestSummary",
    "has_report_signal",
    "ingest_bytes",
    "ingest_paths",
    "ingest_source",
    "list_sources",
    "sha256_of",
]

log = logging.getLogger(__name__)


def ingest_bytes(
    engine: Engine,
    data: bytes,
    name: str,
    options: IngestOptions,
    folder: str = "",
    filename: str = "",
    times: StageTimes | None = None,
) -> IngestResult:
    """Ingest one file's bytes: all its reports are stored together, or none is.

    ``name`` is what results show (``archive.zip:member`` for a member); ``filename`` the base name the
    report keeps (default: that of ``name``). ``times`` (optional) sums the seconds of each stage.
    """
    times = times if times is not None else StageTimes()
    digest = sha256_of(data)
    if known(engine, digest):
        return IngestResult(name, IngestStatus.DUPLICATE)
    prepared = prepare(data, digest, name, short_name(name, filename), options)
    times.merge(prepared.times)
    return store(engine, data, prepared, options, times)


def ingest_source(
    engine: Engine, source: Source, options: IngestOptions, times: StageTimes | None = None
) -> IngestResult:
    """Read and ingest one source; read errors become a failed result naming the file."""
    data = read_source(source, options)
    if isinstance(data, IngestResult):
        return data
    return ingest_bytes(engine, data, source.name, options, source.folder, source.filename, times)


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
) -> IngestSummary:
    """Ingest every file under ``paths``; ``on_result`` is called after each (progress bars)."""
    summary = IngestSummary()
    for source in expand(
        list(paths), options.max_bytes, options.exclude, force=options.force, on_ignored=_note(summary)
    ):
        result = ingest_source(engine, source, options)
        summary.results.append(result)
        if result.status is IngestStatus.FAILED:
            log.info("failed: %s: %s", one_line(result.source), result.reason)
        if on_result:
            on_result(result)
    return summary


def _note(summary: IngestSummary) -> Callable[[Path], None]:
    def note(path: Path) -> None:
        summary.ignored.append(str(path))

    return note


def list_sources(
    paths: Iterable[Path], max_bytes: int, options: IngestOptions | None = None, summary: IngestSummary | None = None
) -> list[Source]:
    """The sources ``ingest_paths`` would read, for a progress bar's total; names left out go to ``summary``."""
    options = options or IngestOptions()
    on_ignored = _note(summary) if summary is not None else None
    return list(expand(list(paths), max_bytes, options.exclude, force=options.force, on_ignored=on_ignored))
