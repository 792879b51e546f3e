"""A Word table of records (Ref | Action | Owner | Due | Status, Nr | Actie | Wie | Gereed) read as a list.

Which tables are tables of records is ``sitroom.extract.columns.record_column``'s rule, the PDF reader's
too: a first column of references and two or more field columns (an owner, a date, a status). Each row's
sentence (the Action cell) is an item; its reference, owner, date and status describe it and are no items,
nor headings; a sentence written out in another column (an update) is an item of its own. A row spanning
the table (a workstream's band) heads the records under it.

A risk set out down a table of two columns, one field a row (Risk | …, Treatment | …, Residual rating | …), is one
record too: its risk an item carrying its treatment as the mitigation, its rating a field.
"""

from __future__ import annotations

from typing import Any

from sitroom.extract.columns import (
    Column,
    attribute_columns,
    is_attribute_value,
    reason_columns,
    record_column,
    record_down,
)
from sitroom.extract.docx.patterns import is_prose
from sitroom.extract.docx.registers import cell_entries, is_group_row, read_typed_lines
from sitroom.extract.docx.tables import cell_paras_text, cells, is_header_row
from sitroom.extract.rowtable import is_empty_cell, pair_risks
from sitroom.model import BlockKind


def read_records(reader: Any, table_rows: list[Any], head: list[str]) -> bool:
    """Read a table of records row by row; False, and nothing read, for any other table."""
    if read_record_down(reader, table_rows):
        return True
    if len(table_rows) < 3:
        return False
    first = cells(table_rows[0])
    if not is_header_row(table_rows[0], first, [cell_paras_text(tc) for tc in first], reader.styles):
        return False
    body = [cells(tr) for tr in table_rows[1:]]
    texts = [[_text(tc) for tc in row] for row in body]
    main = record_column(head, [t for t, row in zip(texts, body, strict=True) if len(row) == len(head)])
    if main is None:
        return False
    fields, reasons = attribute_columns(head), reason_columns(head)
    for row, row_texts in zip(body, texts, strict=True):
        if is_group_row(row):
            reader._add(row_texts[0], BlockKind.HEADING, level=1, in_table=True)
            continue
        for c, (tc, text) in enumerate(zip(row, row_texts, strict=True)):
            if not text or is_empty_cell(text) or (c == 0 and c != main and len(row) == len(head)):
                continue  # an empty cell, or the record's reference
            if c != main and c in reasons and len(row) == len(head):
                continue  # why the decision was taken
            if c != main and (is_attribute_value(text) if c in fields else not is_prose(text)):
                continue  # the record's owner, date or status, or a short note beside it
            reader.reset_lists()
            if not read_typed_lines(reader, tc):
                reader.container(tc, {"date": None})
    reader.reset_lists()
    return True


def _text(tc: Any) -> str:
    return " ".join(cell_paras_text(tc))


def read_record_down(reader: Any, table_rows: list[Any]) -> bool:
    """Read a risk set out down a table of two columns (see the module doc); False, and nothing read, for any
    other table."""
    rows = [cells(tr) for tr in table_rows]
    if any(len(row) != 2 for row in rows):
        return False
    if (roles := record_down([_text(row[0]) for row in rows], [_text(row[1]) for row in rows])) is None:
        return False
    risks, mitigations = [], []
    for row, role in zip(rows, roles, strict=True):
        entries = cell_entries(reader.numbering, reader.styles, row[1])
        if role is Column.RISK:
            risks += entries
        elif role is Column.MITIGATION:
            mitigations += entries
        else:
            reader._dropped("risk record field")  # its rating, owner or review date
    reader.reset_lists()
    for risk, mitigation in pair_risks(risks, mitigations):
        reader._add(risk, BlockKind.ITEM, mitigation=mitigation, in_table=True)
    return True
