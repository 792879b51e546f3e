"""The risk register: threads with their history, as JSON, CSV or XLSX."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from sitroom.brief.exports import COLUMNS, table_csv, table_xlsx
from sitroom.views.riskhistory import risk_threads
from sitroom.web.api.common import NOT_FOUND, Limit, Offset, Page, SeriesRef, Since, attachment
from sitroom.web.api.schemas import RiskThreadOut
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import series_id_for, visible

router = APIRouter(tags=["risks"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class RiskFormat(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@router.get(
    "/risks",
    response_model=Page[RiskThreadOut],
    responses={200: {"content": {"text/csv": {}, XLSX: {}}}, **NOT_FOUND},
)
def get_risks(
    session: ReadSession,
    principal: PrincipalDep,
    series: SeriesRef = None,
    open: Annotated[bool, Query(description="Only risks not resolved (those no longer reported included).")] = False,
    since: Since = None,
    format: Annotated[RiskFormat, Query(description="json (paged), or the whole register as csv or xlsx.")] = (
        RiskFormat.json
    ),
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict | Response:
    """The risk register, open and escalating risks first, each thread with every statement of it.

    ``format=csv`` or ``xlsx`` downloads the whole register matching the filters (``limit`` and
    ``offset`` page the JSON only); cells that a spreadsheet would run as a formula are kept as text.
    """
    threads = risk_threads(session, series_id_for(session, principal, series), open, since, visible(session, principal))
    if format is RiskFormat.csv:
        return Response(
            table_csv(threads, COLUMNS["risks"]).encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": attachment("risks.csv")},
        )
    if format is RiskFormat.xlsx:
        return Response(
            table_xlsx("risks", threads),
            media_type=XLSX,
            headers={"Content-Disposition": attachment("risks.xlsx")},
        )
    return {"total": len(threads), "limit": limit, "offset": offset, "items": threads[offset : offset + limit]}
