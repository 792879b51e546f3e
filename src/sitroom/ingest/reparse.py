"""Re-parsing stored originals after the parser improves: same reports, new sections and items.

The same stages as ingestion: load an original (``load_original``), parse and analyse it without the
database (``reparse_prepare``, pure, so it may run on a Ray worker), then replace its reports' content,
link and write the analysis in one transaction per original (``reparse_store``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, func, select

from sitroom import model
from sitroom.analyse.report_analysis import ReportAnalysis, analyse_texts
from sitroom.errors import SitroomError
from sitroom.parse import AUTO
from sitroom.read import parse_bytes
from sitroom.store.analysis import clear_analysis, report_item_ids, write_analysis
from sitroom.store.engine import session_scope
from sitroom.store.links import link_in_series
from sitroom.store.series_identity import refresh_fingerprint
from sitroom.store.tables import SUPERSEDED, Item, Original, Report
from sitroom.store.write import replace_content


@dataclass(slots=True)
class ReparseResult:
    report_id: int
    source: str
    items_before: int
    items_after: int
    error: str | None = None


@dataclass(frozen=True, slots=True)
class StoredPart:
    """One stored report of an original: what its new parse and analysis need to know."""

    report_id: int
    source: str
    part: int
    period_date: date | None


@dataclass(slots=True)
class OriginalJob:
    digest: str
    filename: str
    parts: list[StoredPart]


@dataclass(slots=True)
class Reparsed:
    """An original after the pure stages: each stored part's new parse and analysis, or the error."""

    digest: str
    reports: dict[int, model.Report] = field(default_factory=dict)  # by report id
    analyses: dict[int, ReportAnalysis] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)  # report ids the new parse has no part for
    error: str | None = None


def originals_to_reparse(engine: Engine, report_ids: list[int] | None = None) -> list[str]:
    """The sha256s of the originals of the given reports (all when None)."""
    with session_scope(engine, write=False) as session:
        q = select(Report.sha256).distinct()
        if report_ids is not None:
            q = q.where(Report.id.in_(report_ids))
        return list(session.scalars(q))


def load_original(engine: Engine, digest: str, report_ids: list[int] | None) -> tuple[OriginalJob, bytes]:
    """An original's bytes and its stored reports (those in ``report_ids`` only, unless None)."""
    with session_scope(engine, write=False) as session:
        original = session.get(Original, digest)
        rows = session.execute(
            select(Report.id, Report.source, Report.part, Report.period_date)
            .where(Report.sha256 == digest)
            .order_by(Report.part)
        ).all()
        parts = [StoredPart(*r) for r in rows if report_ids is None or r[0] in report_ids]
        return OriginalJob(digest, original.filename, parts), original.data


def reparse_prepare(job: OriginalJob, data: bytes, template: str = AUTO) -> Reparsed:
    """Parse an original again and analyse each stored part's new content; never touches the database."""
    out = Reparsed(job.digest)
    try:
        parsed = parse_bytes(data, job.filename, template)
    except SitroomError as e:
        out.error = str(e)
        return out
    for p in job.parts:
        if p.part >= len(parsed):
            out.missing.append(p.report_id)
            continue
        report = parsed[p.part]
        out.reports[p.report_id] = report
        texts = [it.text.replace("\x00", "") for it in report.items()]
        out.analyses[p.report_id] = analyse_texts(texts, p.period_date or report.date)
    return out


def reparse_store(engine: Engine, job: OriginalJob, reparsed: Reparsed) -> list[ReparseResult]:
    """Replace the stored parts' content, link them and store their analysis, in one transaction."""
    if reparsed.error is not None:
        return [ReparseResult(p.report_id, p.source, 0, 0, reparsed.error) for p in job.parts]
    results = []
    with session_scope(engine) as session:
        for p in job.parts:
            if p.report_id in reparsed.missing:
                results.append(ReparseResult(p.report_id, p.source, 0, 0, "the new parse has no such part"))
                continue
            r = session.get(Report, p.report_id)
            new = reparsed.reports[p.report_id]
            before = session.scalar(select(func.count(Item.id)).where(Item.report_id == r.id)) or 0
            replace_content(session, r, new)
            refresh_fingerprint(session, r.id, new)
            link_in_series(session, r.id)
            if r.status != SUPERSEDED:  # a superseded return keeps no figures or themes
                clear_analysis(session, r.id)
                write_analysis(session, r.id, report_item_ids(session, r.id), reparsed.analyses[p.report_id])
            results.append(ReparseResult(r.id, r.source, before, len(new.items())))
    return results


def reparse(
    engine: Engine,
    report_ids: list[int] | None = None,
    template: str = AUTO,
    on_original: Callable[[int, int], None] | None = None,
) -> list[ReparseResult]:
    """Re-parse the originals of the given reports (all when None); each original in its own transaction.
    ``on_original(done, total)`` reports progress before each original and at the end (progress bars)."""
    digests = originals_to_reparse(engine, report_ids)
    results: list[ReparseResult] = []
    for done, digest in enumerate(digests):
        if on_original:
            on_original(done, len(digests))
        job, data = load_original(engine, digest, report_ids)
        results.extend(reparse_store(engine, job, reparse_prepare(job, data, template)))
    if on_original:
        on_original(len(digests), len(digests))
    return results
