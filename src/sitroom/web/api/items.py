"""Items with their threads, and the stored links of a report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sitroom.store.lookup import MAX_ID
from sitroom.views.items import item_thread, report_links
from sitroom.web.api.common import NOT_FOUND, ItemId, Limit, Offset, Page
from sitroom.web.api.schemas import ItemDetail, LinkOut
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import require_report, visible

router = APIRouter(tags=["items"])


@router.get("/items/{item_id}", response_model=ItemDetail, responses=NOT_FOUND)
def get_item(item_id: ItemId, session: ReadSession, principal: PrincipalDep) -> dict:
    """One item with its thread: the same statement in earlier reports (``previous``) and later ones (``next``)."""
    return item_thread(session, item_id, visible(session, principal))  # not yours: 404, as a missing item


@router.get("/links", response_model=Page[LinkOut], responses=NOT_FOUND)
def get_links(
    session: ReadSession,
    principal: PrincipalDep,
    report: Annotated[int, Query(ge=1, le=MAX_ID, description="The report whose links to list.")],
    limit: Limit = 500,
    offset: Offset = 0,
) -> dict:
    """The links of one report's items to the report before it: new, updated, continuing, and dropped rows."""
    require_report(session, principal, report)
    rows = report_links(session, report)
    return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset : offset + limit]}
