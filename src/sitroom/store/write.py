"""Writing parsed reports: the original bytes, the report, its sections and items, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sitroom import __version__, model
from sitroom.store import limits
from sitroom.store.bulk import insert_returning_ids
from sitroom.store.tables import Item, Original, Report, Section


@dataclass(frozen=True, slots=True)
class StoredItem:
    """An item as just stored (its text without NULs, its section's key as kept), for linking it at once
    without reading it back."""

    id: int
    text: str
    key: str | None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_known(session: Session, sha256: str) -> bool:
    """Whether reports from these exact bytes are stored already."""
    return session.scalar(select(Report.id).where(Report.sha256 == sha256).limit(1)) is not None


def known_among(session: Session, digests: list[str]) -> set[str]:
    """Those of ``digests`` whose bytes have reports stored already: ``is_known`` of several, one query."""
    if not digests:
        return set()
    return set(session.scalars(select(Report.sha256).where(Report.sha256.in_(digests)).distinct()))


def store_original(session: Session, sha256: str, filename: str, data: bytes) -> None:
    """Keep a file's bytes under their hash (kept bytes stay as they are). One statement: the bytes
    are never read back, and a concurrent writer of the same bytes waits for this one's commit."""
    name = limits.shorten(Original.filename, filename)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    values = {"sha256": sha256, "filename": name, "size": len(data), "data": data, "stored_at": _now()}
    session.execute(insert(Original).values(values).on_conflict_do_nothing(index_elements=["sha256"]))


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
    return add_report_with_items(
        session,
        parsed,
        series_id=series_id,
        sha256=sha256,
        part=part,
        period_date=period_date,
        ingested_by=ingested_by,
        status=status,
    )[0]


def add_report_with_items(
    session: Session,
    parsed: model.Report,
    *,
    series_id: int,
    sha256: str,
    part: int,
    period_date: date | None = None,
    ingested_by: str | None = None,
    status: str = "submitted",
) -> tuple[Report, list[StoredItem]]:
    """``add_report``, with the stored items in document order (what linking and analysis need of them)."""
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
    return report, _add_content(session, report.id, content)


def _add_content(session: Session, report_id: int, content: Content) -> list[StoredItem]:
    if not content:
        return []
    # One statement for the sections and one for the items, ids returned in order.
    section_ids = insert_returning_ids(
        session, Section.__table__, [{**section, "report_id": report_id} for section, _ in content]
    )
    rows, keys = [], []
    for section_id, (section, items) in zip(section_ids, content, strict=True):
        rows += [{**item, "section_id": section_id, "report_id": report_id} for item in items]
        keys += [section["key"]] * len(items)
    ids = insert_returning_ids(session, Item.__table__, rows)
    return [StoredItem(i, row["text"], key) for i, row, key in zip(ids, rows, keys, strict=True)]


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
