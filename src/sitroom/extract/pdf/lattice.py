"""Ruled tables read from their drawn borders: the cells, merged cells among them, and the sheet whose merged
label cells name the section of the points in the rows beside them.

A spreadsheet or a Word table printed to PDF draws each cell's borders; a cell merged down several rows has no
border inside it. That is what a reader sees at a glance ("Risks" stands in one box beside three points), so it is
read from the strokes, not guessed from where the words stand.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from sitroom.extract.columns import mitigation_column
from sitroom.extract.pdf.fieldgrid import field_grid
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.extract.pdf.wraps import SENTENCE_END, room_for_next_word
from sitroom.model import BlockKind

# strokes closer than this are one border
_NEAR = 1.5
# a sheet of sections: this many labels at least, one of them beside two points or more
_LABELS = 3
# a grid of more columns or rows than this is a chart's or a calendar's, no sheet of sections
_MAX_COLUMNS, _MAX_ROWS = 12, 400
_LABEL_CHARS = 60
# a cell's text stands this far in from its borders
_PADDING = 3


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


def _positions(values: list[float]) -> list[float]:
    """Border positions, strokes closer than ``_NEAR`` counted as one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _NEAR:
            out.append(v)
    return out


def _frames(vsegs: list[tuple[float, float, float]]) -> list[tuple[float, float]]:
    """The heights (bottom, top) of the runs of vertical strokes that touch one another: one per table."""
    spans: list[list[float]] = []
    for _, bottom, top in sorted(vsegs, key=lambda s: s[1]):
        if spans and bottom <= spans[-1][1] + _NEAR:
            spans[-1][1] = max(spans[-1][1], top)
        else:
            spans.append([bottom, top])
    return [(b, t) for b, t in spans]


def ruled_tables(page: PageData) -> list[list[Cell]]:
    """The page's tables drawn with borders on every side of their cells, each as its cells, top-down; cells
    merged across a missing border are one."""
    tables = []
    for bottom, top in _frames(page.vsegs):
        vs = [s for s in page.vsegs if s[1] >= bottom - _NEAR and s[2] <= top + _NEAR]
        xs = _positions([s[0] for s in vs])
        hs = [s for s in page.hsegs if bottom - _NEAR <= s[2] <= top + _NEAR and s[0] < xs[-1] and s[1] > xs[0]]
        ys = _positions([s[2] for s in hs])[::-1]
        if not 3 <= len(xs) <= _MAX_COLUMNS + 1 or not 2 <= len(ys) <= _MAX_ROWS + 1:
            continue
        # all the page's lines: a number grid's reader may have taken a sheet's row numbers and figures first
        tables.append(_cells(xs, ys, hs, vs, page.frags))
    return tables


def _cells(
    xs: list[float],
    ys: list[float],
    hs: list[tuple[float, float, float]],
    vs: list[tuple[float, float, float]],
    frags: list[Frag],
) -> list[Cell]:
    nr, nc = len(ys) - 1, len(xs) - 1
    # the strokes along each border line, so that a border is looked up among its own strokes only
    along_y: dict[int, list[tuple[float, float]]] = {}
    for x0, x1, y in hs:
        for r in (n for n, yy in enumerate(ys) if abs(yy - y) <= _NEAR):
            along_y.setdefault(r, []).append((x0, x1))
    along_x: dict[int, list[tuple[float, float]]] = {}
    for x, b, t in vs:
        for c in (n for n, xx in enumerate(xs) if abs(xx - x) <= _NEAR):
            along_x.setdefault(c, []).append((b, t))

    def h_border(r: int, c: int) -> bool:  # a stroke under grid row r, across column c
        mid = (xs[c] + xs[c + 1]) / 2
        return any(x0 <= mid <= x1 for x0, x1 in along_y.get(r + 1, ()))

    def v_border(r: int, c: int) -> bool:  # a stroke right of grid column c, along row r
        mid = (ys[r] + ys[r + 1]) / 2
        return any(b <= mid <= t for b, t in along_x.get(c + 1, ()))

    parent = list(range(nr * nc))

    def find(u: int) -> int:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for r in range(nr):
        for c in range(nc):
            if r + 1 < nr and not h_border(r, c):
                parent[find(r * nc + c)] = find((r + 1) * nc + c)
            if c + 1 < nc and not v_border(r, c):
                parent[find(r * nc + c)] = find(r * nc + c + 1)
    units: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            units.setdefault(find(r * nc + c), []).append((r, c))
    cells: dict[int, Cell] = {}
    for root, group in units.items():
        r0, r1 = min(r for r, _ in group), max(r for r, _ in group)
        c0, c1 = min(c for _, c in group), max(c for _, c in group)
        cells[root] = Cell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, xs[c0], xs[c1 + 1], ys[r1 + 1], ys[r0], [])
    down = [-y for y in ys]  # ascending, for bisect
    for f in frags:
        x, y = f.x0 + 1, f.mid
        c, r = bisect_right(xs, x) - 1, bisect_right(down, -y) - 1
        if 0 <= c < nc and 0 <= r < nr:
            cells[find(r * nc + c)].lines.append(f)
    for cell in cells.values():
        cell.lines.sort(key=lambda f: (-round(f.top), f.x0))
    return sorted(cells.values(), key=lambda c: (c.row, c.col))


def _number_cell(cell: Cell) -> bool:
    text = cell.text.strip().rstrip(".")
    return not text or text.isdigit()


def _label(cell: Cell) -> bool:
    text = cell.text.strip()
    return 0 < len(text) <= _LABEL_CHARS and not sentence_like(text) and not text.replace(" ", "").isdigit()


def _header(row: list[Cell]) -> bool:
    """A header row: every cell short words in bold ("No. | Section | Information")."""
    filled = [c for c in row if c.lines]
    return len(filled) >= 2 and all(all(f.bold for f in c.lines) and _label(c) for c in filled)


def take_sheet_sections(page: PageData, frags: list[Frag]) -> tuple[list[Frag], list[Entry], list[tuple]]:
    """A ruled table whose next-to-last column holds short labels, each in a cell beside one row or more of the
    last column's points, one of them merged down two rows or more, is the report's body set in a sheet: each
    label heads the points of its rows. Row numbers left of the labels and the header row are left out and
    counted. A ruled grid of a form's fields gives the report's particulars and is left out. Gives the lines left,
    the entries read, and where the tables stood."""
    if len(page.vsegs) < 3 or len(page.hsegs) < 4:
        return frags, [], []
    held: list[Entry] = []
    boxes: list[tuple] = []
    taken: set[int] = set()
    kept = {id(f) for f in frags}
    for cells in ruled_tables(page):
        entries = _sections(page, cells)
        if entries is None and (fields := field_grid(cells)) is not None:
            # they give the report's number and date, as a details table's do, unless that reader took them first
            left = [f for c in cells for f in c.lines if id(f) in kept]
            if len(left) == sum(len(c.lines) for c in cells):
                page.details.extend(fields)
            if left:
                page.drop("form field cell", len(left))
            taken.update(id(f) for f in left)
            continue
        if entries is None:
            continue
        for e in entries:
            e.grid = 1000 + len(boxes)
        held.extend(entries)
        box = (min(c.x0 for c in cells), min(c.bottom for c in cells), max(c.x1 for c in cells), cells[0].top)
        boxes.append(box)
        taken.update(id(f) for c in cells for f in c.lines)
    if not taken:
        return frags, [], []
    return [f for f in frags if id(f) not in taken], held, boxes


def _sections(page: PageData, cells: list[Cell]) -> list[Entry] | None:
    ncols = max(c.col + c.cols for c in cells)
    rows: dict[int, list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    head: list[int] = []
    for r in sorted(rows):
        # the table's title merged across it, and its header row
        if not (len(rows[r]) == 1 or _header(rows[r])):
            break
        head.append(r)
    body = [c for c in cells if c.row not in head]
    if ncols < 2 or any(c.cols > 1 for c in body):
        return None
    # a last column the header names as the measures taken ("Label | Situation | Mitigation"): each cell the
    # mitigation of the point beside it, as a risk register's row gives its risk's
    titles = [c.text for c in rows[head[-1]]] if head and len(rows[head[-1]]) == ncols else []
    measures = ncols - 1 if ncols >= 3 and titles and mitigation_column(titles) == ncols - 1 else None
    last = ncols - 1 if measures is None else ncols - 2
    points = [c for c in body if c.col == last]
    labels = [c for c in body if c.col == last - 1]
    numbers = [c for c in body if c.col < last - 1]
    # a label merged down rows of points, or beside a cell of bulleted points or of sentences each on its line:
    # names of sections, not a form's fields
    bulleted = sum(1 for c in points if sum(1 for f in c.lines if f.bullet) >= 2 or len(_points(page, c)) >= 2)
    if (
        len([c for c in labels if c.lines]) < _LABELS
        or not (any(c.rows > 1 for c in labels if c.lines) or bulleted >= 2)
        or not all(_label(c) for c in labels if c.lines)
        or not all(_number_cell(c) for c in numbers)
        or sum(1 for c in points if c.lines) < len(labels)
    ):
        return None
    mitigations = {c.row: c for c in body if c.col == measures and c.lines}
    entries: list[Entry] = []
    for cell in sorted(labels + points, key=lambda c: (c.row, c.col)):
        if not cell.lines:
            continue
        if cell.col == last - 1:
            entries.append(Entry(BlockKind.HEADING, page.number, cell.lines, level=2))
            continue
        read = _points(page, cell)
        measure = mitigations.pop(cell.row, None)
        if measure is not None and read:
            read[-1].mitigation = measure.text
        entries.extend(read)
    dropped = [f for c in numbers for f in c.lines]
    if dropped:
        page.drop("row number", len(dropped))
    header = [f for c in cells if c.row in head for f in c.lines]
    if header:
        page.drop("table header", len(header))
    unplaced = [f for c in mitigations.values() for f in c.lines]
    if unplaced:
        page.drop("measure beside no point", len(unplaced))
    return entries


def _points(page: PageData, cell: Cell) -> list[Entry]:
    """A cell's points: one, its lines wrapped, unless its lines are bulleted, a point to each bullet, or a line ends
    its sentence where the next line's first word would have fitted (a paragraph of its own in the cell)."""
    out: list[Entry] = []
    for f in cell.lines:
        ended = bool(out) and SENTENCE_END.search(out[-1].lines[-1].text) is not None
        if f.bullet or not out or (ended and room_for_next_word(out[-1].lines[-1], f, cell.x1 - _PADDING)):
            out.append(Entry(BlockKind.ITEM if f.bullet else BlockKind.PARAGRAPH, page.number, [f], bullet=f.bullet))
        else:
            out[-1].lines.append(f)
    return out
