"""Full-text search over the items of every report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sitroom.store.search import SearchFilters, search_items
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
) -> dict:
    """Items matching every word of ``q`` (stemmed), best first, with a highlighted snippet.

    A query with no words in it is a 400 saying so.
    """
    filters = SearchFilters(
        series_id_for(session, principal, series), section, since, until, limit, visible(session, principal)
    )
    hits = search_items(session, q, filters)
    return {"query": q, "count": len(hits), "hits": hits}
