"""A shaded band across the foot of a page, as a designed report or a layout of cards closes each page: the
publisher's name, its address, its site and its handle in a line or two of small print. It says who publishes the
report, not what happened: left out and counted. (The band across the top of page 1 is the masthead:
``sitroom.extract.pdf.title.find_band``.)"""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import sentence_like

# the band stands within this share of the page's height from its foot, across this share of its width at least
_FOOT, _WIDE = 0.12, 0.6
# ... and holds this many lines at most, none a sentence
_LINES = 4


def drop_foot_band(page: PageData, frags: list[Frag], body: float) -> list[Frag]:
    """The page's lines without those of a shaded band across its foot, in print smaller than the body's (a shaded
    box of the report's own, a form's question card, is set in the body's print or larger); they are counted on
    ``page``."""
    # a band of colour; or a box drawn off the page's foot (a box drawn inside the margins may hold the report's own)
    bled = [box for box in page.frames if box[1] <= 1]
    for x0, bottom, x1, top in [*page.panels, *bled]:
        if x1 - x0 < _WIDE * page.width or top > _FOOT * page.height:
            continue
        inside = [f for f in frags if x0 - 1 <= f.x0 and f.x1 <= x1 + 1 and bottom <= f.mid <= top]
        small = all(f.size < body - 0.5 for f in inside)
        if not inside or not small or len(inside) > _LINES or any(f.bullet or _sentence(f.text) for f in inside):
            continue
        page.drop("footer band", len(inside))
        ids = {id(f) for f in inside}
        frags = [f for f in frags if id(f) not in ids]
    return frags


def _sentence(text: str) -> bool:
    """A sentence ended by its stop; a line of names and places parted by bars ("Ministry of Health & Wellness |
    Western Regional Health Authority, Montego Bay") is none, however many words it runs to."""
    return sentence_like(text) and text.rstrip().endswith((".", "!", "?"))
