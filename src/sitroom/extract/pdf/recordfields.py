"""A database record printed from the browser: each field's name set in small type over the box that holds its
value, field after field down the page. The name heads what its box holds, as a form's label heads its answer;
a box holding one short line (a date, a status, a name) is one of the record's particulars, not a point."""

from __future__ import annotations

from collections import Counter

from sitroom.extract.pdf.answers import is_detail
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like

# a record has so many named boxes at least, their names in one style, the boxes one under another
_LEAST = 3
_NAME_WORDS = 6
# a field's box runs across the page's column: half the page's width at least
_WIDE = 0.5

Box = tuple[float, float, float, float]


def _inside(f: Frag, box: Box) -> bool:
    x0, bottom, x1, top = box
    return x0 - 1 <= f.x0 and f.x1 <= x1 + 1 and bottom <= f.mid <= top


def _outermost(frames: list[Box]) -> list[Box]:
    """The boxes no other box holds: a status badge drawn inside a field's box is part of its value."""

    def holds(o: Box, b: Box) -> bool:
        return o != b and o[0] <= b[0] + 0.5 and o[1] <= b[1] + 0.5 and o[2] >= b[2] - 0.5 and o[3] >= b[3] - 0.5

    return [b for b in frames if not any(holds(o, b) for o in frames)]


def _name_over(box: Box, frags: list[Frag], held: list[Frag]) -> Frag | None:
    """The one short line standing just over the box, at its left edge (an icon may stand before it), set
    smaller than what the box holds."""
    x0, _, x1, top = box
    above = [f for f in frags if 0 <= f.bottom - top <= f.size and x0 - 2 <= f.x0 <= x0 + 2 * f.size and f.x1 < x1]
    if len(above) != 1:
        return None
    name = above[0]
    words = len(WORD.findall(name.text))
    if not 0 < words <= _NAME_WORDS or sentence_like(name.text) or name.bullet:
        return None
    return name if name.size < max(f.size for f in held) - 0.3 else None


def read_record_fields(pages: list[PageData]) -> None:
    """Mark each field name of a printed record as heading its box's lines (``label``); take a box of one short
    line out, with its name, as one of the report's details (counted)."""
    named: list[tuple[PageData, Frag, list[Frag], tuple]] = []
    for page in pages:
        # a field's box runs across the column, a table's cell does not: only such boxes, and those holding them
        for box in _outermost([b for b in page.frames if b[2] - b[0] >= _WIDE * page.width]):
            held = [f for f in page.frags if _inside(f, box)]
            if held and (name := _name_over(box, page.frags, held)) is not None:
                # the fields stand one under another, their boxes as wide as the column: a table's cells do not
                named.append((page, name, held, (round(name.size, 1), name.bold, round(box[0]), round(box[2]))))
    kinds = Counter(kind for *_, kind in named)
    if not kinds or (common := kinds.most_common(1)[0])[1] < _LEAST:
        return
    gone: dict[int, set[int]] = {}
    for page, name, held, kind in named:
        if kind != common[0]:
            continue
        if is_detail(held):
            page.details.append((name.text.strip(), held[0].text.strip()))
            page.drop("record field", 2)
            gone.setdefault(id(page), set()).update((id(name), id(held[0])))
        else:
            name.label = True
    for page in pages:
        if id(page) in gone:
            page.frags = [f for f in page.frags if id(f) not in gone[id(page)]]
