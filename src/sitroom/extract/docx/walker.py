"""The walk over the body in document order: classify each paragraph and table, feed the builder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitroom.extract.columns import column_roles, labels_name_items
from sitroom.extract.docx.bilingual import one_language
from sitroom.extract.docx.boxes import banner, box_title, figures_box
from sitroom.extract.docx.headings import BYLINE_STYLES, HeadingRules
from sitroom.extract.docx.layouttables import read_layout_table
from sitroom.extract.docx.lists import ListNesting
from sitroom.extract.docx.masthead import late_title, take_details, take_leading_details
from sitroom.extract.docx.numbering import Numbering
from sitroom.extract.docx.ooxml import (
    ACCEPTED,
    ALT_CHUNK,
    REL_ID,
    SDT,
    SDT_CONTENT,
    STUB_COLS,
    STUB_ROWS,
    TBL,
    P,
    W,
    is_toc,
    mark_deleted,
    showing_placeholder,
    to_int,
)
from sitroom.extract.docx.paragraphs import Para, is_ornament, read_para
from sitroom.extract.docx.patterns import (
    CAPTION,
    DATE_ONLY,
    FIELD_LINE,
    FORM_PROMPT,
    GLYPH,
    HEADING_STYLE,
    NOTE,
    SIGNATURE_LINES,
    SYMBOL_BULLETS,
)
from sitroom.extract.docx.records import read_records
from sitroom.extract.docx.registers import (
    is_group_row,
    read_answer_lines,
    read_register,
    read_typed_lines,
    read_typed_paragraph,
)
from sitroom.extract.docx.smartart import diagram_ids
from sitroom.extract.docx.styles import Styles
from sitroom.extract.docx.tables import (
    body_rows,
    cell_paras,
    cell_paras_text,
    cells,
    grid_cols,
    is_data_table,
    para_text,
    rows,
    titles_table,
)
from sitroom.extract.rowtable import asks, is_empty_cell
from sitroom.model import Block, BlockKind, DocumentBuilder, TableInfo
from sitroom.text.months import opens_with_day
from sitroom.text.signoffs import SIGNATURE

# Headings before anything else that may still be the masthead (the sender's name, the title).
TOP_HEADINGS = 3


class Walker:
    """Walks the body in document order and feeds the builder. ``cell`` (None outside tables) carries the table
    context down to the paragraphs: the date of the row being read, when a date cell announced one."""

    def __init__(self, builder: DocumentBuilder, styles: Styles, numbering: Numbering, rules: HeadingRules) -> None:
        self.b, self.styles, self.numbering, self.rules = builder, styles, numbering, rules
        self.lists = ListNesting(numbering)
        self.caption: str | None = None
        self.title_open = True  # still inside the masthead at the top of the document
        self.after_table = self.in_notes = False  # after a data table (fine print below: notes); in the notes
        self.signature = 0  # paragraphs left to skip in a signature block
        self.dropped: dict[str, int] = {}  # what was left out, counted for the document's warnings
        self.tables: list[TableInfo] = []
        self.title_parts: list[str] = []
        self.run_on: Para | None = None  # a paragraph whose mark was deleted: it runs on into the next
        self.sections_started = False  # a heading or an item came: a table is no longer under the title
        self.body_started = False  # a heading, an item or a sentence came: "Prepared by" is a sign-off, no byline
        self.top_headings: list[Block | None] = []  # headings before anything else: the title may be one
        self.alt_chunk: Callable[[str], None] | None = None  # reads a chunk of another format, by relationship
        self.diagram: Callable[[str], list[str] | None] | None = None  # a SmartArt's boxes, likewise

    def container(self, el: Any, cell: dict[str, Any] | None = None) -> None:
        """Read the paragraphs and tables of a body, cell, content control or text box."""
        for child in el:
            tag = child.tag
            if tag == P:
                self.paragraph(child, cell)
            elif tag == TBL:
                self.table(child, cell)
            elif tag == SDT:
                if is_toc(child):
                    continue
                if showing_placeholder(child):
                    self._dropped("empty form field")
                    continue
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self.container(content, cell)
            elif tag == W + "customXml" or tag in ACCEPTED:
                self.container(child, cell)
            elif tag == ALT_CHUNK and self.alt_chunk is not None:
                self.alt_chunk(child.get(REL_ID, ""))
        if self.run_on is not None and el.tag not in _INLINE_CONTAINERS:
            # the last paragraph of a cell or body had its mark deleted: nothing to run on into
            para, self.run_on = self.run_on, None
            self.emit(para, cell)

    def paragraph(self, p: Any, cell: dict[str, Any] | None) -> None:
        """Read one paragraph, then the text boxes anchored in it."""
        if cell is None and self.run_on is None and (self._colophon(p) or read_typed_paragraph(self, p)):
            return
        if is_ornament(p):
            self._dropped("ornament")
            return
        para = read_para(p, self.styles)
        if self.run_on is not None:
            # Accepting the deletion of a paragraph mark joins the two paragraphs; the mark that
            # remains (this paragraph's) carries the formatting.
            first, self.run_on = self.run_on, None
            if first.text and para.text:
                para.text = f"{first.text} {para.text}"
                para.bold = para.bold and first.bold
            elif first.text:
                para.text = first.text
        if mark_deleted(p):
            self.run_on = para
        else:
            self.emit(para, cell)
        for rid in diagram_ids(p) if self.diagram is not None else ():
            points = self.diagram(rid)  # a SmartArt list's boxes are points; another graphic's are counted
            for text in points or ():
                self._add(text, BlockKind.ITEM)
            if points is None:
                self._dropped("diagram")
        run_on, self.run_on = self.run_on, None  # a text box is a flow of its own
        for box in para.boxes:
            self.lists.reset()
            if n := figures_box(box):  # a key-figures box beside the text: data to look up, not points
                self.tables.append(TableInfo(None, n, 2, None))
                continue
            self.container(box, cell)
        self.run_on = run_on

    def _colophon(self, p: Any) -> bool:
        """Small print in a frame placed at the page's margin: the letterhead's particulars (directorate,
        contact, date, reference) beside the text, left out and counted."""
        ppr = p.find(W + "pPr")
        if ppr is None or ppr.find(W + "framePr") is None:
            return False
        para = read_para(p, self.styles)
        if not para.framed or para.size is None or para.size > self.rules.body_size - 1:
            return False
        self._dropped("colophon line")
        return True

    def emit(self, para: Para, cell: dict[str, Any] | None) -> None:
        """Classify one paragraph and add it (or not) to the document."""
        text = para.text
        if not text or not any(c.isalnum() for c in text):
            return
        style_name = para.style.name.lower()
        if style_name.startswith("toc") or para.toc:
            # a Word contents field's result: navigation, left out by the parser with the list's title
            self._add(text, BlockKind.PARAGRAPH, contents=True, size=para.size, bold=para.bold)
            return
        if style_name in ("header", "footer"):
            return
        if FORM_PROMPT.match(text):
            self._dropped("empty form field")
            return
        if style_name == "caption" or (CAPTION.match(text) and len(text) < 200):
            self.caption = text
            return
        if cell is None and self._skip_fine_print(para):
            return
        self.after_table = False

        style: dict[str, Any] = {"size": para.size, "bold": para.bold, **({"align": para.align} if para.align else {})}
        if para.lead:
            style["lead"] = para.lead  # a bold run-in label; the parser judges whether it heads a section
        if para.aside:
            style["aside"] = para.aside  # set apart in italics: under risks, the parser reads it as the answer
        if cell and cell.get("date"):
            style["date"] = cell["date"]
        if cell is not None:
            style["in_table"] = True

        # The masthead: Title/Subtitle styles, or a big bold report name and its "as of" line.
        self.title_open = self.title_open or (cell is None and late_title(self, para.style.name))
        if self.title_open and cell is None:
            if self.rules.is_title(para, first=not self.title_parts):
                self.title_parts.append(text)
                # who wrote it and when: beside the title, not part of it
                style |= {"masthead": True} if para.style.name.lower() in BYLINE_STYLES else {}
                self._add(text, BlockKind.PARAGRAPH, title=True, **style)
                return
            self.title_open = False

        m = HEADING_STYLE.match(style_name)
        outline = para.style.outline
        if m or (outline is not None and outline < 9):
            level = int(m.group(1)) if m else outline + 1  # type: ignore[operator]
            label = self.numbering.heading_label(para.num_id, para.ilvl)
            self._heading(f"{label} {text}" if label else text, level, style)
            return

        lvl = self.numbering.level(para.num_id, para.ilvl) if para.num_id is not None else None
        if lvl is not None:
            fmt = lvl[0]
            label = self.numbering.label(para.num_id, para.ilvl)  # type: ignore[arg-type]
            if fmt != "bullet" and self.rules.looks_like_heading(para, strong=True):
                # "1.1" under "1.": the list level deepens the heading level
                level = min(self.rules.visual_level(para, cell is not None) + para.ilvl, 9)
                self._heading(f"{label} {text}" if label else text, level, style)
                return
            if fmt != "none":
                self._add(text, BlockKind.ITEM, level=self.lists.level(para), bullet=label or None, **style)
                return
        if cell is not None and DATE_ONLY.match(text):
            return  # a date cell or a stray date line in a cell: metadata, not an item
        if mark := para.tab_bullet:
            self._add(
                text, BlockKind.ITEM, level=self.lists.level(para), bullet=SYMBOL_BULLETS.get(mark, mark), **style
            )
            return
        glyph = None if opens_with_day(text) else GLYPH.match(text)  # "20. Januar 2025": a date, no list number
        if glyph:
            rest = text[glyph.end() :]
            mark = glyph.group("g")
            if not (self.rules.looks_like_heading(para, strong=True) and mark[0].isalnum()):
                self._add(
                    rest, BlockKind.ITEM, level=self.lists.level(para), bullet=SYMBOL_BULLETS.get(mark, mark), **style
                )
                return
        if self.rules.looks_like_heading(para):
            self._heading(text, self.rules.visual_level(para, cell is not None), style)
            return
        if style_name.startswith("list"):
            self._add(text, BlockKind.ITEM, level=self.lists.level(para), **style)
            return
        if cell is not None and not any(c.isalpha() for c in text):
            return  # a lone figure in a text table cell
        self._add(text, BlockKind.PARAGRAPH, **style)

    def _skip_fine_print(self, para: Para) -> bool:
        """Notes under a data table, source lines and signature blocks: read, but not items."""
        small = para.size is not None and para.size < self.rules.body_size - 1.5
        if small and (NOTE.match(para.text) or self.after_table or self.in_notes):
            self.in_notes = True  # table notes and source lines: fine print, not items
            return True
        self.in_notes = False
        if SIGNATURE.match(para.text) and self.body_started:
            self.signature = SIGNATURE_LINES
            self._dropped("signature block line")
            return True
        if self.signature:
            # Names and job titles follow (often bold); a sentence, a list entry, a "Label: value"
            # field or larger text ends the block.
            larger = para.size is not None and para.size > self.rules.body_size + 0.5
            field = FIELD_LINE.match(para.text) is not None
            if not larger and not field and para.num_id is None and para.words <= 12 and para.text[-1] not in ".!?;:":
                self.signature -= 1
                self._dropped("signature block line")
                return True
            self.signature = 0
        return False

    def _dropped(self, what: str) -> None:
        self.dropped[what] = self.dropped.get(what, 0) + 1

    def _heading(self, text: str, level: int, style: dict[str, Any]) -> None:
        self.title_open = False
        self._add(text, BlockKind.HEADING, level=level, **style)

    def _add(self, text: str, kind: BlockKind, **kw: Any) -> Block | None:
        """Add a block; anything but an item ends the current run of list items."""
        if kind is not BlockKind.ITEM:
            self.lists.reset()
        if kind is BlockKind.HEADING and not self.sections_started and len(self.top_headings) < TOP_HEADINGS:
            # the title and the sender's name over it may be set as headings, above a details table
            block = self.b.add(text, kind, **kw)
            self.top_headings.append(block)
            return block
        if kind in (BlockKind.HEADING, BlockKind.ITEM):
            self.sections_started = True
        if kind is not BlockKind.PARAGRAPH or text.rstrip()[-1:] in ".!?":
            self.body_started = True
        return self.b.add(text, kind, **kw)

    # -- tables ------------------------------------------------------------------------------

    def table(self, tbl: Any, cell: dict[str, Any] | None) -> None:
        """A data table goes to ``tables``; a text table is read row by row, cell by cell."""
        self.title_open = False
        self.lists.reset()
        if tbl.get(STUB_ROWS) is not None:
            self._data_table(to_int(tbl.get(STUB_ROWS)), to_int(tbl.get(STUB_COLS)))
            return
        tbl = one_language(tbl, self.dropped)  # a report in two languages side by side is read once
        table_rows = rows(tbl)
        if not table_rows:
            return
        if (title := box_title(table_rows, self.styles, self.rules)) is not None:
            # a form's box: its label cell is the section's heading over the points or register under it
            self._heading(title.text, 1, {"bold": title.bold, "size": title.size, "in_table": True})
            table_rows = table_rows[1:]
        head = [" ".join(cell_paras_text(tc)) for tc in cells(table_rows[0])]
        roles = column_roles(head) if len(table_rows) > 1 else None
        if roles is not None:
            self.caption = None
            read_register(self, table_rows[1:], roles)  # a risk register, or a status table of sections
            return
        if not self.sections_started and take_details(self, table_rows):
            return
        if not self.sections_started and (lead := take_leading_details(self, table_rows)):
            table_rows = table_rows[lead:]
            head = [" ".join(cell_paras_text(tc)) for tc in cells(table_rows[0])]
        if self._banner(table_rows) or read_layout_table(self, table_rows) or read_records(self, table_rows, head):
            return
        if is_data_table(tbl):
            self._data_table(len(table_rows), grid_cols(tbl, table_rows))
            return
        self.caption = None
        body = body_rows(table_rows, head, self.styles)
        labels = [" ".join(t[b]) for _, t, _, b in body if b is not None]
        paras = [(b is not None, sum(len(t) for i, t in enumerate(ts) if i != b and not k[i])) for _, ts, k, b in body]
        # right under the title, a label standing again in the next row names the report's sections; a form's
        # questions head their answers, however short the answers are
        top = not self.sections_started and len(self.top_headings) <= (0 if self.title_parts else 1)
        item_labels = labels_name_items(paras, labels if top else []) and not asks(labels)
        headed = not item_labels and any(label is not None for *_, label in body)
        for row_cells, texts, skips, label in body:
            ctx: dict[str, Any] = {"date": cell.get("date") if cell else None}
            if headed and label is None and is_group_row(row_cells):
                # a row spanning the table ("Resources") heads the labelled rows under it
                self._heading(" ".join(texts[0]), 1, {"in_table": True})
                continue
            for i, tc in enumerate(row_cells):
                if skips[i] or (texts[i] and is_empty_cell(" ".join(texts[i]))):
                    continue  # the row's rating, owner or date, or a cell left empty ("–", "n/a")
                if i == label:
                    joined = " ".join(texts[i])
                    if DATE_ONLY.match(joined):
                        ctx["date"] = joined
                        continue
                    if item_labels and tc.find(f".//{TBL}") is None:
                        continue  # "Costs" beside its one sentence: the item's label, not a heading
                    if tc.find(f".//{TBL}") is None and self._row_label(tc):
                        continue
                self.lists.reset()
                if headed and label is not None and i != label and read_answer_lines(self, tc):
                    continue
                if not read_typed_lines(self, tc):
                    self.container(tc, ctx)
        self.lists.reset()

    def reset_lists(self) -> None:
        """End the current run of list items (a new cell starts its own)."""
        self.lists.reset()

    def _banner(self, table_rows: list[Any]) -> bool:
        """A table of one cell holding one short styled line is a banner across the page: a section heading."""
        para = banner(table_rows, self.styles, self.rules)
        if para is not None:
            self._heading(para.text, 1, {"bold": para.bold, "size": para.size})
        return para is not None

    def _row_label(self, tc: Any) -> bool:
        """Emit a row-label cell as a sub-heading; False when it holds no words after all."""
        para = read_para(next(p for p in cell_paras(tc) if para_text(p).strip()), self.styles)
        if not any(c.isalpha() for c in para.text):
            return False
        level = self.rules.visual_level(para, in_cell=True)
        self._heading(para.text, level, {"bold": para.bold, "size": para.size, "in_table": True})
        return True

    def _data_table(self, n_rows: int, n_cols: int) -> None:
        if self.caption is None and not self.after_table and titles_table(self.b.doc.blocks):
            self.caption = self.b.doc.blocks.pop().text  # "This week at a glance" over the figures: its title
        self.tables.append(TableInfo(None, n_rows, n_cols, self.caption))
        self.caption = None
        self.after_table = True


# Wrappers whose paragraphs flow on with the paragraphs around them.
_INLINE_CONTAINERS = {SDT_CONTENT, W + "customXml"} | ACCEPTED
