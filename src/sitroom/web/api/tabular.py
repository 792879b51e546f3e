"""Rows as CSV or XLSX downloads, formula-safe like ``sitroom export``: report text never runs in a spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import date

from sitroom.brief.exports import WRAPPED, is_formula_like

_XLSX_MAX_CHARS = 32767  # longer cell text makes Excel call the workbook damaged


def _flat(value: object) -> object:
    return "; ".join(str(v) for v in value) if isinstance(value, list) else value


def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    """UTF-8 CSV with a header; text a spreadsheet would evaluate (= + - @ tab CR) gets a leading apostrophe."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        cells = []
        for c in columns:
            value = _flat(row.get(c))
            if value is None:
                value = ""
            elif isinstance(value, date):
                value = value.isoformat()
            elif is_formula_like(value):
                value = "'" + value  # the mark spreadsheets themselves use for "this is text"
            cells.append(value)
        writer.writerow(cells)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(rows: list[dict], columns: list[str], sheet: str) -> bytes:
    """A one-sheet workbook: bold frozen, filterable header; real dates; formula-like text kept as text."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=2):
        for c, key in enumerate(columns, start=1):
            value = _flat(row.get(key))
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_XLSX_MAX_CHARS]
            cell = ws.cell(row=r, column=c, value=value)
            if is_formula_like(value):
                # A string cell marked quote-prefixed: Excel and LibreOffice keep it text even when edited.
                cell.data_type = "s"
                cell.quotePrefix = True
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            if key in WRAPPED:
                cell.alignment = wrap
    for c, key in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = 60 if key in WRAPPED else 14
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
