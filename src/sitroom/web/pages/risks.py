"""The risk register: every risk thread, filtered and sorted, with its history and CSV/XLSX exports."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from sitroom.brief.exports import COLUMNS, table_csv, table_xlsx
from sitroom.views.risks import SORTS, STATUSES, TRENDS, RiskFilters, risk_thread, risk_views
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, is_htmx, render, series_menu
from sitroom.web.scope import series_id_for, visible

router = APIRouter(include_in_schema=False)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Sortable columns in table order: (sort key, header label).
COLUMNS_SHOWN = [
    ("risk", "Risk"),
    ("series", "Series"),
    ("first_seen", "First seen"),
    ("last_seen", "Last seen"),
    ("reports", "Reports"),
    ("status", "Status"),
    ("trend", "Trend"),
]


def _fragment(request: Request) -> bool:
    # A history restore (back button after a cache miss) wants the whole page, not the table.
    return is_htmx(request) and request.headers.get("hx-history-restore-request") != "true"


def _params(series: str, open_only: bool, trend: str, q: str, sort: str) -> dict[str, str]:
    """The query parameters of a register view, empty ones left out (so URLs stay short)."""
    params = {"series": series, "open": "1" if open_only else "", "trend": trend, "q": q.strip(), "sort": sort}
    return {k: v for k, v in params.items() if v and not (k == "sort" and v == "priority")}


def _url(path: str, params: dict[str, str]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


def _filters(series: int | None, open_only: bool, trend: str, q: str, sort: str) -> RiskFilters:
    key = sort.strip() or "priority"
    return RiskFilters(
        series=series,
        open_only=open_only,
        trend=trend.strip() or None,
        text=q.strip() or None,
        sort=key.removeprefix("-"),
        descending=key.startswith("-"),
    )


def _headers(params: dict[str, str], f: RiskFilters) -> list[dict]:
    """Each column header: its label, the link that sorts by it (toggling direction) and its aria-sort."""
    out = []
    for key, label in COLUMNS_SHOWN:
        current = f.sort == key
        toggle = f"-{key}" if current and not f.descending else key
        out.append(
            {
                "label": label,
                "url": _url("/risks", {**params, "sort": toggle}),
                "aria_sort": ("descending" if f.descending else "ascending") if current else None,
                "numeric": key == "reports",
            }
        )
    return out


def _open_flag(open_: str) -> bool:
    return open_.strip().lower() in ("1", "true", "on", "yes")


@router.get("/risks", response_class=HTMLResponse)
def risks_page(
    request: Request,
    session: ReadSession,
    principal: PrincipalDep,
    series: str = "",
    open: str = "",
    trend: str = "",
    q: str = "",
    sort: str = "priority",
) -> HTMLResponse:
    """The register page; an htmx request gets the results fragment only."""
    open_only = _open_flag(open)
    ids = visible(session, principal)
    f = _filters(series_id_for(session, principal, series.strip() or None), open_only, trend, q, sort)
    views = risk_views(session, f, with_history=True, series_ids=ids)
    params = _params(series, open_only, trend, q, sort)
    ctx = {
        "views": views,
        "filters": f,
        "params": params,
        "sort_value": sort.strip() or "priority",
        "headers": _headers(params, f),
        "csv_url": _url("/risks/export.csv", params),
        "xlsx_url": _url("/risks/export.xlsx", params),
        "counts": {s: sum(v.status == s for v in views) for s in STATUSES},
        "trends": TRENDS,
        "sorts": SORTS,
    }
    if _fragment(request):
        response = render(request, "risks/_results.html.j2", ctx)
        # The address bar gets the canonical URL, not every empty field the form sent.
        response.headers["HX-Push-Url"] = _url("/risks", params)
    else:
        response = render(request, "risks/register.html.j2", {**ctx, "series_list": series_menu(request, session, ids)})
    response.headers["Vary"] = "HX-Request"  # one URL, two bodies: caches must keep them apart
    return response


def _export_rows(
    session: ReadSession,
    principal: PrincipalDep,
    series: str = "",
    open: str = "",
    trend: str = "",
    q: str = "",
    sort: str = "priority",
) -> list[dict]:
    """The register as shown (same filters and order) as export rows: the exports' shared query parameters."""
    series_id = series_id_for(session, principal, series.strip() or None)
    f = _filters(series_id, _open_flag(open), trend, q, sort)
    return [v.to_row() for v in risk_views(session, f, series_ids=visible(session, principal))]


ExportRows = Annotated[list[dict], Depends(_export_rows)]


@router.get("/risks/export.csv")
def risks_csv(rows: ExportRows) -> Response:
    """The register as shown (same filters and order) as CSV; formula-like text is neutralised."""
    # A byte-order mark: Excel otherwise reads UTF-8 as the local code page and mangles dashes and £.
    text = "\ufeff" + table_csv(rows, COLUMNS["risks"])
    return Response(
        text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="risks.csv"'},
    )


@router.get("/risks/export.xlsx")
def risks_xlsx(rows: ExportRows) -> Response:
    """The register as shown as an XLSX workbook of one sheet; formula-like text stays text."""
    return Response(
        table_xlsx("risks", rows),
        media_type=XLSX_TYPE,
        headers={"Content-Disposition": 'attachment; filename="risks.xlsx"'},
    )


@router.get("/risks/{key}", response_class=HTMLResponse)
def risk_page(request: Request, session: ReadSession, principal: PrincipalDep, key: str) -> HTMLResponse:
    """One risk thread and every report it appeared in; an htmx request gets the history fragment."""
    view = risk_thread(session, key, visible(session, principal))  # not yours: 404, as a missing thread
    name = "risks/_history.html.j2" if _fragment(request) else "risks/thread.html.j2"
    response = render(request, name, {"view": view})
    response.headers["Vary"] = "HX-Request"
    return response
