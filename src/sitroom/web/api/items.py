"""Items with their threads, and the stored links of a report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sitroom.store.items import item_thread, report_links
from sitroom.store.lookup import MAX_ID
from sitroom.web.api.common import NOT_FOUND, ItemId
from sitroom.web.api.schemas import ItemDetail, LinkOut
from sitroom.web.deps import ReadSession

router = APIRouter(tags=["items"])


@router.get("/items/{item_id}", response_model=ItemDetail, responses=NOT_FOUND)
def get_item(item_id: ItemId, session: ReadSession) -> dict:
    """One item with its thread: the same statement in earlier reports (``previous``) and later ones (``next``)."""
    return item_thread(session, item_id)


@router.get("/links", response_model=list[LinkOut], responses=NOT_FOUND)
def get_links(
    session: ReadSession,
    report: Annotated[int, Query(ge=1, le=MAX_ID, description="The report whose links to list.")],
) -> list[dict]:
    """The links of one report's items to the report before it: new, updated, continuing, and dropped rows."""
    return report_links(session, report)
