"""A table's attribute columns beside its sentences: under a header row naming one column of text and the rest for
attributes ("Update | Status | Last updated | Updated by"), each row's sentence stands at the left and, level with
it, its status, date and author. A grid the page's spacing hides (rows padded apart, a group's name between them) is
still such a table: the short cells under a column named for an attribute describe their rows, they are no items of
their own."""

from __future__ import annotations

import re

from sitroom.extract.columns import attribute_columns, column_roles, is_attribute_value, is_ref_header
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
        # a column of the rows' references before their text ("Ref | Update | Entered by | Entered"): the
        # references describe the rows as the attributes do
        lead = 1 if len(row) > 2 and is_ref_header(row[0].text) else 0
        texts = [f.text for f in row[lead:]]
        if len(attribute_columns(texts)) < len(texts) - 1:
            continue  # more columns of text than one (a reference, an area, an update): the grid reader's table
        columns = [
            [
                f
                for below in rows[n + 1 :]
                if (text := _text_cell(below, row[lead])) is not None
                for f in below
                if f is not text
                and abs(f.x0 - head.x0) <= ALIGN
                and is_attribute_value(f.text)
                and (head is not row[0] or _REF_VALUE.match(f.text.strip()) is not None)
            ]
            for head in row[lead + 1 :] + row[:lead]
            if head is row[0] or attribute_columns(["", head.text])
        ]
        # a column of the table's cells enough tells it one: its other columns' cells go with it, however few
        # (a cell another reader took leaves one under its name)
        if any(len(cells) >= MIN_CELLS for cells in columns):
            drop.update(id(f) for cells in columns for f in cells)
            header.update(id(f) for f in row)
    if not drop:
        return frags
    page.drop("table attribute cells", len(drop))
    page.drop("table header", len(header))
    return [f for f in frags if id(f) not in drop and id(f) not in header]


# a row's reference: one token with a figure in it ("LOG-875-03", "R12", "#4")
_REF_VALUE = re.compile(r"^(?=\S*\d)[#\w][\w./-]{0,19}$")


def _text_cell(line: list[Frag], head: Frag) -> Frag | None:
    """The line's cell under the text column's header: words of a sentence, not a row of labels."""
    cell = next((f for f in line if abs(f.x0 - head.x0) <= ALIGN), None)
    return cell if cell is not None and len(WORD.findall(cell.text)) >= 3 else None
