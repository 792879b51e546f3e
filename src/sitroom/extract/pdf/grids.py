"""Text grids: tables of short cells (status tables, form grids, risk registers) found from aligned columns.

Number grids are ``tables``' job; this stage finds the grids whose cells are words. A grid is three or
more rows whose cells start at the same column edges, with at least one column of terse cells (a status,
a RAG rating, an owner, a date). Its data goes to the document's tables; sentences written in its cells
stay items; in a risk register (a risk column and a mitigation column) each row is one risk item that
carries its mitigation.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import pairwise, takewhile

from sitroom.extract.columns import REF, column_roles
from sitroom.extract.pdf.boxes import side_by_side, straddles
from sitroom.extract.pdf.carriedheader import band_header, carried_header
from sitroom.extract.pdf.cellborders import drawn_between
from sitroom.extract.pdf.gridentries import grid_entries
from sitroom.extract.pdf.layout import Box, Gutter, find_gutters, lanes
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import WORD, is_numeric_cell, sentence_like
from sitroom.model import TableInfo


def is_register_header(cells: list[str]) -> bool:
    """A header row naming a risk column and a mitigation column: a risk register's."""
    return column_roles(cells) is not None


def take_grids(
    page: PageData, frags: list[Frag], tables: list[TableInfo], words: Counter[str], body: float
) -> tuple[list[Frag], list[Entry], list[Box]]:
    """Split text grids off the page's lines: the lines left, the items the grids hold, and where the
    grids stood. A grid is sought in each page column apart: a table set in one column shares no row
    with the other column's text."""
    taken: set[int] = set()
    entries: list[Entry] = []
    boxes: list[Box] = []
    gutters = find_gutters(frags, body, tuple(page.boxes))
    # a register broken by the page: its rows at this page's top stand under the header of the page before
    rows = baselines(frags)
    header = carried_header(page, rows)
    if header:
        rows.insert(0, header)
    elif banded := band_header(page, rows):
        # a banded report's header printed on an earlier page: its groups here stand under its columns
        k, header = banded
        rows.insert(k, header)
    # a table across the page first (a gutter the cut finds between its columns is none of the page's) ...
    apart = side_by_side(page, frags, body)
    _take(page, rows, tables, words, taken, entries, boxes, gutters, apart, body)
    if header:
        page.dropped["data table cells"] -= len(header)  # the carried header was never a line of this page
        taken.difference_update(id(f) for f in header)
    # ... then one in a column, once the lines level with it in the other column are kept out of its rows
    for lane in lanes([f for f in frags if id(f) not in taken], gutters):
        _take(page, baselines(lane), tables, words, taken, entries, boxes, apart=apart, body=body)
    if not taken:
        return frags, [], []
    return [f for f in frags if id(f) not in taken], entries, boxes


def _take(
    page: PageData,
    rows: list[list[Frag]],
    tables: list[TableInfo],
    words: Counter[str],
    taken: set[int],
    entries: list[Entry],
    boxes: list[Box],
    gutters: list[Gutter] | None = None,
    apart: list[Box] | None = None,
    body: float = 0.0,
) -> None:
    i = 0
    while i < len(rows):
        end = _grid_end(rows, i, page.bullet_marks, page.rules)
        # a header naming risks and their mitigation says the rows are one table, whatever gutter they cross
        register = end is not None and is_register_header([f.text for f in rows[i]])
        if end is None or (gutters and not register and _across(rows[i:end], gutters)):
            i += 1
            continue
        if apart and straddles([f for r in rows[i:end] for f in r], apart, body):
            i += 1  # lines of boxes side by side (a board's cards) level with each other, not a table's rows
            continue
        cols = columns(rows, i)
        grid = _cells(rows[i:end], cols, page.rules, drawn_between(rows[i:end], cols, page.vsegs))
        held, used = grid_entries(page, grid, rows[i][0].size, words, opens=i == 0, ends=end == len(rows))
        cells = [f for r in rows[i:end] for f in r]
        box = (min(f.x0 for f in cells), min(f.bottom for f in cells), max(f.x1 for f in cells), rows[i][0].top)
        for e in held:
            e.grid, e.across = len(boxes) + 1, (box[0], box[2])
        entries.extend(held)
        tables.append(TableInfo(page.number, len(grid), len(cols), None))
        # a group's count closing its records is told apart: it says the grid is a banded report's
        counts = sum(1 for r in rows[i + 2 : end] if _group_count(r, cols))
        page.drop("data table cells", len(cells) - used - counts)
        if counts:
            page.drop("group count", counts)
        taken.update(id(f) for f in cells)
        boxes.append(box)
        # the heading over a register heads its risks; over another table it may be the table's caption
        if not is_register_header([f.text for f in rows[i]]):
            page.boxes.append(box)
        elif end == len(rows) or all(f.top < min(g.bottom for g in rows[end - 1]) for r in rows[end:] for f in r):
            page.open_header = rows[i]  # the register's last row ends the page: it may run on over the break
        i = end


def _across(rows: list[list[Frag]], gutters: list[Gutter]) -> bool:
    """The rows lie on both sides of a gutter of the page whose columns both run on above or below them,
    each with a line standing alone in its row (as another table's rows do not): lines of two columns
    level with each other, not one table."""
    mine = {id(f) for r in rows for f in r}
    top, bottom = rows[0][0].top, min(f.bottom for f in rows[-1])
    for x, region in gutters:
        inside = [f for f in region if id(f) in mine]
        if not inside or all(f.x0 >= x for f in inside) or all(f.x0 < x for f in inside):
            continue
        left = [f for f in region if f.x0 < x]
        right = [f for f in region if f.x0 >= x]

        def alone(side: list[Frag], other: list[Frag]) -> bool:
            return any(
                id(f) not in mine
                and not bottom <= f.mid <= top
                and not any(abs(g.mid - f.mid) < 0.5 * f.size for g in other)
                for f in side
            )

        if alone(left, right) and alone(right, left):
            return True
    return False


def baselines(frags: list[Frag]) -> list[list[Frag]]:
    """The lines grouped into rows by baseline, top down, each row left to right."""
    rows: list[list[Frag]] = []
    for f in sorted(frags, key=lambda f: -f.mid):
        # a dash in an empty cell ("–") is a sliver: it stands in the row of its line all the same
        if rows and abs(rows[-1][0].mid - f.mid) < 0.5 * max(f.top - f.bottom, 0.7 * f.size):
            rows[-1].append(f)
        else:
            rows.append([f])
    for r in rows:
        r.sort(key=lambda f: f.x0)
    return rows


def _grid_end(
    rows: list[list[Frag]], i: int, marks: list[tuple[float, float, float]], rules: list[float]
) -> int | None:
    """The end (exclusive) of a grid whose header row is ``rows[i]``, or None when none starts there."""
    head = rows[i]
    if len(head) < 2 or any(f.bullet for f in head) or any(len(WORD.findall(f.text)) > 6 for f in head):
        return None
    cols = columns(rows, i)
    # rows of a ruled table are padded: their gap may reach a line and a half of the cells' print
    pitch = max(head[0].top - head[0].bottom, head[0].size)
    j = i + 1
    print_size = head[0].size  # the print of the header and of the records read so far
    while j < len(rows):
        row, prev = rows[j], rows[j - 1]
        gap = min(f.bottom for f in prev) - max(f.top for f in row)
        ruled = any(max(f.top for f in row) - 1 < y < min(f.bottom for f in prev) + 1 for y in rules)
        # a band spanning the grid over its next rows names a group of its records (a workstream), ruled or set
        # bold over them as a database's report heads each group; a group's count closes it ("Entries: 2")
        band = _bold_band(rows, j, cols)
        if j > i + 1 and _another_header(row, head):
            # another table's header (a register under a report's last band): that table starts here, under
            # the band that names it
            j -= len(prev) == 1 and prev[0].bold and j - 1 > i + 1
            break
        footer = j > i + 1 and _group_count(row, cols)
        # ... and the band's first record stands as far under it as the band under the group before
        # (after a group's count, only the next group's band, or row, at the grid's left edge)
        after_count = _group_count(prev, cols) and abs(row[0].x0 - cols[0]) < 6
        banded = band or footer or after_count or (j - 1 > i and _bold_band(rows, j - 1, cols))
        if (
            gap > (3 if ruled or banded else 1.5) * pitch
            or any(f.bullet and not _ref_mark(f, cols) for f in row)
            or not (band or footer or all(in_column(f, cols) for f in row))
        ):
            break
        # a heading after the grid: larger print, or a lone bold line under plain cells
        styled = len(row) == 1 and row[0].bold and not any(f.bold for f in prev)
        # ... unless it is a band, which a report may set larger than its records, or a first row filling most columns
        # in one print (a header set smaller than the records under it, white on a dark band), or a lone plain short
        # cell right of the first column (a rating the page breaks off its row: a heading starts at the left)
        record = len(row) >= _row_start(len(cols)) and max(f.size for f in row) - min(f.size for f in row) < 0.5
        record = record or (len(row) == 1 and _column(row[0], cols) > 0 and _terse(row[0].text) and not row[0].bold)
        larger = any(f.size > print_size + 1 for f in row) and (j > i + 1 or not record)
        if not band and (styled or larger):
            break
        if not band:
            print_size = max(print_size, *(f.size for f in row))
        j += 1
    starts = [r for r in rows[i:j] if len(r) >= _row_start(len(cols))]
    # a picture bullet opening a line makes it a list's; one before a short cell inside a row is the cell's
    # symbol (a RAG rating's coloured dot beside "Green")
    if any(_marked(f, marks) and (f is r[0] or not _terse(f.text)) for r in rows[i:j] for f in r):
        return None
    # a header naming the risks and their mitigation says what the table is, over a single risk too; its
    # cells are sentences
    if is_register_header([f.text for f in head]):
        # ... or over the part of a row a page break cuts off, at the page's top or foot, or over a single row the
        # table's rule closes
        return j if len(starts) >= 2 or (j > i + 1 and (i == 0 or j == len(rows) or _closed(rows, j, rules))) else None
    if len(starts) < 3:
        return None
    # a column of terse cells (status, rating, owner, figure): running text in columns has none
    terse = [all(_terse(_cell_of(r, cols, c)) for r in starts) for c in range(len(cols))]
    # of two columns, both: label | text is a table of row labels over running text, not data
    return j if (all(terse) if len(cols) == 2 else any(terse)) else None


_ROW_NUMBER = re.compile(r"^\d{1,4}$")
_DIGIT = re.compile(r"\d")
# cells under one column start this close to each other; a column's first cells are sought this many lines down
_ALIGNED, _TITLED_LINES = 3, 8
# a row's padding is wider than a cell's line spacing by this share of the print at least
_KINDS_APART = 0.15


def columns(rows: list[list[Frag]], i: int) -> list[float]:
    """The edges of the columns of a grid whose header row is ``rows[i]`` (where its cells start under a title
    centred over them), with a column of row numbers left of it that has no title (as a sheet prints its rows'
    numbers)."""
    head = rows[i]
    cols = [f.x0 for f in head]
    below = rows[i + 1 : i + 4]
    # a title centred over its column, as a ruled table sets them: the column starts where the cells under it start,
    # between the title before and this one and running on under it (in the lines down to one left of the grid, a
    # list's or a heading's)
    under = list(takewhile(lambda r: _cell_line(r, head), rows[i + 1 : i + 1 + _TITLED_LINES]))
    for k in range(1, len(head)):
        starts = sorted(f.x0 for r in under for f in r if head[k - 1].x1 + 2 < f.x0 < head[k].x0 - 2 < f.x1)
        if starts and starts[-1] - starts[0] < _ALIGNED:
            cols[k] = starts[0]
    numbered = [r[0] for r in below if r and r[0].x1 < cols[0] - 2 and _ROW_NUMBER.match(r[0].text.strip())]
    return [min(f.x0 for f in numbered), *cols] if len(numbered) >= 2 else cols


def _row_parting(gaps: list[float], size: float) -> float | None:
    """Where cells are set in the middle of their rows, their lines overlap one another's and the gaps that do not
    overlap are of kinds: lines half a line apart, a cell's line spacing where no other cell's line stands between
    two of its lines, and the widest, the padding between rows. The gap parting the rows' padding from the rest
    (half-way across the step under the widest gaps), or None where the gaps are all of one kind."""
    apart = sorted((g for g in gaps if g >= 0), reverse=True)
    for wider, narrower in pairwise(apart):
        if wider - narrower >= _KINDS_APART * size:
            return (wider + narrower) / 2
    return None


def _cell_line(row: list[Frag], head: list[Frag]) -> bool:
    """A line that may be a table's under its header: not left of it, marked by no list's bullet (a row's number
    may stand before it), in no larger print."""
    return (
        row[0].x0 >= head[0].x0 - 6
        and not any(f.bullet and not REF.match(f.bullet) for f in row)
        and all(f.size <= head[0].size + 0.5 for f in row)
    )


def _closed(rows: list[list[Frag]], j: int, rules: list[float]) -> bool:
    """A rule is drawn under ``rows[j - 1]``, above the next line: a ruled table's last row ends there."""
    under = max((f.top for f in rows[j]), default=-math.inf) if j < len(rows) else -math.inf
    return any(under - 1 < y < min(f.bottom for f in rows[j - 1]) + 1 for y in rules)


def _ref_mark(f: Frag, cols: list[float]) -> bool:
    """The line's "bullet" is a record's reference printed in the column before it ("1.01" beside its
    action): a cell of its own, not a list's number."""
    return bool(f.bullet and REF.match(f.bullet)) and f.x0 > cols[0] + 6


def _band(rows: list[list[Frag]], j: int, cols: list[float]) -> bool:
    """A lone line at the grid's left edge over a full row of it: a band spanning the table that names
    the group of records under it (a workstream)."""
    line = rows[j][0]
    return (
        abs(line.x0 - cols[0]) < 6
        and not sentence_like(line.text)
        and j + 1 < len(rows)
        and len(rows[j + 1]) >= _row_start(len(cols))
        and all(in_column(f, cols) for f in rows[j + 1])
    )


# A group's count in a database's report: "Entries: 2", "Total entries: 14", "Count = 3"
_COUNT = re.compile(r"^(?:[^\W\d_][\w ]{0,24})\s*[:=]\s*\d{1,5}$")


def _group_count(row: list[Frag], cols: list[float]) -> bool:
    """A lone count line set in from the grid's left edge, closing a group of its records ("Entries: 2")."""
    indented = row[0].x0 > cols[0] + 6  # set in from the first column's edge, as a group's footer is
    return len(row) == 1 and indented and _COUNT.match(row[0].text.strip()) is not None


def _another_header(row: list[Frag], head: list[Frag]) -> bool:
    """A row naming other columns than the grid's header: three bold labels or more, or a register's names."""
    names = [f.text.strip() for f in row]
    if names == [f.text.strip() for f in head]:
        return False  # the header printed again over the rows after a break
    # a header names its columns in words: a bold row holding a figure or a date is a group's (a sheet's parent row)
    labels = len(row) >= 3 and all(f.bold and _terse(f.text) and not _DIGIT.search(f.text) for f in row)
    labels = labels and all(f.bold for f in head)
    return labels or (is_register_header(names) and not is_register_header([f.text for f in head]))


def _bold_band(rows: list[list[Frag]], n: int, cols: list[float]) -> bool:
    return len(rows[n]) == 1 and rows[n][0].bold and _band(rows, n, cols)


def _terse(text: str | None) -> bool:
    return text is not None and (len(WORD.findall(text)) <= 3 or is_numeric_cell(text))


def _marked(f: Frag, marks: list[tuple[float, float, float]]) -> bool:
    """A picture bullet in front of the line: a list, not a cell."""
    return any(x1 <= f.x0 + 1 and f.x0 - x1 < 14 and abs(mid - f.mid) < f.top - f.bottom for _x0, x1, mid in marks)


def _row_start(ncols: int) -> int:
    """Cells a line must have to open a row: most of the columns (later lines of a row fill fewer)."""
    return max(2, math.ceil(0.6 * ncols))


def in_column(f: Frag, cols: list[float]) -> bool:
    """The cell starts at a column edge, or wraps inside the column it starts in."""
    if f.x0 < cols[0] - 6:
        return False
    n = _column(f, cols)
    nxt = cols[n + 1] if n + 1 < len(cols) else math.inf
    return f.x1 <= nxt + 2


def _column(f: Frag, cols: list[float]) -> int:
    return max(n for n, x in enumerate(cols) if x <= f.x0 + 6) if f.x0 >= cols[0] - 6 else 0


def _cell_of(row: list[Frag], cols: list[float], c: int) -> str | None:
    texts = [f.text for f in row if _column(f, cols) == c]
    return " ".join(texts) if texts else None


def _cells(
    rows: list[list[Frag]], cols: list[float], rules: list[float], bordered: bool = False
) -> list[list[list[Frag]]]:
    """Rows of cells (each a list of lines): a row opens after a rule, or at a line filling most columns;
    where cells are padded (gaps between lines of two sizes), only after the wider gap: the wrapped
    lines of a row's cells sit at their line spacing, however many columns they fill. A grid drawn with its cells'
    borders opens a row only after a rule."""
    # a group's band and count stand apart from its records: the gaps between records tell the padding
    apart = {n for n, r in enumerate(rows) if n and (_group_count(r, cols) or _bold_band(rows, n, cols))}
    gaps = [
        min(f.bottom for f in a) - max(f.top for f in b)
        for n, (a, b) in enumerate(pairwise(rows))
        if n not in apart and n + 1 not in apart
    ]
    size = rows[0][0].size
    padded = bool(gaps) and max(gaps) - min(gaps) > 0.3 * size
    wide = min(gaps) + 0.3 * size if padded else math.inf
    if padded and min(gaps) < 0 and (parting := _row_parting(gaps, size)) is not None:
        wide = parting
    grid: list[list[list[Frag]]] = []
    above = math.inf  # bottom of the line above
    # a register's header is one line of names: the line under it filling most columns is its first risk
    register = is_register_header([f.text for f in rows[0]])
    for n, r in enumerate(rows):
        top = max(f.top for f in r)
        ruled = any(top - 1 < y < above + 1 for y in rules)
        if n > 1 and _group_count(r, cols):
            above = min(f.bottom for f in r)
            continue  # a group's count: no cell of a record
        opens = above - top > wide if padded else len(r) >= _row_start(len(cols)) and not bordered
        opens = opens or (n == 1 and register and len(r) >= _row_start(len(cols)))
        # a band set bold over its group's records is a row of its own, ruled or not, and so is the record after it
        opens = opens or n in apart or (n - 1 in apart and len(r) >= _row_start(len(cols)))
        if not grid or opens or ruled:
            grid.append([[] for _ in cols])
        for f in r:
            grid[-1][_column(f, cols)].append(f)
        above = min(f.bottom for f in r)
    return grid
