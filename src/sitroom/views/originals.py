"""A report's original file as it was submitted, with a media type and a file name safe to hand out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.queries import get_report
from sitroom.store.tables import Original


class OriginalMissing(SitroomError):
    """The stored bytes of a report's file are gone."""

    http_status = 404


MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "htm": "text/html",
    "txt": "text/plain",
    "text": "text/plain",
    "md": "text/markdown",
    "markdown": "text/markdown",
    "rst": "text/plain",
    "eml": "message/rfc822",
    "msg": "application/vnd.ms-outlook",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True, slots=True)
class OriginalFile:
    """A report's original bytes with a safe download name and media type."""

    filename: str
    media_type: str
    data: bytes


def safe_filename(name: str, fallback: str = "report") -> str:
    """A download name that is safe in a Content-Disposition header and on any disk: the last path
    part only, ASCII letters, digits, dot, dash, underscore and space; no leading dots; ≤ 120 chars."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name  # strips both / and \ folders
    base = _UNSAFE.sub("_", base).strip(" ._")
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 120 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else base[:120]
    return base or fallback


def original_file(session: Session, report_id: int) -> OriginalFile:
    """The file a report was read from (the whole message, for a report attached to an e-mail).

    Raises ``ReportNotFound`` for an unknown report, ``OriginalMissing`` if its bytes are gone.
    """
    report = get_report(session, report_id)
    original = session.get(Original, report.sha256)
    if original is None:
        raise OriginalMissing(f"the original file of report {report_id} is not stored")
    name = safe_filename(original.filename or report.source, f"report-{report_id}")
    suffix = name.rpartition(".")[2].lower() if "." in name else ""
    media = MEDIA_TYPES.get(suffix) or (MEDIA_TYPES.get(report.format) if report.part == 0 else None)
    if "." not in name and report.part == 0 and report.format in MEDIA_TYPES:
        name = f"{name}.{report.format}"
    return OriginalFile(name, media or "application/octet-stream", original.data)
