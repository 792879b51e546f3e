"""A table typed in plain text, its columns kept apart by runs of spaces: a dispatch system's unit log ("UNIT  DISP
ENRT  ONSC" over "E21  08/18 14:09  14:11  14:28"), a figures table pasted from a spreadsheet. Rows of short codes,
times and figures are data, not points: they go to the document's tables and are counted."""

from __future__ import annotations

import re

from sitroom.model import Block, BlockKind, Document, TableInfo

# cells of a typed row: what two spaces or more keep apart
_GAP = re.compile(r"\s{2,}")
# a data cell: a figure, a time, a date, a code ("BC12", "--:--", "F25-049178"), not words
_DATA = re.compile(r"^[\W\d_]*\d[\w:/.,%-]*$|^[A-Z]{1,4}\d{1,4}[A-Z]?$|^[-:/.]+$")
MIN_ROWS = 3
MIN_CELLS = 3
DATA_SHARE = 0.6


def _cells(block: Block) -> list[str]:
    return [c for c in _GAP.split(block.text.strip()) if c]


def _row(block: Block) -> bool:
    """A typed row of data: three cells or more, most of them figures, times or codes."""
    cells = _cells(block)
    return len(cells) >= MIN_CELLS and sum(bool(_DATA.match(c)) for c in cells) >= DATA_SHARE * len(cells)


def _header(block: Block, width: int) -> bool:
    """The row of column names over typed rows: as many short cells, no figures."""
    cells = _cells(block)
    return abs(len(cells) - width) <= 1 and all(
        len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in cells
    )


def read_text_tables(doc: Document) -> None:
    """Take the typed tables out of ``doc``'s lines into its tables, counting their lines."""
    blocks, out, taken, i = doc.blocks, [], 0, 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and blocks[end].kind is BlockKind.LINE and _row(blocks[end]):
            end += 1
        if end - i < MIN_ROWS:
            out.append(blocks[i])
            i += 1
            continue
        width = max(len(_cells(b)) for b in blocks[i:end])
        if out and out[-1].kind is not BlockKind.ITEM and _header(out[-1], width):
            out.pop()  # its header row
            taken += 1
        doc.tables.append(TableInfo(blocks[i].page, end - i + 1, width))
        taken += end - i
        i = end
    if taken:
        doc.blocks = out
        doc.warnings.append(f"{taken} line(s) of typed tables left out")
