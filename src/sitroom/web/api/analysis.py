"""Figures over time and theme counts per period, as `sitroom figures` and `sitroom themes` print them."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query

from sitroom.views.analysis import figure_series, theme_counts
from sitroom.web.api.common import NO_NUL, NOT_FOUND, Limit, Offset, Page, SeriesRef, Since
from sitroom.web.api.schemas import FigureSeries, ThemeCounts
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import series_id_for, visible

router = APIRouter(tags=["analysis"])


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


@router.get("/figures", response_model=Page[FigureSeries], responses=NOT_FOUND)
def get_figures(
    session: ReadSession,
    principal: PrincipalDep,
    subject: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="Only subjects containing this text.")
    ] = None,
    series: SeriesRef = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Figures stated in the items as time series, one per series, subject and unit, most reported first."""
    # figure_series ranks every group before cutting, so asking for all of them costs no more.
    series_id = series_id_for(session, principal, series)
    groups = figure_series(
        session, subject, series_id, limit=2**31, since=since, series_ids=visible(session, principal)
    )
    return {"total": len(groups), "limit": limit, "offset": offset, "items": groups[offset : offset + limit]}


@router.get("/themes", response_model=ThemeCounts, responses=NOT_FOUND)
def get_themes(
    session: ReadSession,
    principal: PrincipalDep,
    series: SeriesRef = None,
    by: Annotated[Period, Query(description="The period: day, week (from Monday) or month.")] = Period.week,
    limit: Limit = 500,
    offset: Offset = 0,
) -> dict:
    """Items per theme per period, oldest period first."""
    counts = theme_counts(session, series_id_for(session, principal, series), by.value, visible(session, principal))
    periods = [{"period": p, "themes": t} for p, t in counts.items()]
    return {"total": len(periods), "limit": limit, "offset": offset, "items": periods[offset : offset + limit],
            "by": by.value}  # fmt: skip
