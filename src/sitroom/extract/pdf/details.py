"""A details table under the title: a row of short bold labels ("Sitrep no. | Issued | Prepared by | Next
sitrep") over a row of short values ("3 | 20 April 2020, 1000 hrs | …").

It says which issue the report is, when and by whom, as a masthead's date line does: the report's
details, not its content. It stands on page 1 above the body (no list entry, no sentence before it), and
its cells are labels and values, never sentences. Its lines are left out and counted.
"""

from __future__ import annotations

import math

from sitroom.extract.pdf.grids import baselines, in_column
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like

# a label names a field in a few words; a value is a number, a date, a name or a short phrase
_LABEL_WORDS = 4
_VALUE_WORDS = 8
# a details table has a few fields; a header row of more cells is a data table's
_COLUMNS = range(3, 9)


def drop_details(page: PageData, frags: list[Frag]) -> list[Frag]:
    """Page 1's lines without the details table under the title, when it has one."""
    if page.number != 1:
        return frags
    rows = baselines(frags)
    for n, row in enumerate(rows):
        if any(f.bullet or sentence_like(f.text) for f in row):
            return frags  # the body has started: a details table stands above it
        if _label_row(row, rows[n + 1] if n + 1 < len(rows) else None):
            end = _table_end(rows, n, page.rules)
            if end is None:
                continue
            taken = [f for r in rows[n:end] for f in r]
            page.drop("details table cell", len(taken))
            ids = {id(f) for f in taken}
            return [f for f in frags if id(f) not in ids]
    return frags


def _label_row(row: list[Frag], below: list[Frag] | None) -> bool:
    """Side by side, three or more short labels, in bold or in smaller print than the values under them."""
    if len(row) not in _COLUMNS or not all(0 < len(WORD.findall(f.text)) <= _LABEL_WORDS for f in row):
        return False
    small = below is not None and max(f.size for f in row) <= min(f.size for f in below) - 1
    return small or all(f.bold for f in row)


def _table_end(rows: list[list[Frag]], head: int, rules: list[float]) -> int | None:
    """The end (exclusive) of the details table whose label row is ``rows[head]``: under each row of
    labels one row of values (its cells may wrap), in their columns, plain and short; None when a row
    of labels has no values under it, or several rows, or rows of longer text (a data table's). A
    ruling line between two rows lets them stand further apart (the cells are padded)."""
    cols = [f.x0 for f in rows[head]]
    size = rows[head + 1][0].size if head + 1 < len(rows) else 0.0  # the values' print
    pitch = max(rows[head][0].top - rows[head][0].bottom, rows[head][0].size)
    filled = 0  # rows of values filling most columns under the last row of labels
    j = head + 1
    while j < len(rows):
        row, above = rows[j], rows[j - 1]
        low, top = min(f.bottom for f in above), max(f.top for f in row)
        ruled = any(top < y < low for y in rules)
        if low - top > (3 if ruled else 1.5) * pitch or not all(in_column(f, cols) for f in row):
            break
        if len(row) == len(cols) and _label_row(row, rows[j + 1] if j + 1 < len(rows) else None):
            if not filled:
                return None
            filled = 0
            j += 1  # a second row of labels, over values of its own
            continue
        if any(
            f.bold
            or f.size < size - 0.5
            or f.bullet
            or sentence_like(f.text)
            or len(WORD.findall(f.text)) > _VALUE_WORDS
            for f in row
        ):
            # a lone line under the table (the first heading) ends it; a row of cells carries it on
            return j if filled and len(row) == 1 else None
        filled += len(row) >= max(2, math.ceil(0.6 * len(cols)))
        if filled > 1:
            return None  # rows of data under one header: a data table, the tables' stage's
        j += 1
    return j if filled else None
