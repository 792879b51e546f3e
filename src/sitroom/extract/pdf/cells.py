"""The cells of a ruled table and what a reader tells of each at a glance: a row's number, a short label, a header
row of bold labels, a short status or owner, and the points a cell of text holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.extract.pdf.wraps import SENTENCE_END, room_for_next_word
from sitroom.model import BlockKind

# a label is a few words: longer, the cell holds text
LABEL_CHARS = 60
# a cell's text stands this far in from its borders
PADDING = 3
_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


@dataclass(slots=True)
class Cell:
    """A cell of a ruled table: the grid rows and columns it spans, its box, and the lines set in it."""

    row: int
    col: int
    rows: int
    cols: int
    x0: float
    x1: float
    bottom: float
    top: float
    lines: list[Frag]

    @property
    def text(self) -> str:
        return " ".join(f.text for f in self.lines)


def number_cell(cell: Cell) -> bool:
    """A row's number, or nothing."""
    text = cell.text.strip()
    return not text or _NUMBER.fullmatch(text) is not None


def label_cell(cell: Cell) -> bool:
    """A short label: a few words, no sentence, no bare number."""
    text = cell.text.strip()
    return 0 < len(text) <= LABEL_CHARS and not sentence_like(text) and not text.replace(" ", "").isdigit()


def header_row(row: list[Cell]) -> bool:
    """A header row: every cell short words in bold ("No. | Section | Information")."""
    filled = [c for c in row if c.lines]
    return len(filled) >= 2 and all(all(f.bold for f in c.lines) and label_cell(c) for c in filled)


def short_cell(cell: Cell) -> bool:
    """A status, a rating or an owner: a few words, no sentence."""
    return not cell.lines or label_cell(cell) or number_cell(cell)


def cell_points(page: PageData, cell: Cell) -> list[Entry]:
    """A cell's points: one, its lines wrapped, unless its lines are bulleted, a point to each bullet, or a line ends
    its sentence where the next line's first word would have fitted (a paragraph of its own in the cell)."""
    out: list[Entry] = []
    for f in cell.lines:
        ended = bool(out) and SENTENCE_END.search(out[-1].lines[-1].text) is not None
        if f.bullet or not out or (ended and room_for_next_word(out[-1].lines[-1], f, cell.x1 - PADDING)):
            out.append(Entry(BlockKind.ITEM if f.bullet else BlockKind.PARAGRAPH, page.number, [f], bullet=f.bullet))
        else:
            out[-1].lines.append(f)
    return out
