"""Cards stacked in columns: a designed page's sections, each in a framed card, are read stack by stack.

An infographic or a poster sets each section in a card of its own, the cards stacked in two or three
columns, each card only as tall as its text, so the cards of one column do not stand level with the
next column's ("masonry"). Read across, the gaps between cards line up by chance and cut the page into
bands; a reader takes the left stack top to bottom, then the next. Rows of cards with their tops level
are a grid, left to :mod:`sitroom.extract.pdf.boxes`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

from sitroom.extract.pdf.boxes import SLACK, Box, BoxRow, contains, inside, titled
from sitroom.extract.pdf.structs import Frag, PageData

_MIN_WIDTH = 90  # narrower frames are a table's cells, a chart's bars or a heading's pill
_SAME_EDGE = 2.0  # the cards of one column share their left and right edges


def take_cards(page: PageData, frags: list[Frag], body: float) -> tuple[list[Frag], list[BoxRow]]:
    """The lines standing in stacks of cards side by side, taken out of ``frags`` as one row of boxes whose
    boxes are the cards in reading order (the first stack top down, then the next); the other lines come
    back as they came."""
    # two stacks of two cards at the least: a page with fewer frames of a card's width has none
    if sum(_MIN_WIDTH <= x1 - x0 <= 0.6 * page.width for x0, _b, x1, _t in page.frames) < 4:
        return frags, []
    cards = _cards(page, frags)
    stacks = _stacks(cards)
    if len(stacks) < 2 or not _staggered(stacks, body):
        return frags, []
    order = [card for stack in stacks for card in sorted(stack, key=lambda c: -c[3])]
    lines: list[list[Frag]] = [[] for _ in order]
    for f in frags:
        home = [n for n, card in enumerate(order) if inside(f, card)]
        if home:
            lines[home[0]].append(f)
        elif any(_touches(f, card) for card in order):
            return frags, []  # a line runs over a card's edge: the frames stand behind the text, they do not part it
    # a card holds its section: its title and its points (a bar round a heading alone is the heading's)
    if not all(len(box) >= 2 for box in lines) or not all(
        titled(sorted(box, key=lambda f: (-round(f.top), f.x0)), page) for box in lines
    ):
        return frags, []
    taken = {id(f) for box in lines for f in box}
    for box in lines:
        box.sort(key=lambda f: (-round(f.top, 0), f.x0))
    area = (min(c[0] for c in order), min(c[1] for c in order), max(c[2] for c in order), max(c[3] for c in order))
    return [f for f in frags if id(f) not in taken], [(area, lines)]


def _touches(f: Frag, box: Box) -> bool:
    x0, bottom, x1, top = box
    return f.x0 < x1 and f.x1 > x0 and bottom < f.mid < top


def _cards(page: PageData, frags: list[Frag]) -> list[Box]:
    """Frames narrower than most of the page that hold text, the outermost of those nested (a card holds
    its heading's pill)."""
    by_mid = sorted(frags, key=lambda f: f.mid)
    mids = [f.mid for f in by_mid]

    def holds(box: Box) -> bool:
        lo, hi = bisect_left(mids, box[1] - SLACK), bisect_right(mids, box[3] + SLACK)
        return any(inside(f, box) for f in by_mid[lo:hi])

    widest = 0.6 * page.width
    framed = (f for f in page.frames if _MIN_WIDTH - 0.1 <= f[2] - f[0] <= widest + 0.1)  # rule cells are no cards
    holding = {
        box
        for box in dict.fromkeys((round(a, 1), round(b, 1), round(c, 1), round(d, 1)) for a, b, c, d in framed)
        if _MIN_WIDTH <= box[2] - box[0] <= widest and holds(box)
    }
    return [box for box in holding if not any(o != box and contains(o, box) for o in holding)]


def _stacks(cards: list[Box]) -> list[list[Box]]:
    """Cards sharing their left and right edges, two or more to a column, left to right; none where the
    columns overlap or a card stands outside every column."""
    stacks: list[list[Box]] = []
    for card in sorted(cards, key=lambda c: c[0]):
        for stack in stacks:
            if abs(stack[0][0] - card[0]) <= _SAME_EDGE and abs(stack[0][2] - card[2]) <= _SAME_EDGE:
                stack.append(card)
                break
        else:
            stacks.append([card])
    if any(len(s) < 2 for s in stacks) or any(a[0][2] >= b[0][0] for a, b in pairwise(stacks)):
        return []
    return stacks


def _staggered(stacks: list[list[Box]], body: float) -> bool:
    """The stacks stand side by side over most of their height, and some card's top is level with no card
    of any other stack (cards all level row by row are a grid)."""
    for a, b in pairwise(stacks):
        lo, hi = max(min(c[1] for c in a), min(c[1] for c in b)), min(max(c[3] for c in a), max(c[3] for c in b))
        short = min(max(c[3] for c in s) - min(c[1] for c in s) for s in (a, b))
        if hi - lo < 0.5 * short:
            return False
    # a card level with none of any other stack: masonry (a grid's last row may leave a stack out, its cards
    # level with their row's all the same)
    tops = [[c[3] for c in s] for s in stacks]
    return any(
        not any(abs(t - u) <= 0.6 * body for m, other in enumerate(tops) if m != n for u in other)
        for n, own in enumerate(tops)
        for t in own
    )
