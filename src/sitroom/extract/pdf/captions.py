"""What stands by a figure or a table and is none of the text: a chart's labels read before the caption under
it; and what only looks like a table's title, a section heading set in the type of its fellow headings."""

from __future__ import annotations

from sitroom.extract.pdf.furniture import over_box
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import DATED, WORD, headingish, is_numeric_cell, sentence_like
from sitroom.model import BlockKind

# a chart's labels: this many lines at least, half of them figures (its ticks)
_CHART_LINES = 4


def is_chart_label(text: str) -> bool:
    """A chart's tick, legend entry or axis title: a few words or a figure, no sentence."""
    return not sentence_like(text) and len(WORD.findall(text)) <= 4


def chart_labels(out: list[Entry]) -> int:
    """How many of the last entries are the labels of a chart whose caption follows it: terse lines (figures,
    a few words, no sentence, no list mark), half of them figures, after the text the chart illustrates."""
    n = lines = figures = 0
    for e in reversed(out):
        if e.kind == BlockKind.HEADING or e.bullet or e.title:
            break
        texts = [f.text for f in e.lines]
        if not all(is_chart_label(t) for t in texts):
            break
        n, lines, figures = n + 1, lines + len(texts), figures + sum(is_numeric_cell(t) for t in texts)
    return n if lines >= _CHART_LINES and 2 * figures >= lines else 0


def in_heading_type(page: PageData, f: Frag, lines: list[Frag], body: float) -> bool:
    """Another line of the page, in ``f``'s type (larger than the body), heads a section elsewhere than
    over a table: ``f`` is a section heading that happens to open with a table, as its fellows are
    headings ("Shelter, Housing and Settlements" over its budget strip, as "Health" over its own)."""
    if f.size <= body + 0.5 or DATED.search(f.text):  # "Summary of cases as of 1 November": the table's banner
        return False
    return any(
        g is not f
        and g.bold == f.bold
        and abs(g.size - f.size) < 0.3
        and headingish(g, body)
        and not over_box(page, g, body)
        for g in lines
    )
