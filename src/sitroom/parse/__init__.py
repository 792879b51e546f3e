"""Parse: a Document of blocks → a Report of sections and items, template-aware.

Usable as a library on plain text::

    from sitroom.parse import parse_text
    report = parse_text("KEY ACTIVITY HEADLINES\\n\\n• Visits continue;\\n")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitroom.extract import ExtractContext, extract_bytes, extract_file
from sitroom.model import RISK_KEYS, BlockKind, Document, Item, Report, Section
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
from sitroom.parse.numbered import promote_numbered_headings
from sitroom.parse.risks import apply_mitigations
from sitroom.parse.units import Unit, to_units
from sitroom.parse.vocabulary import classify_heading
from sitroom.templates import Template, available_templates, get_template

__all__ = ["choose_template", "parse_bytes", "parse_document", "parse_file", "parse_text", "section_key"]

AUTO = "auto"
# A template is chosen automatically only when more than this share of its sections is found
# (and never fewer than two): a title word or a couple of common headings do not make a series.
MIN_SHARE = 0.5
MIN_AUTO_SECTIONS = 2


def _candidate_texts(doc: Document) -> list[str]:
    """Texts that could be headings: short blocks and lines."""
    return [b.text for b in doc.blocks if b.kind is not BlockKind.ITEM and len(b.text) <= 120]


def choose_template(doc: Document, templates: list[Template] | None = None) -> Template | None:
    """The template most of whose sections the document has, or None: a template never guesses.

    The title only breaks a tie between templates that already qualify by their sections.
    """
    templates = templates if templates is not None else available_templates()
    texts = [t for t in _candidate_texts(doc) if looks_like_heading_text(t)]
    head = (" ".join(b.text for b in doc.blocks[:15]) + " " + (doc.title or "")).lower()
    best, best_score = None, 0.0
    for t in templates:
        found = {id(sec) for text in texts if (sec := t.match(text)[0]) is not None}
        share = len(found) / len(t.sections) if t.sections else 0.0
        if len(found) < MIN_AUTO_SECTIONS or share <= MIN_SHARE:
            continue
        score = share + len(found) * 0.01 + (0.001 if any(p.lower() in head for p in t.title_patterns) else 0.0)
        if score > best_score:
            best, best_score = t, score
    return best


def parse_document(doc: Document, template: str | Template | None = AUTO) -> Report:
    """Interpret an extracted document: headings, sections, items, risks and metadata."""
    if isinstance(template, str):
        tpl = choose_template(doc) if template == AUTO else get_template(template)
    else:
        tpl = template
    detector = HeadingDetector(tpl, doc.blocks)
    units = promote_numbered_headings(to_units(doc.blocks, detector.is_heading_line))
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
            key, confidence = section_key(u.text, tpl)
            current = Section(key=key, heading=u.text, level=max(1, min(level, 4)), key_confidence=confidence)
            sections.append(current)
            continue
        if current is None:
            current = Section(key=None, heading=None, level=1)
            sections.append(current)
        current.items.append(
            Item(text=u.text, mitigation=u.style.get("mitigation"), page=u.page, start=u.start, end=u.end)
        )
    _inherit_keys(sections)
    for s in sections:
        sec = tpl.section(s.key) if tpl else None
        if s.key in RISK_KEYS or (sec is not None and sec.kind == "risks"):
            apply_mitigations(s.items)
    return sections


def section_key(heading: str, tpl: Template | None) -> tuple[str | None, float]:
    """The meaning of a heading: its template section's key, else the vocabulary's, with a confidence."""
    if tpl is not None:
        sec, score = tpl.match(heading)
        if sec is not None and sec.key:
            return sec.key, round(score / 100, 2)
    key, confidence = classify_heading(heading)
    return (key.value, confidence) if key else (None, 0.0)


def _inherit_keys(sections: list[Section]) -> None:
    """A sub-heading with no meaning of its own belongs to the keyed section above it."""
    parents: list[Section] = []
    for s in sections:
        while parents and parents[-1].level >= s.level:
            parents.pop()
        if s.key is None and parents and parents[-1].key is not None:
            s.key = parents[-1].key
            s.key_confidence = round(parents[-1].key_confidence * 0.8, 2)
        parents.append(s)


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
    return parse_extracted(extract_bytes(data, source, ctx), template)


def parse_extracted(doc: Document, template: str | Template | None = AUTO) -> list[Report]:
    """Parse an extracted document: its body (when it is a report) and each attachment's reports."""
    return _with_attachments(doc, template)


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
