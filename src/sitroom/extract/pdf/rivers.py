"""A gutter seen in the text itself: a straight white strip down the page between two columns of running text.

Columns set justified with a narrow gutter (an em or so, as many layout programs set them) part their lines by no
more than a wide word space. Where a line of one column stands level with a line of the other, the two would be
read as one line. A reader sees the gutter all the same: the lines of the left column all end at one edge, the
lines of the right one start right after it, and no line crosses it from top to bottom.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from sitroom.extract.pdf.structs import Frag

Wall = tuple[float, float, float]  # x, bottom, top

# lines on each side of the gutter, at the least, and lines of the left one ending at its edge: a short column's
# last lines and those over its headings end short, and fewer lines could stand at one edge by chance
RIVER_LINES = 6
EDGE_LINES = 4
# lines wrapped mid-sentence at each column's edge, at the least
WRAPPED_LINES = 2
# a justified column's lines end within this many points of one another
EDGE = 1.5
# the gutter is at least this share of the body size wide: narrower is a space between words
NARROWEST = 0.5
# ... and at most this wide: a wider gap parts the columns' lines already, as it parts a sidebar from the text
WIDEST = 2.5
# a line of running text is at least this many body sizes wide (a column of figures is narrower), and holds this
# many words
COLUMN_WIDTH = 8
LINE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def column_rivers(runs: list[Frag], body: float) -> list[Wall]:
    """Walls (x, bottom, top) down the gutters between justified columns of running text, for the line
    builder to part lines at: none where no column's lines end at one edge with another column beside it."""
    text = [r for r in runs if any(c.isalnum() for c in r.text) and r.size >= 0.7 * body]
    if len(text) < 2 * RIVER_LINES:
        return []
    ends = sorted(r.x1 for r in text)
    walls: list[Wall] = []
    done: list[float] = []
    for k in range(len(ends)):
        edge = ends[k]
        # the edge is the furthest end of a run of ends close together: each margin is tried once
        if (k + 1 < len(ends) and ends[k + 1] - edge <= 0.2) or any(abs(edge - d) <= EDGE for d in done):
            continue
        if bisect_right(ends, edge) - bisect_left(ends, edge - EDGE) < EDGE_LINES:
            continue
        found = _river(runs, text, edge, body)
        if found:
            done.append(edge)
            walls.extend(found)
    return walls


def _river(runs: list[Frag], text: list[Frag], edge: float, body: float) -> list[Wall]:
    """The walls down the gutter right of ``edge``, in each stretch of the page no line crosses it."""
    left = sorted((r for r in text if r.x1 <= edge + 0.2), key=lambda r: -r.top)
    textual = {id(r) for r in text}
    crossing = sorted(r.mid for r in runs if r.x0 < edge - 2 * EDGE and r.x1 > edge + NARROWEST * body)
    walls: list[Wall] = []
    for part in _parted(left, crossing):
        ending = [r for r in part if r.x1 >= edge - EDGE and _running(_segment(r, text, edge), body)]
        # (the same words repeated at one place, a form's value on every record, make no column's edge)
        if len({r.text.strip() for r in ending}) < EDGE_LINES or len(part) < RIVER_LINES or not _wrapped(ending):
            continue
        top, bottom = max(r.top for r in ending), min(r.bottom for r in ending)
        beside = [r for r in runs if r.x0 > edge + 0.2 and bottom <= r.mid <= top]
        if not beside:
            continue
        right = min(r.x0 for r in beside)
        if not NARROWEST * body <= right - edge <= WIDEST * body:
            continue
        starting = [r for r in beside if id(r) in textual and r.x0 <= right + 2 * body]
        if len(starting) < RIVER_LINES or not _justified(beside, right, body):
            continue
        top = max(top, *(r.top for r in part + starting))
        bottom = min(bottom, *(r.bottom for r in part + starting))
        walls.append(((edge + right) / 2, bottom, top))
    return walls


def _segment(r: Frag, text: list[Frag], edge: float) -> list[Frag]:
    """The runs of ``r``'s line left of the gutter's edge: words drawn one by one are runs of their own."""
    return [g for g in text if abs(g.mid - r.mid) <= 0.3 * r.size and g.x1 <= edge + 0.2]


def _running(segment: list[Frag], body: float) -> bool:
    """A line of running text: a column wide, and words of letters, not a row of figures."""
    if not segment:
        return False
    width = max(g.x1 for g in segment) - min(g.x0 for g in segment)
    return width >= COLUMN_WIDTH * body and sum(len(_WORD.findall(g.text)) for g in segment) >= LINE_WORDS


def _wrapped(lines: list[Frag]) -> bool:
    """Some of the lines ending at the edge end on a word, mid-sentence: the column's sentences wrap there, as
    running text's do (a table's cells end where their words or figures end)."""
    return sum(r.text.rstrip()[-1:].isalpha() for r in lines) >= WRAPPED_LINES


def _justified(beside: list[Frag], right: float, body: float) -> bool:
    """The column right of the gutter is running text set justified too: its lines wrapped on a word end at one
    edge, a column's width from where it starts."""
    wrapped = [r for r in beside if r.text.rstrip()[-1:].isalpha()]
    ends = sorted(r.x1 for r in wrapped if r.x1 - right >= COLUMN_WIDTH * body)
    for k, x in enumerate(ends):
        if k + 1 < len(ends) and ends[k + 1] - x <= 0.2:
            continue
        at = [r for r in wrapped if x - EDGE <= r.x1 <= x]
        lines = [[g for g in beside if abs(g.mid - r.mid) <= 0.3 * r.size and g.x1 <= x + 0.2] for r in at]
        if sum(_running(line, body) for line in lines) >= WRAPPED_LINES:
            return True
    return False


def _parted(lines: list[Frag], crossing: list[float]) -> list[list[Frag]]:
    """The lines left of the gutter, from the top down, in stretches parted by the lines crossing it."""
    parts: list[list[Frag]] = [[]]
    for r in lines:
        if parts[-1] and any(r.mid < c < parts[-1][-1].mid for c in crossing):
            parts.append([])
        parts[-1].append(r)
    return parts
