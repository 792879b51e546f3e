"""The records of a text grid (Ref | Action | Owner | Due | Status, a sheet's rows of updates): each record's sentence
an item, its reference, owner, date and status fields; a band (a group's name) a heading over its records."""

from __future__ import annotations

from collections import Counter

from sitroom.extract.columns import attribute_columns, is_attribute_value, record_column
from sitroom.extract.pdf.hyphens import join_lines
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.model import BlockKind


def record_column_of(header: list[str], grid: list[list[list[Frag]]], words: Counter[str]) -> int | None:
    """In a table of records, the column of their sentences (``columns.record_column``), else None."""
    return record_column(header, [[join_lines([f.text for f in cell], words) for cell in r] for r in grid[1:]])


def area_label(row: list[list[Frag]], header: list[str], main: int, words: Counter[str]) -> tuple[str, list[Frag]]:
    """The short label a record's row gives in a column between its reference and its sentence that is no
    field (owner, date, status), with its cell; ("", []) when it gives none."""
    fields = attribute_columns(header)
    for c in range(1, main):
        text = join_lines([f.text for f in row[c]], words) if row[c] else ""
        if text and c not in fields and not sentence_like(text) and len(text.split()) <= 6:
            return text, row[c]
    return "", []


def _filled(row: list[list[Frag]]) -> int:
    return sum(1 for cell in row if cell)


def read_record(
    page: PageData,
    row: list[list[Frag]],
    header: list[str],
    main: int,
    size: float,
    words: Counter[str],
    out: list[Entry],
) -> int:
    """One record: its sentence an item; its reference, owner, date and status are fields, not items;
    another column's sentence (an update written out) an item of its own. A band (one cell at the left
    edge) heads the records under it. Returns the lines used."""
    if _filled(row) == 1 and row[0] and len(row) > 2:
        out.append(grid_entry(page, join_lines([f.text for f in row[0]], words), row[0], size, BlockKind.HEADING, 1))
        return len(row[0])
    fields = attribute_columns(header)
    used = 0
    for c, cell in enumerate(row):
        if not cell or (c == 0 and c != main):
            continue
        text = join_lines([f.text for f in cell], words)
        if c == main or (c not in fields and sentence_like(text)) or (c in fields and not is_attribute_value(text)):
            out.append(grid_entry(page, text, cell, size))
            used += len(cell)
    return used


def grid_entry(
    page: PageData, text: str, lines: list[Frag], size: float, kind: BlockKind = BlockKind.ITEM, level: int = 2
) -> Entry:
    first = lines[0]
    frag = Frag(text, first.x0, max(f.x1 for f in lines), lines[-1].bottom, first.top, size, False)
    return Entry(kind, page.number, [frag], level=level if kind == BlockKind.HEADING else 1)
