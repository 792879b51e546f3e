"""Lists and tables of a page: list entries as items, number tables counted, text tables read."""

from __future__ import annotations

from itertools import islice
from typing import Any

from selectolax.lexbor import LexborNode

from sitroom.extract.columns import (
    FIGURE_CELL,
    Column,
    attribute_columns,
    column_roles,
    is_attribute_value,
    labels_name_items,
)
from sitroom.extract.details import details_table, leading_details
from sitroom.extract.html.brlines import is_bold
from sitroom.extract.html.markup import (
    _BULLET,
    _FOOTNOTE_START,
    _MAX_DEPTH,
    _SUP_MARKER,
    DROP_TAGS,
    INLINE_TAGS,
    LIST_TAGS,
    _attr,
    _children,
    _Run,
    aligned,
    clean_text,
    is_menu_list,
    set_apart,
    sets_bold,
)
from sitroom.extract.html.tablekinds import is_form_grid, is_lookup_rows, is_rated_board
from sitroom.extract.rowtable import (
    Entry,
    answer_points,
    asks,
    is_empty_cell,
    is_row_label,
    labels_head_rows,
    line_entries,
    pair_risks,
)
from sitroom.model import BlockKind, DocumentBuilder, TableInfo


class _Structures:
    """Lists and tables, mixed into the walker (which provides ``_add``, ``walk``, ``_gather``)."""

    nesting: int
    content: Any
    pending_caption: str | None
    sections_started: bool
    dropped: dict[str, int]
    b: DocumentBuilder

    def list(self, node: LexborNode, level: int) -> None:
        """Items of a list, nested lists one level deeper."""
        if self.nesting > _MAX_DEPTH:
            self._flatten(node)
            return
        self.nesting += 1
        try:
            self._list(node, level)
        finally:
            self.nesting -= 1

    def _list(self, node: LexborNode, level: int) -> None:
        items = [c for c in _children(node) if c.tag == "li"]
        if is_menu_list(node, items):
            return
        ordered = node.tag == "ol"
        try:
            number = int(_attr(node, "start") or 1)
        except ValueError:
            number = 1
        for li in _children(node):
            if li.tag in LIST_TAGS:  # a list nested directly in a list (invalid but common)
                self.list(li, level + 1)
                continue
            if li.tag != "li":
                continue
            run = _Run()
            nested: list[LexborNode] = []
            self._gather_item(li, run, nested)
            raw = run.text()
            if _FOOTNOTE_START.match(raw.lstrip()):  # "³ http://…" listed under the notes: a footnote
                self.dropped["footnote"] = self.dropped.get("footnote", 0) + 1
                continue
            text = clean_text(raw.replace("\n", " "))
            # an entry set all in bold may be a label heading the entries nested under it
            marks = {"bold": True} if is_bold(raw, run.bold_mask(), 0, len(raw)) else {}
            if aside := set_apart(li):
                marks["aside"] = aside  # set apart in italics: under risks, the parser reads it as the answer
            glyph = f"{number}." if ordered else "•"
            m = _BULLET.match(text)
            if m:  # a glyph typed into the text ("–\tEbola virus…") duplicates the list bullet
                glyph, text = m.group(1), text[m.end() :]
            if text:
                self._add(text, BlockKind.ITEM, level=level, bullet=glyph, **marks)
            number += 1
            for sub in nested:
                if sub.tag in LIST_TAGS:
                    self.list(sub, level + 1)
                else:
                    self.table(sub, 0)

    def _gather_item(self, li: LexborNode, run: _Run, nested: list[LexborNode], depth: int = 0) -> None:
        if depth > _MAX_DEPTH:
            run.parts.append(li.text(deep=True))
            return
        for child in _children(li, text=True):
            if child.tag in LIST_TAGS or child.tag == "table":
                nested.append(child)
            elif child.is_text_node:
                run.parts.append(child.text_content or "")
            elif child.tag == "br":
                run.parts.append("\n")
            elif child.tag == "sup" and _SUP_MARKER.match(child.text(deep=True)):
                run.parts.append("\x00")
            elif child.tag in DROP_TAGS or child.is_comment_node or child.tag in ("img", "-comment"):
                continue
            elif child.tag in INLINE_TAGS:
                self._gather(child, run, sets_bold(child))
            else:
                run.parts.append(" ")
                self._gather_item(child, run, nested, depth + 1)
                run.parts.append(" ")

    def table(self, node: LexborNode, depth: int) -> None:
        """A number table is counted in ``tables``; a text table gives row-label headings and items."""
        if self.nesting > _MAX_DEPTH:
            self._flatten(node)
            return
        self.nesting += 1
        try:
            self._table(node, depth)
        finally:
            self.nesting -= 1

    def _table(self, node: LexborNode, depth: int) -> None:
        rows: list[list[LexborNode]] = []
        for part in _children(node):
            trs = [part] if part.tag == "tr" else [t for t in _children(part) if t.tag == "tr"]
            for tr in trs:
                rows.append([c for c in _children(tr) if c.tag in ("td", "th")])
        caption_node = next((c for c in _children(node) if c.tag == "caption"), None)
        caption = clean_text(caption_node.text()) if caption_node is not None else self.pending_caption
        self.pending_caption = None
        # under the title, even one set as a heading: nothing but that one heading came before the table
        others = (b for b in self.b.doc.blocks if b.kind is not BlockKind.PARAGRAPH)
        early = not self.sections_started or next(islice(others, 1, None), None) is None
        if early and self._details(rows):
            return
        if early:
            rows = rows[self._leading_details(rows) :]
        if len(rows) == 1 and all(aligned(c) for c in rows[0] if c.text(deep=True).strip()):
            for cell in rows[0]:  # cells set side by side, each centred: a letterhead or a signature, not a row
                self.block(cell, depth + 1)
            return
        cells = [c for row in rows for c in row]
        ncols = max((len(r) for r in rows), default=0)
        texts = [_text(c) for c in cells]
        layout = (
            _attr(node, "role").lower() == "presentation"
            or len(rows) <= 1
            or ncols <= 1
            # a cell of blocks lays out the page; one paragraph to a cell is how word processors write any cell
            or any(c.css_first("ul, ol, div, table, h1, h2, h3, h4") or len(c.css("p")) > 1 for c in cells)
        )
        roles = column_roles([_text(c) for c in rows[0]]) if len(rows) > 1 else None
        if roles is not None:
            self._risk_rows(rows[1:], roles, depth)
            return
        values = [t for row in rows for t in (_text(c) for c in row[1:]) if t]
        numeric = sum(bool(FIGURE_CELL.match(t)) for t in values)
        if values and numeric >= 0.4 * len(values) and not any(len(t) > 120 for t in texts):
            self.content.tables.append(TableInfo(None, len(rows), ncols, caption))
            return
        if not layout and (is_form_grid(rows) or is_rated_board(rows) or is_lookup_rows(rows)):
            self.content.tables.append(TableInfo(None, len(rows), ncols, caption))
            return
        body = _body_rows(rows)
        item_labels = labels_name_items([(lab, sum(map(_paragraphs, row[lab:]))) for lab, row in body])
        # a form's questions head their answers, however short the answers are
        item_labels = item_labels and not asks(_text(row[0]) for lab, row in body if lab)
        headed = not item_labels and any(labelled for labelled, _ in body)
        for labelled, rest in body:
            if headed and not labelled and len(rest) == 1 and _group_row(rest) and _span(rest[0]) > 1:
                # a row spanning the table ("Resources") heads the labelled rows under it
                self._add(_text(rest[0]), BlockKind.HEADING, level=1, row_label=True)
                continue
            if labelled and item_labels:
                rest = rest[1:]  # "Costs" beside its one sentence: the item's label, not a heading
            elif labelled:
                self._add(_text(rest[0]), BlockKind.HEADING, level=2, row_label=True)
                rest = rest[1:]
            for cell in rest:
                if not (labelled and not item_labels and self._answer(cell)):
                    self.walk(cell, depth + 1)

    def _answer(self, cell: LexborNode) -> bool:
        """An answer beside its label typed one point a line (lines parted by ``<br>``, no paragraphs nor
        lists): each line that starts a point an item. False, and nothing read, for any other cell."""
        if cell.css_first("p, ul, ol, div, table, h1, h2, h3, h4, h5, h6, blockquote"):
            return False
        lines: list[str] = []
        _lines(cell, lines, 0)
        points = answer_points([clean_text(x) for x in "".join(lines).split("\n")])
        if len(points) < 2:
            return False
        for point in points:
            self._add(point, BlockKind.ITEM, in_table=True)
        return True

    def _leading_details(self, rows: list[list[LexborNode]]) -> int:
        """How many first rows of the table are a form's particulars ("Name of site | …", "Date of return |
        …"): their number and date go to the masthead, the rows are left out and counted."""
        found = leading_details([[_text(c) for c in row] for row in rows])
        if found is None:
            return 0
        details, n = found
        self._to_masthead(details)
        return n

    def _details(self, rows: list[list[LexborNode]]) -> bool:
        """A details table under the title ("Sitrep no. | 1", "Fecha de corte | Hora" over their values): the
        fields stating the report's number and date go to the masthead, the table is left out and counted."""
        details = details_table([[_text(c) for c in row] for row in rows])
        if details is None:
            return False
        self._to_masthead(details)
        return True

    def _to_masthead(self, details: Any) -> None:
        for line in details.masthead_lines():
            self.b.add(line, BlockKind.PARAGRAPH, title=True, masthead=True, field=True)
        self.dropped["details table field"] = self.dropped.get("details table field", 0) + len(details.fields)

    def _risk_rows(self, rows: list[list[LexborNode]], roles: list[Column], depth: int) -> None:
        """A risk register: each risk an item with its mitigation; ratings and owners left out.

        When the first column names the rows' sections (a status table with a Risks and an Actions
        column), each row is a section: its label a heading, its other cells its items.
        """
        sections = roles[0] is Column.OTHER and labels_head_rows(
            [(clean_text(row[0].text(deep=True)), _row_items(row, roles)) for row in rows if not _group_row(row)]
        )
        for row in rows:
            if sections and _group_row(row):
                self._add(clean_text(row[0].text(deep=True)), BlockKind.HEADING, level=1, row_label=True)
                continue
            risks = [e for c, r in zip(row, roles, strict=False) if r is Column.RISK for e in _cell_entries(c)]
            if not risks and not sections:
                continue
            mitigations = [
                e for c, r in zip(row, roles, strict=False) if r is Column.MITIGATION for e in _cell_entries(c)
            ]
            for n, (cell, role) in enumerate(zip(row, roles, strict=False)):
                text = clean_text(cell.text(deep=True))
                if is_empty_cell(text):
                    continue
                if sections and n == 0:
                    self._add(text, BlockKind.HEADING, level=2, row_label=True)
                elif role is Column.RISK:
                    for risk, mitigation in pair_risks(risks, mitigations):
                        self._add(risk, BlockKind.ITEM, mitigation=mitigation, in_table=True)
                    risks = []  # a second risk column's entries were paired already
                elif role is Column.OTHER or (role is Column.MITIGATION and sections and not _risks_in(row, roles)):
                    self.walk(cell, depth + 1)


def _risks_in(row: list[LexborNode], roles: list[Column]) -> bool:
    """The row holds a risk (else its Actions cell lists the section's own items)."""
    return any(r is Column.RISK and _cell_entries(c) for c, r in zip(row, roles, strict=False))


def _group_row(row: list[LexborNode]) -> bool:
    """A row of one cell spanning the table ("Resources"): a heading over the rows below it."""
    filled = [c for c in row if not is_empty_cell(clean_text(c.text(deep=True)))]
    if len(filled) != 1 or filled[0] is not row[0]:
        return False
    return (_span(row[0]) > 1 or len(row) == 1) and is_row_label(clean_text(row[0].text(deep=True)))


def _span(cell: LexborNode) -> int:
    try:
        return int(_attr(cell, "colspan") or 1)
    except ValueError:
        return 1


def _row_items(row: list[LexborNode], roles: list[Column]) -> int:
    """How many items a row gives beside its first cell: its risks, its other cells' entries, and its
    Actions cell's entries when it holds no risk."""
    risky = _risks_in(row, roles)
    n = 0
    for cell, role in list(zip(row, roles, strict=False))[1:]:
        if role is Column.RISK or role is Column.OTHER or (role is Column.MITIGATION and not risky):
            n += len(_cell_entries(cell))
    return n


def _cell_entries(cell: LexborNode) -> list[Entry]:
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
    _lines(cell, lines, 0)
    return line_entries("".join(lines).split("\n"))


def _text_beside(cell: LexborNode, lst: LexborNode) -> str:
    """The text of a cell outside one list in it."""
    return clean_text(cell.text(deep=True)).replace(clean_text(lst.text(deep=True)), "", 1)


def _lines(node: LexborNode, out: list[str], depth: int) -> None:
    """A node's text with a line break for each ``<br>`` and block."""
    for child in _children(node, text=True):
        if child.is_text_node:
            out.append(child.text_content or "")
        elif child.tag == "br":
            out.append("\n")
        elif child.tag in DROP_TAGS or child.is_comment_node or depth > _MAX_DEPTH:
            continue
        elif child.tag in INLINE_TAGS:
            _lines(child, out, depth + 1)
        else:
            out.append("\n")
            _lines(child, out, depth + 1)
            out.append("\n")


def _body_rows(rows: list[list[LexborNode]]) -> list[tuple[bool, list[LexborNode]]]:
    """Each body row's filled cells (ratings and owners left out), and whether the first labels the row."""
    out: list[tuple[bool, list[LexborNode]]] = []
    attributes: frozenset[int] = frozenset()
    for row in rows:
        filled = [c for c in row if not is_empty_cell(clean_text(c.text(deep=True)))]  # "–" is an empty cell
        if not filled:
            continue
        if len(filled) > 1 and all(c.tag == "th" for c in filled):
            attributes = attribute_columns([clean_text(c.text(deep=True)) for c in row])
            continue  # column headers
        if attributes:
            # the row's rating, owner or date describes it and is no item
            dropped = {
                c.mem_id
                for n, c in enumerate(row)
                if n in attributes and is_attribute_value(clean_text(c.text(deep=True)))
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


def _paragraphs(cell: LexborNode) -> int:
    """How many paragraphs or bullets a cell holds: its ``<p>``/``<li>`` with text, else its lines that
    start a point (parted by ``<br>``), else one."""
    parts = [n for n in cell.css("p, li") if clean_text(n.text(deep=True))]
    if parts:
        return len(parts)
    lines: list[str] = []
    _lines(cell, lines, 0)
    return len(answer_points([clean_text(x) for x in "".join(lines).split("\n")])) or 1


def _text(cell: LexborNode) -> str:
    """A cell's text, its lines parted by ``<br>`` or blocks read apart ("COUNCIL<br>Unit": "COUNCIL Unit")."""
    out: list[str] = []
    _lines(cell, out, 0)
    return clean_text("".join(out).replace("\n", " "))
