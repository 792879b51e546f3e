"""The stages of ingestion, shared by every engine (one process, or tasks on a Ray cluster).

Per file and pure — nothing read from or written to the database, results plain and picklable:
read → hash → extract → parse → analyse (``read_source``, ``prepare``). Then, in the database, one
transaction per file (``store``) or per batch of consecutive files (``store_batch``): store the original
and each report, find its series, link it, and write the analysis computed beforehand. An engine
decides only where the pure stages run and in which order their results are stored, and batches what
is waiting to be stored; it never repeats their logic.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from sitroom import model
from sitroom.analyse.report_analysis import ReportAnalysis
from sitroom.errors import SitroomError
from sitroom.extract import ExtractContext, extract_bytes, too_large
from sitroom.ingest.options import NOT_A_REPORT, IngestOptions, IngestResult, IngestStatus
from sitroom.ingest.sources import Source
from sitroom.ingest.writer import Refused, analyse_parsed, store_reports
from sitroom.parse.metadata import find_date
from sitroom.read import parse_extracted
from sitroom.store.engine import session_scope
from sitroom.store.write import is_known, known_among

log = logging.getLogger(__name__)

# A write transaction that loses a race (a unique name created at the same moment, a deadlock between
# two writers of the same series, a serialization failure) is run again this many times in all.
ATTEMPTS = 5
RETRYABLE = {"40P01", "40001"}  # PostgreSQL: deadlock detected, serialization failure
STAGES = ("read", "extract", "parse", "analyse", "link", "write")
# Files stored in one transaction at most, of those waiting (``--batch``): a commit, a lock of the series
# and a look at its latest reports shared by several reports instead of paid by each.
DEFAULT_BATCH = 16


@dataclass(slots=True)
class StageTimes:
    """Seconds spent in each stage, summed over files (for the benchmark's per-stage cost)."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - start

    def merge(self, other: StageTimes) -> None:
        for stage, s in other.seconds.items():
            self.seconds[stage] += s


@dataclass(slots=True)
class Prepared:
    """A file after the pure stages: its reports and their analysis, or why it goes no further."""

    name: str
    short: str
    digest: str
    reports: list[model.Report] = field(default_factory=list)
    analyses: list[ReportAnalysis] = field(default_factory=list)
    status: IngestStatus | None = None  # FAILED or SKIPPED when the file stops here
    reason: str | None = None
    times: StageTimes = field(default_factory=StageTimes)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def has_report_signal(report: model.Report) -> bool:
    """Whether a parsed document looks like a report at all: headings, a list of items, or a date in its
    own words (a note of one undated line is not a report)."""
    items = report.items()
    if len(items) >= 2 or any(s.heading for s in report.sections):
        return True
    return find_date(" ".join([report.title or "", *(i.text for i in items)])) is not None


def read_source(source: Source, options: IngestOptions) -> bytes | IngestResult:
    """A source's bytes, or a failed result naming the file (too large, gone, unreadable)."""
    if source.size > options.max_bytes:
        return IngestResult(source.name, IngestStatus.FAILED, reason=too_large(source.size, options.max_bytes))
    try:
        return source.read()
    except FileNotFoundError:
        return IngestResult(source.name, IngestStatus.FAILED, reason="no such file")
    except OSError as e:
        return IngestResult(source.name, IngestStatus.FAILED, reason=e.strerror or str(e))


def prepare(data: bytes, digest: str, name: str, short: str, options: IngestOptions) -> Prepared:
    """The pure stages of one file: extract, parse, check it is a report, analyse. Never raises on bad
    input: a file that cannot be read comes back FAILED with its reason."""
    out = Prepared(name, short, digest)
    try:
        with out.times.timed("extract"):
            doc = extract_bytes(data, short, ExtractContext(max_bytes=options.max_bytes))
        with out.times.timed("parse"):
            out.reports = parse_extracted(doc, options.template)
    except SitroomError as e:
        out.status, out.reason = IngestStatus.FAILED, getattr(e, "reason", None) or str(e)
        return out
    if not options.force and not any(map(has_report_signal, out.reports)):
        out.status, out.reason = IngestStatus.SKIPPED, NOT_A_REPORT
        return out
    with out.times.timed("analyse"):
        out.analyses = [analyse_parsed(r, options) for r in out.reports]
    return out


def known(engine: Engine, digest: str) -> bool:
    """Whether these bytes are stored already (a re-run skips them before any parsing)."""
    with session_scope(engine, write=False) as session:
        return is_known(session, digest)


def known_of(engine: Engine, digests: list[str]) -> set[str]:
    """Those of ``digests`` stored already (``known`` of several files in one query)."""
    with session_scope(engine, write=False) as session:
        return known_among(session, digests)


def store(
    engine: Engine, data: bytes, prepared: Prepared, options: IngestOptions, times: StageTimes | None = None
) -> IngestResult:
    """Store a prepared file in one transaction, run again when it loses a race with another writer."""
    name = prepared.name
    if prepared.status is not None:
        return IngestResult(name, prepared.status, reason=prepared.reason)
    times = times if times is not None else StageTimes()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            start, linking = time.perf_counter(), times.seconds["link"]
            try:
                return store_reports(engine, [(data, prepared)], options, times)[0]
            finally:  # the transaction's cost besides linking, commit included
                times.seconds["write"] += time.perf_counter() - start - (times.seconds["link"] - linking)
        except IntegrityError as e:
            # A unique constraint caught a concurrent writer. The same bytes stored by another process
            # make this a duplicate; anything else (a name created at the same moment) is tried again.
            if known(engine, prepared.digest):
                return IngestResult(name, IngestStatus.DUPLICATE)
            error: Exception = e
        except OperationalError as e:
            if getattr(e.orig, "sqlstate", None) not in RETRYABLE:
                raise
            error = e
        except Refused as refused:
            e = refused.error
            return IngestResult(name, IngestStatus.FAILED, reason=str(e), http_status=getattr(e, "http_status", 403))
        log.info("retrying %s (attempt %d): %s", name, attempt, getattr(error, "orig", error))
    reason = f"not stored: concurrent writers kept conflicting ({getattr(error, 'orig', error)})"
    return IngestResult(name, IngestStatus.FAILED, reason=reason)


def store_batch(
    engine: Engine, files: list[tuple[bytes, Prepared]], options: IngestOptions, times: StageTimes | None = None
) -> list[IngestResult]:
    """Store prepared files in their order, in one transaction. Should it fail — a file refused, a race
    lost to another writer, a value the database rejects — it is rolled back whole and each file is
    stored again in a transaction of its own (``store``), so only a bad file fails, with its reason, and
    the others land; never part of a file or of a batch."""
    times = times if times is not None else StageTimes()
    results = [IngestResult(p.name, p.status, reason=p.reason) if p.status is not None else None for _, p in files]
    todo = [(n, data, p) for n, (data, p) in enumerate(files) if p.status is None]
    if len(todo) > 1:
        start, linking = time.perf_counter(), times.seconds["link"]
        try:
            stored = store_reports(engine, [(data, p) for _, data, p in todo], options, times)
        except Exception as e:  # whatever failed, each file goes again alone, where failures are told apart
            log.info("batch of %d files rolled back, storing them one by one: %s", len(todo), e)
        else:
            for (n, _, _), result in zip(todo, stored, strict=True):
                results[n] = result
            todo = []
        finally:  # a batch rolled back is time spent writing too
            times.seconds["write"] += time.perf_counter() - start - (times.seconds["link"] - linking)
    for n, data, p in todo:
        results[n] = store(engine, data, p, options, times)
    return [r for r in results if r is not None]


class StoreQueue:
    """Results and prepared files in the order they came; the prepared ones are stored ``batch`` at a time
    (``store_batch``) and every result is handed to ``emit`` in that order."""

    def __init__(
        self,
        engine: Engine,
        options: IngestOptions,
        batch: int,
        emit: Callable[[IngestResult], None],
        times: StageTimes | None = None,
    ) -> None:
        self.engine, self.options, self.batch, self.emit = engine, options, max(1, batch), emit
        self.times = times if times is not None else StageTimes()
        self.waiting: list[IngestResult | tuple[bytes, Prepared]] = []

    def add(self, entry: IngestResult | tuple[bytes, Prepared]) -> None:
        """A result known already, or (bytes, prepared file) to store; stores the batch once it is full."""
        self.waiting.append(entry)
        if len(self.waiting) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Store what is waiting, in one transaction when it can, and hand on every result in order."""
        waiting, self.waiting = self.waiting, []
        files = [entry for entry in waiting if not isinstance(entry, IngestResult)]
        stored = iter(store_batch(self.engine, files, self.options, self.times) if files else [])
        for entry in waiting:
            self.emit(entry if isinstance(entry, IngestResult) else next(stored))


def short_name(name: str, filename: str = "") -> str:
    """The base name a report keeps: ``filename`` when given, else that of ``name``."""
    return filename or Path(name).name
