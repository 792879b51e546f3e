"""The records of a text grid (Ref | Action | Owner | Due | Status, a sheet's rows of updates): each record's sentence
an item, its reference, owner, date and status fields; a band (a group's name) a heading over its records."""

from __future__ import annotations

from collections import Counter

from sitroom.extract.columns import (
    attribute_columns,
    is_attribute_value,
    mitigation_column,
    reason_columns,
    record_column,
)
from sitroom.extract.pdf.hyphens import join_lines
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.extract.rowtable import is_empty_cell
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
    if (band := _parent_row(row, main, fields, words)) is not None:
        # a sheet's parent row: its name heads the rows under it, the triangle that folds them away left out
        out.append(grid_entry(page, band, row[main], size, BlockKind.HEADING, 1))
        return len(row[main])
    mitigation, reasons = mitigation_column(header), reason_columns(header)
    used = 0
    main_entry = None
    for c, cell in enumerate(row):
        if not cell or (c == 0 and c != main) or (c != main and c in reasons):
            continue  # an empty cell, the record's reference, or why the decision was taken
        text = join_lines([f.text for f in cell], words)
        if c == mitigation and main_entry is not None:
            main_entry.mitigation = None if is_empty_cell(text) else text  # the row's risk's mitigation
            used += len(cell)
        elif c == main or (c not in fields and sentence_like(text)) or (c in fields and not is_attribute_value(text)):
            out.append(entry := grid_entry(page, text, cell, size))
            main_entry = entry if c == main else main_entry
            used += len(cell)
    return used


# The triangle a sheet prints before a parent row, to fold its children away or open them
_FOLD = "▾▸▴▿▹►▼▶◂◀"
PARENT_WORDS = 6


def _parent_row(row: list[list[Frag]], main: int, fields: frozenset[int], words: Counter[str]) -> str | None:
    """The name of a parent row of a sheet (its main cell a short name, no sentence, beside its reference and one
    field at most, its date of change; no owner), else None."""
    if not row[main]:
        return None
    text = join_lines([f.text for f in row[main]], words).lstrip(_FOLD + " ")
    others = [c for c, cell in enumerate(row) if cell and c not in (0, main)]
    named = text and not sentence_like(text) and len(text.split()) <= PARENT_WORDS
    return text if named and len(others) <= 1 and all(c in fields for c in others) else None


def grid_entry(
    page: PageData, text: str, lines: list[Frag], size: float, kind: BlockKind = BlockKind.ITEM, level: int = 2
) -> Entry:
    first = lines[0]
    frag = Frag(text, first.x0, max(f.x1 for f in lines), lines[-1].bottom, first.top, size, False)
    return Entry(kind, page.number, [frag], level=level if kind == BlockKind.HEADING else 1)
