"""Ingestion as stages: read → hash → skip duplicates → extract and parse → store in one transaction.

Parsing runs outside the database transaction (it is the slow part); the duplicate check is made
again inside it, so two processes ingesting the same file at once store it once.
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
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sitroom import model
from sitroom.errors import SitroomError
from sitroom.extract import ExtractContext
from sitroom.ingest.sources import Source, expand
from sitroom.parse import AUTO, parse_bytes
from sitroom.store import audit
from sitroom.store.analysis import analyse_report
from sitroom.store.engine import session_scope
from sitroom.store.learned import learn_for_series, learned_template
from sitroom.store.links import link_in_series
from sitroom.store.series import get_or_create_series, infer_series_name
from sitroom.store.tables import Series
from sitroom.store.write import add_report, is_known, store_original

log = logging.getLogger(__name__)


class IngestStatus(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
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
    authorise: Authorise | None = field(default=None, compare=False)


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

    def count(self, status: IngestStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status is IngestStatus.FAILED]


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


def ingest_bytes(engine: Engine, data: bytes, name: str, options: IngestOptions, folder: str = "") -> IngestResult:
    """Ingest one file's bytes: all its reports are stored together, or none is."""
    digest = sha256_of(data)
    with session_scope(engine, write=False) as session:
        if is_known(session, digest):
            return IngestResult(name, IngestStatus.DUPLICATE)
    short = Path(name.split("!")[-1]).name
    try:
        reports = _parse(data, short, options)
    except SitroomError as e:
        return IngestResult(name, IngestStatus.FAILED, reason=getattr(e, "reason", None) or str(e))
    try:
        with session_scope(engine) as session:
            if is_known(session, digest):  # another process stored it while we were parsing
                return IngestResult(name, IngestStatus.DUPLICATE)
            store_original(session, digest, short, data)
            result = IngestResult(name, IngestStatus.INGESTED)
            for part, parsed in enumerate(reports):
                series_name = options.series or infer_series_name(parsed, options.organisation, folder)
                _authorise(options, session, series_name)
                series = get_or_create_series(session, series_name, options.organisation, parsed.template)
                parsed = _with_learned_template(data, short, options, series, parsed, part)
                row = add_report(
                    session,
                    parsed,
                    series_id=series.id,
                    sha256=digest,
                    part=part,
                    period_date=options.period_date,
                    ingested_by=options.ingested_by,
                )
                link_in_series(session, row.id)
                learn_for_series(session, series)
                analyse_report(session, row.id, fresh=True)
                after = {"source": name, "sha256": digest, "part": part, "series": series_name}
                audit.record(session, options.ingested_by or audit.SYSTEM, "ingest", "report", row.id, after=after)
                result.report_ids.append(row.id)
                result.series.append(series_name)
        return result
    except IntegrityError:
        # The unique (sha256, part) constraint caught a concurrent duplicate: nothing of ours was kept.
        return IngestResult(name, IngestStatus.DUPLICATE)
    except _Refused as refused:
        e = refused.error
        return IngestResult(name, IngestStatus.FAILED, reason=str(e), http_status=getattr(e, "http_status", 403))


def ingest_source(engine: Engine, source: Source, options: IngestOptions) -> IngestResult:
    """Read and ingest one source; read errors become a failed result naming the file."""
    if source.size > options.max_bytes:
        return IngestResult(
            source.name,
            IngestStatus.FAILED,
            reason=f"file is {source.size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:.0f} MB limit",
        )
    try:
        data = source.read()
    except FileNotFoundError:
        return IngestResult(source.name, IngestStatus.FAILED, reason="no such file")
    except OSError as e:
        return IngestResult(source.name, IngestStatus.FAILED, reason=e.strerror or str(e))
    return ingest_bytes(engine, data, source.name, options, source.folder)


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
) -> IngestSummary:
    """Ingest every file under ``paths``; ``on_result`` is called after each (progress bars)."""
    summary = IngestSummary()
    for source in expand(list(paths), options.max_bytes):
        result = ingest_source(engine, source, options)
        summary.results.append(result)
        if result.status is IngestStatus.FAILED:
            log.info("failed: %s: %s", result.source, result.reason)
        if on_result:
            on_result(result)
    return summary


def list_sources(paths: Iterable[Path], max_bytes: int) -> list[Source]:
    """The sources ``ingest_paths`` would read, for a progress bar's total."""
    return list(expand(list(paths), max_bytes))
