"""Figures: one chart per subject stated in the reports, each with its data as a table beneath."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sitroom.brief.figurepage import draw_figure_page
from sitroom.views.figures import figure_charts
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, is_htmx, render, series_menu
from sitroom.web.scope import series_id_for, visible

router = APIRouter(include_in_schema=False)


def _fragment(request: Request) -> bool:
    # A history restore (back button after a cache miss) wants the whole page, not the charts.
    return is_htmx(request) and request.headers.get("hx-history-restore-request") != "true"


def _url(params: dict[str, str | int]) -> str:
    kept = {k: v for k, v in params.items() if v and not (k == "page" and v == 1)}
    return f"/figures?{urlencode(kept)}" if kept else "/figures"


@router.get("/figures", response_class=HTMLResponse)
def figures_page(
    request: Request,
    session: ReadSession,
    principal: PrincipalDep,
    series: str = "",
    subject: str = "",
    page: int = Query(1, ge=1, le=100_000),
) -> HTMLResponse:
    """Charts of the figures, most reported subjects first, a page at a time; htmx gets the charts only."""
    params = {"series": series.strip(), "subject": subject.strip()}
    ids = visible(session, principal)
    series_id = series_id_for(session, principal, params["series"] or None)
    result = draw_figure_page(figure_charts(session, params["subject"] or None, series_id, page=page, series_ids=ids))
    ctx = {
        "result": result,
        "params": params,
        "prev_url": _url({**params, "page": result.page - 1}) if result.page > 1 else None,
        "next_url": _url({**params, "page": result.page + 1}) if result.page < result.pages else None,
    }
    if _fragment(request):
        response = render(request, "figures/_charts.html.j2", ctx)
        # The address bar gets the canonical URL, not every empty field the form sent.
        response.headers["HX-Push-Url"] = _url({**params, "page": result.page})
    else:
        menus = {"series_list": series_menu(request, session, ids)}
        response = render(request, "figures/figures.html.j2", {**ctx, **menus})
    response.headers["Vary"] = "HX-Request"  # one URL, two bodies: caches must keep them apart
    return response
