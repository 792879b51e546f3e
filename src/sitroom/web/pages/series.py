"""Series pages: every report stream with its cadence, and one series' timeline of reports and changes."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from sitroom.store import audit, series_suggestions
from sitroom.views.cycle import newest_date
from sitroom.views.reportlist import series_timeline
from sitroom.views.returns import cycle_returns
from sitroom.views.serieslist import list_series
from sitroom.views.suggestions import open_suggestions
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, WriteSession, render
from sitroom.web.pages.minicharts import status_bars
from sitroom.web.scope import readable_series, require_series_write, visible

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
    ids = visible(session, principal)
    suggestions = [
        v
        for v in open_suggestions(session, series_id)
        if ids is None or (v.series_id in ids and (v.other_series_id is None or v.other_series_id in ids))
    ]
    ctx = {"timeline": timeline, "ret": ret, "on": on, "chart": chart, "suggestions": suggestions}
    return render(request, "series/series.html.j2", ctx)


@router.post("/series/{series_id:int}/suggestions")
def series_suggestion(
    session: WriteSession,
    principal: PrincipalDep,
    series_id: int,
    suggestion: Annotated[int, Form()] = 0,
    action: Annotated[str, Form(max_length=20)] = "",
) -> RedirectResponse:
    """Accept or dismiss a suggested merge or split: one action, by someone who may change both series."""
    require_series_write(session, principal, series_id)  # before anything is looked up: 403 or 404
    view = next((v for v in open_suggestions(session, series_id) if v.id == suggestion), None)
    if view is None or action not in ("accept", "dismiss"):
        raise series_suggestions.SuggestionNotFound(f"no open suggestion {suggestion} for this series")
    for sid in (view.series_id, view.other_series_id):
        if sid is not None:
            require_series_write(session, principal, sid)
    if action == "dismiss":
        series_suggestions.dismiss(session, suggestion)
        audit.record(session, principal, "update", "series", view.series_id, detail=f"dismissed: {view.text}")
        return RedirectResponse(f"/series/{series_id}", status_code=303)
    done = series_suggestions.accept(session, suggestion)
    audit.record(session, principal, "update", "series", view.series_id, detail=done)
    # A merge deletes the merged series: go to the one that received its reports.
    target = view.other_series_id if view.kind == series_suggestions.MERGE else view.series_id
    return RedirectResponse(f"/series/{target}", status_code=303)
