"""A Word document printed with its markup showing: the reviewers' balloons in a pane down the page's side.

Word prints tracked changes and comments in a shaded strip beside the text, each deletion, formatting change or
comment in a small boxed balloon ("Deleted: …", "Commented [AB1]: …") joined to its place by a dotted line. The
balloons say what a reviewer removed or asked, not what the report states: the words they hold are left out
(counted), and the report reads as its text shows it.
"""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag, PageData

# the pane runs down the page's whole height, at its side, narrower than the text beside it
_HEIGHT, _WIDTH = 0.9, 0.45


def drop_markup_pane(page: PageData, frags: list[Frag], body: float) -> list[Frag]:
    """``frags`` without the balloons of a markup pane: a shaded strip down the side of the page, holding
    boxed notes set smaller than the body, beside text standing outside it."""
    for x0, bottom, x1, top in page.panels:
        if top - bottom < _HEIGHT * page.height or x1 - x0 > _WIDTH * page.width:
            continue
        if not (x1 >= page.width - 2 or x0 <= 2):
            continue  # a sidebar set inside the page's margins is the report's own
        inside = [f for f in frags if x0 - 1 <= f.x0 and f.x1 <= x1 + 1]
        beside = [f for f in frags if f.x1 < x0 or f.x0 > x1]
        balloons = [b for b in page.frames if x0 - 1 <= b[0] and b[2] <= x1 + 1 and b[3] - b[1] < 0.5 * page.height]
        if not inside or not beside or not balloons or any(f.size >= body for f in inside):
            continue
        page.drop("markup balloon line", len(inside))
        ids = {id(f) for f in inside}
        frags = [f for f in frags if id(f) not in ids]
    return frags
