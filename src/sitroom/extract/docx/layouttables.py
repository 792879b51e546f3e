"""Word tables that lay out the page rather than hold a table: a board of sections and a side column.

A board: a row of short labels ("Summary | Situation | Forecast"), under each label its section's points in the cell
below, and perhaps a second band of labels over their cells ("Help to residents | Volunteers | Costs"). A reader reads
it column by column, band by band: each label a heading, the cell under it its points. Read row by row, every label
came out over nothing and every point fell under the last label of its band (or the first band's labels were lost).

A side column: a table of one row, a narrow column of the sender's details (its name, the report's name and date, a
contact, a small table of figures) beside the column holding the report, its headings and its lists. The side column
is the masthead, as a letterhead is: its lines name and date the report, none is a section or a point. Read as an
ordinary table, its lines came out as sections of their own over the report.
"""

from __future__ import annotations

from typing import Any, Protocol

from sitroom.extract.docx.ooxml import TBL, P
from sitroom.extract.docx.paragraphs import Para, read_para
from sitroom.extract.docx.patterns import DATE_ONLY, HEADING_STYLE
from sitroom.extract.docx.styles import Styles
from sitroom.extract.docx.tables import cell_paras, cell_paras_text, cells, para_text
from sitroom.model import Block, BlockKind, DocumentBuilder

# a section's label is a few words
LABEL_WORDS = 6
# the side column holds a few short lines
SIDE_LINES = 12
SIDE_WORDS = 8


class _Reader(Protocol):
    b: DocumentBuilder
    styles: Styles
    sections_started: bool

    def _add(self, text: str, kind: BlockKind, **kw: Any) -> Block | None: ...
    def container(self, el: Any, cell: dict[str, Any] | None = None) -> None: ...
    def table(self, tbl: Any, cell: dict[str, Any] | None) -> None: ...
    def reset_lists(self) -> None: ...


def read_layout_table(reader: _Reader, table_rows: list[Any]) -> bool:
    """Read a table laying out the page (a side column beside the report, a board of sections); False, and
    nothing read, for any other table."""
    return read_sidebar(reader, table_rows) or read_board(reader, table_rows)


def _structured(para: Para) -> bool:
    """A heading by its style or outline level, or a list entry."""
    style = para.style
    return bool(HEADING_STYLE.match(style.name) or style.outline is not None or para.num_id or style.num_id)


def _side_line(para: Para) -> bool:
    text = para.text.strip()
    return len(text.split()) <= SIDE_WORDS and not text.endswith((".", "!", "?")) and not _structured(para)


def read_sidebar(reader: _Reader, table_rows: list[Any]) -> bool:
    """Read a one-row layout table of a side column beside the report: the side column's lines as the
    masthead, then the report's column. False, and nothing read, for any other table."""
    if reader.sections_started or len(table_rows) != 1 or len(row := cells(table_rows[0])) != 2:
        return False
    paras = [[read_para(p, reader.styles) for p in cell_paras(tc) if para_text(p).strip()] for tc in row]
    mains = [k for k, cell in enumerate(paras) if sum(map(_structured, cell)) >= 2]
    if len(mains) != 1:
        return False
    side = paras[1 - mains[0]]
    if not side or len(side) > SIDE_LINES or not all(map(_side_line, side)):
        return False
    if row[mains[0]].find(f".//{TBL}") is not None:
        return False  # a table in the report's column is laid out by rules of its own
    for el in row[1 - mains[0]]:
        if el.tag == TBL:
            reader.table(el, None)  # the side's small table of figures
        elif el.tag == P and (text := para_text(el).strip()):
            reader.b.add(text, BlockKind.PARAGRAPH, title=True, masthead=True)
    reader.container(row[mains[0]], None)
    return True


def _label(texts: list[str]) -> bool:
    """One short line naming a section: a few words with letters, no sentence, no date."""
    if len(texts) != 1:
        return False
    t = texts[0].strip()
    return (
        any(c.isalpha() for c in t)
        and len(t.split()) <= LABEL_WORDS
        and not t.endswith((".", "!", "?", ";", ","))
        and not DATE_ONLY.match(t)
    )


def _points(texts: list[str]) -> bool:
    """A cell of points: several lines, or a line ending as a sentence does."""
    return len(texts) >= 2 or (len(texts) == 1 and texts[0].rstrip().endswith((".", "!", "?")))


def _bands(texts: list[list[list[str]]]) -> list[tuple[int, int]] | None:
    """The board's bands as (label row, end) pairs, or None when the rows are no board: each band a row of two
    labels or more, then rows of points under its labels only (and a cell of points under each label at least
    once)."""
    bands: list[tuple[int, int]] = []
    r = 0
    while r < len(texts):
        labels = [c for c, t in enumerate(texts[r]) if t]
        if len(labels) < 2 or not all(_label(texts[r][c]) for c in labels):
            return None
        end = r + 1
        while end < len(texts) and any(texts[end]) and not all(_label(t) for t in texts[end] if t):
            row = texts[end]
            if any(t and (c not in labels or not _points(t)) for c, t in enumerate(row)):
                return None
            end += 1
        if end == r + 1 or not all(any(texts[k][c] for k in range(r + 1, end)) for c in labels):
            return None
        bands.append((r, end))
        r = end
    return bands or None


def read_board(reader: _Reader, table_rows: list[Any]) -> bool:
    """Read a board of sections column by column, band by band; False, and nothing read, for any other table."""
    grid = [cells(tr) for tr in table_rows]
    if len(grid) < 2 or len({len(row) for row in grid}) != 1 or len(grid[0]) < 2:
        return False
    first = [cell_paras_text(tc) for tc in grid[0]]
    if sum(map(bool, first)) < 2 or not all(_label(t) for t in first if t):
        return False  # a board opens with a row of labels
    if any(tc.find(f".//{TBL}") is not None for row in grid for tc in row):
        return False  # a table inside a cell is laid out by rules of its own
    texts = [[cell_paras_text(tc) for tc in row] for row in grid]
    bands = _bands(texts)
    if bands is None:
        return False
    for start, end in bands:
        for c, label in enumerate(texts[start]):
            if not label:
                continue
            para = read_para(next(p for p in cell_paras(grid[start][c]) if para_text(p).strip()), reader.styles)
            reader._add(label[0].strip(), BlockKind.HEADING, level=1, bold=para.bold, size=para.size, in_table=True)
            for k in range(start + 1, end):
                reader.reset_lists()
                reader.container(grid[k][c], {"date": None})
    reader.reset_lists()
    return True
