"""The rows and cells of an HTML table as its reading needs them: a row's filled cells and whether its first labels
it, a cell's text, lines, paragraphs and entries, a row spanning the table, a header row set in bold."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from sitroom.extract.columns import Column, attribute_columns, column_roles, is_attribute_value, reason_columns
from sitroom.extract.html.markup import _MAX_DEPTH, DROP_TAGS, INLINE_TAGS, _attr, _children, clean_text
from sitroom.extract.html.tablekinds import cell_span, is_header_row
from sitroom.extract.rowtable import Entry, answer_points, is_empty_cell, is_row_label, line_entries


def risks_in(row: list[LexborNode], roles: list[Column]) -> bool:
    """The row holds a risk (else its Actions cell lists the section's own items)."""
    return any(r is Column.RISK and cell_entries(c) for c, r in zip(row, roles, strict=False))


def group_row(row: list[LexborNode]) -> bool:
    """A row of one cell spanning the table ("Resources"): a heading over the rows below it."""
    filled = [c for c in row if not is_empty_cell(clean_text(c.text(deep=True)))]
    if len(filled) != 1 or filled[0] is not row[0]:
        return False
    return (cell_span(row[0]) > 1 or len(row) == 1) and is_row_label(clean_text(row[0].text(deep=True)))


def row_items(row: list[LexborNode], roles: list[Column]) -> int:
    """How many items a row gives beside its first cell: its risks, its other cells' entries, and its
    Actions cell's entries when it holds no risk."""
    risky = risks_in(row, roles)
    n = 0
    for cell, role in list(zip(row, roles, strict=False))[1:]:
        if role is Column.RISK or role is Column.OTHER or (role is Column.MITIGATION and not risky):
            n += len(cell_entries(cell))
    return n


def cell_entries(cell: LexborNode) -> list[Entry]:
    """A cell's entries: the entries of the list it holds, else its numbered or bulleted lines, else its
    text; an entry "–" is kept (it holds the place of a missing mitigation)."""
    lists = [c for c in cell.css("ol, ul") if c.parent is not None and c.parent.tag not in ("li",)]
    if len(lists) == 1 and not clean_text(_text_beside(cell, lists[0])):
        lst = lists[0]
        try:
            number = int(_attr(lst, "start") or 1)
        except ValueError:
            number = 1
        out = []
        for li in (c for c in _children(lst) if c.tag == "li"):
            text = clean_text(li.text(deep=True))
            if text:
                out.append(Entry(text, number if lst.tag == "ol" else None))
            number += 1
        return out
    lines: list[str] = []
    cell_lines(cell, lines, 0)
    return line_entries("".join(lines).split("\n"))


def _text_beside(cell: LexborNode, lst: LexborNode) -> str:
    """The text of a cell outside one list in it."""
    return clean_text(cell.text(deep=True)).replace(clean_text(lst.text(deep=True)), "", 1)


def cell_lines(node: LexborNode, out: list[str], depth: int) -> None:
    """A node's text with a line break for each ``<br>`` and block."""
    for child in _children(node, text=True):
        if child.is_text_node:
            out.append(child.text_content or "")
        elif child.tag == "br":
            out.append("\n")
        elif child.tag in DROP_TAGS or child.is_comment_node or depth > _MAX_DEPTH:
            continue
        elif child.tag in INLINE_TAGS:
            cell_lines(child, out, depth + 1)
        else:
            out.append("\n")
            cell_lines(child, out, depth + 1)
            out.append("\n")


def body_rows(rows: list[list[LexborNode]]) -> list[tuple[bool, list[LexborNode]]]:
    """Each body row's filled cells (ratings and owners left out), and whether the first labels the row."""
    out: list[tuple[bool, list[LexborNode]]] = []
    attributes: frozenset[int] = frozenset()
    reasons: frozenset[int] = frozenset()
    for row in rows:
        filled = [c for c in row if not is_empty_cell(clean_text(c.text(deep=True)))]  # "–" is an empty cell
        if not filled:
            continue
        if _header(filled):
            head = [clean_text(c.text(deep=True)) for c in row]
            attributes, reasons = attribute_columns(head), reason_columns(head)
            continue  # column headers
        if attributes or reasons:
            # the row's rating, owner or date describes it and is no item, nor the reason for its decision
            dropped = {
                c.mem_id
                for n, c in enumerate(row)
                if (n in attributes and is_attribute_value(clean_text(c.text(deep=True)))) or n in reasons
            }
            filled = [c for c in filled if c.mem_id not in dropped]
            if not filled:
                continue
        label = clean_text(filled[0].text(deep=True))
        labelled = (
            len(filled) > 1
            and len(label) <= 80
            and not label.endswith((".", ";"))
            and not filled[0].css_first("ul, ol, p")
        )
        out.append((labelled, filled))
    return out


def _bold_header(cells: list[LexborNode]) -> bool:
    """Cells of a few words each, no figure among them, all set bold: a header row written without ``<th>``."""
    texts = [clean_text(c.text(deep=True)) for c in cells]
    return all(len(t.split()) <= 4 and not any(ch.isdigit() for ch in t) for t in texts) and is_header_row(cells)


def cell_paragraphs(cell: LexborNode) -> int:
    """How many paragraphs or bullets a cell holds: its ``<p>``/``<li>`` with text, else its lines that
    start a point (parted by ``<br>``), else one."""
    parts = [n for n in cell.css("p, li") if clean_text(n.text(deep=True))]
    if parts:
        return len(parts)
    lines: list[str] = []
    cell_lines(cell, lines, 0)
    return len(answer_points([clean_text(x) for x in "".join(lines).split("\n")])) or 1


def cell_text(cell: LexborNode) -> str:
    """A cell's text, its lines parted by ``<br>`` or blocks read apart ("COUNCIL<br>Unit": "COUNCIL Unit")."""
    out: list[str] = []
    cell_lines(cell, out, 0)
    return clean_text("".join(out).replace("\n", " "))


def inner_register(rows: list[list[LexborNode]]) -> tuple[int, int, list[Column]] | None:
    """Where a risk register's header row ("Risk | Mitigation | Owner") stands inside a table below its first row,
    where its rows end (the next row spanning the table, or the table's end) and its columns' roles; None when the
    table holds no such header."""
    for at in range(1, len(rows) - 1):
        roles = column_roles([cell_text(c) for c in rows[at]])
        if roles is not None:
            end = next((k for k in range(at + 1, len(rows)) if group_row(rows[k])), len(rows))
            return at, end, roles
    return None


def last_header(rows: list[list[LexborNode]]) -> list[list[LexborNode]]:
    """The last header row among ``rows``, alone in a list, or none."""
    for row in reversed(rows):
        if _header([c for c in row if not is_empty_cell(clean_text(c.text(deep=True)))]):
            return [row]
    return []


def _header(filled: list[LexborNode]) -> bool:
    """A row's filled cells are its column headers: ``<th>`` cells, or a bold row of a few words."""
    return len(filled) > 1 and (all(c.tag == "th" for c in filled) or _bold_header(filled))
