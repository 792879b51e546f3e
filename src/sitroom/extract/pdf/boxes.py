"""Boxes side by side: a page laid out as a grid of drawn boxes is read box by box.

A situation grid draws each section as a box (a frame round it, or a shaded title bar over its lines),
several boxes to a row. Read line by line, a row's titles come out as a run of headings and the lines of
its boxes run across the row into each other; a reader takes the boxes left to right along each row, and
each box top to bottom. Columns of running text and tables are left to the column cut: only boxes drawn
side by side, their tops level, each holding its own lines and no line running over into the next,
make a row of boxes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import pairwise

from sitroom.extract.pdf.layout import figures_only
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import figure_line, is_numeric_cell, sentence_like

Box = tuple[float, float, float, float]  # x0, bottom, x1, top
BoxRow = tuple[Box, list[list[Frag]]]  # the area of a row of boxes, and each box's lines, left to right

SLACK = 1.5  # glyph boxes reach a little past the frame a program drew round them
_MIN_WIDTH = 90  # narrower boxes side by side are a table's cells or a chart's bars, not sections
_GUTTER = 3  # boxes stand apart; a table's cells touch


def take_boxes(page: PageData, frags: list[Frag], body: float) -> tuple[list[Frag], list[BoxRow]]:
    """The lines standing in rows of boxes side by side, taken out of ``frags``: each row's area and the
    lines of its boxes, left to right, each box's lines top to bottom. The other lines come back as they
    came, for the column cut."""
    cells = _cells(page, frags, body)
    if not cells or _level_by_chance(page, frags, cells):
        return frags, []
    rows: list[BoxRow] = []
    taken: set[int] = set()
    for row in _rows(cells, body):
        left = [f for f in frags if id(f) not in taken]
        boxes = _extents(row, page, left, body)
        lines = _lines(boxes, left)
        if lines is None or not all(titled(box, page) for box in lines):
            continue
        taken.update(id(f) for box in lines for f in box)
        lines = [_without_badges(page, box, body) for box in lines]
        rows.append(((boxes[0][0], min(b[1] for b in boxes), boxes[-1][2], max(b[3] for b in boxes)), lines))
    if not rows:
        return frags, []
    return [f for f in frags if id(f) not in taken], rows


def _without_badges(page: PageData, lines: list[Frag], body: float) -> list[Frag]:
    """A box's lines without its tags and badges: small print of a few words or of figures and initials ("New",
    "Red Cross", "2  1/3  JH SK") set over or under the text of a card, no sentence (counted as small print)."""
    kept = [
        f
        for f in lines
        if not (f.size <= _BADGE_PRINT * body and len(f.text.split()) <= 4 and not sentence_like(f.text))
    ]
    if len(kept) < len(lines) and kept:
        page.drop("footnote or small print", len(lines) - len(kept))
        return kept
    return lines


_BADGE_PRINT = 0.8


def _level_by_chance(page: PageData, frags: list[Frag], cells: list[Box]) -> bool:
    """The level boxes are title bars of two columns of running text, level by chance: most of the page's
    bars (boxes round one line) stand level with none, as headings do in columns that run on, where a grid's
    bars all stand in rows."""
    bars = {
        (round(x0, 1), round(b, 1), round(x1, 1), round(t, 1))
        for x0, b, x1, t in page.frames
        if x1 - x0 >= _MIN_WIDTH and len({round(f.bottom) for f in frags if inside(f, (x0, b, x1, t))}) == 1
    }
    level = [c for c in cells if c in bars]
    return len(level) == len(cells) and len(bars) >= 4 and len(level) < 0.5 * len(bars)


def inside(f: Frag, box: Box) -> bool:
    """The line stands inside the box (its glyphs may reach a little past the frame drawn round them)."""
    x0, bottom, x1, top = box
    return x0 - SLACK <= f.x0 and f.x1 <= x1 + SLACK and bottom - SLACK <= f.mid <= top + SLACK


def contains(outer: Box, inner: Box) -> bool:
    """``inner`` lies within ``outer``."""
    return (
        outer[0] <= inner[0] + 1 and outer[2] >= inner[2] - 1 and outer[1] <= inner[1] + 1 and outer[3] >= inner[3] - 1
    )


def _side_by_side(a: Box, b: Box, body: float) -> bool:
    """Tops level, a gutter between them (the cells of a ruled table share their edges), widths alike
    (a label's cell beside its value's is a table's row)."""
    wa, wb = a[2] - a[0], b[2] - b[0]
    apart = a[2] <= b[0] - _GUTTER or b[2] <= a[0] - _GUTTER
    return abs(a[3] - b[3]) <= 0.6 * body and apart and max(wa, wb) <= 3 * min(wa, wb)


def side_by_side(page: PageData, frags: list[Frag], body: float) -> list[Box]:
    """The drawn boxes holding lines of text that stand beside another with their tops level (a grid of sections,
    a board's lists): a table of figures never runs from one into the next. A box round one line (a table's
    shaded cell) is none."""
    if not page.frames:
        return []
    return [box for box in _cells(page, frags, body) if len({round(f.mid) for f in frags if inside(f, box)}) >= 3]


def straddles(cells: list[Frag], boxes: list[Box], body: float) -> bool:
    """The cells' figures stand in two of the ``boxes`` or more, all in small print: the badges of cards side by side
    (counts of comments, ticks, dates), no table of one. (A table of figures in the body's print is one, and so is a
    table in one panel with its neighbour's title level with its header.)"""
    figures = [c for c in cells if is_numeric_cell(c.text)]
    if not figures or any(c.size > 0.85 * body for c in figures):
        return False
    # each figure in the innermost box holding it; boxes apart, neither inside the other (a panel holding tiles)
    homes = Counter(min(held, key=box_area) for c in figures if (held := [b for b in boxes if inside(c, b)]))
    # ... a badge or two to a box: a box holding a column of figures holds a table of its own
    if not homes or max(homes.values()) > _BADGES:
        return False
    return any(not contains(a, b) and not contains(b, a) for a in homes for b in homes if a != b)


_BADGES = 2


def box_area(box: Box) -> float:
    """The box's area, in square points."""
    return (box[2] - box[0]) * (box[3] - box[1])


BACKGROUND = 0.9  # of the page's width: a box this wide is the page's background, not a box on it


def drawn_boxes(page: PageData) -> list[Box]:
    """The boxes drawn on the page, its background left out."""
    return [b for b in page.frames if b[2] - b[0] <= BACKGROUND * page.width]


def _cells(page: PageData, frags: list[Frag], body: float) -> list[Box]:
    """The drawn boxes that stand beside another with their tops level, each holding text: the outermost
    of those nested (a frame round a section holds its title bar). A box inside a larger one that stands
    round it alone (a line's shading inside a table's cell) is none."""
    wide = sorted(
        dict.fromkeys(
            (round(x0, 1), round(b, 1), round(x1, 1), round(t, 1))
            for x0, b, x1, t in page.frames
            if x1 - x0 >= _MIN_WIDTH
        ),
        key=lambda box: box[3],
    )
    # boxes beside another first, by their shapes alone (a page of charts draws thousands), then the text
    beside = {box for n, box in enumerate(wide) for o in _level(wide, n, body) if _side_by_side(box, o, body)}
    by_mid = sorted(frags, key=lambda f: f.mid)
    mids = [f.mid for f in by_mid]

    def holds(box: Box) -> bool:
        lo, hi = bisect_left(mids, box[1] - SLACK), bisect_right(mids, box[3] + SLACK)
        return any(inside(f, box) for f in by_mid[lo:hi])

    holding = [box for box in wide if box in beside and holds(box)]
    peers = {box: [o for o in _level(holding, n, body) if _side_by_side(box, o, body)] for n, box in enumerate(holding)}
    return [
        box
        for box in holding
        if peers[box]
        and not any(contains(o, box) and not any(contains(o, p) for p in peers[box]) for o in _around(wide, box))
    ]


def _around(boxes: list[Box], box: Box) -> list[Box]:
    """The other boxes (sorted by their tops) that could hold this one: reaching as high and as far to
    both sides."""
    x0, _bottom, x1, top = box
    start = bisect_left(boxes, top - 1, key=lambda o: o[3])
    return [o for o in boxes[start:] if o[0] <= x0 + 1 and o[2] >= x1 - 1 and o != box]


def _level(boxes: list[Box], n: int, body: float) -> list[Box]:
    """The boxes (sorted by their tops) whose tops are level with the ``n``-th one's."""
    top, out = boxes[n][3], []
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(boxes) and abs(boxes[k][3] - top) <= 0.6 * body:
            out.append(boxes[k])
            k += step
    return out


def _rows(cells: list[Box], body: float) -> list[list[Box]]:
    """Boxes with their tops level, left to right; top down. A row whose boxes overlap is none."""
    rows: list[list[Box]] = []
    for box in sorted(cells, key=lambda b: -b[3]):
        if rows and abs(rows[-1][0][3] - box[3]) <= 0.6 * body:
            rows[-1].append(box)
        else:
            rows.append([box])
    out = []
    for row in rows:
        row.sort(key=lambda b: b[0])
        if len(row) >= 2 and all(a[2] <= b[0] - _GUTTER for a, b in pairwise(row)):
            out.append(row)
    return out


def _extents(row: list[Box], page: PageData, frags: list[Frag], body: float) -> list[Box]:
    """The boxes the sections of a row stand in: a frame round its lines as drawn; a title bar over them
    (a box of one line) reaches down to the next box under it or the first line running past its edges,
    and no further than the lines under the row's bars run on without a gap (the row's end)."""
    out = list(row)
    bars = [n for n, cell in enumerate(row) if len({round(f.bottom) for f in frags if inside(f, cell)}) == 1]
    if not bars:
        return out
    floor = 0.0
    for x0, bottom, x1, _top in (row[n] for n in bars):
        under = [
            b[3]
            for b in page.frames
            if b[3] < bottom - 1 and min(x1, b[2]) - max(x0, b[0]) > 0.5 * (x1 - x0) and b[2] - b[0] >= _MIN_WIDTH
        ]
        crossing = [
            f.top
            for f in frags
            if f.top < bottom and f.x0 < x1 and f.x1 > x0 and not (x0 - SLACK <= f.x0 and f.x1 <= x1 + SLACK)
        ]
        floor = max([floor, *under, *crossing])
    # the lines under the bars, top down: the row ends at the first gap across it wider than a paragraph's
    low = min(row[n][1] for n in bars)
    lines = [f for f in frags if row[0][0] <= (f.x0 + f.x1) / 2 <= row[-1][2] and floor < f.top < low]
    for f in sorted(lines, key=lambda f: -f.top):
        if low - f.top >= 1.2 * body:
            break
        low = min(low, f.bottom)
    for n in bars:
        x0, _bottom, x1, top = row[n]
        out[n] = (x0, low - 0.1, x1, top)
    return out


def _lines(boxes: list[Box], frags: list[Frag]) -> list[list[Frag]] | None:
    """Each box's lines, top down; None when a line runs over from one box into the next (the shapes
    stand behind a table or a text, they do not part it) or when the boxes hold hardly any text."""
    row_bottom, row_top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    out: list[list[Frag]] = [[] for _ in boxes]
    for f in frags:
        if not (row_bottom - SLACK <= f.mid <= row_top + SLACK):
            continue
        over = [n for n, b in enumerate(boxes) if f.x0 < b[2] and f.x1 > b[0] and b[1] - SLACK <= f.mid <= b[3] + SLACK]
        if not over:
            continue
        home = [n for n in over if inside(f, boxes[n])]
        if len(over) > 1 or not home:
            return None
        out[home[0]].append(f)
    if not any(len(lines) >= 2 for lines in out) or sum(map(len, out)) < 3 or not all(out):
        return None
    for lines in out:
        lines.sort(key=lambda f: (-round(f.top, 0), f.x0))
    return out


def titled(lines: list[Frag], page: PageData) -> bool:
    """A box opens with its title: bold, set larger than the box's other lines, or on a bar of its own
    (a row of boxes whose first lines are plain text is a table's, a label's cell beside its value's)."""
    first, rest = lines[0], lines[1:]
    if first.bold or (rest and first.size >= max(f.size for f in rest) + 0.5):
        return True
    return any(inside(first, bar) and bar[3] - bar[1] < 3 * first.size for bar in page.frames)


def place_rows(leaves: list[tuple[list[Frag], bool]], rows: list[BoxRow]) -> list[tuple[list[Frag], bool]]:
    """The boxes' lines go where their row stands among the column cut's leaves: before the first leaf that
    starts below the row's top across its width, else after the last one above it. A row placed stands
    as one piece across its width for the rows under it."""
    out: list[tuple[Box, list[tuple[list[Frag], bool]]]] = [
        ((min(f.x0 for f in leaf), 0.0, max(f.x1 for f in leaf), max(f.top for f in leaf)), [(leaf, side)])
        for leaf, side in leaves
        if leaf
    ]
    for area, boxes in rows:
        x0, _bottom, x1, top = area
        across = [n for n, (a, _) in enumerate(out) if a[0] < x1 and a[2] > x0]
        below = [n for n in across if out[n][0][3] < top]
        above = [n for n in across if out[n][0][3] >= top]
        at = below[0] if below else above[-1] + 1 if above else len(out)
        out.insert(at, (area, [(lines, False) for lines in boxes]))
    return [leaf for _, group in out for leaf in group]


def drop_figure_boxes(page: PageData, frags: list[Frag]) -> list[Frag]:
    """A box of figures set beside the running text ("At a glance": "78 / escalation beds open") is read
    as a block of its own, and as that it is a summary of figures printed for the eye, not a section:
    its title and figures are left out. Its figures stand alone on their lines, large, or each after the label it
    counts ("Persons served: 168", as a word processor's tinted text box lists them, with the opening hours and the
    telephone under titles of their own); a box holding a sentence or a list's points is a section, and one with no
    text beside it is read."""
    out = frags
    for x0, bottom, x1, top in page.frames:
        if x1 - x0 > 0.6 * page.width:
            continue
        box = (x0, bottom, x1, top)
        held = [f for f in out if inside(f, box)]
        if len(held) < 3:
            continue
        beside = any(
            (f.x1 < x0 or f.x0 > x1) and bottom < f.mid < top and sentence_like(f.text)
            for f in out
            if not inside(f, box)
        )
        alone = sum(figure_line(f.text) for f in held)
        if beside and alone >= 2 and not any(f.bullet for f in held) and figures_only(page, held):
            page.drop("figures beside the text", len(held))
            ids = {id(f) for f in held}
            out = [f for f in out if id(f) not in ids]
    return out
