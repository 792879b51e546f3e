"""A cover page: a first page of a few short lines, set apart from the report by a page break.

A formal report opens with a page of its own that names it (the organisation, "Report to the Board", the
title, its number and date, its classification and author), the report starting on the next page. A
reader takes that page as the report's cover, not as its first sections: its largest line is the title,
the other lines its masthead (the number and date read from them), a "Label: value" line a field of it.
Only a page of short lines is a cover: a sentence, a list entry, a table or a heading style on it (in its text
boxes too), or more lines than a cover holds, and the first page is the report's own.
"""

from __future__ import annotations

from typing import Any

from sitroom.extract.docx.ooxml import P, R, W, on
from sitroom.extract.docx.paragraphs import Para, read_para, text_boxes
from sitroom.extract.docx.patterns import FIELD_LINE, HEADING_STYLE
from sitroom.extract.docx.styles import Styles
from sitroom.model import BlockKind, DocumentBuilder
from sitroom.text.faxname import is_fax_name

_LINES = 12  # a cover names the report in a few lines; more is a first page of text
_WORDS = 15  # a cover's line is a name, a title or a field, not a sentence


def take_cover(body: Any, styles: Styles, builder: DocumentBuilder) -> tuple[list[str], int]:
    """Read a cover page off the top of ``body`` (its paragraphs removed from it): the title's text (in a
    list, empty when there is no cover) and the number of the cover's fields."""
    children = list(body)
    page: list[tuple[Any, Para]] = []
    for n, child in enumerate(children):
        if page and child.tag == P and _break_before(child):
            rest = children[n:]
            break
        if child.tag != P:
            return [], 0
        page.append((child, read_para(child, styles)))
        if _break_after(child):
            rest = children[n + 1 :]
            break
        if len(page) > _LINES:
            return [], 0
    else:
        return [], 0
    lines = [para for _, para in page if para.text.strip()]
    # what the page's text boxes say is on the page too: a cover's title may be set in one, but boxes of the
    # report's sections (a bulletin laid out in boxes) make the page the report's own
    boxed = [read_para(p, styles) for el, _ in page for box in text_boxes(el) for p in box.iter(P)]
    boxed = [p for p in boxed if p.text.strip()]
    if len(lines) + len(boxed) > _LINES:
        return [], 0
    lines += boxed
    if len(lines) < 2 or not any(el.tag == P for el in rest) or not all(_cover_line(p) for p in lines):
        return [], 0
    title = max(lines, key=lambda p: p.size or 0.0)
    fields = 0
    for p in lines:
        field = p is not title and FIELD_LINE.match(p.text) is not None
        fields += field
        builder.add(
            p.text, BlockKind.PARAGRAPH, title=True, masthead=p is not title, field=field, size=p.size, bold=p.bold
        )
    for el, _ in page:
        body.remove(el)
    return [title.text], fields


# a fax's cover sheet names itself among its first few paragraphs
_FAX_NAME_WITHIN = 6
_FAX_PAGE = 60  # paragraphs and tables a cover sheet holds at most


def drop_fax_cover(body: Any, styles: Styles) -> int:
    """Take a fax's cover sheet off the top of ``body``: a first page naming itself "FAX" (or "Telefax",
    "Facsimile transmission" …) among its first paragraphs, its fields (in a table or not), tick boxes, comments and
    notice, the report starting on the next page. How many of its paragraphs and tables were left out; 0, and
    nothing taken, when the first page is no fax cover."""
    children = list(body)
    for n, child in enumerate(children[:_FAX_PAGE]):
        if child.tag == P and n and _break_before(child):
            end = n
            break
        if child.tag == P and _break_after(child):
            end = n + 1
            break
    else:
        return 0
    paragraphs = [read_para(el, styles).text for el in children[:end] if el.tag == P]
    if not any(is_fax_name(t) for t in [t for t in paragraphs if t.strip()][:_FAX_NAME_WITHIN]):
        return 0
    if not any(el.tag == P for el in children[end:]):
        return 0  # nothing after the cover: the page is the document
    for el in children[:end]:
        body.remove(el)
    return end


def _cover_line(p: Para) -> bool:
    text = p.text.strip()
    sentence = text.endswith((".", "!", "?", ";")) and p.words >= 5
    styled = HEADING_STYLE.match(p.style.name.lower()) is not None or p.style.outline is not None
    return p.num_id is None and p.words <= _WORDS and not sentence and not styled


def _break_after(p: Any) -> bool:
    """The paragraph ends its page: a page break among its runs, or a section break in its properties."""
    if p.find(f"{W}pPr/{W}sectPr") is not None:
        return True
    return any(br.get(W + "type") == "page" for r in p.iter(R) for br in r.iter(W + "br"))


def _break_before(p: Any) -> bool:
    """The paragraph starts a new page (set to begin one)."""
    el = p.find(f"{W}pPr/{W}pageBreakBefore")
    return el is not None and on(el)
