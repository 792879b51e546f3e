"""Full-text search over the items of every report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sitroom.store.search import MAX_RANKED, SearchFilters, search_page
from sitroom.web.api.common import BAD_REQUEST, NO_NUL, NOT_FOUND, SeriesRef, Since, Until
from sitroom.web.api.schemas import SearchResults
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import series_id_for, visible

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResults, responses={**BAD_REQUEST, **NOT_FOUND})
def get_search(
    session: ReadSession,
    principal: PrincipalDep,
    q: Annotated[str, Query(max_length=500, pattern=NO_NUL, description="Words that must all occur.")],
    series: SeriesRef = None,
    section: Annotated[
        str | None, Query(max_length=100, pattern=NO_NUL, description="Only items of this section key.")
    ] = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=100, description="How many hits, best first.")] = 20,
    offset: Annotated[
        int, Query(ge=0, le=MAX_RANKED - 1, description=f"How many hits to skip (one ranking holds {MAX_RANKED}).")
    ] = 0,
    include_superseded: Annotated[
        bool, Query(description="Also items of superseded returns (each hit gives its report's status).")
    ] = False,
) -> dict:
    """Items matching every word of ``q`` (stemmed), best first, with a highlighted snippet.

    ``total`` counts the hits of the ranking, which covers the most recent 1,000 matches passing the
    filters and holds at most 500; pages of one query never overlap. A query with no words in it is
    a 400 saying so.
    """
    filters = SearchFilters(
        series_id_for(session, principal, series),
        section,
        since,
        until,
        limit,
        visible(session, principal),
        include_superseded,
    )
    total, hits = search_page(session, q, filters, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": hits, "query": q}
