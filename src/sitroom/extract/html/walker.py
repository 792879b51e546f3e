"""The walk over the main content in document order: inline runs, paragraphs, headings."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.brlines import (
    HEADED_BLOCKS,
    bold_lead,
    bulleted_entries,
    chunk_spans,
    heading_like,
    heads_content,
    in_capitals,
    is_bold,
    plain_heads,
    sentence_lines,
    split_headings,
)
from sitroom.extract.html.callouts import box_title, is_callout, is_code, panel_title
from sitroom.extract.html.chrome import furniture_kind, is_copyright_line, ui_button
from sitroom.extract.html.markup import (
    _BULLET,
    _CAPTION,
    _FOOTNOTE_START,
    _MASTHEAD,
    _MAX_DEPTH,
    _MSO_BULLET,
    _MSO_LIST,
    _SKIP_HEADINGS,
    _SUP_MARKER,
    BLOCK_TAGS,
    DROP_TAGS,
    LIST_TAGS,
    TITLE_STYLE,
    HtmlContent,
    _attr,
    _children,
    _Run,
    aligned,
    captions_figure,
    clean_text,
    heading_rank,
    holds_table,
    is_note_link,
    names_page,
    set_apart,
    sets_bold,
    styles_bold,
    without_edit_link,
)
from sitroom.extract.html.pagemeta import header_only, mark_header
from sitroom.extract.html.postchrome import post_chrome
from sitroom.extract.html.structures import _Structures
from sitroom.extract.html.tablekinds import figure_cards
from sitroom.extract.html.terms import _Terms, terms_are_sections
from sitroom.extract.rowtable import answer_points, is_question
from sitroom.model import Block, BlockKind, DocumentBuilder, TableInfo
from sitroom.text.glyphs import plain_letters
from sitroom.text.months import opens_with_day


class _Walker(_Structures, _Terms):
    """Walks the main container in document order and adds blocks to the builder."""

    def __init__(
        self, builder: DocumentBuilder, content: HtmlContent, page_title: str | None, heading_levels: dict[int, int]
    ) -> None:
        self.b, self.content, self.page_title, self.levels = builder, content, page_title, heading_levels
        self.body_started = self.footnote_zone = False
        self.sections_started = False  # a heading or an item came: what follows is no longer under the title
        self.skip_level: int | None = None  # inside a "Related links" part, until a heading this high
        self.pending_caption: str | None = None
        self.container_size = 1
        self.dropped: dict[str, int] = {}  # page furniture left out, by kind, for the warnings
        self.nesting = 0  # block recursion depth across walk/list/table, to flatten absurd nesting
        self.quoted = 0  # block quotes open: someone else's words, not the writer's
        self.title_block: Block | None = None  # the block taken for the title, while it may still be replaced
        self.kept = False  # the runs read are a paragraph's (or a list entry's) the writer made
        self.align: str | None = None  # text set centred or right by the blocks open: a signature may be

    # -- inline text ----------------------------------------------------------------------------
    def _gather(self, node: LexborNode, run: _Run, bold: bool = False, depth: int = 0) -> None:
        """Append the inline text of ``node``'s children to ``run``."""
        if depth > _MAX_DEPTH:  # pathological nesting: keep the text, lose the markup
            run.parts.append(node.text(deep=True))
            return
        for child in _children(node, text=True):
            self._gather_one(child, run, bold, depth)

    def _gather_one(self, child: LexborNode, run: _Run, bold: bool, depth: int) -> None:
        tag = child.tag
        if child.is_text_node:
            # a newline in the markup is a space to the reader: only <br> breaks a line
            t, styled = plain_letters((child.text_content or "").replace("\r", " ").replace("\n", " "))
            if (bold or styled) and t.strip():
                run.bold_parts.add(len(run.parts))
            run.parts.append(t)
            run.bold += len(t.strip()) if (bold or styled) else 0
        elif tag == "br":
            run.parts.append("\n")
        elif (tag == "sup" and _SUP_MARKER.match(child.text(deep=True))) or is_note_link(child):
            run.parts.append("\x00")
        elif tag in DROP_TAGS or tag in ("img", "-comment") or child.is_comment_node or ui_button(child, self.dropped):
            return
        elif tag == "hr":
            run.parts.append("\n\n")
        else:
            self._gather(child, run, bold or sets_bold(child), depth + 1)

    def _has_block(self, node: LexborNode, depth: int = 0) -> bool:
        return depth <= _MAX_DEPTH and any(self._is_block_child(c, depth + 1) for c in _children(node))

    # -- emitting -------------------------------------------------------------------------------
    def _add(self, text: str, kind: BlockKind, level: int = 1, bullet: str | None = None, **style) -> None:
        if self.skip_level is not None:
            return
        if kind != BlockKind.HEADING and not style.get("title"):
            self.body_started = True
        if kind in (BlockKind.HEADING, BlockKind.ITEM):
            self.sections_started = True
        if self.quoted and kind is not BlockKind.HEADING:
            style["quoted"] = True
        if self.align:
            style.setdefault("align", self.align)
        self.b.add(text, kind, level=level, bullet=bullet, **style)

    def _flush_run(self, run: _Run, heads: bool = False) -> None:
        raw = run.text()
        if not raw.strip(" \t\r\n\x00"):
            return
        mask = run.bold_mask()
        plain = plain_heads(raw, mask, spans := chunk_spans(raw))
        for n, (s, e) in enumerate(spans):
            pieces = split_headings(raw, mask, s, e, plain)
            asked = False  # the piece before was a form's question set in bold over its answer
            for is_head, a, b in pieces:
                if is_head:
                    self._bold_heading(clean_text(raw[a:b]))
                    asked = is_question(clean_text(raw[a:b]))
                    continue
                if asked and len(points := answer_points([clean_text(x) for x in raw[a:b].split("\n")])) > 1:
                    for point in points:  # the answer typed one point a line
                        self._add(point, BlockKind.ITEM)
                    continue
                # a lone paragraph, or the lines under a bold heading line, stand on their own
                alone = len(spans) == 1 or len(pieces) > 1
                after = spans[n + 1] if n + 1 < len(spans) else None
                # (the run's last line heads what follows the run: a list or a table)
                heading = len(spans) == 1 or heads_content(raw, after) or (after is None and heads)
                bold_line = is_bold(raw, mask, a, b) and heading
                self._chunk(raw[a:b], run, alone, bold_line, bold_lead(raw, mask, a, b))

    def _chunk(self, chunk: str, run: _Run, alone: bool, bold_line: bool, lead: str | None = None) -> None:
        """One paragraph of a run: a footnote or caption (left out), bullets, an item, a bold heading
        standing alone over content, or a paragraph."""
        text = clean_text(chunk)
        if not text:
            return
        if _FOOTNOTE_START.match(chunk.strip()) or (self.footnote_zone and re.match(r"^\d{1,2}\s?[A-Z]", text)):
            self.dropped["footnote"] = self.dropped.get("footnote", 0) + 1
            return  # a footnote, a comment under its mark (or a figure note "*Data in recent weeks…"): not content
        if _CAPTION.match(text):
            self.dropped["caption"] = self.dropped.get("caption", 0) + 1
            return
        if kind := ("footer" if is_copyright_line(text) else post_chrome(text)):
            self.dropped[kind] = self.dropped.get(kind, 0) + 1
            return
        lines = [clean_text(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1 and sum(bool(_BULLET.match(line)) for line in lines) >= 2:
            for glyph, entry in bulleted_entries(lines):  # lines carrying their own bullets (common in e-mail)
                self._add(entry, BlockKind.ITEM if glyph else BlockKind.PARAGRAPH, bullet=glyph)
            return
        m = None if opens_with_day(text) else _BULLET.match(text) or _MSO_BULLET.match(chunk)  # "20. Januar 2025"
        if m and alone and (len(lines) == 1 or run.list_level):
            glyph = m.group(1)
            self._add(
                clean_text(chunk[m.end() :]) if m.re is _MSO_BULLET else text[m.end() :],
                BlockKind.ITEM,
                level=max(1, run.list_level),
                bullet=glyph,
            )
            return
        if run.list_level:
            self._add(text, BlockKind.ITEM, level=run.list_level)
            return
        # a line in capitals heads what follows it, once the page has begun: the first line may name the report
        begun = self.body_started or self.content.title is not None
        if (bold_line or (alone and begun and in_capitals(text))) and len(lines) == 1 and heading_like(text):
            self._bold_heading(text)
            return
        if not lead and not run.aside and not self.kept and sentence_lines(lines):
            for line in lines:  # a sentence a line, each ended where the writer broke the line: one point each
                self._add(line, BlockKind.PARAGRAPH)
            return
        # a bold run-in label ("Personale:"): the parser judges whether it heads a section
        marks = {"lead": lead} if lead else {}
        if run.aside and text.endswith(run.aside):
            marks["aside"] = run.aside  # set apart in italics: under risks, the parser reads it as the answer
        self._add(text, BlockKind.PARAGRAPH, **marks)

    def _bold_heading(self, text: str) -> None:
        """A bold line taken for a heading; before any text, the page's (or message's) title restated."""
        # the title restated over the report: also below a message's greeting and covering line; and under the
        # name of who posted it, that restates the page title's shorter part ("Office - REPORT NO. 2 | Network")
        longer = self.title_block is not None and len(text) > len(self.content.title or "")
        fresh = self.content.title is None or longer
        if fresh and not self.sections_started and names_page(text, self.page_title, not self.body_started):
            if self.title_block is not None:
                self.title_block.style["masthead"] = True
            self.content.title, self.title_block = text, self.b.add(text, BlockKind.PARAGRAPH, title=True)
            return
        self._add(text, BlockKind.HEADING, level=2 if self.levels else 1, bold=True)

    # -- blocks ---------------------------------------------------------------------------------
    def walk(self, node: LexborNode, depth: int = 0) -> None:
        """Emit the blocks of ``node``'s children in order; inline runs become paragraphs, bold where the
        block's own style sets it so (a mail's heading row: ``<td style="font-weight:bold">``)."""
        # Word/Outlook HTML marks list paragraphs in the style ("mso-list:l0 level2 lfo1").
        m = _MSO_LIST.search(_attr(node, "style"))
        level = int(m.group(1)) if m else 0
        kept, self.kept = self.kept, node.tag in ("p", "li", "dd")  # a paragraph the writer made keeps its lines
        self.walk_children(list(_children(node, text=True)), depth, level, styles_bold(node), set_apart(node))
        self.kept = kept

    def walk_children(
        self, children: list[LexborNode], depth: int, list_level: int = 0, bold: bool = False, aside: str | None = None
    ) -> None:
        run = _Run(list_level=list_level, aside=aside)
        for child in children:
            tag = child.tag
            if child.is_comment_node or tag == "-comment":
                continue
            if tag in ("div", "span") and (title := box_title(child)):
                self._flush_run(run)
                run = _Run(aside=aside)
                self._add(title, BlockKind.HEADING, level=1)  # a box's title over what the box holds
                continue
            if child.is_text_node or (not self._is_block_child(child)):
                self._gather_one(child, run, bold, 0)
                continue
            self._flush_run(run, heads=child.tag in HEADED_BLOCKS)
            run = _Run(aside=aside)
            self.block(child, depth + 1)
        self._flush_run(run)

    def block(self, node: LexborNode, depth: int) -> None:
        tag = node.tag
        if tag == "figure" and holds_table(node):
            self.figure_table(node, depth)
            return
        if tag in DROP_TAGS and tag not in ("nav", "dialog") and not is_callout(node):
            return
        if (kind := furniture_kind(node, self.container_size, self.sections_started)) is not None:
            if node.text(deep=True).strip():
                self.dropped[kind] = self.dropped.get(kind, 0) + 1
            return
        if depth > _MAX_DEPTH or self.nesting > _MAX_DEPTH:
            self._flatten(node)
            return
        self.nesting += 1
        outer, self.align = self.align, aligned(node) or self.align
        try:
            self._block(node, tag, depth)
        finally:
            self.nesting -= 1
            self.align = outer

    def _block(self, node: LexborNode, tag: str, depth: int) -> None:
        if heading_rank(node) or (_attr(node, "role") == "tab" and not _attr(node, "aria-controls")):
            self.heading(node)  # a tab's title over its panel heads it; one in a tab list heads it at the panel
        elif _attr(node, "role") == "tabpanel" and (title := panel_title(node)):
            self._add(title, BlockKind.HEADING, level=2)
            self.walk(node, depth)
        elif tag in LIST_TAGS:
            self.list(node, 1)
        elif tag in ("div", "table", "section") and (cards := figure_cards(node)):
            self.content.tables.append(TableInfo(None, 2, cards, None))
        elif tag == "table":
            self.table(node, depth)
        elif tag == "hr":
            self.footnote_zone = True
        elif tag == "pre" and is_code(node):
            self.dropped["code block"] = self.dropped.get("code block", 0) + 1
        elif tag == "pre":
            for line in node.text(deep=True).split("\n"):
                if clean_text(line):
                    self._add(clean_text(line), BlockKind.LINE)
        elif tag == "dl" and terms_are_sections(node):
            self.terms(node, depth)
        elif tag == "details":
            self.details(node, depth)
        elif tag == "blockquote":
            self.quoted += 1
            self.walk(node, depth)
            self.quoted -= 1
        elif tag == "figcaption" or (tag == "dl" and self._turns(node)):
            return
        elif tag in ("p", "dt", "dd", "address", "summary", "caption"):
            if not self.body_started and _MASTHEAD.search(_attr(node, "class")):
                self.masthead(node)
                return
            if not self.sections_started and TITLE_STYLE.search(_attr(node, "class")):
                self.styled_title(clean_text(node.text(deep=True)))
                return
            self.walk(node, depth)
        elif (
            tag in ("div", "span", "time", "small")
            and _MASTHEAD.search(_attr(node, "class"))
            and (not node.css_first("p, ul, ol, table, h2, h3") or len(node.text(deep=True)) < 200)
        ):
            if not self.body_started:
                self.masthead(node)
        else:
            self.walk(node, depth)

    def styled_title(self, text: str) -> None:
        """The paragraph in the Title style names the report; the lines over it are the page's header."""
        if not text:
            return
        for block in self.b.doc.blocks:
            block.style.update(title=True, masthead=not block.style.get("title"))
        self.content.title = self.content.title or text
        self.b.add(text, BlockKind.PARAGRAPH, title=True)
        self.body_started = False

    def masthead(self, node: LexborNode) -> None:
        """Date line / byline under the title: part of the masthead, not an item."""
        run = _Run()
        self._gather(node, run)
        text = clean_text(run.text())
        if text:
            self.b.add(text, BlockKind.PARAGRAPH, title=True, masthead=True)

    def heading(self, node: LexborNode) -> None:
        if self.content.title and not self.sections_started and _MASTHEAD.search(_attr(node, "class")):
            self.masthead(node)  # a heading styled as the subtitle (or byline) under the title: the masthead's
            return
        run = _Run()
        rest: list[LexborNode] = []
        if self._has_block(node):
            # An unclosed <h2> swallows what follows: its own text is the part before the first block.
            children = list(_children(node, text=True))
            first = next(i for i, c in enumerate(children) if self._is_block_child(c))
            for c in children[:first]:
                if c.is_text_node:
                    run.parts.append(c.text_content or "")
                else:
                    self._gather(c, run)
            rest = children[first:]
        else:
            self._gather(node, run)
        self._heading_text(node, without_edit_link(clean_text(run.text())))
        if rest:
            self.walk_children(rest, 1)

    def _is_block_child(self, c: LexborNode, depth: int = 0) -> bool:
        if c.is_text_node or c.is_comment_node:
            return False
        if c.tag in DROP_TAGS:
            return c.tag in ("nav", "aside", "figure")  # dropped either way; these end a paragraph
        # Unknown tags (Office's <o:p>, custom elements) count as inline unless they hold blocks.
        return c.tag in BLOCK_TAGS or (c.tag != "br" and self._has_block(c, depth))

    def _heading_text(self, node: LexborNode, text: str) -> None:
        if not text:
            return
        rank = heading_rank(node) or 2
        if self.skip_level is not None:
            if rank > self.skip_level:
                return
            self.skip_level = None
        if _SKIP_HEADINGS.match(text):
            self.skip_level = rank
            return
        if _CAPTION.match(text) or captions_figure(node):
            self.pending_caption = text
            return
        restated = self.page_title is not None and text.lower() in self.page_title.lower()
        # a first-rank heading that opens with the page's title, its number or incident after it ("Situation
        # report" over "Situation report 4 – Storm"), names the report even under an export stamp
        extended = rank == 1 and bool(self.page_title) and text.lower().startswith(self.page_title.lower())
        is_title = (
            self.content.title is None
            and not self.sections_started
            # (a first-rank heading under a short line or two, the publication's name, is the title too)
            and ((rank == 1 and (not self.body_started or header_only(self.b))) or restated or extended)
        )
        if is_title:
            self.content.title = text
            mark_header(self.b)
            self.title_block = self.b.add(text, BlockKind.PARAGRAPH, title=True, heading_tag=node.tag)
            return
        self.footnote_zone = False
        self.heading_seen = True
        self._add(text, BlockKind.HEADING, level=self.levels.get(rank, 2), heading_tag=node.tag)
