"""The items a text grid holds: a risk register's rows (each risk an item carrying its mitigation cell), a table
of records, or the sentences written in a table's cells.

A register's row may be cut by the page: Word and a browser break a tall row across the page, each cell's lines
running on at the next page's top under the header printed again (or under none), a cell short enough to fit
("High") left wholly above the break. The rest of such a row leaves that cell empty and goes on in lower case
with a cell the part above left mid-sentence (or the part above holds no risk at all, its risk cell moved whole):
the two parts are one row, one risk with one mitigation. The header a tool prints again over the rest is no row.
"""

from __future__ import annotations

from collections import Counter

from sitroom.extract.columns import REF, Column, column_roles
from sitroom.extract.pdf.gridrecords import area_label, grid_entry, read_record, record_column_of
from sitroom.extract.pdf.hyphens import join_lines
from sitroom.extract.pdf.structs import Entry, Frag, OpenRow, PageData
from sitroom.extract.pdf.text import is_numeric_cell, sentence_like
from sitroom.model import BlockKind

Grid = list[list[list[Frag]]]
_ENDS = (".", "!", "?", "。", "!", "?")


def grid_entries(
    page: PageData, grid: Grid, size: float, words: Counter[str], opens: bool = False, ends: bool = False
) -> tuple[list[Entry], int]:
    """Items held by the grid (a risk register's rows, or the sentences written in cells) and the number
    of lines they use. ``opens``: the grid stands first on its page (its first row may finish the row the page
    before ended on); ``ends``: it runs to the page's foot (its last row may run on over the break)."""
    header = [join_lines([f.text for f in cell], words) for cell in grid[0]]
    roles = column_roles(header)
    risk = roles.index(Column.RISK) if roles else None
    mitigation = roles.index(Column.MITIGATION) if roles else None
    if roles is not None and risk is not None and mitigation is not None:
        return _register(page, grid, header, roles, (risk, mitigation), size, words, (opens, ends))
    out: list[Entry] = []
    used = 0
    main = record_column_of(header, grid, words)
    area = ""
    for row in grid[1:]:
        if main is not None:
            # a column of labels before the records' sentences ("Area"), named in the first row of its records
            # only, heads them: each label once, over the records it names
            label, cell = area_label(row, header, main, words)
            if label and label != area:
                out.append(grid_entry(page, label, cell, size, BlockKind.HEADING, 1))
                used += len(cell)
            area = label or area
            used += read_record(page, row, header, main, size, words, out)
            continue
        said = [cell for cell in row if cell and sentence_like(join_lines([f.text for f in cell], words))]
        label = row[0]
        if said and label and label is not said[0] and not is_numeric_cell(" ".join(f.text for f in label)):
            # the row's label (a pillar, an office) heads the sentences written in the row
            out.append(grid_entry(page, join_lines([f.text for f in label], words), label, size, BlockKind.HEADING))
            used += len(label)
        for cell in said:
            out.append(grid_entry(page, join_lines([f.text for f in cell], words), cell, size))
            used += len(cell)
    return out, used


def _register(
    page: PageData,
    grid: Grid,
    header: list[str],
    roles: list[Column],
    keys: tuple[int, int],
    size: float,
    words: Counter[str],
    edges: tuple[bool, bool],
) -> tuple[list[Entry], int]:
    risk = keys[0]
    opens, ends = edges
    out: list[Entry] = []
    used = 0
    rows = grid[1:]
    for n, row in enumerate(rows):
        if [join_lines([f.text for f in cell], words) for cell in row] == header:
            continue  # the header printed again over the part of a row a page break cuts off
        before = page.carried_row if n == 0 and opens else None
        if before is not None and not runs_on(before, header, row, risk):
            before = None
        lines = row[risk]
        taken: dict[int, Entry] = {}
        if lines or (before is not None and risk in before.entries):
            used += _read_row(page, row, roles, keys, (before, taken), size, words, out)
        if ends and n == len(rows) - 1:
            cells = [(before.cells[c] if before else []) + cell for c, cell in enumerate(row)]
            page.open_row = OpenRow(header, cells, taken)
    return out, used


def _read_row(
    page: PageData,
    row: list[list[Frag]],
    roles: list[Column],
    keys: tuple[int, int],
    state: tuple[OpenRow | None, dict[int, Entry]],
    size: float,
    words: Counter[str],
    out: list[Entry],
) -> int:
    """A register's row holding a risk (or finishing one read above the break): its entries, by column, put in
    ``state``'s dictionary; gives the lines used."""
    risk, mitigation = keys
    before, taken = state
    used = 0
    for c, cell in enumerate(row[:risk]):
        # what the row says before its risk (the service, its update) is the row's text, as Word and web
        # registers give it; its date, owner and rating are fields
        text = _text(before, c, cell, words)
        said = bool(text.strip(" -–—")) and not REF.match(text) and not is_numeric_cell(text)
        if cell and roles[c] is Column.OTHER and said:
            taken[c] = _put(page, before, c, text, cell, size, out)
            used += len(cell)
    lines = row[risk]
    mit = _text(before, mitigation, row[mitigation], words)
    # the risk cell is the item, as Word and web registers give it; its row's mitigation cell is its mitigation
    # (a dash in the cell: none)
    entry = _put(page, before, risk, _text(before, risk, lines, words), lines, size, out)
    entry.mitigation = mit if mit.strip(" -–—") else None
    taken[risk] = entry
    return used + len(lines) + len(row[mitigation])


def runs_on(before: OpenRow, header: list[str], row: list[list[Frag]], risk: int) -> bool:
    """The row at the page's top finishes the row the page before ended on, under the same header: it leaves empty
    a cell that part filled (its rating stayed above the break), and it goes on in lower case with a cell that part
    left mid-sentence, or that part held no risk at all (its risk cell moved whole)."""
    if before.header != header or len(before.cells) != len(row):
        return False
    if not any(old and not new for old, new in zip(before.cells, row, strict=True)):
        return False
    if not before.cells[risk]:
        return True
    # a cell the part above left mid-sentence goes on in lower case
    return any(
        old and new and not old[-1].text.rstrip().endswith(_ENDS) and new[0].text[:1].islower()
        for old, new in zip(before.cells, row, strict=True)
    )


def _text(before: OpenRow | None, c: int, cell: list[Frag], words: Counter[str]) -> str:
    lines = (before.cells[c] if before is not None else []) + cell
    return join_lines([f.text for f in lines], words) if lines else ""


def _put(
    page: PageData, before: OpenRow | None, c: int, text: str, cell: list[Frag], size: float, out: list[Entry]
) -> Entry:
    """The entry of the row's cell: the one read above the break, its text now the whole cell's, or a new one."""
    if before is not None and c in before.entries:
        entry = before.entries[c]
        entry.lines[0].text = text
        return entry
    entry = grid_entry(page, text, cell, size)
    out.append(entry)
    return entry
