"""Reports: the list with filters, one report with its items' link status, its original file, its diff.

The report page reads the same store functions (``sitroom.views.reports``), so both show the
same statuses, counts and dropped items.
"""

from __future__ import annotations

from datetime import UTC
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy.orm import Session

from sitroom.store.lookup import MAX_ID
from sitroom.views.diffs import diff_stored
from sitroom.views.originals import MEDIA_TYPES, original_file
from sitroom.views.reportlist import MAX_PER_PAGE, ReportFilters, ReportRow, find_reports
from sitroom.views.reports import ReportView, report_view
from sitroom.web.api.common import (
    BAD_REQUEST,
    NO_NUL,
    NOT_FOUND,
    Offset,
    Page,
    ReportId,
    SeriesRef,
    Since,
    Until,
    attachment,
)
from sitroom.web.api.schemas import ReportDetail, ReportDiff, ReportSummary
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import require_report, series_id_for, visible

router = APIRouter(tags=["reports"])


class ChangeFilter(StrEnum):
    changed = "changed"
    new = "new"
    updated = "updated"
    dropped = "dropped"


def row_summary(row: ReportRow) -> dict:
    """A report-list row in the API's shape."""
    return {
        "id": row.id,
        "series_id": row.series_id,
        "series": row.series,
        "organisation": row.organisation,
        "date": row.date,
        "number": row.number,
        "title": row.title,
        "source": row.source,
        "format": row.format,
        "items": row.items,
        "counts": row.counts,
        "status": row.status,
        "superseded_by": row.superseded_by.id if row.superseded_by else None,
    }


def view_summary(view: ReportView) -> dict:
    """A report view in the shape of a report-list row."""
    r = view.report
    return {
        "id": r.id,
        "series_id": view.series_id,
        "series": view.series,
        "organisation": view.organisation,
        "date": r.period_date,
        "number": r.number,
        "title": r.title,
        "source": r.source,
        "format": r.format,
        "items": sum(len(s.items) for s in r.sections),
        "counts": view.counts,
        "status": r.status,
        "superseded_by": view.superseded_by.id if view.superseded_by else None,
    }


def page_of_reports(session: Session, filters: ReportFilters, limit: int, offset: int) -> tuple[int, list[ReportRow]]:
    """Rows ``offset`` to ``offset + limit`` of the report list, read as one or two of its pages."""
    first = offset // limit + 1
    page = find_reports(session, filters, first, limit)
    if page.page != first:  # past the end, find_reports gives the last page: the API gives nothing
        return page.total, []
    rows = page.rows[offset % limit :]
    if offset % limit and first * limit < page.total:
        rows += find_reports(session, filters, first + 1, limit).rows[: offset % limit]
    return page.total, rows


@router.get("/reports", response_model=Page[ReportSummary], responses={**BAD_REQUEST, **NOT_FOUND})
def get_reports(
    session: ReadSession,
    principal: PrincipalDep,
    series: SeriesRef = None,
    organisation: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="An organisation's exact name.")
    ] = None,
    since: Since = None,
    until: Until = None,
    status: Annotated[
        ChangeFilter | None, Query(description="Only reports carrying this kind of change against the one before.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"Page size (at most {MAX_PER_PAGE}).")] = 50,
    offset: Offset = 0,
) -> dict:
    """Reports newest first, with series, organisation, item count and items by status.

    An unknown series is a 404; ``since`` after ``until`` a 400.
    """
    filters = ReportFilters(
        series_id_for(session, principal, series),
        organisation,
        since,
        until,
        status and status.value,
        series_ids=visible(session, principal),
    )
    total, rows = page_of_reports(session, filters, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [row_summary(r) for r in rows]}


@router.get("/reports/{report_id}", response_model=ReportDetail, responses=NOT_FOUND)
def get_report(report_id: ReportId, session: ReadSession, principal: PrincipalDep) -> dict:
    """One report: its sections and items, each item new, updated or continuing against the report before it,
    and the items of that report which were dropped."""
    view = report_view(session, report_id, visible(session, principal))  # not yours: 404, as a missing one
    r = view.report

    def item(i) -> dict:
        st = view.statuses.get(i.id)
        return {
            "id": i.id,
            "position": i.position,
            "text": i.text,
            "mitigation": i.mitigation,
            "page": i.page,
            "status": st.status if st else None,
            "prev_item_id": st.prev_item_id if st else None,
            "prev_report_id": st.prev_report_id if st else None,
            "prev_text": st.prev_text if st else None,
            "possible": st.possible if st else False,
        }

    return {
        **view_summary(view),
        "template": r.template,
        "sha256": r.sha256,
        "ingested_at": r.ingested_at.replace(tzinfo=UTC),  # stored as naive UTC
        "warnings": list(r.warnings or []),
        "previous": view.previous,
        "next": view.next,
        "sections": [
            {"key": s.key, "heading": s.heading, "level": s.level, "items": [item(i) for i in s.items]}
            for s in r.sections
        ],
        "dropped": [
            {
                "id": d.item_id,
                "report_id": d.report_id,
                "text": d.text,
                "mitigation": d.mitigation,
                "heading": d.heading,
            }
            for d in view.dropped
        ],
    }


@router.get(
    "/reports/{report_id}/original",
    response_class=Response,
    responses={
        200: {
            "description": "The file as it was ingested.",
            "content": {m: {} for m in sorted({*MEDIA_TYPES.values(), "application/octet-stream"})},
        },
        **NOT_FOUND,
    },
)
def get_original(report_id: ReportId, session: ReadSession, principal: PrincipalDep) -> Response:
    """The original file the report was read from, as a download (an e-mail attachment: the whole e-mail)."""
    require_report(session, principal, report_id)
    f = original_file(session, report_id)
    return Response(f.data, media_type=f.media_type, headers={"Content-Disposition": attachment(f.filename)})


@router.get("/reports/{report_id}/diff", response_model=ReportDiff, responses=NOT_FOUND)
def get_diff(
    report_id: ReportId,
    session: ReadSession,
    principal: PrincipalDep,
    against: Annotated[
        int | None,
        Query(ge=1, le=MAX_ID, description="Compare with this report instead of the one before it in its series."),
    ] = None,
) -> dict:
    """Each item of the report paired with its predecessor: new, updated, continuing, and the dropped items.

    Against the report before it these are the links stored at ingest; against another report
    (``against``) the items are linked afresh, as ``sitroom diff`` does. The first report of a series
    has nothing to compare with unless ``against`` is given: 404.
    """
    require_report(session, principal, report_id)
    if against is not None:
        require_report(session, principal, against)  # both sides must be readable
    diff = diff_stored(session, report_id, against)
    return {
        **diff,
        "old": view_summary(report_view(session, diff["old"])),
        "new": view_summary(report_view(session, diff["new"])),
    }
