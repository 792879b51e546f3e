"""Headings by their looks (no heading style) and the masthead at the top of the document."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sitroom.extract.docx.ooxml import P
from sitroom.extract.docx.paragraphs import Para, read_para
from sitroom.extract.docx.patterns import (
    AS_OF,
    DATE_ONLY,
    FINAL_PUNCT,
    HAS_DATE,
    HEADING_STYLE,
    NOTE,
    TITLE_WORDS,
    is_prose,
)
from sitroom.extract.docx.styles import Styles


def measure_body(body: Any, styles: Styles) -> tuple[float, list[float]]:
    """The body text size (the size most running-text paragraphs outside tables are set in) and the
    distinct larger sizes used by short paragraphs (candidate heading sizes), largest first.

    Paragraphs are counted, not characters: two long paragraphs of a message pasted in small print
    must not outweigh the many sentences of the report around them."""
    prose: Counter[float] = Counter()
    short: set[float] = set()
    for p in body:
        if p.tag != P:
            continue
        para = read_para(p, styles)
        if not para.text or para.size is None or para.framed:
            continue  # (a frame placed beside the text, a colophon, holds none of the running text)
        if is_prose(para.text):
            prose[para.size] += 1
        elif para.words <= 15:
            short.add(para.size)
    body_size = prose.most_common(1)[0][0] if prose else (styles.get(None).run.size or 11.0)
    return body_size, sorted((s for s in short if s >= body_size + 1.5), reverse=True)


def styled_headings(body: Any, styles: Styles) -> bool:
    """Whether the document sets its sections in Word's heading styles (two such paragraphs at least)."""
    found = 0
    for p in body:
        if p.tag == P and HEADING_STYLE.match(read_para(p, styles).style.name.lower()):
            found += 1
            if found >= 2:
                return True
    return False


# the title block's styles, Word's and those a converter writes (pandoc's "Author" and "Date"); the byline's say
# who wrote the report and when, beside its name
BYLINE_STYLES = ("author", "date")
TITLE_STYLES = ("title", "subtitle", *BYLINE_STYLES)


class HeadingRules:
    """What sets a paragraph apart as a heading or a title, relative to the document's body text."""

    def __init__(self, body_size: float, heading_sizes: list[float], styled: bool = False) -> None:
        self.body_size = body_size
        self.heading_sizes = heading_sizes  # distinct sizes above the body's, largest first
        self.styled = styled  # the sections are set in heading styles

    def looks_like_heading(self, para: Para, strong: bool = False) -> bool:
        """Short, no final punctuation, and set apart by weight, capitals or size.

        ``strong`` asks for bold itself (for list paragraphs and numbered lines, which are items
        unless bold says otherwise).
        """
        text = para.text
        if para.words > 15 or len(text) > 120 or text[-1] in FINAL_PUNCT:
            return False
        if DATE_ONLY.match(text) or NOTE.match(text) or not any(c.isalpha() for c in text):
            return False
        larger = para.size is not None and para.size >= self.body_size + 1.5
        if strong:
            return para.bold and para.words <= 12
        return larger or para.bold or para.underline or (para.caps and para.words <= 10 and len(text) > 2)

    def visual_level(self, para: Para, in_cell: bool) -> int:
        """The level of a heading found by its looks: 1 for the largest size, 2 below it and in cells."""
        if in_cell:
            return 2  # a row label or a sub-heading in a cell: the sub-heading level of the GOLD format
        if para.size is not None and para.size >= self.body_size + 1.5 and self.heading_sizes:
            # the largest heading size is level 1, the next one level 2
            return 1 if para.size >= self.heading_sizes[0] - 0.25 else 2
        return 2 if self.heading_sizes else 1

    def is_title(self, para: Para, first: bool) -> bool:
        """Part of the masthead: Title, Subtitle, Author or Date style, a big report name (``first``), or its date
        line."""
        name = para.style.name.lower()
        if name in TITLE_STYLES:
            return True
        if HEADING_STYLE.match(name):
            return False
        if self.styled and para.style.outline is None and self.looks_like_heading(para):
            # a report that sets its sections in heading styles sets its masthead (who sends it, the report's
            # name, its issue and date) in bold lines above the first of them: none of those is a section
            return True
        if first:
            # A masthead names the report; a first bold line without such words is a heading.
            # So does a first line set larger than the body that names the day it reports on.
            larger = para.size is not None and para.size >= self.body_size + 1.5
            named = bool(TITLE_WORDS.search(para.text)) or (larger and bool(HAS_DATE.search(para.text)))
            # ... or opens with the report's name in bold, a note in small print after it ("SITUATION REPORT
            # CIMS form: …")
            lead_named = para.lead is not None and bool(TITLE_WORDS.search(para.lead)) and para.words <= 12
            return (self.looks_like_heading(para) and (named or para.centered)) or lead_named
        # Lines under the title: its date line ("as of 06 June 2020, 6AM") or a subtitle.
        return len(para.text) < 100 and (bool(AS_OF.match(para.text)) or (para.centered and para.words < 12))
