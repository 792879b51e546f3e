"""Series: the report streams, each with its reports."""

from __future__ import annotations

from fastapi import APIRouter

from sitroom.views.reportlist import MAX_PER_PAGE, ReportFilters
from sitroom.views.serieslist import list_series
from sitroom.web.api.common import NOT_FOUND, Limit, Offset, Page, SeriesId
from sitroom.web.api.reports import page_of_reports, row_summary
from sitroom.web.api.schemas import SeriesDetail, SeriesSummary
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import readable_series, visible

router = APIRouter(tags=["series"])


@router.get("/series", response_model=Page[SeriesSummary])
def get_series_list(session: ReadSession, principal: PrincipalDep, limit: Limit = 100, offset: Offset = 0) -> dict:
    """The series you may read, with organisation, report count and date range (as `sitroom series`)."""
    rows = list_series(session, visible(session, principal))
    return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset : offset + limit]}


@router.get("/series/{series_id}", response_model=SeriesDetail, responses=NOT_FOUND)
def get_series(series_id: SeriesId, session: ReadSession, principal: PrincipalDep) -> dict:
    """One series with its newest reports (up to 200; ``reports`` counts them all)."""
    series = readable_series(session, principal, series_id)  # unknown or not yours: 404
    summary = next(s for s in list_series(session, {series.id}) if s["id"] == series.id)
    _, rows = page_of_reports(session, ReportFilters(series.id), MAX_PER_PAGE, 0)
    return {**summary, "cadence_days": series.cadence_days, "report_list": [row_summary(r) for r in rows]}
