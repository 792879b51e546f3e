"""Which lines of a page stand level as one row: a table's header cells side by side, not the headings of two
columns that happen to stand at one height."""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag, PageData


def _heads_column(f: Frag, lines: list[Frag]) -> bool:
    """``f`` stands right over text under it, as a column's heading does."""
    return any(h is not f and 0 <= f.bottom - h.top < 2.5 * f.size and h.x0 < f.x1 and f.x0 < h.x1 for h in lines)


def beside(g: Frag, f: Frag, page: PageData, lines: list[Frag]) -> bool:
    """``g`` and ``f`` stand on one line of the same column: their tops and bottoms level, or, in a row ruled or
    shaded as a table's, their tops or their bottoms (a cell with descenders, "Position", reaches lower than one
    without, "Area"; two column headings of running text differing so are no table's header)."""
    if g is f:
        return False
    if page.region.get(id(g)) != page.region.get(id(f)) and _heads_column(g, lines) and _heads_column(f, lines):
        return False  # the headings of two columns, or of a sidebar and a column, are level by chance
    if abs(g.top - f.top) < 1.5 and abs(g.bottom - f.bottom) < 1.5:
        return True
    level = abs(g.top - f.top) < 1.5 or abs(g.bottom - f.bottom) < 1.5
    return level and abs(g.mid - f.mid) < 0.25 * max(g.top - g.bottom, f.top - f.bottom) and page.in_row(f)
