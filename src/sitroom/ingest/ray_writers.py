"""Parallel store stage on Ray: writer processes, each with its own database connection, each owning the
series given to it, so one series is written by one writer in report order while different series are
written at once, several files waiting for a writer in one transaction. For PostgreSQL only (SQLite has
one writer at a time anyway).

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
from sitroom.ingest.options import IngestOptions, IngestResult, IngestStatus
from sitroom.ingest.sources import Source
from sitroom.ingest.stages import Prepared, StageTimes, store_batch


def series_hint(prepared: Prepared, options: IngestOptions) -> str:
    """A pure guess of the series a prepared file's first report joins: the named one, else its title key."""
    if options.series:
        return options.series
    if not prepared.reports:
        return prepared.short
    report = prepared.reports[0]
    return f"{options.organisation or ''}|{identity.title_key(identity.identity_title(report)) or prepared.short}"


class SeriesWriter:
    """The store stage in a process of its own (a Ray actor): one engine, a batch of files per call."""

    def __init__(self, url: str, options: IngestOptions) -> None:
        from sitroom.store import make_engine

        self.engine = make_engine(url)
        self.options = options

    def ready(self) -> bool:
        """Connected to the database, the store's modules loaded: the actor's start-up is behind it."""
        from sitroom.ingest import stages  # noqa: F401  (the store path's imports, done once here)

        with self.engine.connect():
            return True

    def store(self, files: list[tuple[bytes, Prepared]]) -> tuple[list[IngestResult], StageTimes]:
        times = StageTimes()
        return store_batch(self.engine, files, self.options, times), times


class Writers:
    """``count`` writer actors; ``submit`` queues a prepared file for the writer of its series. A writer is
    sent what waits for it, up to ``batch`` files stored in one transaction: at once when it is idle,
    else once a full batch waits (at most two calls each, so it never waits for the next)."""

    def __init__(self, ray: Any, url: str, options: IngestOptions, count: int, batch: int) -> None:
        actor = ray.remote(num_cpus=0)(SeriesWriter)
        self.ray, self.options, self.batch = ray, options, max(1, batch)
        self.actors = [actor.remote(url, options) for _ in range(count)]
        self.owner: dict[str, int] = {}
        self.waiting: list[list[tuple[bytes, Prepared]]] = [[] for _ in range(count)]
        self.calls: dict[Any, tuple[int, list[str]]] = {}  # call in flight → its writer and files' names
        self.sent = [0, 0]  # calls made and files sent in them (a benchmark's figure: files per transaction)

    def ready(self) -> None:
        """Wait until every writer has started (benchmarks keep this fixed cost out of a measured run)."""
        self.ray.get([actor.ready.remote() for actor in self.actors])

    def submit(self, data: bytes, prepared: Prepared) -> None:
        key = series_hint(prepared, self.options)
        writer = self.owner.setdefault(key, len(self.owner) % len(self.actors))
        self.waiting[writer].append((data, prepared))
        self._send(writer)

    def held(self) -> int:
        """Files waiting for a writer or being stored."""
        return sum(map(len, self.waiting)) + sum(len(names) for _, names in self.calls.values())

    def collect(self, times: StageTimes, block: bool) -> list[IngestResult]:
        """The results of the calls finished (waiting for one if ``block``), their stage times added up."""
        if not self.calls:
            return []
        refs = list(self.calls)
        finished, _ = self.ray.wait(refs, num_returns=1 if block else len(refs), timeout=None if block else 0)
        out: list[IngestResult] = []
        for ref in finished:
            writer, names = self.calls.pop(ref)
            try:
                results, spent = self.ray.get(ref)
                times.merge(spent)
                out += results
            except Exception as e:  # the writer process failed: these files are not stored, others go on
                out += [IngestResult(n, IngestStatus.FAILED, reason=f"writer failed: {cause_of(e)}") for n in names]
            self._send(writer)
        return out

    def _send(self, writer: int) -> None:
        waiting = self.waiting[writer]
        calls = sum(1 for w, _ in self.calls.values() if w == writer)
        if not waiting or calls >= 2 or (calls == 1 and len(waiting) < self.batch):
            return
        files, self.waiting[writer] = waiting[: self.batch], waiting[self.batch :]
        self.sent[0] += 1
        self.sent[1] += len(files)
        self.calls[self.actors[writer].store.remote(files)] = (writer, [p.name for _, p in files])
        self._send(writer)  # a second full batch may go at once


def cause_of(error: BaseException) -> str:
    """What a failed task or actor call raised, named."""
    cause = getattr(error, "cause", None) or error
    return f"{type(cause).__name__}: {cause}"


def interleave_folders(sources: Iterable[Source]) -> list[Source]:
    """The sources one folder after another in turn (a file of each, then the next of each), each folder's
    files in their order: archives keep a series to a folder, and its files come in report order, so
    the writers get files of several series at once instead of one series after another."""
    folders: dict[PurePath, list[Source]] = {}
    for source in sources:
        folders.setdefault(PurePath(source.name).parent, []).append(source)
    queues = list(folders.values())
    return [q[n] for n in range(max(map(len, queues), default=0)) for q in queues if n < len(q)]
