"""A form's grid of fields drawn with its borders: each row label, value, label, value ("Incident ref. |
TC-2026-66 | Status | Active"), the labels in bold in cells of their own, the values short and plain. It gives the
report's particulars (its number, its period, who prepared it), as a details table does: they are the report's
fields, not its points, and are left out of the text and counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.extract.details import VALUE_WORDS, is_field_label, is_sentence_cell

if TYPE_CHECKING:  # the grid's cells are read by the lattice, which calls this
    from sitroom.extract.pdf.cells import Cell

# a grid of fields has two fields at least: two rows of a label beside its value, or a row of two such pairs
_ROWS = 2
# a value in bold among plain ones is a status badge of this many words at most
_BADGE_WORDS = 2


def field_grid(cells: list[Cell]) -> list[tuple[str, str]] | None:
    """The (label, value) fields of a ruled grid of bold labels beside plain values, or None for any other table."""
    ncols = max(c.col + c.cols for c in cells)
    rows: dict[int, list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    if ncols % 2 or len(rows) * ncols < 2 * _ROWS or any(len(row) != ncols for row in rows.values()):
        return None
    fields: list[tuple[str, str]] = []
    bold = long = 0
    for row in rows.values():
        row.sort(key=lambda c: c.col)
        for label, value in zip(row[::2], row[1::2], strict=True):
            if not label.lines or not all(f.bold for f in label.lines) or not is_field_label(label.text):
                return None
            if any(f.bold for f in value.lines):
                # a status set as a badge ("RESPONSE" on its colour) among plain values: a word or two
                bold += 1
                if len(value.text.split()) > _BADGE_WORDS:
                    return None
            if is_sentence_cell(value.text):
                return None
            if len(value.text.split()) > 2 * VALUE_WORDS or value.text.rstrip().endswith((".", "!", "?")):
                return None
            # (an office's full name may run long: "Consejo Municipal … – Alcaldía Municipal de La Calera")
            long += len(value.text.split()) > VALUE_WORDS
            if value.lines:
                fields.append((label.text, value.text))
    # most fields filled in: a form's particulars, not an empty template's; the values plain but for a badge
    # ... and one value in four at most a long name
    filled = 2 * len(fields) >= len(rows) * ncols // 2 and 2 * bold < len(fields)
    return fields if filled and 4 * long <= len(fields) else None
