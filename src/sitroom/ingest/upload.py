"""Uploads: one file received over the web, checked, ingested and summarised for the person who sent it.

The web page and any API call this, so that every upload gets the same name cleaning, size limit and
summary. The bytes go through :func:`sitroom.ingest.ingest_bytes` like any ingest; the extractors sniff
the content, so a file's name is only a hint (an executable renamed ``.pdf`` fails as a damaged PDF).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sitroom.display import format_size
from sitroom.ingest.pipeline import IngestOptions, IngestStatus, ingest_bytes, sha256_of
from sitroom.store.engine import session_scope
from sitroom.store.tables import Item, Report, Section, Series

# A browser may send a full client path ("C:\\Users\\me\\sitrep.docx") or a hostile one ("../../x").
_SEPARATORS = re.compile(r"[\\/]")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")
MAX_NAME = 200


def safe_filename(name: str | None) -> str:
    """The base name of an uploaded file: no directories, no control characters, at most 200 characters.

    ``"../../etc/passwd"`` → ``"passwd"``; ``"C:\\\\a\\\\b.txt"`` → ``"b.txt"``; an empty name → ``"upload"``.
    """
    base = _SEPARATORS.split(unicodedata.normalize("NFC", name or ""))[-1]
    base = _UNSAFE.sub("", base).strip().lstrip(".").strip()
    if len(base) > MAX_NAME:
        # Keep the extension: it is a hint the extractors use.
        stem, dot, ext = base.rpartition(".")
        base = stem[: MAX_NAME - len(ext) - 1] + dot + ext if dot and len(ext) <= 10 else base[:MAX_NAME]
    return base or "upload"


@dataclass(slots=True)
class ReportSummary:
    """What the uploader sees of a stored report."""

    id: int
    series: str
    date: date | None
    number: int | None
    title: str | None
    items: int
    sections: list[str]
    warnings: list[str]


@dataclass(slots=True)
class UploadOutcome:
    """The result of one uploaded file. ``status`` is ingested, duplicate or failed.

    ``http_status`` is what a response about this file alone should carry: 200, 413 (too large)
    or 422 (unreadable). For a duplicate, ``reports`` are the reports already stored from the same bytes.
    """

    filename: str
    status: IngestStatus
    reports: list[ReportSummary] = field(default_factory=list)
    reason: str | None = None
    http_status: int = 200

    @property
    def ok(self) -> bool:
        return self.status is not IngestStatus.FAILED


def upload_file(
    engine: Engine,
    data: bytes,
    filename: str | None,
    options: IngestOptions,
    series_ids: Collection[int] | None = None,
    size: int | None = None,
) -> UploadOutcome:
    """Ingest one uploaded file's bytes under its cleaned base name and summarise the outcome.

    The size limit is ``options.max_bytes``; a larger file is refused before it is parsed. A duplicate's
    summary names only the stored reports of the series in ``series_ids`` (None: all): a file someone else
    sent in shows its reports only to those who may read them. ``size`` is the whole file's size when
    ``data`` was cut short at the limit (the reason then states the true size).
    """
    name = safe_filename(filename)
    if len(data) > options.max_bytes:
        return UploadOutcome(
            name,
            IngestStatus.FAILED,
            reason=f"{name}: the file is {format_size(max(size or 0, len(data)))}, "
            f"over the {format_size(options.max_bytes)} limit per file",
            http_status=413,
        )
    result = ingest_bytes(engine, data, name, options)
    if result.status is IngestStatus.FAILED:
        reason = f"{name}: {result.reason or 'could not be read'}"
        return UploadOutcome(name, result.status, reason=reason, http_status=result.http_status or 422)
    with session_scope(engine, write=False) as session:
        if result.status is IngestStatus.DUPLICATE:
            stmt = select(Report.id).where(Report.sha256 == sha256_of(data)).order_by(Report.part)
            if series_ids is not None:
                stmt = stmt.where(Report.series_id.in_(series_ids))
            ids = list(session.scalars(stmt))
        else:
            ids = result.report_ids
        return UploadOutcome(name, result.status, reports=report_summaries(session, ids))


def report_summaries(session: Session, report_ids: list[int]) -> list[ReportSummary]:
    """Series, date, item count, headings found and warnings of each report, in the order given."""
    if not report_ids:
        return []
    rows = session.execute(
        select(Report, Series.name).join(Series, Series.id == Report.series_id).where(Report.id.in_(report_ids))
    ).all()
    counts = dict(
        session.execute(
            select(Item.report_id, func.count(Item.id)).where(Item.report_id.in_(report_ids)).group_by(Item.report_id)
        ).all()
    )
    headings: dict[int, list[str]] = {}
    for report_id, heading in session.execute(
        select(Section.report_id, Section.heading)
        .where(Section.report_id.in_(report_ids), Section.heading.is_not(None))
        .order_by(Section.report_id, Section.position)
    ):
        headings.setdefault(report_id, []).append(heading)
    by_id = {
        r.id: ReportSummary(
            id=r.id,
            series=name,
            date=r.period_date,
            number=r.number,
            title=r.title,
            items=counts.get(r.id, 0),
            sections=headings.get(r.id, []),
            warnings=list(r.warnings or []),
        )
        for r, name in rows
    }
    return [by_id[i] for i in report_ids if i in by_id]
