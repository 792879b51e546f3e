"""Reading a file: extract it into a Document, then parse that into Reports.

Usable as a library on plain text::

    from sitroom.read import parse_text
    report = parse_text("KEY ACTIVITY HEADLINES\\n\\n• Visits continue;\\n")

It sits above both the extractors and the parser, which know nothing of each other.
"""

from __future__ import annotations

from pathlib import Path

from sitroom.extract import ExtractContext, extract_bytes, extract_file
from sitroom.extract.text import TextExtractor
from sitroom.model import Document, Report
from sitroom.parse import AUTO, parse_document
from sitroom.templates import Template

__all__ = ["AUTO", "parse_bytes", "parse_file", "parse_text"]


def parse_file(
    path: str | Path, template: str | Template | None = AUTO, ctx: ExtractContext | None = None
) -> list[Report]:
    """Extract and parse a file; an e-mail gives its body and then each attached document."""
    return _with_attachments(extract_file(path, ctx), template)


def parse_bytes(
    data: bytes, source: str, template: str | Template | None = AUTO, ctx: ExtractContext | None = None
) -> list[Report]:
    """Extract and parse bytes (an upload); see :func:`parse_file`."""
    return _with_attachments(extract_bytes(data, source, ctx), template)


def parse_extracted(doc: Document, template: str | Template | None = AUTO) -> list[Report]:
    """Parse an extracted document: its body (when it is a report) and each attachment's reports."""
    return _with_attachments(doc, template)


def parse_text(text: str, source: str = "<text>", template: str | Template | None = AUTO) -> Report:
    """Parse plain text, as if read from a .txt file."""
    doc = TextExtractor().extract(text.encode("utf-8"), source if "." in source else source + ".txt", ExtractContext())
    doc.source = source
    return parse_document(doc, template)


def _with_attachments(doc: Document, template: str | Template | None) -> list[Report]:
    attached = [r for att in doc.attachments for r in _with_attachments(att, template)]
    if doc.meta.get("digest"):
        # a digest's messages: the reports among them (sections under two headings or more), the members' talk
        # around them not
        reports = [r for r in attached if sum(1 for s in r.sections if s.heading) >= 2]
        return reports or attached
    body = parse_document(doc, template) if doc.blocks or not attached else None
    # "Please find this week's return attached" is a covering note, not a report: an e-mail body
    # counts as a sitrep of its own when it has headings, or when nothing is attached.
    if body is not None and (not attached or any(s.heading for s in body.sections)):
        return [body, *attached]
    return attached
