"""A Word risk register or status table read row by row (the rules are ``sitroom.extract.rowtable``'s).

A register (Risk | RAG | Mitigation | Owner) gives each risk an item carrying its mitigation. When its
first column names sections (Area | Status | Update | Risks | Actions), each row is a section: its label
a heading, a spanning row a heading over the rows below, its other cells its items.
"""

from __future__ import annotations

from typing import Any, Protocol

from sitroom.extract.columns import Column
from sitroom.extract.docx.numbering import Numbering
from sitroom.extract.docx.ooxml import VAL, W, to_int
from sitroom.extract.docx.paragraphs import read_para
from sitroom.extract.docx.patterns import FORM_PROMPT, WS
from sitroom.extract.docx.styles import Styles
from sitroom.extract.docx.tables import cell_paras, cell_paras_text, cells, is_vmerge_continuation
from sitroom.extract.rowtable import (
    Entry,
    answer_points,
    is_empty_cell,
    is_row_label,
    labels_head_rows,
    line_entries,
    pair_risks,
)
from sitroom.model import Block, BlockKind

_T, _BR, _CR = W + "t", W + "br", W + "cr"
_UNREAD = {W + "moveFrom", W + "del"}


class _Reader(Protocol):
    numbering: Numbering
    styles: Styles

    def _add(self, text: str, kind: BlockKind, **kw: Any) -> Block | None: ...
    def container(self, el: Any, cell: dict[str, Any] | None = None) -> None: ...
    def reset_lists(self) -> None: ...


def read_register(reader: _Reader, table_rows: list[Any], roles: list[Column]) -> None:
    """Each risk an item with its mitigation, or each row a section when the first column names them."""
    rows = [cells(tr) for tr in table_rows]
    sections = roles[0] is Column.OTHER and labels_head_rows(
        [(_text(row[0]), _row_items(reader, row, roles)) for row in rows if row and not is_group_row(row)]
    )
    last: Block | None = None
    for row in rows:
        if not row:
            continue
        if sections and is_group_row(row):
            reader._add(_text(row[0]), BlockKind.HEADING, level=1, in_table=True)
            continue
        risks = _entries(reader, row, roles, Column.RISK)
        mitigations = _entries(reader, row, roles, Column.MITIGATION)
        if not risks and not sections:
            merged = any(r is Column.RISK and is_vmerge_continuation(tc) for tc, r in zip(row, roles, strict=False))
            mitigation = " ".join(e.text for e in mitigations if not is_empty_cell(e.text))
            if merged and last is not None and mitigation:
                # the risk cell spans this row too: another mitigation of the same risk
                before = last.style.get("mitigation")
                last.style["mitigation"] = f"{before} {mitigation}" if before else mitigation
            continue
        for n, (tc, role) in enumerate(zip(row, roles, strict=False)):
            if is_vmerge_continuation(tc) or is_empty_cell(_text(tc)):
                continue
            reader.reset_lists()
            if sections and n == 0:
                reader._add(_text(tc), BlockKind.HEADING, level=2, in_table=True)
            elif role is Column.RISK:
                for risk, mitigation in pair_risks(risks, mitigations):
                    last = reader._add(risk, BlockKind.ITEM, mitigation=mitigation, in_table=True)
                risks = []  # a second risk column's entries were paired already
            elif role is Column.OTHER or (role is Column.MITIGATION and sections and not _has_risk(reader, row, roles)):
                _items(reader, tc)
    reader.reset_lists()


def _items(reader: _Reader, tc: Any) -> None:
    if not read_typed_lines(reader, tc):
        reader.container(tc, {"date": None})


def read_typed_lines(reader: _Reader, tc: Any) -> bool:
    """A cell whose numbered or bulleted lines, typed by hand, share a paragraph (parted by line breaks):
    each line an item. False, and nothing read, for any other cell."""
    if next(tc.iter(_BR, _CR), None) is None:
        return False  # no line break in the cell: its lines are paragraphs of their own
    entries = cell_entries(reader.numbering, reader.styles, tc)
    if len(entries) < 2 or len(cell_paras_text(tc)) >= len(entries) or tc.find(f".//{W}tbl") is not None:
        return False
    for entry in entries:
        reader._add(entry.text, BlockKind.ITEM, in_table=True)
    return True


def read_typed_paragraph(reader: _Reader, p: Any) -> bool:
    """A paragraph whose bulleted or numbered lines, typed by hand, are parted by line breaks (a form's text
    field holds no paragraphs of its own): each line an item. False, and nothing read, for any other paragraph."""
    if next(p.iter(_BR, _CR), None) is None:
        return False
    entries = line_entries([WS.sub(" ", ln) for ln in _broken_text(p).split("\n")])
    if len(entries) < 2:
        return False
    for entry in entries:
        reader._add(entry.text, BlockKind.ITEM)
    return True


def read_answer_lines(reader: _Reader, tc: Any) -> bool:
    """An answer beside its question typed one point a line, the lines parted by line breaks in one
    paragraph: each line that starts a point an item. False, and nothing read, for any other cell."""
    if next(tc.iter(_BR, _CR), None) is None or tc.find(f".//{W}tbl") is not None:
        return False
    points = answer_points([WS.sub(" ", ln) for p in cell_paras(tc) for ln in _broken_text(p).split("\n")])
    if len(points) < 2 or len(points) <= len(cell_paras_text(tc)):
        return False
    for point in points:
        reader._add(point, BlockKind.ITEM, in_table=True)
    return True


def _broken_text(p: Any) -> str:
    """A paragraph's text with a newline for each line break."""
    return "".join(
        ("\n" if el.tag != _T else el.text or "")
        for el in p.iter(_T, _BR, _CR)
        if not any(a.tag in _UNREAD for a in el.iterancestors())  # text moved away or deleted
    )


def _text(tc: Any) -> str:
    return " ".join(cell_paras_text(tc))


def is_group_row(row: list[Any]) -> bool:
    """A row of one cell spanning the table ("Resources"): a heading over the rows below it."""
    filled = [tc for tc in row if not is_empty_cell(_text(tc))]
    if len(filled) != 1 or filled[0] is not row[0]:
        return False
    span = row[0].find(f"{W}tcPr/{W}gridSpan")
    wide = span is not None and to_int(span.get(VAL), 1) > 1
    return (wide or len(row) == 1) and is_row_label(_text(row[0]))


def _has_risk(reader: _Reader, row: list[Any], roles: list[Column]) -> bool:
    return bool(_entries(reader, row, roles, Column.RISK))


def _row_items(reader: _Reader, row: list[Any], roles: list[Column]) -> int:
    """How many items a row gives beside its first cell (its Actions cell's only when it holds no risk)."""
    risky = _has_risk(reader, row, roles)
    n = 0
    for tc, role in list(zip(row, roles, strict=False))[1:]:
        if role in (Column.RISK, Column.OTHER) or (role is Column.MITIGATION and not risky):
            n += len(cell_entries(reader.numbering, reader.styles, tc))
    return n


def _entries(reader: _Reader, row: list[Any], roles: list[Column], role: Column) -> list[Entry]:
    return [
        e
        for tc, r in zip(row, roles, strict=False)
        if r is role and not is_vmerge_continuation(tc)
        for e in cell_entries(reader.numbering, reader.styles, tc)
    ]


def cell_entries(numbering: Numbering, styles: Styles, tc: Any) -> list[Entry]:
    """A cell's entries: its list paragraphs each one ("–" kept, holding a missing mitigation's place),
    else its numbered or bulleted lines, else its text."""
    paras: list[tuple[str, bool]] = []
    for p in cell_paras(tc):
        text = _broken_text(p)
        if not text.strip() or FORM_PROMPT.match(text.strip()):
            continue
        para = read_para(p, styles)  # the list may be set by the paragraph or by its style
        level = numbering.level(para.num_id, para.ilvl) if para.num_id is not None else None
        paras.append((text, level is not None and level[0] != "none"))
    if len(paras) >= 2 and all(listed for _, listed in paras):
        return [Entry(WS.sub(" ", t).strip()) for t, _ in paras]
    return line_entries([WS.sub(" ", ln) for t, _ in paras for ln in t.split("\n")])
