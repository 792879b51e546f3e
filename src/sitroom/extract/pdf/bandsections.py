"""A form's ruled table of sections set as bands: each section's name on a row of its own across the table, in bold,
its points in the numbered rows under it ("1 | …", "2 | …"), a section of risks with its own header row and a column
of what is done about each ("# | Risk | Action taken"). A reader sees each band head the rows under it, as a heading
does; the rows' numbers and the header rows name the form's grid and are left out and counted.

The column beside a point that holds what is done about it is the mitigation when its header names it, or, under a
header of no words the vocabulary reads, when it is the second of two columns of sentences: the text beside a point,
in a column of its own, answers it.
"""

from __future__ import annotations

from sitroom.extract.columns import mitigation_column
from sitroom.extract.pdf.cells import Cell, cell_points, header_row, label_cell, number_cell, short_cell
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.model import BlockKind

# a form of sections: this many bands at least
_BANDS = 3


def band_sections(
    page: PageData, cells: list[Cell]
) -> tuple[list[Entry], list[Frag], dict[int, Frag], tuple, list[str]] | None:
    """The entries of a table of band sections (see the module doc), in the lattice's terms: no lines left to the
    page, no lines renamed, where the table stands and no header carried to the next page; None for any other
    table."""
    ncols = max(c.col + c.cols for c in cells)
    rows: dict[int, list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    entries: list[Entry] = []
    numbers: list[Cell] = []
    headers: list[Cell] = []
    bands = points = 0
    measures: int | None = None  # the column of what is done, under the section's header row
    for r in sorted(rows):
        row = sorted(rows[r], key=lambda c: c.col)
        if len(row) == 1 and row[0].cols == ncols:
            if not _band(row[0]):
                return None
            entries.append(Entry(BlockKind.HEADING, page.number, row[0].lines, level=2))
            bands, measures = bands + 1, None
            continue
        if not bands:
            return None  # a form of sections opens with its first band
        if header_row(row):
            headers.extend(row)
            measures = _measures(row, [rows[n] for n in sorted(rows) if n > r])
            continue
        if len(row) < 2 or not number_cell(row[0]) or not row[1].lines:
            return None
        point, rest = row[1], row[2:]
        measure = next((c for c in rest if c.col == measures and c.lines), None)
        if not all(c is measure or short_cell(c) for c in rest):
            return None
        read = cell_points(page, point)
        if measure is not None and read:
            read[-1].mitigation = measure.text
        entries.extend(read)
        numbers.append(row[0])
        points += 1
    if bands < _BANDS or points < bands:
        return None
    for reason, left_out in (("row number", numbers), ("table header", headers)):
        if n := sum(len(c.lines) for c in left_out):
            page.drop(reason, n)
    box = (min(c.x0 for c in cells), min(c.bottom for c in cells), max(c.x1 for c in cells), max(c.top for c in cells))
    return entries, [], {}, box, []


def _band(cell: Cell) -> bool:
    """A section's name across the table: a short label in bold."""
    return bool(cell.lines) and all(f.bold for f in cell.lines) and label_cell(cell)


def _measures(header: list[Cell], below: list[list[Cell]]) -> int | None:
    """The column of what is done about each point, under ``header``: the one it names so, else the second of two
    columns of sentences in the rows under it (up to the next band)."""
    if (named := mitigation_column([c.text for c in header])) is not None:
        return header[named].col
    texts: dict[int, int] = {}
    for row in below:
        if len(row) == 1:
            break
        for c in row[1:]:
            texts[c.col] = texts.get(c.col, 0) + sentence_like(c.text)
    columns = [col for col, n in sorted(texts.items()) if n]
    return columns[1] if len(columns) == 2 else None
