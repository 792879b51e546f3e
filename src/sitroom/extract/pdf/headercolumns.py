"""A table's columns from its header row: where a column starts, no cell of the rows below runs on into it.

A table printed without borders sets its columns close together: a short cell ("Amber") may end a few points
before the next column's text starts ("Hauliers booked …"), nearer than the wide gap that tells cells apart. The
header row says where each column starts: a row of short bold labels, each its own run of text, set apart by more
than a word space ("Risk", "RAG", "Mitigation", "Owner"). Below it, two runs of one line with a column's start
between where the first ends and the second starts are two cells. A line of running text is one run, or parts at
its words' changes of style: a column's start falls between two of them only by chance, at a gap of a space.
"""

from __future__ import annotations

from itertools import pairwise

from sitroom.extract.pdf.grids import baselines
from sitroom.extract.pdf.structs import Frag

HEADER_CELLS = 3  # a table of three columns or more: two bold words apart are a label and its value
CELL_WORDS = 4
CELL_CHARS = 30
# the header's labels stand apart by twice a word space at least: this share of their size
APART = 0.6
# a cell's text starts at its header's left edge, give or take the pen's rounding
SLACK = 1.5
SPACE = 0.1  # under a word space, as a share of the type's size: a word's parts are drawn touching
# a table's lines follow each other within this many times its header's size (a padded row's wrapped cell too)
ROW_GAP = 1.6
LARGER = 1.15  # a line set this much larger than the header is a heading, after the table


def header_columns(rows: list[list[Frag]], carried: list[Frag] | None = None) -> list[tuple[float, float, float]]:
    """The column starts of every header row among ``rows`` (each row a line's runs, ordered by x), as (x, top,
    bottom): the column starting at x for the table's lines between top and bottom. The table runs down from its
    header while its lines follow each other closely, to a wide gap or a line set larger than its header (the next
    heading).

    ``carried`` holds the header of a banded table on an earlier page, and is left holding this page's last: a
    banded report prints its header once, and its groups on the next pages stand under the same columns."""
    starts: list[tuple[float, float, float]] = []
    lines = baselines([r for row in rows for r in row])  # a label far right may have started a row of its own
    banded: list[Frag] = []
    for n, row in enumerate(lines):
        cells = [r for r in row if r.text.strip()]
        if len(cells) < HEADER_CELLS or not all(_label(r) for r in cells):
            continue
        if any(b.x0 - a.x1 < APART * min(a.size, b.size) for a, b in pairwise(cells)):
            continue
        end, bands = _table_end(lines, n, cells)
        banded = cells if bands else banded
        # the header's own labels are parted too: two labels close together are two columns' names
        starts.extend((r.x0, max(c.top for c in cells), end - 0.5) for r in cells[1:])
    if carried:
        # a page of the banded report without its header: its groups start at a band over a row in its columns
        for n, row in enumerate(lines[:-1]):
            if any(bottom <= row[0].mid <= top for _, top, bottom in starts):
                continue  # in a table under a header of this page
            if len(row) == 1 and row[0].bold and _in_columns(lines[n + 1], carried):
                end, _ = _table_end(lines, n, carried, row[0].bottom)
                starts.extend((r.x0, row[0].top + 1, end - 0.5) for r in carried[1:])
                banded = carried
                break
    if carried is not None:
        carried[:] = banded or carried
    return starts


def _table_end(lines: list[list[Frag]], n: int, cells: list[Frag], end: float | None = None) -> tuple[float, bool]:
    """Where the table under the header (or band) ``lines[n]`` ends, and whether a band parts its rows."""
    size = max(c.size for c in cells)
    last = end = min(c.bottom for c in cells) if end is None else end
    bands = False
    below = lines[n + 1 :]
    for k, line in enumerate(below):
        if any(r.x0 < cells[0].x0 - SLACK < cells[0].x0 + SLACK < r.x1 for r in line):
            break  # running text across the first column's start: the table has ended (a note under it)
        inside = [r for r in line if r.x0 >= cells[0].x0 - SLACK and r.text.strip()]
        if not inside:
            continue
        larger = max(r.size for r in inside) > LARGER * size
        if larger and k + 1 < len(below) and _in_columns(below[k + 1], cells):
            # a group's name over its rows (a banded report's band): the table goes on under it
            last = end = min(r.bottom for r in inside)
            bands = True
            continue
        if last - max(r.top for r in inside) > ROW_GAP * size or larger:
            break
        last = end = min(r.bottom for r in inside)
    return end, bands


def _in_columns(line: list[Frag], cells: list[Frag]) -> bool:
    """The line's runs start at two of the header's columns or more: a row of the table."""
    return sum(1 for r in line if any(abs(r.x0 - c.x0) <= SLACK for c in cells)) >= 2


def parts_columns(cur: Frag, run: Frag, starts: list[tuple[float, float, float]]) -> bool:
    """A header's column starts between where ``cur`` ends and ``run`` starts, ``run`` being in its table, with a
    space at least between them (a word's parts drawn apart, "COVID" and "-19", are never two cells)."""
    if run.x0 - cur.x1 < SPACE * min(cur.size, run.size):
        return False
    return any(
        cur.x1 < x - 0.5 and x - SLACK <= run.x0 <= x + SLACK and bottom <= run.mid <= top for x, top, bottom in starts
    )


def _label(run: Frag) -> bool:
    text = run.text.strip()
    return (
        run.bold
        and len(text) <= CELL_CHARS
        and len(text.split()) <= CELL_WORDS
        and not text.endswith((".", ",", ";"))
        and any(c.isalpha() for c in text)
    )
