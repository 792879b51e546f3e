"""Deleting a report: its sections, items, links, figures and themes, and its original file when no
other report comes from the same bytes. Audited with the values it had."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sitroom.store import audit
from sitroom.store.analysis import analyse_report
from sitroom.store.links import link_report, lock_series, series_reports, stale_reports
from sitroom.store.queries import get_report
from sitroom.store.supersede import reinstate_latest
from sitroom.store.tables import Item, Original, Report, Section
from sitroom.store.version import bump_generation


def delete_report(session: Session, report_id: int, *, by: Any = audit.LOCAL) -> dict:
    """Delete report ``report_id`` (raises ReportNotFound) and return what was deleted.

    Child rows go by the foreign keys' ON DELETE CASCADE; the reports that followed it in its series
    are linked again, to the reports before, so the series' history stays continuous. A deleted
    return that had superseded another for its date hands the date back to it.
    """
    report = get_report(session, report_id)
    series_id, sha256 = report.series_id, report.sha256
    lock_series(session, series_id)
    before = {
        "series": report.series.name,
        "title": report.title,
        "date": report.period_date,
        "number": report.number,
        "source": report.source,
        "format": report.format,
        "sha256": sha256,
        "part": report.part,
        "status": report.status,
        "ingested_at": report.ingested_at,
        "ingested_by": report.ingested_by,
        "sections": session.scalar(select(func.count()).select_from(Section).where(Section.report_id == report_id)),
        "items": session.scalar(select(func.count()).select_from(Item).where(Item.report_id == report_id)),
    }
    order = series_reports(session, series_id)
    reinstated = reinstate_latest(session, report)
    session.expunge(report)  # the rows go in SQL below; the identity map must not hold them
    session.execute(delete(Report).where(Report.id == report_id))
    original_deleted = False
    if session.scalar(select(Report.id).where(Report.sha256 == sha256).limit(1)) is None:
        session.execute(delete(Original).where(Original.sha256 == sha256))
        original_deleted = True
    if reinstated is not None:
        analyse_report(session, reinstated)
    after = series_reports(session, series_id)
    for stale in stale_reports(order, after, {reinstated} - {None}):
        link_report(session, stale, None, after)
    bump_generation(session)
    audit.record(
        session,
        by,
        "delete",
        "report",
        report_id,
        before=before,
        detail="original file deleted" if original_deleted else "original file kept: another report uses it",
    )
    return {"id": report_id, **before, "original_deleted": original_deleted}
