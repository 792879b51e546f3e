"""What a row next to a number grid is: a row of the grid (a header, a label, a note), a heading or the head of a
list or text under it, a chart's labels, a caption wrapped onto the next line."""

from __future__ import annotations

from sitroom.extract.pdf.captions import is_chart_label
from sitroom.extract.pdf.numbering import list_number
from sitroom.extract.pdf.structs import Frag
from sitroom.extract.pdf.text import CAPTION, WORD, headingish, is_numeric_cell, sentence_like


def grid_row(row: list[Frag], neighbour: list[Frag], body: float, rules: list[float] | None = None) -> bool:
    """Header rows, labels and notes next to a number grid: short, unbulleted, close by. A table's
    ruling line between the two lets a tall header cell stand further off."""
    gap = min(abs(row[0].bottom - neighbour[0].top), abs(neighbour[0].bottom - row[0].top))
    numeric = any(is_numeric_cell(c.text) for c in row)
    low, high = sorted((row[0].mid, neighbour[0].mid))
    ruled = rules is not None and any(low < r < high for r in rules)
    if (
        gap > (6 if ruled else 3) * row[0].size
        or (any(c.bullet for c in row) and not numeric)
        or CAPTION.match(row[0].text)
    ):
        return False
    if len(row) == 1 and row[0].size > body + 0.5 and headingish(row[0], body):
        return False
    if is_numeric_cell(row[0].text):
        return True
    if len(row) >= 2:
        return True
    line = row[0]
    # the first line of a wrapped cell ("France (5), Malaysia (3), Republic of Korea") right over its column
    wrapped_cell = gap < 1.2 * line.size and any(
        min(c.x1, line.x1) > max(c.x0, line.x0) and abs(c.size - line.size) < 0.5 for c in neighbour
    )
    return not sentence_like(line.text) and (len(line.text) < 40 or (wrapped_cell and len(line.text) < 60))


def chart_row(row: list[Frag], body: float) -> bool:
    """A row of a chart's labels: terse, in no larger print than the body, no sentence, no list mark."""
    return all(not c.bullet and c.size <= body and is_chart_label(c.text) for c in row)


def heads_list(rows: list[list[Frag]], n: int, body: float) -> bool:
    """A lone styled line with a list entry (bulleted or numbered) or a sentence of the body right under it heads that
    list or text (the label of the next box of a form, a section's heading), however close it stands under a grid: no
    row of the grid."""
    row = rows[n]
    if len(row) != 1 or not headingish(row[0], body) or n + 1 >= len(rows):
        return False
    below = rows[n + 1]
    # (a sentence in the body's print: a note under a grid is set smaller; and the line in larger print than the
    # grid's cells over it, which a label of the grid's own is not)
    larger = n > 0 and row[0].size > max(c.size for c in rows[n - 1]) + 0.3
    text = larger and len(below) == 1 and below[0].size >= body - 0.5 and _prose(below[0].text)
    listed = any(f.bullet or list_number(f.text) for f in below) or text
    return listed and row[0].bottom - max(f.top for f in below) < 2.5 * row[0].size


def heading_row(row: list[Frag], body: float) -> bool:
    return len(row) == 1 and headingish(row[0], body) and (row[0].size > body + 0.5 or row[0].bold)


def headings_row(row: list[Frag], body: float) -> bool:
    return all(c.size > body + 0.5 and headingish(c, body) for c in row)


def wraps_onto(upper: Frag, lower: Frag) -> bool:
    """Two lines of one paragraph: the same size, one line pitch apart."""
    return abs(upper.size - lower.size) < 0.5 and upper.bottom - lower.top < 0.85 * lower.size


# a sentence a heading may head, however short: "Өрт каптаган аянт — 72 гектар."
SENTENCE_WORDS = 3


def _prose(text: str) -> bool:
    """A line of running text, or a short sentence with its full stop: no cell of a grid."""
    return sentence_like(text) or (text.rstrip().endswith(".") and len(WORD.findall(text)) >= SENTENCE_WORDS)
