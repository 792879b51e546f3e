"""A sheet of updates among a page's grids: rows numbered and dated like a grid of figures, but whose cells hold
sentences, each a record's update, wrapped over the lines of its cell."""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag
from sitroom.extract.pdf.text import WORD, sentence_like

UPDATE_WORDS = 6  # a sentence of an update, not a label


def sheet_of_updates(rows: list[list[Frag]]) -> bool:
    """A third of the rows or more hold a sentence: a sheet of updates whose row numbers and dates looked like a
    grid's figures, not a table of figures with a note or two (a long label, "# of cases admitted today", is none).
    A sentence may wrap in its cell, over many lines of a narrow column: then the rows counted are the lines that
    open a record of three cells or more (a form's label beside its value is no record)."""
    told = sum(any(_told(c, rows[n + 1] if n + 1 < len(rows) else []) for c in r) for n, r in enumerate(rows))
    if told >= max(2, len(rows) / 3):
        return True
    records = [n for n, r in enumerate(rows) if len(r) > _RECORD_CELLS]
    told = sum(any(_told_down(rows, n, c) for c in rows[n]) for n in records)
    return told >= max(2, len(records) / 3)


_RECORD_CELLS = 2


_CELL_LINES = 12  # a sentence wraps over this many lines of its cell at most


def _told_down(rows: list[list[Frag]], n: int, cell: Frag) -> bool:
    """The cell opening on row ``n`` holds a sentence wrapped over many lines of a narrow column: its line and the
    lines under it at its edge, words to the first that ends the sentence with its stop (a column's label wrapped
    over lines ends on none)."""
    parts = [cell.text]
    for row in rows[n + 1 : n + 1 + _CELL_LINES]:
        under = [g for g in row if abs(g.x0 - cell.x0) < 2]
        if parts[-1].rstrip().endswith((".", "!", "?")) or not under:
            break
        parts.append(under[0].text)
    text = " ".join(parts)
    return len(WORD.findall(text)) >= UPDATE_WORDS and text.rstrip().endswith((".", "!", "?"))


def tells(rows: list[list[Frag]], n: int) -> bool:
    """Row ``n`` holds a sentence, whole or wrapped in its cell."""
    below = rows[n + 1] if n + 1 < len(rows) else []
    return any(sentence_like(c.text) or _told(c, below) for c in rows[n])


def _told(cell: Frag, below: list[Frag]) -> bool:
    """A cell's line holds a sentence: whole, or wrapped in its cell, ending on the line under it ("Se mantiene la
    evacuación del barrio" over "de La Vega.")."""
    if len(WORD.findall(cell.text)) < UPDATE_WORDS:
        return False
    if sentence_like(cell.text):
        return True
    ended = cell.text.rstrip().endswith((".", ";", ":", "!", "?"))
    return not ended and any(abs(g.x0 - cell.x0) < 2 and g.text.rstrip().endswith((".", "!", "?")) for g in below)
