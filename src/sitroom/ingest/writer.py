"""The store stage of ingestion: files' originals and reports written, linked and analysed in one
transaction (one file's, or a batch of files'), so that a failure leaves nothing half-written."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sitroom import model
from sitroom.analyse.report_analysis import ReportAnalysis, analyse_texts
from sitroom.errors import SitroomError
from sitroom.extract import ExtractContext
from sitroom.ingest.options import IngestOptions, IngestResult, IngestStatus
from sitroom.parse import AUTO
from sitroom.parse.yearless import date_from_neighbours
from sitroom.read import parse_bytes
from sitroom.store import audit
from sitroom.store.analysis import write_analysis
from sitroom.store.engine import session_scope
from sitroom.store.learned import learn_for_series, learned_template
from sitroom.store.limits import fit_series_name
from sitroom.store.links import link_in_series
from sitroom.store.series import get_or_create_series, series_dates
from sitroom.store.series_identity import numbering_warning, plan_series, remember
from sitroom.store.series_suggestions import suggest_after_ingest
from sitroom.store.tables import Series
from sitroom.store.write import add_report_with_items, is_known, store_original

if TYPE_CHECKING:
    from sitroom.ingest.stages import Prepared, StageTimes


class Refused(Exception):
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
        raise Refused(e) from e


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


def store_reports(
    engine: Engine, files: list[tuple[bytes, Prepared]], options: IngestOptions, times: StageTimes
) -> list[IngestResult]:
    """The original and every report of each prepared file, in order, linked, all in one transaction or
    none (the caller retries races, and stores a failed batch's files one by one)."""
    with session_scope(engine) as session:
        return [_store_file(session, data, prepared, options, times) for data, prepared in files]


def _store_file(
    session: Session, data: bytes, prepared: Prepared, options: IngestOptions, times: StageTimes
) -> IngestResult:
    name, digest = prepared.name, prepared.digest
    if is_known(session, digest):  # another process stored it while we were parsing (or this batch did)
        return IngestResult(name, IngestStatus.DUPLICATE)
    result = IngestResult(name, IngestStatus.INGESTED)
    store_original(session, digest, prepared.short, data)
    for part, (prepared_report, analysis) in enumerate(zip(prepared.reports, prepared.analyses, strict=True)):
        # A copy: dating and warnings below change the report, and a transaction run again (a lost race,
        # a failed batch) must start from the report as prepared.
        first = replace(prepared_report, warnings=list(prepared_report.warnings))
        plan, warning = None, None
        if options.series:
            series_name = options.series
        else:
            plan = plan_series(session, first, options.organisation)
            series_name = fit_series_name(plan.name)
            warning = numbering_warning(plan, first)
        _authorise(options, session, series_name)
        series = get_or_create_series(session, series_name, options.organisation, first.template)
        parsed = _with_learned_template(data, prepared.short, options, series, first, part)
        dated = parsed.date
        if options.period_date is None and parsed.date is None:  # read the neighbours only when needed
            date_from_neighbours(parsed, series_dates(session, series.id))
        if parsed is not first or parsed.date != dated:  # read again, or dated anew: its analysis too
            analysis = analyse_parsed(parsed, options)
        if warning:
            parsed.warnings.append(warning)
        row, items = add_report_with_items(
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
        write_analysis(session, row.id, [it.id for it in items], analysis)
        # Last: linking holds the series' lock until commit, so other writers of it wait no longer.
        with times.timed("link"):
            superseded = link_in_series(session, row.id, supersede=True, new=items)
        after = {"source": name, "sha256": digest, "part": part, "series": series_name}
        if superseded:
            after["supersedes"] = superseded
        audit.record(session, options.ingested_by or audit.SYSTEM, "ingest", "report", row.id, after=after)
        result.report_ids.append(row.id)
        result.series.append(series_name)
    return result


def analyse_parsed(parsed: model.Report, options: IngestOptions) -> ReportAnalysis:
    """The analysis the store would compute for this report: its items' text as stored (no NULs), dated
    as the stored report will be."""
    texts = [it.text.replace("\x00", "") for it in parsed.items()]
    return analyse_texts(texts, options.period_date or parsed.date)
