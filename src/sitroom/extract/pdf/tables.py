"""Number grids: rows of numeric cells found, recorded as TableInfo, and kept out of the blocks."""

from __future__ import annotations

import re
from bisect import bisect_left
from statistics import median

from sitroom.extract.pdf.boxes import Box, side_by_side, straddles
from sitroom.extract.pdf.grids import is_register_header
from sitroom.extract.pdf.layout import find_gutters, lanes
from sitroom.extract.pdf.sheetupdates import sheet_of_updates, tells
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.tablerows import chart_row, grid_row, heading_row, headings_row, heads_list, wraps_onto
from sitroom.extract.pdf.text import CAPTION, DATED, FIGURE, WORD, is_numeric_cell, sentence_like
from sitroom.model import TableInfo

# a figure with another in brackets after it: "12 (3%)", "1,204(18)"
_FIGURE_BRACKETED = re.compile(r"\d\s*\(\d")


def _numeric(text: str) -> bool:
    """A cell that holds figures: a number cell, or a figure with another in brackets after it."""
    return is_numeric_cell(text) or _FIGURE_BRACKETED.search(text) is not None


def drop_tables(page: PageData, lines: list[Frag], body: float, tables: list[TableInfo]) -> list[Frag]:
    """Find number grids (rows of 2+ cells with numeric cells), record them, and drop their text. A grid
    set in one column of the page, level with running text in the other, is sought in its column: the
    points beside it are none of its rows."""
    rows = _rows(lines)
    boxes = side_by_side(page, lines, body)
    beside = _text_beside_figures(rows)
    # ... or the page's two columns run on above and below a grid of figures level with them (the gutters, which
    # take time to find, are sought only where such a grid and such text stand)
    numeric = [_numeric_row(r) for r in rows]
    grid = _beside_grid([r for r, n in zip(rows, numeric, strict=True) if n], lines)
    if beside or grid:
        gutters = find_gutters(lines, body, tuple(page.boxes))
        register = any(is_register_header([f.text for f in r]) for r in rows)  # its risks stand beside ratings
        if gutters and (beside or (not register and _level_beside(grid, lines, gutters))):
            kept: set[int] = set()
            for lane in lanes(lines, gutters):
                kept.update(id(f) for f in _drop_tables(page, lane, _rows(lane), body, tables, boxes=boxes))
            return [f for f in lines if id(f) in kept]
    return _drop_tables(page, lines, rows, body, tables, numeric, boxes)


def _text_beside_figures(rows: list[list[Frag]]) -> bool:
    """A point of a list (a bulleted line of words) stands level with two figures or more: a grid's label
    is never set as a point, so the two stand in different columns of the page."""
    return any(
        sum(_numeric(c.text) for c in row) >= 2 and any(c.bullet and WORD.search(c.text) for c in row) for row in rows
    )


SAME_BASELINE = 0.1  # of the type's size: a row's cells stand on one baseline; another column's lines seldom do


def _beside_grid(figures: list[list[Frag]], lines: list[Frag]) -> list[list[Frag]]:
    """The rows of a grid of figures (two or more a row, two rows or more) with lines of words level with it on
    baselines of none of its rows and a sentence above or below it, as the other column's text would; else none."""
    grid = [r for r in figures if sum(_numeric(f.text) for f in r) >= 2]
    if len(grid) < 2:
        return []
    cells = [f for r in grid for f in r if _numeric(f.text)]
    top, bottom = max(f.top for f in cells), min(f.bottom for f in cells)
    mids = sorted(c.mid for c in cells)
    size = max(c.size for c in cells)

    def off_rows(f: Frag) -> bool:  # a line of words level with the grid on no baseline of its rows
        k = bisect_left(mids, f.mid - SAME_BASELINE * size)
        return not (k < len(mids) and mids[k] <= f.mid + SAME_BASELINE * size)

    level = any(bottom <= f.mid <= top and WORD.search(f.text) and off_rows(f) for f in lines)
    beyond = level and any(not bottom <= f.mid <= top and sentence_like(f.text) for f in lines)
    return grid if beyond else []


def _level_beside(figures: list[list[Frag]], lines: list[Frag], gutters: list) -> bool:
    """A grid of figures (rows of two or more) stands on one side of a gutter of the page and lines of words on the
    other side level with it, most on baselines of their own: a table set in one column beside the other column's
    text, whose lines are none of its rows (a table's labels stand on its rows). A box of single figures ("13
    escalation beds open") is a sidebar, read with its title."""
    cells = [f for r in figures for f in r if _numeric(f.text)]
    if not cells:
        return False
    top, bottom = max(f.top for f in cells), min(f.bottom for f in cells)
    level = [f for f in lines if bottom <= f.mid <= top and WORD.search(f.text) and not _numeric(f.text)]
    for x, _region in gutters:
        # (a figure of the other column level with the grid, a sidebar's key figure, is none of its cells)
        left = sum(f.x1 <= x for f in cells) >= _MOST * len(cells)
        if left:
            other = [f for f in level if f.x0 >= x]
        elif sum(f.x0 >= x for f in cells) >= _MOST * len(cells):
            other = [f for f in level if f.x1 <= x]
        else:
            continue
        on_rows = [f for f in other if any(abs(f.mid - c.mid) < SAME_BASELINE * c.size for c in cells)]
        # ... and the other side a column of text of its own, running on above or below the grid: a sentence, or
        # lines of words (a sidebar's points and labels)
        side = [f for f in lines if ((f.x0 >= x) if left else (f.x1 <= x))]
        away = [f for f in side if not bottom <= f.mid <= top and WORD.search(f.text)]
        beyond = any(sentence_like(f.text) for f in away) or len(away) >= _SIDE_LINES
        if beyond and len(other) > 2 * len(on_rows):
            return True
    return False


# most of a grid's figures, on one side of a gutter; a column of lines beside it, this many at least
_MOST, _SIDE_LINES = 0.8, 3


# a form's detail is a label beside its value: a row of more cells is a record of a sheet, whatever it says
_DETAIL_CELLS = 2


def _numeric_row(cells: list[Frag]) -> bool:
    """A row of a number grid: two cells or more, one a figure, none a sentence (most rows are a single line of
    text, no grid row whatever it holds)."""
    if len(cells) < 2:
        return False
    nums = sum(_numeric(c.text) for c in cells)
    worded = any(sentence_like(c.text) for c in cells)
    return nums >= 1 and not worded and (nums >= 2 or not any(c.bullet for c in cells))


def _rows(lines: list[Frag]) -> list[list[Frag]]:
    rows: list[list[Frag]] = []
    for f in lines:
        if rows and abs(rows[-1][0].mid - f.mid) < 0.5 * (f.top - f.bottom):
            rows[-1].append(f)
        else:
            rows.append([f])
    return rows


def _drop_tables(
    page: PageData,
    lines: list[Frag],
    rows: list[list[Frag]],
    body: float,
    tables: list[TableInfo],
    numeric_row: list[bool] | None = None,
    boxes: list[Box] | None = None,
) -> list[Frag]:
    numeric_row = numeric_row if numeric_row is not None else [_numeric_row(cells) for cells in rows]
    drop: set[int] = set()  # the ids of the grids' cells
    i = 0
    while i < len(rows):
        if not numeric_row[i]:
            i += 1
            continue
        j = i
        gaps = 0
        while j + 1 < len(rows):
            if numeric_row[j + 1] or (
                # a row or two of labels inside the grid, but not a heading between two grids
                gaps < 2 and j + 2 < len(rows) and numeric_row[j + 2] and not heading_row(rows[j + 1], body)
            ):
                gaps = gaps + 1 if not numeric_row[j + 1] else 0
                j += 1
            elif (k := _wrapped_label(rows, numeric_row, j)) is not None:
                gaps, j = 0, k
            else:
                break
        n_rows = sum(numeric_row[i : j + 1])
        start = i
        edge = _figures_edge(rows, i, j, body)
        while (
            start > 0
            and i - start < 20
            and grid_row(rows[start - 1], rows[start], body, page.rules)
            and not _wrapped_on(rows, start - 1, edge)
        ):
            start -= 1
        numbers = n_rows >= 3 or (n_rows == 2 and max(len(r) for r in rows[i : j + 1]) >= 4)
        if numbers or _ruled(page, rows[start : j + 1]):
            cols = max(len(r) for r in rows[i : j + 1])
            # under a ruled grid of few figures, only lines in its cells' print are its own (a label of the
            # form's): the text beyond its last rule is the report's
            cell_print = max(c.size for r in rows[start : j + 1] for c in r) + 0.3
            # headings side by side under a grid open the page's columns (a row of them is no grid row), and
            # a lone styled line over a list heads that list; under a ruled grid of few figures (a form's
            # details, a label beside its value), a row whose value is a sentence is a section with its text
            while (
                j + 1 < len(rows)
                and grid_row(rows[j + 1], rows[j], body)
                and not headings_row(rows[j + 1], body)
                and not heads_list(rows, j + 1, body)
                and (numbers or all(c.size <= cell_print for c in rows[j + 1]))
                and (numbers or len(rows[j + 1]) > _DETAIL_CELLS or not tells(rows, j + 1))
            ):
                j += 1
            # notes in smaller print right under the grid (than its cells, or than the body) belong to it
            cell_size = median(c.size for r in rows[i : j + 1] for c in r)
            notes = 0
            while (
                j + 1 < len(rows)
                and notes < 4
                and all((c.size < cell_size - 0.5 or c.size < body - 1.5) and not c.bullet for c in rows[j + 1])
                and rows[j][0].bottom - rows[j + 1][0].top < 2.5 * rows[j + 1][0].size
                and not heads_list(rows, j + 1, body)
            ):
                j += 1
                notes += 1
            if any(FIGURE.match(c.text) for r in rows[j - notes + 1 : j + 1] for c in r):
                # the grid is a chart's axis, its figure caption under it: the chart's other labels over it
                # (ticks, legend, axis title) are the chart's too
                while start > 0 and chart_row(rows[start - 1], body):
                    start -= 1
            caption = None
            above = rows[start - 1] if start > 0 else None
            # a dated line set as large as a title is the report's masthead, not the table's banner
            masthead = above is not None and above[0].size >= 1.3 * body and not CAPTION.match(above[0].text)
            # a dated line over the table is its banner ("Situation as of 14 May"), but not a point of the
            # list above it that happens to give a date ("2) Crest expected at Brzeg on 18 September.")
            banner = above is not None and (
                CAPTION.match(above[0].text)
                # (a banner names the table: a sentence ending in its full stop is a point of the text)
                or (DATED.search(above[0].text) and not above[0].bullet and not above[0].text.rstrip().endswith("."))
            )
            # a plain line ending in a colon right over the grid leads into it ("District-wise details are
            # given below:"): the table's caption, as "Table 1." would be
            lead_in = (
                above is not None
                and len(above) == 1
                and not (above[0].bullet or above[0].bold)
                and above[0].text.rstrip().endswith(":")
                and len(above[0].text.split()) <= 12
                and above[0].bottom - rows[start][0].top < 2.5 * above[0].size
            )
            if lead_in:
                caption = above[0].text
                start -= 1
            elif above and len(above) == 1 and not masthead and banner:
                caption = above[0].text
                if not CAPTION.match(caption):  # a banner title over the table, not a section
                    start -= 1
                    lead = rows[start - 1][0] if start > 0 and len(rows[start - 1]) == 1 else None
                    # "Table 1. Summary of …" wrapped onto the dated line
                    if lead and CAPTION.match(lead.text) and wraps_onto(lead, above[0]):
                        caption = f"{lead.text} {caption}"
            if _in_register(rows, start, j, body) or sheet_of_updates(rows[start : j + 1]):
                # a risk register scored in numbers (likelihood 3, impact 4): its rows are risks, read as text grids;
                # so are a sheet's rows of updates numbered and dated (Row | Update | Owner | Modified)
                i = j + 1
                continue
            cells = _grid_cells(rows, start, j, edge)
            if boxes and straddles(cells, boxes, body):
                # figures in boxes side by side (the badges of a board's cards) are no grid of one table
                i = j + 1
                continue
            tables.append(TableInfo(page.number, n_rows, cols, caption))
            page.boxes.append(
                (
                    min(c.x0 for c in cells),
                    min(c.bottom for c in cells),
                    max(c.x1 for c in cells),
                    max(c.top for c in cells),
                )
            )
            drop.update(id(c) for c in cells)
        i = j + 1
    if not drop:
        return lines
    page.drop("data table cells", len(drop))
    return [f for row in rows for f in row if id(f) not in drop]


def _figures_edge(rows: list[list[Frag]], first: int, end: int, body: float) -> float:
    """How far right the grid on rows ``first``..``end`` reaches: its last figure, and two body sizes more."""
    figures = [c.x1 for n in range(first, end + 1) for c in rows[n] if is_numeric_cell(c.text)]
    return max(figures, default=max(c.x1 for r in rows[first : end + 1] for c in r)) + 2 * body


def _grid_cells(rows: list[list[Frag]], start: int, end: int, edge: float) -> list[Frag]:
    """The cells of the grid on rows ``start``..``end``. A line of words level with a few of its rows but starting
    right of the grid's ``edge``, at the margin of lines of text over or under the grid, is the page's other
    column going on beside the grid, not a cell of it; a column of words down most of its rows (a status
    column) is the grid's own."""
    near = [c for r in rows[max(0, start - _NEAR_ROWS) : start] + rows[end + 1 : end + 1 + _NEAR_ROWS] for c in r]
    margins = [c.x0 for c in near if len(WORD.findall(c.text)) >= 4]  # the margin of running text, not a cell
    grid = rows[start : end + 1]
    figured = [r for r in grid if any(is_numeric_cell(c.text) for c in r)]

    def beside(c: Frag) -> bool:
        if c.x0 <= edge or is_numeric_cell(c.text) or not any(abs(x - c.x0) < 3 for x in margins):
            return False
        down = sum(any(abs(d.x0 - c.x0) < 3 for d in r) for r in figured)  # rows of figures with a word there
        return 2 * down < len(figured)

    return [c for r in grid for c in r if not beside(c)]


_NEAR_ROWS = 12


def _wrapped_on(rows: list[list[Frag]], n: int, edge: float) -> bool:
    """Row ``n`` holds the last line of the sentence above it, wrapped ("290 personar er evakuerte frå bustader
    i" over "rasutsette område."): a line going on in lower case to the sentence's end, at the margin of a line
    over it that ends mid-sentence, left of the grid's ``edge`` (the page's other column may share the rows)."""
    inside = [c for c in rows[n] if c.x0 <= edge]
    # (its first word may open a bracket, or be the figure a bracket opened on the line above closes: "… gevonden"
    # over "(vorige rapportage: 99).", "… (previous report:" over "99).")
    first = inside[0].text.lstrip("([{\"'“‘«")[:1] if inside else ""
    opens_low = first.islower() or first.isdigit()
    if len(inside) != 1 or not opens_low or not inside[0].text.rstrip().endswith((".", "!", "?")):
        return False  # a row of cells going on in lower case ("affected" under "Blocks") is a grid's header
    line = inside[0]
    for k in range(n - 1, max(-1, n - 4), -1):
        above = [c for c in rows[k] if abs(c.x0 - line.x0) < 2 * line.size]
        if above:
            return (
                len(above[0].text.split()) >= 4  # a sentence, not a header cell's first words
                # ... mid-sentence: no stop at its end, or a bracket left open ("(previous report:")
                and (
                    not above[0].text.rstrip().endswith((".", "!", "?", ":", ";"))
                    or above[0].text.count("(") > above[0].text.count(")")
                )
                and above[0].bottom - line.top < 1.5 * line.size
                and WORD.search(above[0].text) is not None
            )
    return False


def _ruled(page: PageData, rows: list[list[Frag]]) -> bool:
    """A grid drawn with its rules, every row of it between two of them, of labels and figures and no
    sentence: a table however few its rows (a budget strip over an indicator's target and actual)."""
    return sum(len(r) >= 2 for r in rows) >= 2 and all(
        page.ruled(c) and not sentence_like(c.text) for r in rows for c in r
    )


def _in_register(rows: list[list[Frag]], start: int, end: int, body: float) -> bool:
    """The rows ``start``..``end`` belong to a risk register: its header is among them, or above them
    with only the register's own rows (no heading, no wide gap) in between."""
    if any(is_register_header([c.text for c in r]) for r in rows[start : end + 1]):
        return True
    k = start - 1
    while k >= 0 and start - k <= 60:
        row, below = rows[k], rows[k + 1]
        if row[0].bottom - below[0].top > 2.5 * below[0].size or heading_row(row, body):
            return False
        if is_register_header([c.text for c in row]):
            return True
        k -= 1
    return False


def _wrapped_label(rows: list[list[Frag]], numeric_row: list[bool], j: int) -> int | None:
    """The next number row of the grid when only a wrapped row label lies before it: lines that all
    stand left of the grid's first number column ("New cases / (since the last / update)"). Returns
    the index of the row before that number row, so that the label rows join the grid."""
    nums = [c.x0 for c in rows[j] if _numeric(c.text)]
    if len(nums) < 2:
        return None
    left = min(nums)
    k = j + 1
    while k < len(rows) and k - j <= 6 and not numeric_row[k]:
        if any(c.x1 > left for c in rows[k]) or any(sentence_like(c.text) for c in rows[k]):
            return None
        k += 1
    if k < len(rows) and numeric_row[k] and k - j <= 6:
        return k - 1
    return None
