"""Line numbers printed in the margin: a draft, a legal text or minutes numbered line by line.

Word, LibreOffice and LaTeX can number a document's lines in the left margin, one small figure level with each
line, counting on down the page (every line, or every fifth), restarting each page or not. A reader quotes them
("see line 14") but they are no part of the text: a column of figures left of everything on the page, each beside a
line, counting up by one step, is left out and counted.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sitroom.extract.pdf.structs import Frag, PageData

_NUMBER = re.compile(r"^\d{1,4}$")
# At least this many numbered lines make a column of line numbers, not a few figures of a table.
MIN_NUMBERS = 5
# Right edges of one column of figures agree within this many points.
EDGE = 3.0
LEVEL_SHARE = 0.8


def drop_line_numbers(page: PageData, frags: list[Frag], edges: list[float] | None = None) -> list[Frag]:
    """``frags`` without the line numbers in the page's left margin, counted on the page. ``edges`` holds the
    right edges of the columns of line numbers found on earlier pages, and receives this page's: where the
    document numbers its lines, a page of a few lines (the last) numbers them in the same column."""
    columns: list[list[Frag]] = []
    # figures set flush right in one column: their right edges agree, as near as their glyphs' ink allows
    for f in sorted((f for f in frags if _NUMBER.match(f.text.strip())), key=lambda f: f.x1):
        if columns and f.x1 - columns[-1][-1].x1 <= EDGE:
            columns[-1].append(f)
        else:
            columns.append([f])
    # figures in ruled or shaded rows number a table's rows (a spreadsheet's), which the table's reading counts
    columns = [column for column in columns if not any(page.in_row(f) for f in column)]
    known = edges if edges is not None else []
    found = [c for c in columns if _numbers_lines(c, frags, any(abs(c[-1].x1 - e) <= EDGE for e in known))]
    known.extend(c[-1].x1 for c in found)
    numbers = {id(f) for column in found for f in column}
    if not numbers:
        return frags
    page.drop("line number", len(numbers))
    return [f for f in frags if id(f) not in numbers]


def _numbers_lines(column: list[Frag], frags: list[Frag], numbered: bool = False) -> bool:
    """The figures count down the page by one step, stand left of all the text and each is level with a line; five
    of them at least, or two where an earlier page numbered its lines in the same column (``numbered``)."""
    if len(column) < (2 if numbered else MIN_NUMBERS):
        return False
    column = sorted(column, key=lambda f: -f.top)
    values = [int(f.text) for f in column]
    steps = {b - a for a, b in pairwise(values)}
    if len(steps) != 1 or min(steps) not in (1, 5, 10):
        return False
    edge = max(f.x1 for f in column)
    low, high = column[-1].bottom, column[0].top
    own = {id(f) for f in column}
    text = [f for f in frags if id(f) not in own and low - f.size < f.mid < high + f.size]
    if not text or min(f.x0 for f in text) < edge + 2:
        return False
    bottoms = [f.bottom for f in text]
    # most figures beside a line: a blank line may be numbered too
    return sum(_level(f, bottoms) for f in column) >= LEVEL_SHARE * len(column)


def _level(number: Frag, bottoms: list[float]) -> bool:
    """A line of text stands on the figure's baseline."""
    return any(abs(b - number.bottom) <= 0.4 * number.size for b in bottoms)
