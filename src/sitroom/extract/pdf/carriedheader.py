"""A table's header carried over a page break: the page's rows stand under columns named on an earlier page.

A register broken by the page runs on at the next page's top, under the header of the page before (``carried``). A
banded report prints its header once, over its first group: its groups on the later pages, each under its band,
stand under the same columns (``banded``). Either header is set over the rows it names, as if printed there, for
the grid reader to read them as it read the first page's.
"""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag, PageData

_EDGE = 4.0  # how far a cell's text may start from its column's edge
_TOP_ROWS = 6


def _starts_cells(row: list[Frag], edges: list[float]) -> bool:
    return all(any(abs(f.x0 - x) < _EDGE for x in edges) for f in row)


def _set_over(header: list[Frag], first: list[Frag]) -> list[Frag]:
    """The header's labels set just over ``first``, a row's padding apart, as the header stood over its rows."""
    top, size = max(f.top for f in first), header[0].size
    return [Frag(h.text, h.x0, h.x1, top + size, top + 2 * size, h.size, h.bold) for h in header]


def carried_header(page: PageData, rows: list[list[Frag]]) -> list[Frag]:
    """The header row carried over from the page before, set just above this page's first row, when the rows at
    the page's top start each of their cells at one of the header's column edges: the register's rows run on
    here. None otherwise."""
    if not page.carried or not rows:
        return []
    top = rows[:_TOP_ROWS]
    edges = [f.x0 for f in page.carried]
    # the top rows start their cells at the header's edges, one of them filling two columns or more (a risk
    # wrapped over lines, or printed without its mitigation, fills one)
    aligned = 0
    while aligned < len(top) and _starts_cells(top[aligned], edges):
        aligned += 1
    if not any(len(r) >= 2 for r in top[:aligned]):
        return []
    named = [h.text.strip() for h in page.carried]
    if any([f.text.strip() for f in r] == named for r in top[:aligned]):
        return []  # the header printed again over the rows (a table's repeated head row): the page has its own
    return _set_over(page.carried, top[0])


def band_header(page: PageData, rows: list[list[Frag]]) -> tuple[int, list[Frag]] | None:
    """Where a banded report's header printed on an earlier page goes on this one, and the header set there: over
    the first band (a lone bold line at its first column) whose next row starts its cells at the header's columns,
    two of them or more. None where the page prints the header itself, or no band stands under its columns."""
    header = page.banded
    if not header:
        return None
    named = [h.text.strip() for h in header]
    if any([f.text.strip() for f in r] == named for r in rows):
        return None
    edges = [f.x0 for f in header]
    for k, row in enumerate(rows[:-1]):
        band = len(row) == 1 and row[0].bold and abs(row[0].x0 - edges[0]) < 2 * _EDGE
        nxt = rows[k + 1]
        if band and len(nxt) >= 2 and _starts_cells(nxt, edges):
            return k, _set_over(header, row)
    return None
