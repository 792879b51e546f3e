"""Parallel store stage on Ray: writer processes, each with its own database connection, each owning the
series given to it, so one series is written by one writer in report order while different series are
written at once. For PostgreSQL only (SQLite has one writer at a time anyway).

Which series a report joins is decided inside its transaction (``store.series_identity``); the writer is
chosen before, from the same title key that decision starts from (``series_hint``): each new title key
goes to the next writer in turn, and stays with it. Writers only overlap if files of several series are
in flight at once, so the files are fed one folder after another in turn (``interleave_folders``). Should two writers'
reports still meet in one series, the per-series link lock and the retry of lost races keep its links
the same as in one process (store/links.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from sitroom.analyse import identity
from sitroom.ingest.options import IngestOptions, IngestResult
from sitroom.ingest.sources import Source
from sitroom.ingest.stages import Prepared, StageTimes, store


def series_hint(prepared: Prepared, options: IngestOptions) -> str:
    """A pure guess of the series a prepared file's first report joins: the named one, else its title key."""
    if options.series:
        return options.series
    if not prepared.reports:
        return prepared.short
    report = prepared.reports[0]
    return f"{options.organisation or ''}|{identity.title_key(identity.identity_title(report)) or prepared.short}"


class SeriesWriter:
    """The store stage in a process of its own (a Ray actor): one engine, files stored one at a time."""

    def __init__(self, url: str, options: IngestOptions) -> None:
        from sitroom.store import make_engine

        self.engine = make_engine(url)
        self.options = options

    def store(self, data: bytes, prepared: Prepared) -> tuple[IngestResult, StageTimes]:
        times = StageTimes()
        return store(self.engine, data, prepared, self.options, times), times


class Writers:
    """``count`` writer actors; ``submit`` sends a prepared file to the writer of its series."""

    def __init__(self, ray: Any, url: str, options: IngestOptions, count: int) -> None:
        actor = ray.remote(num_cpus=0)(SeriesWriter)
        self.options = options
        self.actors = [actor.remote(url, options) for _ in range(count)]
        self.owner: dict[str, int] = {}

    def submit(self, data: bytes, prepared: Prepared):
        key = series_hint(prepared, self.options)
        writer = self.owner.setdefault(key, len(self.owner) % len(self.actors))
        return self.actors[writer].store.remote(data, prepared)


def interleave_folders(sources: Iterable[Source]) -> list[Source]:
    """The sources one folder after another in turn (a file of each, then the next of each), each folder's
    files in their order: archives keep a series to a folder, and its files come in report order, so
    the writers get files of several series at once instead of one series after another."""
    folders: dict[PurePath, list[Source]] = {}
    for source in sources:
        folders.setdefault(PurePath(source.name).parent, []).append(source)
    queues = list(folders.values())
    return [q[n] for n in range(max(map(len, queues), default=0)) for q in queues if n < len(q)]
