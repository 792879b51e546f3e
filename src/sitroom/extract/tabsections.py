"""A table of sections pasted into plain text with tabs between its cells, as a mail program saves a spreadsheet's
range pasted into a message ("Tema<TAB>Informashon<TAB>Ora" over "Resúmen<TAB>E kandela …<TAB>17:30"): under the
header naming its columns, each row a section's name (in the first row of the section only, as a cell merged down
its rows leaves it) beside a point, and columns of fields (the hour, the owner) describing the point. The names head
their points, the header and the fields are no items and are counted; the lines around the table read as they are.
"""

from __future__ import annotations

from dataclasses import replace

from sitroom.extract.columns import attribute_columns, column_roles
from sitroom.extract.tabregister import tab_cells
from sitroom.model import Block, BlockKind, Document, TableInfo

# the header's names are a few words each, without figures; the table holds this many rows at least under it
_NAME_WORDS = 4
_MIN_ROWS = 2
# a section's name is short; longer, the first column holds sentences and the table is none of sections
_LABEL_WORDS = 8


def _cells(block: Block, width: int = 0) -> list[str] | None:
    """The line's cells; a row one cell short of the header's ``width`` lost its empty first cell (a section's name
    merged down from the row above) to the line's leading space."""
    cells = tab_cells(block)
    return ["", *cells] if cells is not None and len(cells) == width - 1 else cells


def _header(cells: list[str] | None) -> frozenset[int] | None:
    """The field columns of a header naming a column of sections, one of points and fields after them; None for any
    other line."""
    if not cells or len(cells) < 2 or not all(cells) or column_roles(cells) is not None:
        return None
    if any(c.endswith((":", "：")) for c in cells):
        return None  # a field's label beside its value ("From:<TAB>…", a forwarded message's header), no column's name
    if any(len(c.split()) > _NAME_WORDS or any(ch.isdigit() for ch in c) for c in cells):
        return None
    fields = attribute_columns(cells)
    return fields if len(cells) - len(fields) == 2 and not fields & {0, 1} else None


def read_tab_sections(doc: Document) -> None:
    """Turn each tab-separated table of sections among ``doc``'s lines into its headings and items."""
    blocks, out, i = doc.blocks, [], 0
    left_out = 0
    while i < len(blocks):
        head = _cells(blocks[i]) or []
        fields = _header(head)
        end = i + 1
        while fields is not None and end < len(blocks) and (row := _cells(blocks[end], len(head))) is not None:
            if len(row) > len(head) or len(row[0].split()) > _LABEL_WORDS:
                break
            end += 1
        if fields is None or end - i - 1 < _MIN_ROWS:
            out.append(blocks[i])
            i += 1
            continue
        section = ""
        for block in blocks[i + 1 : end]:
            cells = _cells(block, len(head)) or []
            label, point = cells[0], cells[1] if len(cells) > 1 else ""
            if label and label != section:
                section = label
                out.append(_part(block, label, BlockKind.HEADING))
            if point:
                out.append(_part(block, point, BlockKind.ITEM))
            left_out += sum(1 for k in fields if k < len(cells) and cells[k])
        doc.tables.append(TableInfo(blocks[i].page, end - i, len(head)))
        left_out += 1  # the header
        i = end
    doc.blocks = out
    if left_out:
        doc.warnings.append(f"{left_out} line(s) and cell(s) of a pasted table's header and fields left out")


def _part(block: Block, text: str, kind: BlockKind) -> Block:
    start = block.start + max(block.text.find(text), 0)
    return replace(
        block, text=text, kind=kind, start=start, end=start + len(text), style=block.style | {"in_table": True}
    )
