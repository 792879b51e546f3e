"""Footnotes at the foot of a page: small print under a short rule, each note opening with a raised mark.

Typesetters (LaTeX's ``\\footnote``, Word's and LibreOffice's footnotes) set a page's notes in small print at
its foot, under a short rule drawn from the text's left edge, each note opening with its raised number or
sign. They explain a word of the text; they report nothing of their own, so the whole zone is left out (and
counted), however the notes' marks and lines were split into runs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import is_page_number

# A footnote rule is short: LaTeX draws it over 2/5 of the column, Word over a third or less (1.5 in).
_RULE_SHARE = 0.5
# ... and no mere dash or underline of a word: 30 pt (a few words' width) at the least
_RULE_MIN = 30.0
# The notes stand in the lower part of the page.
_LOW = 0.5
# The label a note opens with: a figure or two, a letter, a sign ("1", "a", "*", "†"), or a superscript figure.
_LABEL = re.compile(r"^(?:\[?\d{1,3}\]?|[a-z]|[*†‡§¶]{1,3})$")
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§¶"
# A note's raised mark is set this much smaller than its text at most.
_MARK_SIZE = 0.85


def drop_footnotes(page: PageData, frags: list[Frag], body: float) -> list[Frag]:
    """``frags`` without the footnotes under a short rule at the page's foot, counted on ``page``: the notes'
    lines, and apart from them the marks set as runs of their own.

    The rule is short (under half the text's width), starts at the text's left edge and stands in the lower
    half of the page; everything under it, its page number aside, is set smaller than the body, and the
    first note opens with a raised mark. Text under a long rule (a table's last line, a signature's line),
    or in the body's print, is no footnote."""
    if not frags or not page.hsegs:
        return frags
    left, right = min(f.x0 for f in frags), max(f.x1 for f in frags)
    rules = [
        (x0, x1, y)
        for x0, x1, y in page.hsegs
        if y <= _LOW * page.height and _RULE_MIN <= x1 - x0 < _RULE_SHARE * (right - left)
    ]
    if not rules:
        return frags
    # a page number in the body's print under the notes is the footer's (a note's raised figure is small)
    folio = {id(f) for f in frags if f.size > body - 0.5 and is_page_number(f.text)}
    # the lines in the body's print, lowest first: none of them may stand under a footnote rule
    low_body = sorted((f for f in frags if f.size > body - 0.5 and id(f) not in folio), key=lambda f: f.top)
    lefts: dict[float, tuple[float, float]] = {}  # one candidate to a height: a row border's strokes are one
    for x0, x1, y in rules:
        lo, hi = lefts.get(round(y, 1), (x0, x1))
        lefts[round(y, 1)] = (min(x0, lo), max(x1, hi))
    for y, (x0, x1) in sorted(lefts.items(), key=lambda r: -r[0]):
        if any(f.x1 > x0 for f in _under(low_body, y)):
            continue
        # a footnote rule stands alone: a stroke meeting an upright one is a table's border
        if any(x0 - 1 <= vx <= x1 + 1 and vb - 1 <= y <= vt + 1 for vx, vb, vt in page.vsegs):
            continue
        # the rule starts at the left edge of the text over it (the column's edge), not in mid-line
        if not any(abs(f.x0 - x0) < 12 and f.bottom > y for f in frags):
            continue
        under = [f for f in frags if f.top < y + 1 and f.x1 > x0 and id(f) not in folio]
        # the notes start right under their rule
        if under and y - max(f.top for f in under) < 2 * body and _notes(under, body):
            # the notes counted by the line, their marks standing as runs of their own by the piece
            marks = sum(1 for m in under if any(_raised_mark(m, f) for f in under if f is not m))
            if marks:
                page.drop("footnote mark", marks)
            page.drop("footnote or small print", len(under) - marks)
            ids = {id(f) for f in under}
            return [f for f in frags if id(f) not in ids]
    return frags


def _under(lines: list[Frag], y: float) -> Iterator[Frag]:
    """The lines (sorted lowest first) standing under the height ``y``."""
    return itertools.takewhile(lambda f: f.top < y + 1, lines)


def _notes(under: list[Frag], body: float) -> bool:
    """The lines under the rule are footnotes: all set smaller than the body, the first opening with a raised
    mark (a run of its own before the note's first word, the note's label taken off it, or a superscript)."""
    if not under or any(f.size > body - 0.5 for f in under):
        return False
    ordered = sorted(under, key=lambda f: -f.top)
    first = ordered[0]
    if first.note or first.text[:1] in _SUPERSCRIPT:
        return True
    return any(_raised_mark(m, f) for m in ordered[:2] for f in under if f is not m)


def _raised_mark(m: Frag, f: Frag) -> bool:
    """``m`` is the raised label before the note ``f``: a short label in smaller print, standing at or just
    left of the note's first word and higher than its baseline."""
    return (
        bool(_LABEL.match(m.text.strip()))
        and m.size <= _MARK_SIZE * f.size
        and -2 <= f.x0 - m.x1 < f.size
        and m.bottom > f.bottom + 0.2 * f.size
        and m.bottom < f.top + f.size
    )
