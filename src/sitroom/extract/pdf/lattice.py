"""Ruled tables read from their drawn borders: the cells, merged cells among them, and the sheet whose merged
label cells name the section of the points in the rows beside them.

A spreadsheet or a Word table printed to PDF draws each cell's borders; a cell merged down several rows has no
border inside it. That is what a reader sees at a glance ("Risks" stands in one box beside three points), so it is
read from the strokes, not guessed from where the words stand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from sitroom.extract.columns import mitigation_column
from sitroom.extract.pdf.bandsections import band_sections
from sitroom.extract.pdf.cells import PADDING, Cell, cell_points, header_row, label_cell, number_cell, short_cell
from sitroom.extract.pdf.fieldgrid import field_grid
from sitroom.extract.pdf.sheetheadings import without_sheet_headings
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import sentence_like
from sitroom.model import BlockKind

# strokes closer than this are one border
_NEAR = 1.5
# a sheet of sections: this many labels at least, one of them beside two points or more
_LABELS = 3
# a grid of more columns or rows than this is a chart's or a calendar's, no sheet of sections
_MAX_COLUMNS, _MAX_ROWS = 12, 400
# a row's number and the text of the next cell, read as one line: "1 BULK WATER SHUTDOWN"
_NUMBER_THEN_TEXT = re.compile(r"\s*(\d+(?:\.\d+)*\.?)\s+(?=\S)")


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


def ruled_tables(page: PageData) -> tuple[list[list[Cell]], dict[int, Frag]]:
    """The page's tables drawn with borders on every side of their cells, each as its cells, top-down; cells
    merged across a missing border are one. A line that runs from one cell into the next (a row's number joined
    to the text beside it) is parted at the border: the line each part came from, by the part's id."""
    tables = []
    origin: dict[int, Frag] = {}
    for bottom, top in _frames(page.vsegs):
        vs = [s for s in page.vsegs if s[1] >= bottom - _NEAR and s[2] <= top + _NEAR]
        xs = _positions([s[0] for s in vs])
        hs = [s for s in page.hsegs if bottom - _NEAR <= s[2] <= top + _NEAR and s[0] < xs[-1] and s[1] > xs[0]]
        ys = _positions([s[2] for s in hs])[::-1]
        if not 3 <= len(xs) <= _MAX_COLUMNS + 1 or not 2 <= len(ys) <= _MAX_ROWS + 1:
            continue
        # all the page's lines: a number grid's reader may have taken a sheet's row numbers and figures first
        tables.append(_cells(xs, ys, hs, vs, page.frags, origin))
    return tables, origin


def _parted(f: Frag, border: float) -> list[Frag]:
    """A line opening with a number that stands left of ``border`` and text right of it, as two lines."""
    m = _NUMBER_THEN_TEXT.match(f.text)
    if m is None or not f.x0 < border < f.x1:
        return [f]
    number, rest = m.group(1), f.text[m.end() :]
    return [
        Frag(number, f.x0, min(border - _NEAR, f.x0 + f.size * 0.6 * len(number)), f.bottom, f.top, f.size, f.bold),
        Frag(rest, border + PADDING, f.x1, f.bottom, f.top, f.size, f.bold),
    ]


def _cells(
    xs: list[float],
    ys: list[float],
    hs: list[tuple[float, float, float]],
    vs: list[tuple[float, float, float]],
    frags: list[Frag],
    origin: dict[int, Frag],
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
    for line in frags:
        c, r = bisect_right(xs, line.x0 + 1) - 1, bisect_right(down, -line.mid) - 1
        parts = [line]
        if 0 <= c < nc - 1 and 0 <= r < nr and line.x1 - 1 > xs[c + 1] and v_border(r, c):
            parts = _parted(line, xs[c + 1])
        if len(parts) > 1:
            origin.update((id(f), line) for f in parts)
        for col, f in enumerate(parts, start=c):
            if 0 <= col < nc and 0 <= r < nr:
                cells[find(r * nc + col)].lines.append(f)
    for cell in cells.values():
        cell.lines.sort(key=lambda f: (-round(f.top), f.x0))
    return sorted(cells.values(), key=lambda c: (c.row, c.col))


def take_sheet_sections(page: PageData, frags: list[Frag]) -> tuple[list[Frag], list[Entry], list[tuple]]:
    """A ruled table with a column of short labels, each in a cell beside one row or more of the next column's
    points, one of them merged down two rows or more, is the report's body set in a sheet: each label heads the
    points of its rows. Row numbers left of the labels, the header row, a printed sheet's column letters and row
    numbers and the short status and owner cells right of the points are left out and counted; the rows over the
    header that span the table (the sheet's title and particulars) are read as the page's lines. A table under the
    header of the sheet the page before ended on goes on with it. A ruled grid of a form's fields gives the
    report's particulars and is left out. Gives the lines left, the entries read, and where the tables stood."""
    if len(page.vsegs) < 3 or len(page.hsegs) < 2:  # (a row of particulars has two rules)
        return frags, [], []
    held: list[Entry] = []
    boxes: list[tuple] = []
    kept = {id(f) for f in frags}
    tables, source = ruled_tables(page)
    consumed: set[int] = set()  # the page's lines read in a table, by id
    pieces: dict[int, list[Frag]] = {}  # what such a line leaves to the page, by its id

    def line_of(f: Frag) -> Frag:
        return source.get(id(f), f)

    for cells in tables:
        read = _sections(page, cells) or band_sections(page, cells)
        if read is None and (fields := field_grid(cells) or _field_rows(cells)) is not None:
            # they give the report's number and date, as a details table's do, unless that reader took them first
            left = [f for c in cells for f in c.lines if id(line_of(f)) in kept]
            if len(left) == sum(len(c.lines) for c in cells):
                page.details.extend(fields)
            if left:
                page.drop("form field cell", len(left))
            consumed.update(id(line_of(f)) for f in left)
            continue
        if read is None:
            continue
        entries, page_lines, renamed, box, page.open_sheet = read
        for e in entries:
            e.grid = 1000 + len(boxes)
        held.extend(entries)
        boxes.append(box)
        for old, new in renamed.items():
            source[id(new)] = source.get(old, next(f for c in cells for f in c.lines if id(f) == old))
        consumed.update(id(line_of(f)) for c in cells for f in c.lines)
        for f in page_lines:
            pieces.setdefault(id(line_of(f)), []).append(f)
    if not consumed:
        return frags, [], []
    left_over: list[Frag] = []
    for f in frags:
        left_over.extend(pieces.get(id(f), []) if id(f) in consumed else [f])
    return left_over, held, boxes


def _sections(
    page: PageData, grid: list[Cell]
) -> tuple[list[Entry], list[Frag], dict[int, Frag], tuple, list[str]] | None:
    """The entries of a sheet of sections, the lines of its rows over the header (left to the page), the lines a
    printed row number was taken from (by id, with what is left of each), where the table stands below the rows
    left to the page, and the header's titles."""
    cells, headings, renamed = without_sheet_headings(grid)
    if not cells:
        return None
    ncols = max(c.col + c.cols for c in cells)
    rows: dict[int, list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    head: list[int] = []
    for r in sorted(rows):
        # the table's title merged across it, and its header row
        if not (len(rows[r]) == 1 or header_row(rows[r]) or (not head and _fields_row(rows[r]))):
            break
        head.append(r)
    header = next((r for r in reversed(head) if len(rows[r]) > 1 and not _fields_row(rows[r])), None)
    # rows spanning the table over its header: the sheet's title and particulars, lines of the page
    masthead = [c for r in head if header is not None and r < header for c in rows[r]]
    body = [c for c in cells if c.row not in head]
    if header is not None and masthead:
        # the particulars' borders part the columns under them no more: the header's and the rows' own count
        body, rows[header], ncols = _own_columns(body, rows[header])
    if ncols < 2 or not body or any(c.cols > 1 for c in body):
        return None
    titles = [c.text for c in sorted(rows[header], key=lambda c: c.col)] if header is not None else []
    roles = _columns(body, ncols, titles if len(titles) == ncols else [])
    if roles is None:
        return None
    labels_col, points_col, measures = roles
    # the rows' numbers may stand between the labels and the points ("Section | No. | Statement | Measures")
    between = labels_col if labels_col > 0 and all(number_cell(c) for c in body if c.col == labels_col) else None
    labels_col -= between is not None
    points = [c for c in body if c.col == points_col]
    labels = [c for c in body if c.col == labels_col]
    numbers = [c for c in body if c.col < labels_col or c.col == between]
    others = [c for c in body if c.col > points_col and c.col != measures]
    # under the header of the sheet the page before ended on: its rows go on, whatever their number
    goes_on = bool(titles) and titles == page.carried_sheet
    # a label merged down rows of points, or beside a cell of bulleted points or of sentences each on its line:
    # names of sections, not a form's fields
    bulleted = sum(1 for c in points if sum(1 for f in c.lines if f.bullet) >= 2 or len(cell_points(page, c)) >= 2)
    named = [c for c in labels if c.lines]
    if (
        not named
        or not (goes_on or len(named) >= _LABELS)
        or not (goes_on or any(c.rows > 1 for c in named) or bulleted >= 2)
        or not all(label_cell(c) for c in named)
        or not all(number_cell(c) for c in numbers)
        or not all(short_cell(c) for c in others)
        or sum(1 for c in points if c.lines) < len(labels)
    ):
        return None
    mitigations = {c.row: c for c in body if c.col == measures and c.lines}
    entries: list[Entry] = []
    for cell in sorted(labels + points, key=lambda c: (c.row, c.col)):
        if not cell.lines:
            continue
        if cell.col == labels_col:
            entries.append(Entry(BlockKind.HEADING, page.number, cell.lines, level=2))
            continue
        read = cell_points(page, cell)
        measure = mitigations.pop(cell.row, None)
        if measure is not None and read:
            read[-1].mitigation = measure.text
        entries.extend(read)
    for reason, left_out in (
        ("sheet row and column heading", headings),
        ("row number", numbers),
        ("table header", [c for c in cells if c.row in head and c not in masthead]),
        ("status or owner cell", others),
        ("measure beside no point", list(mitigations.values())),
    ):
        if n := sum(len(c.lines) for c in left_out):
            page.drop(reason, n)
    table = [c for c in cells if c not in masthead]
    box = (min(c.x0 for c in table), min(c.bottom for c in table), max(c.x1 for c in table), table[0].top)
    # the particulars' fields give the report's date and who prepared it, as a form's grid of fields does
    fields = [c for c in masthead if _fields_row(rows[c.row])]
    page.details.extend(_fields(fields))
    if fields:
        page.drop("form field cell", len(fields))
    return entries, [f for c in masthead if c not in fields for f in c.lines], renamed, box, titles


def _field_rows(cells: list[Cell]) -> list[tuple[str, str]] | None:
    """The fields of a ruled table of the report's particulars, every cell its label and value ("Date: 20/07/2026 |
    Time: 18:00 hrs | Prepared by: Duty Manager"), or None for any other table."""
    if len(cells) < 3 or len({c.row for c in cells}) > 3 or not all(c.lines and _FIELD.match(c.text) for c in cells):
        return None
    return _fields(cells)


def _fields(cells: list[Cell]) -> list[tuple[str, str]]:
    """Each cell's label and value ("Date: 26/1/2026" → ("Date", "26/1/2026"))."""
    parts = (c.text.replace("：", ":").partition(":") for c in cells)
    return [(label.strip(), value.strip()) for label, _, value in parts]


# a field of the sheet's particulars: "Date: 26/1/2026", "Prepared by: the duty officer"
_FIELD = re.compile(r"^[^:：\d]{1,30}[:：]\s*\S")


def _fields_row(row: list[Cell]) -> bool:
    """A row of the sheet's particulars over its header, every cell a field and its value."""
    return len(row) >= 2 and all(c.lines and _FIELD.match(c.text.strip()) for c in row)


def _own_columns(body: list[Cell], header: list[Cell]) -> tuple[list[Cell], list[Cell], int]:
    """The body's and the header's cells numbered by the columns they part themselves, with how many there are."""
    starts = sorted({c.col for c in (*body, *header)})

    def renumbered(c: Cell) -> Cell:
        spanned = sum(1 for s in starts if c.col <= s < c.col + c.cols)
        return replace(c, col=starts.index(c.col), cols=spanned)

    return [renumbered(c) for c in body], [renumbered(c) for c in header], len(starts)


def _columns(body: list[Cell], ncols: int, titles: list[str]) -> tuple[int, int, int | None] | None:
    """The columns of a sheet of sections: its labels, its points and the measures taken, if the header names
    them. The points are the column of sentences; the labels stand left of it."""
    measures = mitigation_column(titles) if ncols >= 3 and titles else None
    texts: dict[int, list[str]] = {}
    for c in body:
        texts.setdefault(c.col, []).append(c.text)
    ranked = [
        (sum(1 for t in texts.get(col, []) if sentence_like(t)), sum(map(len, texts.get(col, []))), col)
        for col in range(1, ncols)
        if col != measures
    ]
    if not ranked:
        return None
    sentences, _, points = max(ranked)
    if not sentences:
        # no column of sentences: the points are the last column, before the measures if those end the table
        points = ncols - 1 if measures != ncols - 1 else ncols - 2
    if points < 1 or (measures is not None and measures < points):
        return None
    return points - 1, points, measures
