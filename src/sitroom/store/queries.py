"""Reading reports back: lists with filters, one report with its sections and items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sitroom import model
from sitroom.errors import ReportNotFound
from sitroom.store.series import find_series
from sitroom.store.tables import Item, Organisation, Report, Section, Series


def list_reports(
    session: Session,
    series: str | int | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Reports newest first, with their series and item counts."""
    counts = select(Item.report_id, func.count(Item.id).label("n")).group_by(Item.report_id).subquery()
    q = (
        select(Report, Series.name, Organisation.name, func.coalesce(counts.c.n, 0))
        .join(Series, Series.id == Report.series_id)
        .outerjoin(Organisation, Organisation.id == Series.organisation_id)
        .outerjoin(counts, counts.c.report_id == Report.id)
    )
    if series is not None:
        q = q.where(Report.series_id == find_series(session, series).id)
    if since:
        q = q.where(Report.period_date >= since)
    if until:
        q = q.where(Report.period_date <= until)
    q = q.order_by(Report.period_date.desc().nulls_last(), Report.number.desc().nulls_last(), Report.id.desc())
    if limit:
        q = q.limit(limit)
    return [
        {
            "id": r.id,
            "series": s,
            "organisation": o,
            "date": r.period_date.isoformat() if r.period_date else None,
            "number": r.number,
            "title": r.title,
            "source": r.source,
            "format": r.format,
            "template": r.template,
            "items": n,
            "status": r.status,
            "ingested_at": r.ingested_at.isoformat(timespec="seconds"),
        }
        for r, s, o, n in session.execute(q).all()
    ]


def get_report(session: Session, report_id: int) -> Report:
    """A report with its series, sections and items loaded."""
    report = session.scalar(
        select(Report)
        .where(Report.id == report_id)
        .options(
            selectinload(Report.sections).selectinload(Section.items),
            selectinload(Report.series),
        )
    )
    if report is None:
        raise ReportNotFound(f"no report with id {report_id}")
    return report


def report_to_dict(report: Report) -> dict:
    """A stored report in the shape of the parse JSON, plus its id and series."""
    return {
        "id": report.id,
        "series": report.series.name,
        "source": report.source,
        "format": report.format,
        "template": report.template,
        "title": report.title,
        "date": report.period_date.isoformat() if report.period_date else None,
        "number": report.number,
        "sha256": report.sha256,
        "sections": [
            {
                "key": s.key,
                "heading": s.heading,
                "level": s.level,
                "items": [
                    {
                        "id": i.id,
                        "position": i.position,
                        "text": i.text,
                        "mitigation": i.mitigation,
                        "page": i.page,
                        "start": i.char_start,
                        "end": i.char_end,
                    }
                    for i in s.items
                ],
            }
            for s in report.sections
        ],
        "warnings": list(report.warnings or []),
    }


def report_as_model(session: Session, report_id: int) -> model.Report:
    """A stored report as the parser's plain dataclasses, for the analysis stage."""
    r = get_report(session, report_id)
    return model.Report(
        source=r.source,
        format=r.format,
        template=r.template,
        title=r.title,
        date=r.period_date,
        number=r.number,
        sections=[
            model.Section(
                s.key,
                s.heading,
                s.level,
                [model.Item(i.text, i.mitigation, i.page, i.char_start, i.char_end) for i in s.items],
            )
            for s in r.sections
        ],
        warnings=list(r.warnings or []),
    )
