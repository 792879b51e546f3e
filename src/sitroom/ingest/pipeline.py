"""Ingestion as stages: read → hash → skip duplicates → extract and parse → store in one transaction.

Parsing runs outside the database transaction (it is the slow part); the duplicate check is made
again inside it, so two processes ingesting the same file at once store it once. Any number of
processes may ingest into one database at once: series are created race-free, linking a series is
serialised (store/links.py), and a transaction that loses a race is run again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from sitroom import model
from sitroom.display import one_line
from sitroom.errors import SitroomError
from sitroom.extract import ExtractContext, too_large
from sitroom.ingest.sources import Source, expand
from sitroom.parse import AUTO
from sitroom.parse.metadata import find_date
from sitroom.parse.yearless import date_from_neighbours
from sitroom.read import parse_bytes
from sitroom.store import audit
from sitroom.store.analysis import analyse_report
from sitroom.store.engine import session_scope
from sitroom.store.learned import learn_for_series, learned_template
from sitroom.store.limits import check_options, fit_series_name
from sitroom.store.links import link_in_series
from sitroom.store.series import get_or_create_series, series_dates
from sitroom.store.series_identity import numbering_warning, plan_series, remember
from sitroom.store.series_suggestions import suggest_after_ingest
from sitroom.store.tables import Series
from sitroom.store.write import add_report, is_known, store_original

log = logging.getLogger(__name__)

# A write transaction that loses a race (a unique name created at the same moment, a deadlock between
# two writers of the same series, a serialization failure) is run again this many times in all.
ATTEMPTS = 5
RETRYABLE = {"40P01", "40001"}  # PostgreSQL: deadlock detected, serialization failure


class IngestStatus(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"  # read, but not a situation report (no date, heading or item in it)
    FAILED = "failed"


# authorise(session, series name, organisation name): raise a SitroomError (e.g. accounts.policy.Forbidden)
# to refuse filing a report under that series. Called inside the write transaction, before the series is
# found or created, so a refusal leaves the database unchanged.
Authorise = Callable[[Session, str, str | None], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user said about the files being ingested. ``authorise`` (None: anything goes, as on the
    command line) checks each report's series once it is known: named here, or inferred after parsing."""

    series: str | None = None
    organisation: str | None = None
    period_date: date | None = None
    template: str = AUTO
    ingested_by: str | None = None
    max_bytes: int = ExtractContext().max_bytes
    exclude: tuple[str, ...] = ()  # globs of files to leave out, besides the default ignore patterns
    force: bool = False  # take every file, even one whose name or content says it is not a report
    authorise: Authorise | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        check_options(self.series, self.organisation, self.ingested_by)


@dataclass(slots=True)
class IngestResult:
    source: str
    status: IngestStatus
    report_ids: list[int] = field(default_factory=list)
    series: list[str] = field(default_factory=list)
    reason: str | None = None
    http_status: int | None = None  # a failure that is not the file's fault: 403 when ``authorise`` refused


@dataclass(slots=True)
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # left out by name (ignore patterns)

    def count(self, status: IngestStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status is IngestStatus.FAILED]


NOT_A_REPORT = "not a situation report (no date, heading or items found; --force takes it anyway)"


def has_report_signal(report: model.Report) -> bool:
    """Whether a parsed document looks like a report at all: headings, a list of items, or a date in its
    own words (a note of one undated line is not a report)."""
    items = report.items()
    if len(items) >= 2 or any(s.heading for s in report.sections):
        return True
    return find_date(" ".join([report.title or "", *(i.text for i in items)])) is not None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Refused(Exception):
    """Carries the ``authorise`` hook's error out of the transaction (which it rolls back)."""

    def __init__(self, error: SitroomError) -> None:
        super().__init__(str(error))
        self.error = error


def _authorise(options: IngestOptions, session: Session, series_name: str) -> None:
    if options.authorise is None:
        return
    try:
        options.authorise(session, series_name, options.organisation)
    except SitroomError as e:
        raise _Refused(e) from e


def _parse(data: bytes, name: str, options: IngestOptions) -> list[model.Report]:
    return parse_bytes(data, name, options.template, ExtractContext(max_bytes=options.max_bytes))


def _with_learned_template(
    data: bytes, name: str, options: IngestOptions, series: Series, parsed: model.Report, part: int
) -> model.Report:
    """A report no named template fits, read again with the template its series learned."""
    if parsed.template is not None or options.template != AUTO or series.template:
        return parsed
    learned = learned_template(series)
    if learned is None:
        return parsed
    again = parse_bytes(data, name, learned, ExtractContext(max_bytes=options.max_bytes))
    return again[part] if part < len(again) else parsed


def ingest_bytes(
    engine: Engine, data: bytes, name: str, options: IngestOptions, folder: str = "", filename: str = ""
) -> IngestResult:
    """Ingest one file's bytes: all its reports are stored together, or none is.

    ``name`` is what results show (``archive.zip:member`` for a member); ``filename`` the base name the
    report keeps (default: that of ``name``).
    """
    digest = sha256_of(data)
    with session_scope(engine, write=False) as session:
        if is_known(session, digest):
            return IngestResult(name, IngestStatus.DUPLICATE)
    short = filename or Path(name).name
    try:
        reports = _parse(data, short, options)
    except SitroomError as e:
        return IngestResult(name, IngestStatus.FAILED, reason=getattr(e, "reason", None) or str(e))
    if not options.force and not any(map(has_report_signal, reports)):
        return IngestResult(name, IngestStatus.SKIPPED, reason=NOT_A_REPORT)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _store(engine, data, digest, name, short, reports, options)
        except IntegrityError as e:
            # A unique constraint caught a concurrent writer. The same bytes stored by another process
            # make this a duplicate; anything else (a name created at the same moment) is tried again.
            with session_scope(engine, write=False) as session:
                if is_known(session, digest):
                    return IngestResult(name, IngestStatus.DUPLICATE)
            error: Exception = e
        except OperationalError as e:
            if getattr(e.orig, "sqlstate", None) not in RETRYABLE:
                raise
            error = e
        except _Refused as refused:
            e = refused.error
            return IngestResult(name, IngestStatus.FAILED, reason=str(e), http_status=getattr(e, "http_status", 403))
        log.info("retrying %s (attempt %d): %s", name, attempt, getattr(error, "orig", error))
    reason = f"not stored: concurrent writers kept conflicting ({getattr(error, 'orig', error)})"
    return IngestResult(name, IngestStatus.FAILED, reason=reason)


def _store(
    engine: Engine,
    data: bytes,
    digest: str,
    name: str,
    short: str,
    reports: list[model.Report],
    options: IngestOptions,
) -> IngestResult:
    """The write transaction of ``ingest_bytes``: the original and every report, linked, or nothing."""
    with session_scope(engine) as session:
        if is_known(session, digest):  # another process stored it while we were parsing
            return IngestResult(name, IngestStatus.DUPLICATE)
        store_original(session, digest, short, data)
        result = IngestResult(name, IngestStatus.INGESTED)
        for part, parsed in enumerate(reports):
            plan, warning = None, None
            if options.series:
                series_name = options.series
            else:
                plan = plan_series(session, parsed, options.organisation)
                series_name = fit_series_name(plan.name)
                warning = numbering_warning(plan, parsed)
            _authorise(options, session, series_name)
            series = get_or_create_series(session, series_name, options.organisation, parsed.template)
            parsed = _with_learned_template(data, short, options, series, parsed, part)
            if options.period_date is None:
                date_from_neighbours(parsed, series_dates(session, series.id))
            if warning:
                parsed.warnings.append(warning)
            row = add_report(
                session,
                parsed,
                series_id=series.id,
                sha256=digest,
                part=part,
                period_date=options.period_date,
                ingested_by=options.ingested_by,
            )
            remember(session, series.id, row.id, parsed)
            if plan is not None:
                suggest_after_ingest(session, plan, series.id, row.id)
            learn_for_series(session, series)
            analyse_report(session, row.id, fresh=True)
            # Last: linking holds the series' lock until commit, so other writers of it wait no longer.
            superseded = link_in_series(session, row.id, supersede=True)
            after = {"source": name, "sha256": digest, "part": part, "series": series_name}
            if superseded:
                after["supersedes"] = superseded
            audit.record(session, options.ingested_by or audit.SYSTEM, "ingest", "report", row.id, after=after)
            result.report_ids.append(row.id)
            result.series.append(series_name)
    return result


def ingest_source(engine: Engine, source: Source, options: IngestOptions) -> IngestResult:
    """Read and ingest one source; read errors become a failed result naming the file."""
    if source.size > options.max_bytes:
        return IngestResult(
            source.name,
            IngestStatus.FAILED,
            reason=too_large(source.size, options.max_bytes),
        )
    try:
        data = source.read()
    except FileNotFoundError:
        return IngestResult(source.name, IngestStatus.FAILED, reason="no such file")
    except OSError as e:
        return IngestResult(source.name, IngestStatus.FAILED, reason=e.strerror or str(e))
    return ingest_bytes(engine, data, source.name, options, source.folder, source.filename)


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
