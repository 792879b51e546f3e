"""Series pages: every report stream with its cadence, and one series' timeline of reports and changes."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sitroom.brief.cycle import newest_date
from sitroom.store.reportview import series_timeline
from sitroom.store.returns import cycle_returns
from sitroom.store.series import list_series
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, render
from sitroom.web.pages.minicharts import status_bars
from sitroom.web.scope import readable_series, visible

router = APIRouter(include_in_schema=False)


@router.get("/series", response_class=HTMLResponse)
def series_list(request: Request, session: ReadSession, principal: PrincipalDep) -> HTMLResponse:
    """Every series you may read with its reports, date range, cadence and the state of its return this cycle."""
    ids = visible(session, principal)
    on = newest_date(session, series_ids=ids)
    returns = {r.series_id: r for r in cycle_returns(session, on, series_ids=ids)}
    series = list_series(session, ids)
    for s in series:  # ISO strings from the store → dates for the page's long-date filter
        s["first"], s["last"] = (date.fromisoformat(s[k]) if s[k] else None for k in ("first", "last"))
    return render(request, "series/list.html.j2", {"series": series, "returns": returns, "on": on})


@router.get("/series/{series_id:int}", response_class=HTMLResponse)
def series_page(request: Request, session: ReadSession, principal: PrincipalDep, series_id: int) -> HTMLResponse:
    """One series: its reports in order with item counts by status (chart and table), cadence, next return."""
    readable_series(session, principal, series_id)  # unknown or not yours: 404
    timeline = series_timeline(session, series_id)
    on = newest_date(session, series_ids=visible(session, principal))  # the cycle date the dashboard shows
    ret = next(iter(cycle_returns(session, on, series_id)), None) if timeline.entries else None
    bars = [
        (f"#{e.report.number}" if e.report.number is not None else str(n), e.report.date, e.counts)
        for n, e in enumerate(timeline.entries, start=1)
    ]
    chart = status_bars(bars, f"Items by status in each report of {timeline.name}") if bars else None
    return render(request, "series/series.html.j2", {"timeline": timeline, "ret": ret, "on": on, "chart": chart})
