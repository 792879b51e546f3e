"""The consolidated brief of a cycle, as a download in each format or as JSON."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from sitroom.brief.compose import compose_brief
from sitroom.brief.length import DEFAULT_MAX_PAGES
from sitroom.brief.model import (
    Brief,
    BriefSection,
    Changes,
    CycleReport,
    FigureChange,
    MissingReturn,
    RiskLine,
)
from sitroom.brief.publication import record_publication
from sitroom.store import session_scope
from sitroom.web.api.common import BAD_REQUEST, EARLIEST, LATEST, NOT_FOUND, SeriesRef, attachment
from sitroom.web.auth import PrincipalDep
from sitroom.web.deps import ReadSession
from sitroom.web.scope import series_id_for, visible

router = APIRouter(tags=["brief"])


class BriefFormat(StrEnum):
    html = "html"
    md = "md"
    docx = "docx"
    pdf = "pdf"
    json = "json"


MEDIA_TYPES = {
    BriefFormat.html: "text/html; charset=utf-8",
    BriefFormat.md: "text/markdown; charset=utf-8",
    BriefFormat.docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    BriefFormat.pdf: "application/pdf",
}


class ChartInfo(BaseModel):
    title: str
    alt: str = Field(description="The chart's trend in words.")


class BriefOut(BaseModel):
    """The brief as data: every line is a stored item with its sources (series, report, item)."""

    title: str
    date: dt.date | None = Field(description="The cycle date; null when the store holds no dated report.")
    since: dt.date | None
    series: str | None
    reports: list[CycleReport]
    changes: Changes
    sections: list[BriefSection]
    figures: list[FigureChange]
    risks: list[RiskLine]
    missing: list[MissingReturn]
    first_reports: list[str]
    charts: list[ChartInfo]
    warnings: list[str]
    omitted: dict[str, int] = Field(description="Lines left out to keep to max_pages, by part of the brief.")


def brief_to_model(brief: Brief) -> BriefOut:
    """The brief's dataclasses as the JSON model (charts by title and description; their images stay out)."""
    return BriefOut(
        title=brief.title,
        date=brief.date,
        since=brief.since,
        series=brief.series,
        reports=brief.reports,
        changes=brief.changes,
        sections=brief.sections,
        figures=brief.figures,
        risks=brief.risks,
        missing=brief.missing,
        first_reports=brief.first_reports,
        charts=[ChartInfo(title=c.title, alt=c.alt) for c in brief.charts],
        warnings=brief.warnings,
        omitted=brief.omitted,
    )


def render(brief: Brief, fmt: BriefFormat, base_url: str) -> bytes:
    """The brief in ``fmt`` (not json), by the renderers `sitroom brief` uses."""
    if fmt is BriefFormat.md:
        from sitroom.brief.markdown import render_markdown

        return render_markdown(brief, base_url).encode()
    if fmt is BriefFormat.html:
        from sitroom.brief.html import render_html

        return render_html(brief, base_url).encode()
    if fmt is BriefFormat.docx:
        from sitroom.brief.docx import render_docx

        return render_docx(brief, base_url)
    from sitroom.brief.pdf import render_pdf

    return render_pdf(brief, base_url)


@router.get(
    "/brief",
    response_model=BriefOut,
    responses={200: {"content": {m.split(";")[0]: {} for m in MEDIA_TYPES.values()}}, **BAD_REQUEST, **NOT_FOUND},
)
def get_brief(
    request: Request,
    session: ReadSession,
    principal: PrincipalDep,
    on: Annotated[
        dt.date | None,
        Query(
            alias="date",
            ge=EARLIEST,
            le=LATEST,
            description="The cycle: the latest report of each series on or before this day (default: the newest).",
        ),
    ] = None,
    since: Annotated[
        dt.date | None, Query(ge=EARLIEST, le=LATEST, description="The cycle: every report from this day.")
    ] = None,
    series: SeriesRef = None,
    format: Annotated[BriefFormat, Query(description="html, md, docx, pdf (downloads) or json.")] = (BriefFormat.html),
    max_items: Annotated[
        int | None, Query(ge=0, le=1000, description="Keep this many changes, most salient first.")
    ] = None,
    charts: Annotated[bool, Query(description="Draw the trend charts (html, docx, pdf).")] = True,
    max_pages: Annotated[
        float,
        Query(ge=0, le=1000, description="Shorten to about this many A4 pages, most salient first; 0 keeps all."),
    ] = DEFAULT_MAX_PAGES,
) -> BriefOut | Response:
    """The consolidated brief: what changed, each heading across series, figures, risks, missing returns.

    Downloads are named ``brief-<date>.<format>``; source links point at this server's report pages.
    """
    draw = charts and format in (BriefFormat.html, BriefFormat.docx, BriefFormat.pdf)
    brief = compose_brief(
        session,
        on,
        since,
        series_id_for(session, principal, series),
        max_items,
        charts=draw,
        series_ids=visible(session, principal),
        max_pages=max_pages,
    )
    if format is BriefFormat.json:
        return brief_to_model(brief)
    data = render(brief, format, str(request.base_url))
    name = f"brief-{brief.date.isoformat() if brief.date else 'empty'}.{format.value}"
    with session_scope(request.app.state.engine, write=True) as audit_session:
        record_publication(audit_session, principal, brief, format.value, name)
    return Response(data, media_type=MEDIA_TYPES[format], headers={"Content-Disposition": attachment(name)})
