"""A table's attribute columns beside its sentences: under a header row naming one column of text and the rest for
attributes ("Update | Status | Last updated | Updated by"), each row's sentence stands at the left and, level with
it, its status, date and author. A grid the page's spacing hides (rows padded apart, a group's name between them) is
still such a table: the short cells under a column named for an attribute describe their rows, they are no items of
their own."""

from __future__ import annotations

from sitroom.extract.columns import attribute_columns, column_roles, is_attribute_value
from sitroom.extract.pdf.grids import baselines
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD

# How far (points) a cell's left edge may stand from its column header's.
ALIGN = 4.0
# A column is one when it holds this many cells at least.
MIN_CELLS = 2


def drop_attribute_cells(page: PageData, frags: list[Frag]) -> list[Frag]:
    """``frags`` without the cells of attribute columns set beside a table's sentences (counted)."""
    rows = baselines(frags)
    drop: set[int] = set()
    header: set[int] = set()
    for n, row in enumerate(rows):
        # a header row is names: a few words to a cell, none a sentence
        if len(row) < 2 or not all(is_attribute_value(f.text) for f in row):
            continue
        if column_roles([f.text for f in row]) is not None:
            continue  # a risk register's: its rows are read whole, each risk with its mitigation
        if len(attribute_columns([f.text for f in row])) < len(row) - 1:
            continue  # more columns of text than one (a reference, an area, an update): the grid reader's table
        for head in row[1:]:
            if not attribute_columns(["", head.text]):
                continue
            cells = [
                f
                for below in rows[n + 1 :]
                for f in below[1:]
                if abs(f.x0 - head.x0) <= ALIGN
                and is_attribute_value(f.text)
                and len(WORD.findall(below[0].text)) >= 3  # beside the row's words, not a row of labels
                and below[0].x1 < f.x0
            ]
            if len(cells) >= MIN_CELLS:
                drop.update(id(f) for f in cells)
                header.update(id(f) for f in row)
    if not drop:
        return frags
    page.drop("table attribute cells", len(drop))
    page.drop("table header", len(header))
    return [f for f in frags if id(f) not in drop and id(f) not in header]
