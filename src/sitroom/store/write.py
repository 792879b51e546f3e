"""Writing parsed reports: the original bytes, the report, its sections and items, in one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from sitroom import __version__, model
from sitroom.store.tables import Item, Original, Report, Section


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_known(session: Session, sha256: str) -> bool:
    """Whether reports from these exact bytes are stored already."""
    return session.scalar(select(Report.id).where(Report.sha256 == sha256).limit(1)) is not None


def store_original(session: Session, sha256: str, filename: str, data: bytes) -> Original:
    original = session.get(Original, sha256)
    if original is None:
        original = Original(sha256=sha256, filename=filename, size=len(data), data=data, stored_at=_now())
        session.add(original)
    return original


def add_report(
    session: Session,
    parsed: model.Report,
    *,
    series_id: int,
    sha256: str,
    part: int,
    period_date: date | None = None,
    ingested_by: str | None = None,
    status: str = "submitted",
) -> Report:
    """Insert one parsed report with its sections and items (flushes; the caller commits)."""
    report = Report(
        series_id=series_id,
        sha256=sha256,
        part=part,
        source=parsed.source,
        format=parsed.format,
        template=parsed.template,
        title=parsed.title,
        period_date=period_date or parsed.date,
        number=parsed.number,
        status=status,
        warnings=list(parsed.warnings),
        ingested_at=_now(),
        ingested_by=ingested_by,
        parser_version=__version__,
    )
    session.add(report)
    session.flush()
    _add_sections(session, report.id, parsed)
    return report


def _add_sections(session: Session, report_id: int, parsed: model.Report) -> None:
    if not parsed.sections:
        return
    # Core bulk inserts: one statement for the sections (ids returned in order), one for the items.
    section_ids = session.scalars(
        insert(Section).returning(Section.id, sort_by_parameter_order=True),
        [
            {"report_id": report_id, "position": n, "key": s.key, "heading": s.heading, "level": s.level}
            for n, s in enumerate(parsed.sections)
        ],
    ).all()
    rows = []
    position = 0
    for section_id, s in zip(section_ids, parsed.sections, strict=True):
        for it in s.items:
            rows.append(
                {
                    "section_id": section_id,
                    "report_id": report_id,
                    "position": position,
                    "text": it.text,
                    "mitigation": it.mitigation,
                    "page": it.page,
                    "char_start": it.start,
                    "char_end": it.end,
                }
            )
            position += 1
    if rows:
        session.execute(insert(Item), rows)


def replace_content(session: Session, report: Report, parsed: model.Report) -> None:
    """Swap a stored report's sections and items for a new parse of the same original (reparse)."""
    session.execute(delete(Item).where(Item.report_id == report.id))
    session.execute(delete(Section).where(Section.report_id == report.id))
    report.template = parsed.template
    report.title = parsed.title
    report.number = parsed.number
    report.period_date = report.period_date or parsed.date
    report.warnings = list(parsed.warnings)
    report.parser_version = __version__
    _add_sections(session, report.id, parsed)
