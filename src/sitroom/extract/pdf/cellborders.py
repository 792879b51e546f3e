"""Whether a text grid is drawn with its cells' borders: a vertical stroke between each two columns, beside every
line of the grid's body.

A table printed with every border (Word's "Table Grid", a web table with ``border-collapse``) closes each row with a
rule, so its rows are told by the rules, not by how many cells a line fills: the wrapped lines of a row whose short
cell ("High") ended on its first line fill as many cells as a new row would.
"""

from __future__ import annotations

from itertools import pairwise

from sitroom.extract.pdf.structs import Frag

_SLACK = 1.5  # a border's stroke may stand this far past the line it passes


def drawn_between(rows: list[list[Frag]], cols: list[float], vsegs: list[tuple[float, float, float]]) -> bool:
    """A vertical stroke stands left of each column but the first, beside every line of the rows under the
    header (``rows[0]``): the grid is drawn with its cells' borders."""
    body = rows[1:]
    if len(cols) < 2 or not body:
        return False
    for left, start in pairwise(cols):
        strokes = [(b, t) for x, b, t in vsegs if left < x <= start + _SLACK]
        for row in body:
            mid = sum(f.mid for f in row) / len(row)
            if not any(b - _SLACK <= mid <= t + _SLACK for b, t in strokes):
                return False
    return True
