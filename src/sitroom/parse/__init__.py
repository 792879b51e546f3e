"""Parse: a Document of blocks → a Report of sections and items, template-aware.

Usable as a library on plain text::

    from sitroom.parse import parse_text
    report = parse_text("KEY ACTIVITY HEADLINES\\n\\n• Visits continue;\\n")
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sitroom.extract import ExtractContext, extract_bytes, extract_file
from sitroom.model import BlockKind, Document, Item, Report, Section
from sitroom.parse.headings import HeadingDetector, looks_like_heading_text
from sitroom.parse.metadata import (
    date_from_filename,
    find_date,
    find_number,
    is_date_line,
    looks_like_title,
    number_from_filename,
    report_date,
)
from sitroom.parse.risks import apply_mitigations
from sitroom.parse.units import Unit, to_units
from sitroom.templates import Template, available_templates, get_template

__all__ = ["choose_template", "parse_bytes", "parse_document", "parse_file", "parse_text"]

AUTO = "auto"
_RISK_HEADING = re.compile(r"\b(?:risks?|challenges?|issues)\b", re.I)
# A template is chosen automatically when at least this many of its sections are found.
MIN_AUTO_SECTIONS = 2


def _candidate_texts(doc: Document) -> list[str]:
    """Texts that could be headings: short blocks and lines."""
    return [b.text for b in doc.blocks if b.kind is not BlockKind.ITEM and len(b.text) <= 120]


def choose_template(doc: Document, templates: list[Template] | None = None) -> Template | None:
    """The template whose sections best match the document's candidate headings, or None."""
    templates = templates if templates is not None else available_templates()
    texts = _candidate_texts(doc)
    head = " ".join(b.text for b in doc.blocks[:15]) + " " + (doc.title or "")
    best, best_score = None, 0.0
    for t in templates:
        found = set()
        for text in texts:
            if not looks_like_heading_text(text):
                continue
            sec, _ = t.match(text)
            if sec:
                found.add(sec.key)
        score = len(found) / max(2, len(t.sections)) + len(found) * 0.01
        if any(p.lower() in head.lower() for p in t.title_patterns):
            score += 0.25
        enough = len(found) >= MIN_AUTO_SECTIONS or (found and score >= 0.5)
        if enough and score > best_score:
            best, best_score = t, score
    return best


def parse_document(doc: Document, template: str | Template | None = AUTO) -> Report:
    """Interpret an extracted document: headings, sections, items, risks and metadata."""
    if isinstance(template, str):
        tpl = choose_template(doc) if template == AUTO else get_template(template)
    else:
        tpl = template
    detector = HeadingDetector(tpl, doc.blocks)
    units = to_units(doc.blocks, detector.is_heading_line)
    report = Report(
        source=doc.source,
        format=doc.format,
        template=tpl.name if tpl else None,
        tables=list(doc.tables),
        warnings=list(doc.warnings),
    )
    masthead = [u.text for u in units if u.style.get("title")]
    body = [u for u in units if not u.style.get("title")]
    if (
        not masthead
        and body
        and body[0].kind is not BlockKind.HEADING
        and looks_like_title(body[0].text)
        and len(body) > 1
    ):
        masthead, body = [body[0].text], body[1:]
    title_lines = [u.text for u in units if u.style.get("title") and not u.style.get("masthead")]
    title_lines = [t for t in title_lines if not is_date_line(t)] or masthead[:1]
    report.title = doc.title if doc.title and not title_lines else " ".join(title_lines) or doc.title
    report.sections = _sections(body, detector, tpl)
    _metadata(report, doc, masthead)
    if not report.items():
        report.warnings.append("no items found")
    return report


def _sections(units: list[Unit], detector: HeadingDetector, tpl: Template | None) -> list[Section]:
    sections: list[Section] = []
    current: Section | None = None
    for u in units:
        is_heading = u.kind is BlockKind.HEADING or (
            u.kind is BlockKind.PARAGRAPH and detector.is_heading_paragraph(u.text, u.style)
        )
        if is_heading:
            level = u.level if u.kind is BlockKind.HEADING else 1
            current = Section(key=detector.template_match(u.text), heading=u.text, level=max(1, min(level, 4)))
            sections.append(current)
            continue
        if current is None:
            current = Section(key=None, heading=None, level=1)
            sections.append(current)
        current.items.append(Item(text=u.text, page=u.page, start=u.start, end=u.end))
    if tpl:
        _inherit_keys(sections)
    for s in sections:
        sec = tpl.section(s.key) if tpl else None
        # Without a template section, a heading that names risks or challenges still holds risks.
        if (sec and sec.kind == "risks") or (sec is None and s.heading and _RISK_HEADING.search(s.heading)):
            apply_mitigations(s.items)
    return sections


def _inherit_keys(sections: list[Section]) -> None:
    """A sub-heading the template does not know belongs to the keyed section above it."""
    parent: Section | None = None
    for s in sections:
        if s.level == 1:
            parent = s
        elif s.key is None and parent is not None and parent.key is not None:
            s.key = parent.key


def _metadata(report: Report, doc: Document, masthead: list[str]) -> None:
    head = " ".join(masthead)
    report.number = (
        find_number(report.title or "")
        or find_number(head)
        # Only the opening lines: further down, "issue 2153" or "report 12" are other documents' numbers.
        or find_number(doc.text[:300])
        or number_from_filename(doc.source)
    )
    # The masthead's date is the report's; dates in the body are often "data as of" an earlier day, and a
    # body date that is not a dateline is often a past event ("declared on 20 September"): the file name
    # is the better guess then.
    report.date = (
        report_date(
            [*masthead, report.title or ""],
            doc.text[:3000],
            [t.caption for t in doc.tables if t.caption],
            _meta_date(doc.meta.get("date")),
        )
        or date_from_filename(doc.source)
        or find_date(doc.text[:3000])
    )


def _meta_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


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


def parse_text(text: str, source: str = "<text>", template: str | Template | None = AUTO) -> Report:
    """Parse plain text, as if read from a .txt file."""
    from sitroom.extract.text import TextExtractor

    doc = TextExtractor().extract(text.encode("utf-8"), source if "." in source else source + ".txt", ExtractContext())
    doc.source = source
    return parse_document(doc, template)


def _with_attachments(doc: Document, template: str | Template | None) -> list[Report]:
    attached = [r for att in doc.attachments for r in _with_attachments(att, template)]
    body = parse_document(doc, template) if doc.blocks or not attached else None
    # "Please find this week's return attached" is a covering note, not a report: an e-mail body
    # counts as a sitrep of its own when it has headings, or when nothing is attached.
    if body is not None and (not attached or any(s.heading for s in body.sections)):
        return [body, *attached]
    return attached
