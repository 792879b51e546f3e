"""Lists and tables of a page: list entries as items, number tables counted, text tables read."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

from selectolax.lexbor import LexborNode

from sitroom.extract.columns import (
    FIGURE_CELL,
    Column,
    attribute_columns,
    column_roles,
    labels_name_items,
    record_down,
)
from sitroom.extract.details import details_table, leading_details
from sitroom.extract.html.brlines import is_bold
from sitroom.extract.html.chrome import furniture_kind
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
    holds_table,
    is_menu_list,
    names_page,
    set_apart,
    sets_bold,
)
from sitroom.extract.html.tablekinds import (
    cell_span,
    is_bold_cell,
    is_form_grid,
    is_lookup_rows,
    is_rated_board,
    labels_section_rows,
    link_bar,
    title_rows,
    without_fields,
    without_sheet_headers,
)
from sitroom.extract.html.tablerows import (
    body_rows,
    cell_entries,
    cell_lines,
    cell_paragraphs,
    cell_text,
    group_row,
    inner_register,
    last_header,
    risks_in,
    row_items,
)
from sitroom.extract.rowtable import (
    answer_points,
    asks,
    is_empty_cell,
    labels_head_rows,
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
    page_title: str | None
    _bold_heading: Callable[[str], None]

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
        if link_bar(rows):
            self.dropped["row of links"] = self.dropped.get("row of links", 0) + 1
            return
        rows, framed = without_sheet_headers(rows)  # a published spreadsheet's column letters and row numbers
        if framed:
            self.dropped["spreadsheet header cell"] = self.dropped.get("spreadsheet header cell", 0) + framed
        self._rows(node, rows, depth)

    def _rows(self, node: LexborNode, rows: list[list[LexborNode]], depth: int) -> None:
        """The rows of the table ``node``, or a run of them."""
        if (register := inner_register(rows)) is not None:
            # a risk register's header inside a sheet of updates: the rows above it read as they are, the risks
            # under it up to the next row spanning the sheet, then the rest under the sheet's own header again
            at, end, roles = register
            self._rows(node, rows[:at], depth)
            self._risk_rows(rows[at + 1 : end], roles, depth)
            if end < len(rows):
                self._rows(node, [*last_header(rows[:at]), *rows[end:]], depth)
            return
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
        if early and len(rows) == 1 and self._title_band(rows[0], depth):
            return
        if titled := title_rows(rows):  # the table's title and the lines under it, over its columns' names
            for n, row in enumerate(rows[:titled]):
                self.b.add(cell_text(row[0]), BlockKind.PARAGRAPH, title=True, masthead=n > 0)
            rows = rows[titled:]
        if len(rows) == 1 and all(aligned(c) for c in rows[0] if c.text(deep=True).strip()):
            for cell in rows[0]:  # cells set side by side, each centred: a letterhead or a signature, not a row
                self.block(cell, depth + 1)
            return
        cells = [c for row in rows for c in row]
        ncols = max((len(r) for r in rows), default=0)
        texts = [cell_text(c) for c in cells]
        layout = (
            _attr(node, "role").lower() == "presentation"
            or len(rows) <= 1
            or ncols <= 1
            # a cell of blocks lays out the page; one paragraph to a cell is how word processors write any cell
            or any(c.css_first("ul, ol, div, table, h1, h2, h3, h4") or len(c.css("p")) > 1 for c in cells)
        )
        roles = column_roles([cell_text(c) for c in rows[0]]) if len(rows) > 1 else None
        if roles is not None:
            self._risk_rows(rows[1:], roles, depth)
            return
        pairs = all(len(r) == 2 for r in rows)
        if pairs and (roles := record_down([cell_text(r[0]) for r in rows], [cell_text(r[1]) for r in rows])):
            # a risk set out down the table, one field a row: one row of a register, its rating a field
            values = [r[1] for r in rows]
            if fields := roles.count(Column.ATTRIBUTE):
                self.dropped["risk record field"] = self.dropped.get("risk record field", 0) + fields
            self._risk_rows([values], roles, depth)
            return
        if labels_section_rows(rows):  # the columns' names over a table of sections: no section of their own
            fields = attribute_columns([cell_text(c) for c in rows[0]])
            rows = without_fields(rows[1:], fields, ncols)
            self.dropped["table header cell"] = self.dropped.get("table header cell", 0) + ncols
            if left := len(cells) - ncols - sum(map(len, rows)):
                self.dropped["table field cell"] = self.dropped.get("table field cell", 0) + left
        values = [t for row in rows for t in (cell_text(c) for c in row[1:]) if t]
        numeric = sum(bool(FIGURE_CELL.match(t)) for t in values)
        if values and numeric >= 0.4 * len(values) and not any(len(t) > 120 for t in texts):
            self.content.tables.append(TableInfo(None, len(rows), ncols, caption))
            return
        if not layout and (is_form_grid(rows) or is_rated_board(rows) or is_lookup_rows(rows)):
            self.content.tables.append(TableInfo(None, len(rows), ncols, caption))
            return
        body = body_rows(rows)
        labels = [cell_text(row[0]) for lab, row in body if lab]
        # right under the title, a label standing again in the next row names the report's sections
        blocks = self.b.doc.blocks
        titled = any(b.style.get("title") for b in blocks)
        named = labels if sum(b.kind is BlockKind.HEADING for b in blocks) <= (0 if titled else 1) else []
        item_labels = labels_name_items([(lab, sum(map(cell_paragraphs, row[lab:]))) for lab, row in body], named)
        # a form's questions head their answers, however short the answers are
        item_labels = item_labels and not asks(labels)
        headed = not item_labels and any(labelled for labelled, _ in body)
        for labelled, rest in body:
            banded = headed or is_bold_cell(rest[0])
            if banded and not labelled and len(rest) == 1 and group_row(rest) and cell_span(rest[0]) > 1:
                # a row spanning the table ("Resources") heads the labelled rows under it, or any rows when set bold;
                # the first, naming the page before anything else, is the sheet's title
                text = cell_text(rest[0])
                if not self.sections_started and names_page(text, self.page_title, True):
                    self._bold_heading(text)
                else:
                    self._add(text, BlockKind.HEADING, level=1, row_label=True)
                continue
            if labelled and item_labels:
                rest = rest[1:]  # "Costs" beside its one sentence: the item's label, not a heading
            elif labelled:
                self._add(cell_text(rest[0]), BlockKind.HEADING, level=2, row_label=True)
                rest = rest[1:]
            for cell in rest:
                if (kind := furniture_kind(cell, self.container_size, self.sections_started)) is not None:
                    # a campaign laid out in one table: its footer and buttons stand in cells of their own
                    self.dropped[kind] = self.dropped.get(kind, 0) + 1
                elif not (labelled and not item_labels and self._answer(cell)):
                    self.walk(cell, depth + 1)

    def _answer(self, cell: LexborNode) -> bool:
        """An answer beside its label typed one point a line (lines parted by ``<br>``, no paragraphs nor
        lists): each line that starts a point an item. False, and nothing read, for any other cell."""
        if cell.css_first("p, ul, ol, div, table, h1, h2, h3, h4, h5, h6, blockquote"):
            return False
        lines: list[str] = []
        cell_lines(cell, lines, 0)
        points = answer_points([clean_text(x) for x in "".join(lines).split("\n")])
        if len(points) < 2:
            return False
        for point in points:
            self._add(point, BlockKind.ITEM, in_table=True)
        return True

    def _title_band(self, row: list[LexborNode], depth: int) -> bool:
        """A band across the top whose first cell is the report's title ("MAJOR INCIDENT – UPDATE 3" beside "P1 –
        Critical"): the title is read as it is, the short cells beside it (a status, a date, a logo's words) go to
        the masthead and are counted."""
        texts = [cell_text(c) for c in row]
        beside = [t for t in texts[1:] if t]
        if not 1 <= len(beside) <= 2 or not names_page(texts[0], self.page_title, not self.sections_started):
            return False
        if any(len(t.split()) > 6 or t.endswith((".", ":")) for t in beside):
            return False
        self.block(row[0], depth + 1)
        for text in beside:
            self.b.add(text, BlockKind.PARAGRAPH, title=True, masthead=True)
        self.dropped["title band cell"] = self.dropped.get("title band cell", 0) + len(beside)
        return True

    def _leading_details(self, rows: list[list[LexborNode]]) -> int:
        """How many first rows of the table are a form's particulars ("Name of site | …", "Date of return |
        …"): their number and date go to the masthead, the rows are left out and counted."""
        found = leading_details([[cell_text(c) for c in row] for row in rows])
        if found is None:
            return 0
        details, n = found
        self._to_masthead(details)
        return n

    def _details(self, rows: list[list[LexborNode]]) -> bool:
        """A details table under the title ("Sitrep no. | 1", "Fecha de corte | Hora" over their values): the
        fields stating the report's number and date go to the masthead, the table is left out and counted."""
        details = details_table([[cell_text(c) for c in row] for row in rows])
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
            [(clean_text(row[0].text(deep=True)), row_items(row, roles)) for row in rows if not group_row(row)]
        )
        for row in rows:
            if sections and group_row(row):
                self._add(clean_text(row[0].text(deep=True)), BlockKind.HEADING, level=1, row_label=True)
                continue
            risks = [e for c, r in zip(row, roles, strict=False) if r is Column.RISK for e in cell_entries(c)]
            if not risks and not sections:
                continue
            mitigations = [
                e for c, r in zip(row, roles, strict=False) if r is Column.MITIGATION for e in cell_entries(c)
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
                elif role is Column.OTHER or (role is Column.MITIGATION and sections and not risks_in(row, roles)):
                    self.walk(cell, depth + 1)

    def figure_table(self, node: LexborNode, depth: int) -> None:
        """A table set in a ``<figure>`` (as editors place a table block) is read like any table; its
        ``<figcaption>`` is the table's caption, not content."""
        caption = next((c for c in node.css("figcaption")), None)
        for child in _children(node):
            if child.tag == "table":
                self.pending_caption = clean_text(caption.text(deep=True)) if caption is not None else None
                self.block(child, depth + 1)
            elif child.tag not in ("figcaption", "img", "picture", "svg") and holds_table(child):
                self.figure_table(child, depth + 1)

    def _flatten(self, node: LexborNode) -> None:
        run = _Run()
        run.parts.append(node.text(deep=True))
        self._flush_run(run)
