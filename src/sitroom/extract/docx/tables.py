"""Table structure and classification: numbers grids versus text tables, header rows, row labels."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sitroom.extract.columns import attribute_columns, is_attribute_value, is_status_board, reason_columns
from sitroom.extract.docx.ooxml import ACCEPTED, SDT, SDT_CONTENT, TC, TR, VAL, P, T, W, showing_placeholder, to_int
from sitroom.extract.docx.paragraphs import read_para
from sitroom.extract.docx.patterns import DATE_ONLY, FORM_PROMPT, NUMERIC, is_prose
from sitroom.extract.docx.styles import Styles
from sitroom.extract.rowtable import is_question
from sitroom.model import Block, BlockKind

MOVE_FROM = W + "moveFrom"
_BR, _CR = W + "br", W + "cr"
QUESTION_CHARS = 200  # a form's question labels its row however long it is worded, within reason


def rows(tbl: Any) -> list[Any]:
    """Rows of a table, including rows wrapped in content controls."""
    out = []
    for child in tbl:
        if child.tag == TR:
            out.append(child)
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                out.extend(c for c in content if c.tag == TR)
    return out


def cells(tr: Any) -> list[Any]:
    """Cells of a row, including cells wrapped in content controls."""
    out = []
    for child in tr:
        if child.tag == TC:
            out.append(child)
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                out.extend(c for c in content if c.tag == TC)
    return out


def cell_paras(el: Any) -> Iterator[Any]:
    """A cell's own paragraphs (nested tables excluded), also those inside content controls and tracked
    insertions; content controls still showing their prompt hold none."""
    for child in el:
        tag = child.tag
        if tag == P:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not showing_placeholder(child):
                yield from cell_paras(content)
        elif tag == W + "customXml" or tag in ACCEPTED:
            yield from cell_paras(child)


def para_text(p: Any) -> str:
    """A paragraph's text, cheaply (no formatting), as it reads with tracked changes accepted; a line break
    parts two words as a space does ("Situation Report 4<br/>10 December 2024")."""
    pieces = p.iter(T, _BR, _CR)
    if p.find(f".//{W}moveFrom") is not None or p.find(f".//{W}showingPlcHdr") is not None:
        pieces = (t for t in pieces if not any(_unread(a) for a in t.iterancestors()))
    return "".join((t.text or "") if t.tag == T else " " for t in pieces)


def _unread(el: Any) -> bool:
    return el.tag == MOVE_FROM or (el.tag == SDT and showing_placeholder(el))


def cell_paras_text(tc: Any) -> list[str]:
    """Texts of a cell's own paragraphs (nested tables excluded), cheaply: no formatting."""
    out = []
    for p in cell_paras(tc):
        t = para_text(p).strip()
        if t and not FORM_PROMPT.match(t):
            out.append(t)
    return out


def is_data_table(tbl: Any) -> bool:
    """A numbers grid or a status board (to leave out of the items) rather than a table that holds sentences."""
    if is_status_board([[" ".join(cell_paras_text(tc)) for tc in cells(tr)] for tr in rows(tbl)]):
        return True
    nonempty = numeric = prose = 0
    for tr in rows(tbl):
        for tc in cells(tr):
            texts = cell_paras_text(tc)
            if not texts:
                continue
            nonempty += 1
            joined = " ".join(texts)
            if NUMERIC.match(joined):
                numeric += 1
            prose += sum(1 for t in texts if is_prose(t))
    if prose == 0:
        return True
    return numeric >= 0.5 * nonempty and prose < 0.1 * nonempty


def grid_cols(tbl: Any, table_rows: list[Any]) -> int:
    """Number of grid columns: the declared grid, else the widest of the first rows."""
    grid = tbl.find(W + "tblGrid")
    if grid is not None:
        n = len(grid.findall(W + "gridCol"))
        if n:
            return n
    best = 0
    for tr in table_rows[:50]:
        n = 0
        for tc in cells(tr):
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            n += to_int(span.get(VAL), 1) if span is not None else 1
        best = max(best, n)
    return best


def is_vmerge_continuation(tc: Any) -> bool:
    """A cell continuing a vertical merge: its content is the merged cell's above."""
    vm = tc.find(f"{W}tcPr/{W}vMerge")
    return vm is not None and vm.get(VAL, "continue") == "continue"


def is_header_row(tr: Any, row_cells: list[Any], texts: list[list[str]], styles: Styles) -> bool:
    """A first row of short column labels (bold, or marked to repeat on each page)."""
    if not any(texts):
        return True
    if any(is_prose(" ".join(t)) or len(t) > 2 for t in texts):
        return False
    if any(DATE_ONLY.match(" ".join(t)) for t in texts if t):
        return False
    if tr.find(f"{W}trPr/{W}tblHeader") is not None:
        return True
    if len(attribute_columns([" ".join(t) for t in texts])) >= 2:
        return True  # a row naming what the columns hold (Owner, Status, Updated) heads them, however it is set
    for tc in row_cells:
        for p in cell_paras(tc):
            if para_text(p).strip() and not read_para(p, styles).bold:
                return False
    return True


def heads_like_later_rows(table_rows: list[Any], styles: Styles) -> bool:
    """In a table of one column, a first row of short bold labels set like later rows of the table is the
    first of the headings the table is laid out in ("Incident summary" over its points, then "Customers
    affected" over theirs), not a label over the column."""
    if len(table_rows) < 3 or any(len(cells(tr)) != 1 for tr in table_rows):
        return False
    heads = [
        bool((texts := [cell_paras_text(tc) for tc in cells(tr)])[0]) and is_header_row(tr, cells(tr), texts, styles)
        for tr in table_rows[1:]
    ]
    # the first label has points of its own under it ("English" over "Current situation" labels a column)
    return not heads[0] and any(heads[1:])


def is_row_label(texts: list[list[str]], filled: list[int], i: int) -> bool:
    """Cell ``i`` is the first of two or more filled cells (``filled``) and holds one short non-sentence, or
    a form's question."""
    t = texts[i]
    joined = " ".join(t)
    short = (not is_prose(joined) and len(joined) <= 80) or (is_question(joined) and len(joined) <= QUESTION_CHARS)
    return len(filled) >= 2 and i == filled[0] and len(t) == 1 and short


TABLE_TITLE_WORDS = 8


def titles_table(blocks: list[Block]) -> bool:
    """The last of ``blocks`` is a short line in the body's type (bold or not), no sentence and no list entry,
    standing right over a data table: its title, where a heading is set larger than the body."""
    if not blocks:
        return False
    block, text = blocks[-1], blocks[-1].text.strip()
    sizes = Counter(
        b.style["size"]
        for b in blocks
        if b.kind is BlockKind.PARAGRAPH and b.style.get("size") and not b.style.get("title")
    )
    body = max(sizes.items(), key=lambda kv: (kv[1], -kv[0]))[0] if sizes else None  # the commonest, else the smaller
    # (or smaller: a caption set under the body's size over its table, "Impact by division (as at 16.00)")
    size = block.style.get("size")
    in_body_type = block.kind is BlockKind.PARAGRAPH or (body is not None and size is not None and size <= body)
    return (
        in_body_type
        and block.bullet is None
        and 0 < len(text.split()) <= TABLE_TITLE_WORDS
        and not text.endswith((".", ";", ","))
        and not any(c.isdigit() for c in _BRACKETED.sub("", text))
    )


# what a caption says in brackets after its name: the hour or the date its figures stand at
_BRACKETED = re.compile(r"\([^()]{0,40}\)")


_SERIAL = re.compile(r"^\s*(\d{1,3})[.)]?\s*$")


def _serial_column(table_rows: list[Any]) -> bool:
    """The first column numbers the rows 1, 2, 3 … (under its header, "S. No.", "Sl. No.") beside a column of labels
    (no sentences: a register's risks stay its rows' text): no content of theirs, the labels head the rows."""
    numbers = []
    for tr in table_rows:
        row = cells(tr)
        m = _SERIAL.match(" ".join(cell_paras_text(row[0]))) if row else None
        if m is None:
            if numbers:
                return False
            continue  # the header over them
        label = " ".join(cell_paras_text(row[1])).strip() if len(row) > 1 else ""
        if not label or label.endswith((".", "!", "?", "。", "।")):
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


def body_rows(table_rows: list[Any], head: list[str], styles: Styles) -> list[tuple[Any, ...]]:
    """Each body row: the cells read (merged continuations left out), their paragraphs, which of them
    are the row's rating or owner, and the index of its label cell (or None)."""
    out: list[tuple[Any, ...]] = []
    attributes: frozenset[int] = frozenset()
    reasons: frozenset[int] = frozenset()
    laid_out = heads_like_later_rows(table_rows, styles)
    serial = _serial_column(table_rows)
    for n, tr in enumerate(table_rows):
        all_cells = cells(tr)
        row_cells = [tc for tc in all_cells if not is_vmerge_continuation(tc)]
        numbering = all_cells[0] if serial and all_cells else None  # the row's number: no content
        texts = [cell_paras_text(tc) for tc in row_cells]
        if n == 0 and is_header_row(tr, row_cells, texts, styles) and not laid_out:
            attributes, reasons = attribute_columns(head), reason_columns(head)
            continue
        # the row's rating or owner, and the reason given for its decision, describe it
        skips = [
            (all_cells.index(tc) in attributes and is_attribute_value(" ".join(texts[i])))
            or all_cells.index(tc) in reasons
            or tc is numbering
            for i, tc in enumerate(row_cells)
        ]
        filled = [i for i, t in enumerate(texts) if t and row_cells[i] is not numbering]
        label = next((i for i in filled if not skips[i] and is_row_label(texts, filled, i)), None)
        out.append((row_cells, texts, skips, label))
    return out
