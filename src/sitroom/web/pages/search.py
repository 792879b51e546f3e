"""Search: full-text search over every item, live as you type (htmx) and as a plain GET form."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from sitroom.store.search import BadQuery, SearchFilters, collapse_threads, search_items
from sitroom.views.sections import section_choices
from sitroom.views.serieslist import list_series
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession, cached, ids_key, is_htmx, render
from sitroom.web.scope import series_id_for, visible

router = APIRouter(include_in_schema=False)

PAGE = 25  # hits per page: a phone screen's worth of snippets, a few screens on a desk
MAX_PAGES = 20  # the store ranks at most 500 hits of a query


def _fragment(request: Request) -> bool:
    # A history restore (back button after a cache miss) wants the whole page, not the results.
    return is_htmx(request) and request.headers.get("hx-history-restore-request") != "true"


def _day(value: str, label: str, problems: list[str]) -> date | None:
    """A form date, or None with a problem noted (a bad date is the reader's slip, not a server error)."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(f"“{value}” is not a date for “{label}”: use YYYY-MM-DD.")
        return None


def _with_day(result: dict) -> dict:
    # The store gives ISO text (JSON-ready); the page writes dates as a reader does.
    raw = result.get("date")
    return {**result, "day": date.fromisoformat(raw) if isinstance(raw, str) and raw else raw}


def menus_key(ids) -> tuple:
    """The view-cache key of the search form's menus for a reader seeing ``ids``."""
    return ("search-menus", ids_key(ids))


def search_menus(session: Session, ids) -> dict:
    """The search form's menus: series and section headings (both count every stored report)."""
    return {"series_list": list_series(session, ids), "sections": section_choices(session, ids)}


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    session: ReadSession,
    principal: PrincipalDep,
    q: str = "",
    series: str = "",
    section: str = "",
    since: str = "",
    until: str = "",
    superseded: str = "",
    page: Annotated[int, Query(ge=1, le=MAX_PAGES)] = 1,
) -> HTMLResponse:
    """The search page; an htmx request gets the results fragment only. An empty query shows the form alone.

    Page ``n`` shows hits ``(n-1)·PAGE+1`` to ``n·PAGE`` of one ranking (asking for more hits extends it).
    """
    problems: list[str] = []
    ids = visible(session, principal)
    filters = SearchFilters(
        series=series_id_for(session, principal, series.strip() or None),
        section=section.strip() or None,
        since=_day(since, "From", problems),
        until=_day(until, "Until", problems),
        # Every hit the store ranks: threads are collapsed over the whole ranking, then paged.
        limit=MAX_PAGES * PAGE,
        series_ids=ids,
        include_superseded=bool(superseded),
    )
    results: list[dict] | None = None
    more = False
    if q.strip() and not problems:
        try:
            hits = search_items(session, q, filters)
            # A thread's items (the same item week after week) are one result, its newest.
            threads = collapse_threads(session, hits)
            results = [_with_day(r) | {"earlier": list(map(_with_day, r["earlier"]))} for r in threads]
            more = len(results) > page * PAGE
            results = results[(page - 1) * PAGE : page * PAGE]
        except BadQuery:
            problems.append("Type a word or a number to search for: punctuation alone finds nothing.")
    ctx = {
        "q": q,
        "params": {
            "series": series.strip(),
            "section": section.strip(),
            "since": since.strip(),
            "until": until.strip(),
            "superseded": "1" if superseded else "",
        },
        "results": results,
        "problems": problems,
        "first": (page - 1) * PAGE + 1,
        "page": page,
        "more": more,
    }
    # The canonical query (no empty fields) for the address bar and the next page's link.
    kept = {"q": q.strip(), **ctx["params"]}
    ctx["query"] = urlencode({k: v for k, v in kept.items() if v})
    if _fragment(request):
        response = render(request, "search/_results.html.j2", ctx)
        # The address bar gets the canonical URL, not every empty field the form sent.
        response.headers["HX-Push-Url"] = f"/search?{ctx['query']}" if ctx["query"] else "/search"
    else:
        ctx |= cached(request, session, menus_key(ids), lambda: search_menus(session, ids))
        response = render(request, "search/search.html.j2", ctx)
    response.headers["Vary"] = "HX-Request"  # one URL, two bodies: caches must keep them apart
    return response
