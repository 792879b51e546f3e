"""Suggested merges and splits of series: recorded when ingestion was unsure, accepted or dismissed by a person.

A *split* says a report was filed under a series it may not belong to (accepting it moves the report to a
series of its own); a *merge* says a new series looks like the continuation of another (accepting it merges
them, the merged series' titles kept as aliases).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sitroom.analyse import identity
from sitroom.errors import SitroomError
from sitroom.store.series import find_series, get_or_create_series, merge_series
from sitroom.store.series_identity import Plan, add_alias, new_series_name
from sitroom.store.tables import Report, Series, SeriesAlias, SeriesSuggestion
from sitroom.store.version import bump_generation

MERGE = "merge"
SPLIT = "split"
OPEN = "open"


class SuggestionNotFound(SitroomError):
    http_status = 404


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def suggest_after_ingest(session: Session, plan: Plan, series_id: int, report_id: int) -> None:
    """Record what ingestion was unsure of: a report joined on a middling score (split), or started a new
    series although another came close or scored well under another title (merge)."""
    match = plan.match
    if match is None:
        return
    reason = "; ".join(match.reasons)
    if plan.series_id is not None and plan.unsure:
        session.add(
            SeriesSuggestion(
                kind=SPLIT,
                series_id=series_id,
                report_id=report_id,
                score=match.score,
                reason=reason,
                status=OPEN,
                created_at=_now(),
            )
        )
    elif plan.series_id is None and match.score >= identity.RELATED:
        session.add(
            SeriesSuggestion(
                kind=MERGE,
                series_id=series_id,
                other_series_id=match.candidate.series_id,
                report_id=report_id,
                score=match.score,
                reason=reason,
                status=OPEN,
                created_at=_now(),
            )
        )


def _get(session: Session, suggestion_id: int) -> SeriesSuggestion:
    s = session.get(SeriesSuggestion, suggestion_id)
    if s is None or s.status != OPEN:
        raise SuggestionNotFound(f"no open suggestion {suggestion_id}")
    return s


def merge_keeping_titles(session: Session, source: str | int, target: str | int) -> tuple[Series, Series, int]:
    """Merge series ``source`` into ``target``; ``target`` keeps ``source``'s name and titles as aliases.
    Returns both series and the number of reports moved."""
    src, dst = find_series(session, source), find_series(session, target)
    src_name = src.name
    for alias in session.scalars(select(SeriesAlias).where(SeriesAlias.series_id == src.id)).all():
        add_alias(session, dst.id, alias.title)
    add_alias(session, dst.id, src_name)
    # Suggestions about the merged series now concern the one that took its reports.
    for column in (SeriesSuggestion.series_id, SeriesSuggestion.other_series_id):
        session.execute(update(SeriesSuggestion).where(column == src.id).values({column: dst.id}))
    session.execute(
        update(SeriesSuggestion)
        .where(SeriesSuggestion.series_id == SeriesSuggestion.other_series_id, SeriesSuggestion.status == OPEN)
        .values(status="dismissed")
    )
    moved = merge_series(session, src.id, dst.id)
    return src, dst, moved


def accept(session: Session, suggestion_id: int) -> str:
    """Carry out a suggestion; returns what was done, naming the series."""
    from sitroom.store.links import relink_series

    s = _get(session, suggestion_id)
    s.status = "accepted"
    if s.kind == MERGE:
        src, dst, moved = merge_keeping_titles(session, s.series_id, s.other_series_id)
        return f"merged '{src.name}' into '{dst.name}' ({moved} report(s) moved)"
    report = session.get(Report, s.report_id)
    old = session.get(Series, s.series_id)
    title = report.title or ""
    name = new_series_name(session, title, None, old.name, report.template)
    new = get_or_create_series(session, name, None, report.template)
    session.execute(update(Report).where(Report.id == report.id).values(series_id=new.id))
    add_alias(session, new.id, title)
    session.flush()
    relink_series(session, old.id)
    relink_series(session, new.id)
    bump_generation(session)
    return f"moved the report of {report.period_date} out of '{old.name}' into new series '{new.name}'"


def dismiss(session: Session, suggestion_id: int) -> None:
    """Mark a suggestion as dismissed: the series stay as they are."""
    _get(session, suggestion_id).status = "dismissed"
