"""Report pages: the filtered list, one report with its item statuses, its diff, its original file."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from sitroom.views.originals import original_file
from sitroom.views.reportdiff import report_diff
from sitroom.views.reportlist import CHANGE_FILTERS, ReportFilters, find_reports, organisations
from sitroom.views.reports import report_view
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, cached, ids_key, is_htmx, render, series_menu
from sitroom.web.scope import require_report, series_id_for, visible

router = APIRouter(include_in_schema=False)

PER_PAGE = 25
STATUS_LABELS = {
    "": "Any",
    "changed": "With any change",
    "new": "With new items",
    "updated": "With updated items",
    "dropped": "With dropped items",
}


def _date(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD query value; empty means no filter (an empty form field sends ``name=``)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date as YYYY-MM-DD, not {value[:40]!r}") from None


def _page_links(params: dict[str, str], page: int, pages: int) -> dict[str, str | None]:
    def href(n: int) -> str:
        return "/reports?" + urlencode({**params, "page": str(n)})

    return {"prev": href(page - 1) if page > 1 else None, "next": href(page + 1) if page < pages else None}


@router.get("/reports", response_class=HTMLResponse)
def reports_list(
    request: Request,
    session: ReadSession,
    principal: PrincipalDep,
    series: Annotated[str, Query(max_length=300)] = "",
    organisation: Annotated[str, Query(max_length=200)] = "",
    since: Annotated[str, Query(max_length=20)] = "",
    until: Annotated[str, Query(max_length=20)] = "",
    status: Annotated[str, Query(max_length=20)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    """Reports newest first, filtered by series, organisation, date range and kind of change; paged.

    ``status`` filters on what a report changed against its previous report (new, updated or
    dropped items, or any of them), the useful question when reports themselves are all "submitted".
    An htmx request gets the results fragment only.
    """
    if status and status not in CHANGE_FILTERS:
        raise HTTPException(400, f"status must be one of: {', '.join(CHANGE_FILTERS)}")
    ids = visible(session, principal)
    filters = ReportFilters(
        series=series_id_for(session, principal, series or None),
        organisation=organisation or None,
        since=_date(since, "since"),
        until=_date(until, "until"),
        status=status or None,
        series_ids=ids,
    )
    result = find_reports(session, filters, page, PER_PAGE)
    params = {k: v for k, v in {"series": series, "organisation": organisation, "since": since, "until": until,
                               "status": status}.items() if v}  # fmt: skip
    ctx = {
        "result": result,
        "params": params,
        "links": _page_links(params, result.page, result.pages),
    }
    fragment = is_htmx(request) and request.headers.get("hx-history-restore-request") != "true"
    if fragment:
        response = render(request, "reports/_results.html.j2", ctx)
    else:
        ctx |= {
            "all_series": series_menu(request, session, ids),
            "all_organisations": cached(
                request, session, ("organisations", ids_key(ids)), lambda: organisations(session, ids)
            ),
            "status_labels": STATUS_LABELS,
        }
        response = render(request, "reports/list.html.j2", ctx)
    response.headers["vary"] = "HX-Request"  # the same URL answers a page or a fragment
    return response


@router.get("/reports/{report_id:int}", response_class=HTMLResponse)
def report_page(request: Request, session: ReadSession, principal: PrincipalDep, report_id: int) -> HTMLResponse:
    """One report: sections and items with their status badges, mitigations, dropped items, neighbours."""
    # Not yours: the same 404 as a missing report, checked on the report as it is read.
    view = report_view(session, report_id, visible(session, principal))
    return render(request, "reports/report.html.j2", {"view": view, "tab": "report"})


@router.get("/reports/{report_id:int}/diff", response_class=HTMLResponse)
def report_diff_page(request: Request, session: ReadSession, principal: PrincipalDep, report_id: int) -> HTMLResponse:
    """The report side by side with the one before it in its series, changed words marked."""
    require_report(session, principal, report_id)
    diff = report_diff(session, report_id)
    return render(request, "reports/diff.html.j2", {"view": diff.view, "diff": diff, "tab": "diff"})


@router.get("/reports/{report_id:int}/original")
def report_original(session: ReadSession, principal: PrincipalDep, report_id: int) -> Response:
    """The file the report was read from, as a download (never shown inline: it may hold active content)."""
    require_report(session, principal, report_id)
    f = original_file(session, report_id)
    return Response(
        f.data,
        media_type=f.media_type,
        headers={"content-disposition": f'attachment; filename="{f.filename}"'},
    )
