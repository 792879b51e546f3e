"""Row labels of two-column tables whose right cells hold bullets: level-2 headings before their row."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import WORD, ends_open, sentence_like
from sitroom.model import BlockKind

# a label wraps onto a line or two in its column; more is running text beside a figure
_WRAPS = 2
# a line of running text holds more words than a row's label ("Risk Communication and Community")
_RUNNING_WORDS = 8
# a grid of rows: this many rules at least, and as many points in its column
_GRID_RULES = 4
_NUMBERED_LABEL = re.compile(r"^(\d{1,3})\s+([^\W\d_].{0,44})$")


def split_row_labels(lines: list[Frag], region: dict[int, int] | None = None) -> tuple[list[Frag], list[Frag]]:
    """In a two-column table whose right cells hold bullets, the left cells are row labels.

    A label is a short line that ends well left of an aligned bullet-text column running beside it, read in one
    region with it (``region`` maps a line's id to the column or sidebar the page's layout read it in): the
    lines of another column or of a sidebar stand level with the points by chance.
    """
    region = region or {}
    bullet_x = [f.x0 for f in lines if f.bullet]
    if len(bullet_x) < 2:
        return [], lines
    cols = Counter(round(x / 4) for x in bullet_x)
    labels: list[Frag] = []
    for col, count in cols.items():
        if count < 2:
            continue
        bx = col * 4
        text_col = [f for f in lines if abs(f.x0 - bx) < 5]
        if not text_col:
            continue
        top = max(f.top for f in text_col)
        bottom = min(f.bottom for f in text_col)
        if _text_column_left(lines, bx, bottom, top):
            continue
        for f in lines:
            if (
                not f.bullet
                and f.x1 < bx - 8
                and len(f.text) < 45
                and bottom - 2 <= f.mid <= top + 2
                and any(abs(g.mid - f.mid) < 1.6 * g.size and region.get(id(g)) == region.get(id(f)) for g in text_col)
                and not sentence_like(f.text)
                and not _heads_own_list(f, lines, bx)
                and not _in_running_text(f, lines, bx)
                and all(g is not f for g in labels)  # beside two bullet columns, still one label
            ):
                labels.append(f)
    if not labels:
        return [], lines
    labels += _wrapped_below(labels, lines)
    ids = {id(f) for f in labels}
    return labels, [f for f in lines if id(f) not in ids]


def _beside_point(label: Frag, lines: list[Frag], edge: float) -> bool:
    return any(g.x0 >= edge - 1 and g.bottom - label.size <= label.mid <= g.top + label.size for g in lines)


def split_grid_labels(page: PageData, lines: list[Frag]) -> tuple[list[Frag], list[Frag]]:
    """In a ruled grid (a spreadsheet printed to PDF) whose column of short bold lines names the section of the
    points in the column right of it, one point to a row, those lines are row labels; the row numbers left of
    them ("1", "2" …) are left out and counted."""
    if len(page.rules) < _GRID_RULES:
        return [], lines
    edges = Counter(round(f.x0 / 4) for f in lines if not f.bold and not f.bullet)
    if not edges:
        return [], lines
    column, points = edges.most_common(1)[0]
    # the points' column's left edge as printed: a long label may end a few points short of it
    edge = min(f.x0 for f in lines if not f.bold and not f.bullet and round(f.x0 / 4) == column)
    labels = [f for f in lines if f.bold and not f.bullet and f.x1 < edge - 1 and _label_like(f.text)]
    lefts = Counter(round(f.x0 / 4) for f in labels)
    if points < _GRID_RULES or not lefts or lefts.most_common(1)[0][1] < 3:
        return [], lines
    lx = lefts.most_common(1)[0][0] * 4
    # a label names the points of its row: one alone on its row (a box's title bar over its points) names none
    labels = [f for f in labels if abs(f.x0 - lx) < 5 and _beside_point(f, lines, edge)]
    if len(labels) < 3:
        return [], lines
    top, bottom = max(f.top for f in labels), min(f.bottom for f in labels)
    beside = [f for f in lines if f.x1 < edge - 1 and not f.bold and bottom <= f.mid <= top]
    if any(not (f.text.strip().isdigit() or _NUMBERED_LABEL.match(f.text)) for f in beside):
        return [], lines  # text in regular print beside the bold lines: a page's column of text, no grid's labels
    taken = {id(f) for f in labels}
    for f in lines:
        if abs(f.x0 - lx) < 5 and not f.bold and f.lead and f.x1 > edge:
            # a label level with a point of its rows runs into it on one line ("Impacts Houses flooded: 331.")
            labels.append(replace(f, text=f.lead, x1=edge - 2, bold=True, lead=None))
            f.text, f.x0, f.lead = f.text[len(f.lead) :].strip(), edge, None
    numbers = [f for f in lines if f.x1 < lx and f.text.strip().isdigit()]
    for f in lines:
        m = _NUMBERED_LABEL.match(f.text)
        if m and f.x0 < lx - 4 and f.x1 < edge - 1 and id(f) not in taken and not sentence_like(m.group(2)):
            # a row's number close enough to its label to run into it ("10 Next steps"): the label stays
            numbers.append(f)
            labels.append(replace(f, text=m.group(2), x0=lx, bold=True, lead=None))
    if numbers:
        page.drop("row number", len(numbers))
    ids = {id(f) for f in (*labels, *numbers)}
    return labels, [f for f in lines if id(f) not in ids]


def _label_like(text: str) -> bool:
    return len(text) < 45 and not sentence_like(text)


def _text_column_left(lines: list[Frag], bx: float, bottom: float, top: float) -> bool:
    """Bulleted or running text left of the bullet column, beside it: that is the page's other column of
    text (its headings are headings, the short last lines of its paragraphs, "all depots.", are no labels),
    not a column of row labels, which holds neither. Running text shows in a sentence, or in a line of more
    words than a label has (a row's label wraps in a few)."""
    left = [g for g in lines if g.x1 < bx - 8 and bottom - 2 <= g.mid <= top + 2]
    return any(g.bullet or _running(g) for g in left)


def _running(g: Frag) -> bool:
    return sentence_like(g.text) or len(WORD.findall(g.text)) >= _RUNNING_WORDS


def _in_running_text(f: Frag, lines: list[Frag], bx: float) -> bool:
    """A line of running text stands right above the line in its column (the line ends that paragraph:
    "… replenished at" / "all depots.") or starts right under it (the line heads that text): a row's
    label has only labels above and under it."""
    return any(
        g is not f
        and g.x1 < bx - 8
        and abs(g.x0 - f.x0) < 4
        and _running(g)
        and (0 <= g.bottom - f.top < 0.9 * f.size or 0 <= f.bottom - g.top < 2.5 * f.size)
        for g in lines
    )


def _wrapped_below(labels: list[Frag], lines: list[Frag]) -> list[Frag]:
    """The lines a label wraps onto below the text beside it (a long label beside a one-line entry, or
    at the foot of a page): right under it, in its print, a line or two. A bold label's go on at its left
    edge; any label broken off mid-phrase ("Risk Communication &") goes on in its column, however the
    column aligns its lines."""
    out: list[Frag] = []
    taken = {id(f) for f in labels}
    right = max(f.x1 for f in labels) + 4
    edge = [(f, 0) for f in labels if f.bold or ends_open(f.text)]
    while edge:
        above, depth = edge.pop()
        for f in lines:
            in_column = f.x1 <= right and f.x0 < above.x1 and f.x1 > above.x0
            aligned = (above.bold and abs(f.x0 - above.x0) < 4) or (ends_open(above.text) and in_column)
            if (
                depth < _WRAPS
                and id(f) not in taken
                and not f.bullet
                and aligned
                and f.bold == above.bold
                and abs(f.size - above.size) < 0.3
                and 0 <= above.bottom - f.top < 0.9 * f.size
                and len(f.text) < 45
                and not sentence_like(f.text)
            ):
                taken.add(id(f))
                out.append(f)
                if f.bold or ends_open(f.text):
                    edge.append((f, depth + 1))
    return out


def _heads_own_list(f: Frag, lines: list[Frag], bx: float) -> bool:
    """A bulleted entry starts right under the line, in its own column: the line heads that column's
    list (the next column of a two-column page happens to sit beside it); a label's cell holds no bullets."""
    return any(g.bullet and g.x0 < bx - 8 and g.top < f.bottom and f.bottom - g.top < 2.5 * f.size for g in lines)


def insert_labels(page: PageData, labels: list[Frag], entries: list[Entry]) -> list[Entry]:
    """Row labels become level-2 headings placed before the first item of their table row."""
    groups: list[list[Frag]] = []
    # a row's rule or the edge of its shading between two label lines puts them in cells of their own
    borders = [*page.rules, *(y for b in page.bands for y in b)]
    for f in sorted(labels, key=lambda f: -f.top):
        above = groups[-1][-1] if groups else None
        if above and above.bottom - f.top < 0.9 * f.size and not any(f.top < y < above.bottom for y in borders):
            groups[-1].append(f)
        else:
            groups.append([f])
    label_entries = [Entry(BlockKind.HEADING, page.number, g, level=2) for g in groups]
    centres = [(g[0].top + g[-1].bottom) / 2 for g in groups]
    edges = sorted({round(y, 1) for b in page.bands for y in b})
    label_right = max(f.x1 for f in labels)
    # only entries in the cells to the right of the labels belong to the table
    body = [e for e in entries if e.kind in (BlockKind.ITEM, BlockKind.PARAGRAPH) and e.lines[0].x0 > label_right]

    def cell(y: float) -> int:
        return sum(1 for e in edges if e > y + 0.5)

    owner: dict[int, int] = {}
    label_cells = [cell(c) for c in centres]
    # shading is only trusted when it puts every label in a row of its own
    body_cells = {cell(e.lines[0].mid) for e in body}
    if edges and len(body_cells) >= 2 and len(set(label_cells)) == len(label_cells):
        cell_of_label = {c: n for n, c in enumerate(label_cells)}
        last = None
        for e in body:
            c = cell(e.lines[0].mid)
            if c in cell_of_label:
                last = cell_of_label[c]
            if last is not None:
                owner[id(e)] = last
    elif sum(any(abs(e.lines[0].top - g[0].top) < 3 for e in body) for g in groups) >= 0.6 * len(groups):
        # labels set at the top of their cells: an entry belongs to the last label at or above it
        tops = [g[0].top for g in groups]
        for e in body:
            above = [n for n, t in enumerate(tops) if t >= e.lines[0].top - 3]
            if above:
                owner[id(e)] = max(above)
    elif (spans := _ruled_spans(page.rules, groups, body)) is not None:
        # labels centred in cells that span several ruled rows: each owns the rows of its cell
        for e in body:
            mid = e.lines[0].mid
            owner[id(e)] = next((n for n, (top, bottom) in enumerate(spans) if bottom <= mid <= top), 0)
    else:
        # vertically centred labels without shading: the nearest label
        for e in body:
            mid = (e.lines[0].top + e.lines[-1].bottom) / 2
            owner[id(e)] = min(range(len(centres)), key=lambda n: abs(centres[n] - mid))
    out: list[Entry] = []
    placed: set[int] = set()
    for e in entries:
        n = owner.get(id(e))
        if n is not None and n not in placed:
            # labels of rows with nothing in them still come in order
            for m in range(n):
                if m not in placed:
                    placed.add(m)
                    out.append(label_entries[m])
            placed.add(n)
            out.append(label_entries[n])
        out.append(e)
    for m in range(len(label_entries)):
        if m not in placed:
            out.append(label_entries[m])
    return out


def _ruled_spans(rules: list[float], groups: list[list[Frag]], body: list[Entry]) -> list[tuple[float, float]] | None:
    """The cell of each label centred in a cell of several ruled rows, top to bottom, as (top, bottom): a cell
    starts at the rule the last one ended at, and ends at the rule as far below the label's middle as its top is
    above it. None unless the rules give every label such a cell."""
    ys = sorted(set(round(y, 1) for y in rules), reverse=True)
    if not groups or not body or len(ys) < _GRID_RULES:
        return None
    first = groups[0][0].top
    top = min((y for y in ys if y >= max(first, max(e.lines[0].top for e in body))), default=None)
    spans: list[tuple[float, float]] = []
    for g in groups:
        if top is None:
            return None
        centre = (g[0].top + g[-1].bottom) / 2
        below = [y for y in ys if y < g[-1].bottom]
        if not below:
            return None
        bottom = min(below, key=lambda y: abs(y - (2 * centre - top)))
        if abs(bottom - (2 * centre - top)) > g[0].size:
            return None
        spans.append((top, bottom))
        top = bottom
    return spans
