"""A risk register typed into plain text with tabs between its cells, as a mail client saves a table as text
("Risk<TAB>Intervention<TAB>Responsible" over a row a risk): each row is one risk item carrying the cell of its
mitigation column, the header row is no item, and the table is counted."""

from __future__ import annotations

from dataclasses import replace

from sitroom.extract.columns import Column, column_roles
from sitroom.model import Block, BlockKind, Document, TableInfo


def tab_cells(block: Block) -> list[str] | None:
    """A typed line's cells between its tabs, or None for a line holding no tab."""
    if block.kind is not BlockKind.LINE or "\t" not in block.text:
        return None
    return [c.strip() for c in block.text.split("\t")]


def _joined(cells: list[str], roles: list[Column], role: Column) -> str:
    return " ".join(c for c, r in zip(cells, roles, strict=False) if r is role and c)


def read_tab_registers(doc: Document) -> None:
    """Turn each tab-separated risk register among ``doc``'s lines into risk items with their mitigations."""
    blocks, out, i = doc.blocks, [], 0
    while i < len(blocks):
        head = tab_cells(blocks[i])
        roles = column_roles(head) if head and len(head) >= 2 else None
        end = i + 1
        while roles and end < len(blocks) and tab_cells(blocks[end]) and not blocks[end].style.get("gap_before"):
            end += 1
        if roles is None or end == i + 1:
            out.append(blocks[i])
            i += 1
            continue
        for row in blocks[i + 1 : end]:
            cells = tab_cells(row) or []
            if risk := _joined(cells, roles, Column.RISK):
                mitigation = _joined(cells, roles, Column.MITIGATION) or None
                style = row.style | {"mitigation": mitigation, "in_table": True}
                out.append(replace(row, text=risk, kind=BlockKind.ITEM, style=style))
        doc.tables.append(TableInfo(blocks[i].page, end - i, len(roles)))
        i = end
    doc.blocks = out
