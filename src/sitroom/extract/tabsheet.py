"""A sheet saved as tab-delimited text (a spreadsheet's "Text (Tab delimited)", a log exported from a list): the
rows above its header are its masthead, and under a header such as Section | Update | Owner | RAG | Updated each
row is an update under the section its first column names, filled only in the first row of each section as a
merged cell leaves it, or in every row. The columns of owners, ratings and dates describe the rows and are left
out and counted; a cell holding a line break inside its quotes is one point.

A sheet whose header names a risk and its mitigation is a risk register, read by ``tabregister``.
"""

from __future__ import annotations

import csv
import io

from sitroom.extract.columns import attribute_columns, column_roles, update_column
from sitroom.model import Block, BlockKind, Document, TableInfo

# most lines of a sheet hold a tab; a text with a table pasted into it does not
SHEET_SHARE = 0.6
MIN_ROWS = 3


def is_tab_sheet(text: str) -> bool:
    """Most of the text's lines are rows of cells parted by tabs."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= MIN_ROWS and sum("\t" in line for line in lines) >= SHEET_SHARE * len(lines)


def _rows(text: str) -> list[list[str]] | None:
    """The sheet's rows, each cell's whitespace made single spaces; None where the quoting is broken."""
    try:
        return [[" ".join(c.split()) for c in row] for row in csv.reader(io.StringIO(text), delimiter="\t")]
    except csv.Error:
        return None


def _header(rows: list[list[str]]) -> tuple[int, int] | None:
    """The header row and its text column: a first column, a column of text and two or more describing the row
    (Owner, RAG, Updated), and rows under it."""
    for n, row in enumerate(rows[:12]):
        if sum(1 for c in row if c) < 3 or column_roles(row) is not None or n + 1 >= len(rows):
            continue
        if (column := update_column(row, fields_needed=2)) is not None:
            return n, column
    return None


def read_tab_sheet(text: str, doc: Document) -> bool:
    """Fill ``doc``'s blocks from a tab-delimited sheet of sections and updates; False when ``text`` is none."""
    rows = _rows(text)
    found = _header(rows) if rows else None
    if rows is None or found is None:
        return False
    head, body_column = found
    header = rows[head]
    fields = attribute_columns(header)
    pos = 0

    def block(body: str, kind: BlockKind, style: dict) -> None:
        nonlocal pos
        first = body.split()[0]
        at = text.find(first, pos)
        start = at if at >= 0 else pos
        pos = start + len(first)
        doc.blocks.append(Block(body, kind, None, start, start + len(body), 1, None, style))

    for row in rows[:head]:
        cells = [c for c in row if c]
        if not cells:
            continue
        # the sheet's title row, then its fields ("Sitrep no. | 1 | | Issued | 19/01/2026 06:00")
        line = cells[0] if len(cells) == 1 else " · ".join(f"{a}: {b}" for a, b in _pairs(cells))
        block(line, BlockKind.PARAGRAPH, {"title": not doc.blocks, "masthead": bool(doc.blocks), "indent": 0})
    section, left_out = None, 0
    for row in rows[head + 1 :]:
        if not any(row):
            continue
        label = row[0] if row else ""
        if label and label != section:
            section = label
            block(label, BlockKind.HEADING, {"indent": 0, "in_table": True})
        if body_column < len(row) and row[body_column]:
            block(row[body_column], BlockKind.ITEM, {"indent": 0, "in_table": True})
        left_out += sum(1 for k in fields if k < len(row) and row[k])
    doc.tables.append(TableInfo(None, len(rows) - head, len(header)))
    if left_out:
        doc.warnings.append(f"{left_out} sheet cell(s) of owners, ratings and dates left out")
    return True


def _pairs(cells: list[str]) -> list[tuple[str, str]]:
    """A fields row's labels with their values: label, value, label, value …"""
    return [(cells[k], cells[k + 1] if k + 1 < len(cells) else "") for k in range(0, len(cells), 2)]
