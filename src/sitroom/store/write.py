"""Writing parsed reports: the original bytes, the report, its sections and items, in one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from sitroom import __version__, model
from sitroom.store import limits
from sitroom.store.tables import Item, Original, Report, Section


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_known(session: Session, sha256: str) -> bool:
    """Whether reports from these exact bytes are stored already."""
    return session.scalar(select(Report.id).where(Report.sha256 == sha256).limit(1)) is not None


def store_original(session: Session, sha256: str, filename: str, data: bytes) -> Original:
    original = session.get(Original, sha256)
    if original is None:
        name = limits.shorten(Original.filename, filename)
        original = Original(sha256=sha256, filename=name, size=len(data), data=data, stored_at=_now())
        session.add(original)
    return original


class _Clean:
    """Text on its way into the database without NUL characters (a file's text may hold some, neither
    database keeps them), counted for the report's warnings."""

    def __init__(self) -> None:
        self.removed = 0

    def __call__(self, value: str | None) -> str | None:
        if value and "\x00" in value:
            self.removed += value.count("\x00")
            return value.replace("\x00", "")
        return value

    def warnings(self) -> list[str]:
        if not self.removed:
            return []
        return [f"{self.removed} NUL character{'s' if self.removed > 1 else ''} removed from the text"]


Content = list[tuple[dict, list[dict]]]


def _content(parsed: model.Report, clean: _Clean) -> Content:
    """Each section's row and its items' rows, ids left to fill in."""
    content, position = [], 0
    for n, s in enumerate(parsed.sections):
        key = limits.shorten(Section.key, s.key, keep="head") if s.key else s.key
        section = {"position": n, "key": key, "heading": clean(s.heading), "level": s.level}
        items = []
        for it in s.items:
            items.append(
                {
                    "position": position,
                    "text": clean(it.text),
                    "mitigation": clean(it.mitigation),
                    "page": it.page,
                    "char_start": it.start,
                    "char_end": it.end,
                }
            )
            position += 1
        content.append((section, items))
    return content


def _number(value: int | None) -> int | None:
    # A "report number" beyond the database's integer range is no report number (a date run together, say).
    return value if value is None or limits.INT_MIN <= value <= limits.INT_MAX else None


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
    """Insert one parsed report with its sections and items (flushes; the caller commits).

    What the database could not hold is made to fit first: a source name too long keeps its tail, NUL
    characters are removed from the text (and the report warns of it)."""
    clean = _Clean()
    content = _content(parsed, clean)
    title = clean(parsed.title)
    report = Report(
        series_id=series_id,
        sha256=sha256,
        part=part,
        source=limits.shorten(Report.source, parsed.source),
        format=parsed.format,
        template=limits.shorten(Report.template, parsed.template, keep="head") if parsed.template else None,
        title=title,
        period_date=period_date or parsed.date,
        number=_number(parsed.number),
        status=status,
        warnings=[*parsed.warnings, *clean.warnings()],
        ingested_at=_now(),
        ingested_by=ingested_by,
        parser_version=__version__,
    )
    session.add(report)
    session.flush()
    _add_content(session, report.id, content)
    return report


def _add_content(session: Session, report_id: int, content: Content) -> None:
    if not content:
        return
    # Core bulk inserts: one statement for the sections (ids returned in order), one for the items.
    section_ids = session.scalars(
        insert(Section).returning(Section.id, sort_by_parameter_order=True),
        [{**section, "report_id": report_id} for section, _ in content],
    ).all()
    rows = [
        {**item, "section_id": section_id, "report_id": report_id}
        for section_id, (_, items) in zip(section_ids, content, strict=True)
        for item in items
    ]
    if rows:
        session.execute(insert(Item), rows)


def replace_content(session: Session, report: Report, parsed: model.Report) -> None:
    """Swap a stored report's sections and items for a new parse of the same original (reparse)."""
    clean = _Clean()
    content = _content(parsed, clean)
    session.execute(delete(Item).where(Item.report_id == report.id))
    session.execute(delete(Section).where(Section.report_id == report.id))
    report.template = limits.shorten(Report.template, parsed.template, keep="head") if parsed.template else None
    report.title = clean(parsed.title)
    report.number = _number(parsed.number)
    report.period_date = report.period_date or parsed.date
    report.warnings = [*parsed.warnings, *clean.warnings()]
    report.parser_version = __version__
    _add_content(session, report.id, content)
