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
    DEFAULT_BATCH,
    RETRYABLE,
    StageTimes,
    StoreQueue,
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
    "ingest_sources",
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


def ingest_sources(
    engine: Engine,
    sources: Iterable[Source],
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
    batch: int = DEFAULT_BATCH,
    times: StageTimes | None = None,
) -> IngestSummary:
    """Ingest sources in their order, stored ``batch`` files to a transaction (a failed batch is stored
    again file by file); ``on_result`` is called after each file (progress bars), in the sources' order."""
    summary = IngestSummary()

    def emit(result: IngestResult) -> None:
        summary.results.append(result)
        if result.status is IngestStatus.FAILED:
            log.info("failed: %s: %s", one_line(result.source), result.reason)
        if on_result:
            on_result(result)

    queue = StoreQueue(engine, options, batch, emit, times)
    for source in sources:
        data = read_source(source, options)
        if isinstance(data, IngestResult):
            queue.add(data)
            continue
        digest = sha256_of(data)
        if known(engine, digest):  # a re-run skips what is stored, before any parsing
            queue.add(IngestResult(source.name, IngestStatus.DUPLICATE))
            continue
        prepared = prepare(data, digest, source.name, short_name(source.name, source.filename), options)
        queue.times.merge(prepared.times)
        queue.add((data, prepared))
    queue.flush()
    return summary


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
    batch: int = DEFAULT_BATCH,
) -> IngestSummary:
    """Ingest every file under ``paths`` (``ingest_sources``); names left out are listed in the summary."""
    ignored: list[str] = []
    sources = expand(
        list(paths),
        options.max_bytes,
        options.exclude,
        force=options.force,
        on_ignored=lambda p: ignored.append(str(p)),
    )
    summary = ingest_sources(engine, sources, options, on_result, batch)
    summary.ignored = ignored
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
