"""The Document: title (masthead) marked, heading levels set, entries added with their styles."""

from __future__ import annotations

from collections import Counter

from sitroom.errors import EmptyDocument
from sitroom.extract.pdf.hyphens import join_lines
from sitroom.extract.pdf.numbering import heading_level, scheme
from sitroom.extract.pdf.structs import Entry
from sitroom.extract.pdf.title import mark_title
from sitroom.model import BlockKind, Document, DocumentBuilder, TableInfo
from sitroom.text.spacing import runs_on_unspaced


def build(
    entries: list[Entry],
    source: str,
    body: float,
    n_pages: int,
    tables: list[TableInfo],
    warnings: list[str],
    words: Counter[str],
) -> Document:
    """Entries → Document: title marked, heading levels set, styles kept for the parser."""
    mark_title(entries, body)
    set_levels(entries)
    b = DocumentBuilder(source, "pdf")
    title_parts: list[str] = []
    for e in entries:
        text = join_lines([f.text for f in e.lines], words)
        bullet = e.bullet
        if e.kind == BlockKind.HEADING and bullet:
            # a heading's number is part of it as printed, with no space after a Chinese one ("一、总体情况")
            text, bullet = (f"{bullet}{text}" if runs_on_unspaced(bullet, text) else f"{bullet} {text}"), None
        first = e.lines[0]
        style = {
            "size": round(first.size, 1),
            "bold": first.bold,
            "x0": round(min(f.x0 for f in e.lines), 1),
            "x1": round(max(f.x1 for f in e.lines), 1),
            "top": round(first.top, 1),
        }
        if e.mitigation:
            style["mitigation"] = e.mitigation
        if e.masthead:
            style["masthead"] = True
        if e.title:
            style["title"] = True
            if not e.masthead:
                title_parts.append(text)
        b.add(text, e.kind, page=e.page, level=e.level, bullet=bullet, **style)
    doc = b.build()
    doc.tables = tables
    doc.pages = n_pages
    doc.warnings = warnings
    if title_parts:
        doc.title = " ".join(title_parts)
    if not doc.blocks:
        raise EmptyDocument(source, "no text found outside tables and page furniture")
    return doc


# How much smaller than its numbered section's heading an unnumbered heading is set to be a sub-heading.
SMALLER = 0.75


def _under_numbered(entries: list[Entry]) -> None:
    """ "2. SITUACIÓN ACTUAL" in 12 pt, then "Situación en Europa:" in 11 pt: the smaller, unnumbered
    headings after a numbered one are its sub-headings, one level under it, until a heading as large as it."""
    parent: Entry | None = None
    for e in entries:
        if e.kind != BlockKind.HEADING or e.title:
            continue
        if e.bullet:
            parent = e
        elif parent is not None and e.lines[0].size <= parent.lines[0].size - SMALLER:
            e.level = min(parent.level + 1, 9)
        else:
            parent = None


def set_levels(entries: list[Entry]) -> None:
    """Numbered headings take their level from the numbering (I. > 1. > 1.1); an unnumbered heading set
    smaller than the numbered one it falls under is a sub-heading of it; of the others, with two heading
    sizes well apart (16 pt sections, 14 pt sub-sections), the smaller are level 2."""
    numbered = [e for e in entries if e.kind == BlockKind.HEADING and e.bullet and not e.title]
    has_roman = any(scheme(e.bullet or "")[0] == "roman" for e in numbered)
    for e in numbered:
        e.level = heading_level(e.bullet or "", has_roman)
    _under_numbered(entries)
    heads = [e for e in entries if e.kind == BlockKind.HEADING and e.level == 1 and not e.title and not e.bullet]
    if len(heads) < 3:
        return
    top = max(e.lines[0].size for e in heads)
    if sum(e.lines[0].size >= top - 0.5 for e in heads) < 2:
        return
    for e in heads:
        if e.lines[0].size <= top - 1.5:
            e.level = 2
