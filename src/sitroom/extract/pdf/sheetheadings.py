"""What a spreadsheet prints round its cells when asked to print its row and column headings: the band of column
letters along the top (A, B, C …) and the row numbers down the left (1, 2, 3 …). They name the sheet's grid, not
the report's content, and a reader looks past them to the cells."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from sitroom.extract.pdf.structs import Frag

if TYPE_CHECKING:  # the cells are read by the lattice, which calls this
    from sitroom.extract.pdf.cells import Cell

_LETTERS = re.compile(r"[A-Z]{1,3}")
_ONLY_NUMBER = re.compile(r"(\d+)")
_LEADING_NUMBER = re.compile(r"\s*(\d+)\s+(?=\S)")
# so many headings at least, or a three-column table whose first row reads "A | B | C" is taken for a band
_LEAST = 3


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def _rising(values: list[int]) -> bool:
    return len(values) >= _LEAST and all(b > a for a, b in pairwise(values))


def _letter_band(cells: list[Cell]) -> bool:
    """The grid's first row is the sheet's column letters: one to a cell, in the sheet's order, a corner cell
    before them left empty."""
    top = sorted((c for c in cells if c.row == 0), key=lambda c: c.col)
    texts = [c.text.strip() for c in top]
    if not all(not t or _LETTERS.fullmatch(t) for t in texts) or not top or texts[-1] == "":
        return False
    return all(c.rows == 1 for c in top) and _rising([_column_number(t) for t in texts if t])


def _row_numbers(cells: list[Cell], first: int) -> bool:
    """The grid's first column is the sheet's row numbers, rising down the page; a row whose cells are merged
    across the sheet prints its number at the start of its line ("1 BULK WATER SHUTDOWN …")."""
    left = sorted((c for c in cells if c.col == 0 and c.row >= first), key=lambda c: c.row)
    numbers: list[int] = []
    for c in left:
        m = _ONLY_NUMBER.fullmatch(c.text.strip()) or (_LEADING_NUMBER.match(c.text) if c.cols > 1 else None)
        if m is None and c.text.strip():
            return False
        if m is not None:
            numbers.append(int(m.group(1)))
    return _rising(numbers) and any(c.cols == 1 for c in left)


def without_sheet_headings(cells: list[Cell]) -> tuple[list[Cell], list[Cell], dict[int, Frag]]:
    """The cells of a printed sheet without its column letters and row numbers, the grid renumbered from the
    first cell of the sheet's own; the headings taken off; and the lines a row's number was taken from, by id,
    each with the line left. A table with no band of column letters is given back as it is: row numbers alone
    are a register's own numbering."""
    if not _letter_band(cells):
        return cells, [], {}
    # the column under the band's empty corner holds the row numbers, even where they were read as the page's
    # line numbers first
    corner = any(c.row == 0 and c.col == 0 and not c.text.strip() for c in cells)
    blank = all(not c.text.strip() for c in cells if c.col == 0 and c.cols == 1 and c.row > 0)
    numbered = _row_numbers(cells, 1) or (corner and blank)
    shift = 1 if numbered else 0
    headings = [c for c in cells if c.row == 0 or (numbered and c.col == 0 and c.cols == 1)]
    off = {id(c) for c in headings}
    kept: list[Cell] = []
    renamed: dict[int, Frag] = {}
    for c in cells:
        if id(c) in off:
            continue
        if numbered and c.col == 0:
            # a row merged across: its number leaves its first line, or is its line
            lines = list(c.lines)
            if lines:
                first = min(lines, key=lambda f: (-f.top, f.x0))
                lines.remove(first)
                if not _ONLY_NUMBER.fullmatch(first.text.strip()):
                    rest = replace(first, text=_LEADING_NUMBER.sub("", first.text, count=1))
                    renamed[id(first)] = rest
                    lines.insert(0, rest)
            kept.append(replace(c, row=c.row - 1, cols=c.cols - 1, lines=lines))
            continue
        kept.append(replace(c, row=c.row - 1, col=c.col - shift))
    return kept, headings, renamed
