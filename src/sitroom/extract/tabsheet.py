"""A sheet saved as tab-delimited text (a spreadsheet's "Text (Tab delimited)", a log exported from a list) or as
comma-separated values (its "CSV", commas or semicolons): the
rows above its header are its masthead, and under a header such as Section | Update | Owner | RAG | Updated each
row is an update under the section its first column names, filled only in the first row of each section as a
merged cell leaves it, or in every row. The columns of owners, ratings and dates describe the rows and are left
out and counted; a cell holding a line break inside its quotes is one point.

A sheet whose header names a risk and its mitigation is a risk register, read by ``tabregister``.
"""

from __future__ import annotations

import csv
import io
import re

from sitroom.extract.columns import attribute_columns, column_roles, update_column
from sitroom.model import Block, BlockKind, Document, TableInfo

# most lines of a sheet hold a tab; a text with a table pasted into it does not
SHEET_SHARE = 0.6
MIN_ROWS = 3
# a column of the rows' references ("Ref", "No.") before the sections'; the remarks beside an update
_ROW_REF = re.compile(r"^(?:ref\.?|no\.?|#|id|item)$", re.I)
_REMARKS = re.compile(r"^(?:comments?|notes?|remarks?|commentaires?|observaciones|bemerkungen|opmerkingen)$", re.I)
# the names a file of comma-separated values is saved under
_SEPARATED = (".csv", ".tsv")


def sheet_delimiter(text: str, source: str = "") -> str | None:
    """The character parting a sheet's cells: a tab where most of the text's lines hold one; a comma or a semicolon
    (as a spreadsheet saves "CSV" where the comma is the decimal mark) in a file saved as comma-separated values,
    whichever most of its lines hold. None for running text."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_ROWS:
        return None
    if sum("\t" in line for line in lines) >= SHEET_SHARE * len(lines):
        return "\t"
    if not source.lower().endswith(_SEPARATED):
        return None
    best = max(",;", key=lambda c: sum(line.count(c) for line in lines))
    return best if sum(best in line for line in lines) >= SHEET_SHARE * len(lines) else None


def _rows(text: str, delimiter: str = "\t") -> list[list[str]] | None:
    """The sheet's rows, each cell's whitespace made single spaces; None where the quoting is broken."""
    try:
        return [[" ".join(c.split()) for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error:
        return None


def _header(rows: list[list[str]]) -> tuple[int, int, int] | None:
    """The header row, its text column and its sections' column: a first column (after the rows' references, "Ref |
    Area | …"), a column of text and two or more describing the row (Owner, RAG, Updated; the remarks beside the
    update), and rows under it."""
    for n, row in enumerate(rows[:12]):
        if sum(1 for c in row if c) < 3 or column_roles(row) is not None or n + 1 >= len(rows):
            continue
        first = 1 if len(row) > 3 and _ROW_REF.match(row[0].strip()) else 0
        named = ["" if _REMARKS.match(c.strip()) else c for c in row[first:]]
        if (column := update_column(named, fields_needed=2)) is not None:
            return n, column + first, first
    return None


def read_tab_sheet(text: str, doc: Document, delimiter: str = "\t") -> bool:
    """Fill ``doc``'s blocks from a sheet of sections and updates, its cells parted by ``delimiter``; False when
    ``text`` is none."""
    rows = _rows(text, delimiter)
    found = _header(rows) if rows else None
    if rows is None or found is None:
        return False
    head, body_column, label_column = found
    header = rows[head]
    # the rows' references, the columns describing each row and the remarks beside the update are left out
    fields = {*attribute_columns(header), *range(label_column)}
    fields |= {k for k, c in enumerate(header) if _REMARKS.match(c.strip())}
    pos = 0

    def block(body: str, kind: BlockKind, style: dict) -> None:
        nonlocal pos
        first = body.split()[0]
        at = text.find(first, pos)
        start = at if at >= 0 else pos
        pos = start + len(first)
        doc.blocks.append(Block(body, kind, None, start, start + len(body), 1, None, style))

    fields_line: list[str] = []
    for row in rows[:head]:
        cells = [c for c in row if c]
        if not cells:
            continue
        if not doc.blocks and len(cells) == 1:
            block(cells[0], BlockKind.PARAGRAPH, {"title": True, "masthead": False, "indent": 0})
            continue
        # the sheet's fields, one row or several ("Sitrep no. | 1 | | Issued | 19/01/2026 06:00"), one masthead line
        fields_line += [f"{a}: {b}" for a, b in _pairs(cells)]
    if fields_line:
        block(" · ".join(fields_line), BlockKind.PARAGRAPH, {"title": not doc.blocks, "masthead": True, "indent": 0})
    section, left_out = None, 0
    for row in rows[head + 1 :]:
        if not any(row):
            continue
        label = row[label_column] if label_column < len(row) else ""
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
