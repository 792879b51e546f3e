"""A table's attribute columns beside its sentences: under a header row naming one column of text and the rest for
attributes ("Update | Status | Last updated | Updated by"), each row's sentence stands at the left and, level with
it, its status, date and author. A grid the page's spacing hides (rows padded apart, a group's name between them) is
still such a table: the short cells under a column named for an attribute describe their rows, they are no items of
their own."""

from __future__ import annotations

from sitroom.extract.columns import attribute_columns, column_roles, is_attribute_value
from sitroom.extract.pdf.boxes import Box, inside
from sitroom.extract.pdf.grids import baselines
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD

# How far (points) a cell's left edge may stand from its column header's.
ALIGN = 4.0
# A column is one when it holds this many cells at least.
MIN_CELLS = 2
# A frame this wide at least holds a card of text, not a cell; cards stand further apart than this.
CARD_WIDTH = 90
GUTTER = 3.0


def _touch(a: Box, b: Box) -> bool:
    """The two frames share an edge, as a table's cells do; cards stand apart."""
    across = a[1] < b[3] and b[1] < a[3] and (abs(a[2] - b[0]) <= GUTTER or abs(b[2] - a[0]) <= GUTTER)
    down = a[0] < b[2] and b[0] < a[2] and (abs(a[1] - b[3]) <= GUTTER or abs(b[1] - a[3]) <= GUTTER)
    return across or down


def _cards(page: PageData) -> list[Box]:
    """The cards a designed page frames its sections in: a heading in one card heads nothing in the next (a table's
    cells are framed too, but they touch one another)."""
    framed = [b for b in page.frames if CARD_WIDTH <= b[2] - b[0] <= 0.6 * page.width]
    return [b for b in framed if not any(o != b and _touch(b, o) for o in page.frames)]


def _apart(head: Frag, cell: Frag, cards: list[Box]) -> bool:
    """The two lines stand in different cards: one of them in a frame the other is outside."""
    return any(inside(head, card) != inside(cell, card) for card in cards)


def drop_attribute_cells(page: PageData, frags: list[Frag]) -> list[Frag]:
    """``frags`` without the cells of attribute columns set beside a table's sentences (counted)."""
    rows = baselines(frags)
    cards: list[Box] | None = None  # worked out for the first cell that needs them
    drop: set[int] = set()
    header: set[int] = set()
    for n, row in enumerate(rows):
        # a header row is names: a few words to a cell, none a sentence
        if len(row) < 2 or not all(is_attribute_value(f.text) for f in row):
            continue
        if column_roles([f.text for f in row]) is not None:
            continue  # a risk register's: its rows are read whole, each risk with its mitigation
        if len(attribute_columns([f.text for f in row])) < len(row) - 1:
            continue  # more columns of text than one (a reference, an area, an update): the grid reader's table
        for head in row[1:]:
            if not attribute_columns(["", head.text]):
                continue
            cells = [
                f
                for below in rows[n + 1 :]
                for f in below[1:]
                if abs(f.x0 - head.x0) <= ALIGN
                and is_attribute_value(f.text)
                and len(WORD.findall(below[0].text)) >= 3  # beside the row's words, not a row of labels
                and below[0].x1 < f.x0
            ]
            if cells:
                cards = _cards(page) if cards is None else cards
                cells = [f for f in cells if not _apart(head, f, cards)]
            if len(cells) >= MIN_CELLS:
                drop.update(id(f) for f in cells)
                header.update(id(f) for f in row)
    if not drop:
        return frags
    page.drop("table attribute cells", len(drop))
    page.drop("table header", len(header))
    return [f for f in frags if id(f) not in drop and id(f) not in header]
