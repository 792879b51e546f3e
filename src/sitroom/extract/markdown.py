"""Markdown read as Markdown: a CommonMark parse (markdown-it-py) turned into headings and items.

- YAML front matter is metadata (``title``, ``date``/``published``), never an item.
- ATX and setext headings keep their level, made relative to the top level used in the body.
- Each paragraph is one block however many source lines it spans; each list entry is one item
  (its further paragraphs joined to it), nested lists one level deeper. A paragraph or entry set all in
  bold ("**Risks**") says so in its style: the parser reads a bold label over nested entries as a heading.
- Links and emphasis give their text; images, inline HTML tags and Liquid/Jekyll tags
  (``{% include … %}``, ``{{ … }}``) and Kramdown attribute lists (``{: .lead}``) give none.
- Fenced and indented code blocks are not items; GFM tables go to ``Document.tables``.
- Extension syntax is read as the static-site generators render it (``mdsyntax``): admonition titles are
  headings over their content, table-of-contents markers and footnote definitions are left out; a
  heading's attribute list ("Risks {#risks}") and footnote references ("…[^1]") are not text.
What is left out is counted in ``Document.warnings``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from markdown_it.token import Token

from sitroom.errors import EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.chat import strip_chat
from sitroom.extract.columns import Column, column_roles, section_rows
from sitroom.extract.details import details_table
from sitroom.extract.frontmatter import front_matter, meta_date
from sitroom.extract.mdlines import (
    all_strong,
    chat_head,
    html_aside,
    html_table,
    html_text,
    is_field_paragraph,
    is_nick,
    is_picture_caption,
    is_table_caption,
    jumps_in_page,
    links_elsewhere,
    page_footer,
    set_apart,
)
from sitroom.extract.mdparser import markdown_parser
from sitroom.extract.mdsyntax import ADMONITION_TITLE, FOLDED_POINT, page_properties, rewrite
from sitroom.extract.text import check_is_text, decode_text
from sitroom.model import BlockKind, Document, DocumentBuilder, TableInfo
from sitroom.text.months import opens_with_day
from sitroom.text.turns import has_turns, is_record, speaker

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx")  # MDX: Markdown with components
# Liquid (Jekyll) tags and outputs, and Kramdown inline attribute lists: template syntax, not text.
_LIQUID_BLOCK = re.compile(r"\{%-?\s*(comment|raw)\s*-?%\}.*?\{%-?\s*end\1\s*-?%\}", re.S)
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
# a button a site generator's shortcode draws ("{{< button href=… >}}Check all stoppages{{< /button >}}"): a link
# to another page, its label no text of the page
_BUTTON = re.compile(r"\{\{[<%]\s*(button|btn|cta)\b[^}]*[>%]\}\}.*?\{\{[<%]\s*/\1\s*[>%]\}\}", re.S | re.I)
_KRAMDOWN_IAL = re.compile(r"\{:[^}\n]*\}")
# A heading's attribute list (Pandoc, Hugo, kramdown, MkDocs attr_list): "Risks {#risks}", "{.class #id}", "{-}".
_HEADING_ATTRS = re.compile(r"\s*\{:?(?:\s*(?:[#.][\w:.-]+|-|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+)))+\s*\}$")
# A footnote reference ("…home.[^1]") or a Pandoc inline note ("^[text]"): a mark, not the item's text.
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]|\^\[[^\]]*\]")
# A bullet glyph typed at the head of a line, with its space: "• Library open until 18:00."
_TYPED_BULLET = re.compile(r"^[•◦▪‣●]\s+")


def inline_text(tok: Token) -> str:
    """The reader's text of an inline token: link and emphasis text kept, images and HTML tags dropped."""
    return " ".join(" ".join(inline_lines(tok)).split())


def inline_lines(tok: Token) -> list[str]:
    """The reader's text of an inline token, one string per source line."""
    parts: list[str] = []
    for child in tok.children or ():
        t = child.type
        if t == "image":
            continue
        if t == "html_inline":
            # An inline <img>, <br> or <span>: the tag is markup; a <!-- comment --> hides its text.
            # A chat log's "<alice>" opening a line is no HTML element: it names the speaker.
            if (not parts or parts[-1].endswith("\n")) and is_nick(child.content):
                parts.append(child.content)
            continue
        if t == "text":
            parts.append(_FOOTNOTE_REF.sub("", child.content))
        elif t == "code_inline":
            parts.append(child.content)
        elif t in ("softbreak", "hardbreak"):
            parts.append("\n")
    text = _KRAMDOWN_IAL.sub("", "".join(parts))
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _typed_list(tok: Token) -> tuple[tuple[str, bool] | None, list[str]] | None:
    """A paragraph whose lines after the first each open with a bullet glyph ("• …") is a list typed by hand
    with no blank line around it, as chat exports write one: its entries, and the first line (with whether
    it is set in bold) when that line heads them rather than opening the list. None for any other paragraph.
    """
    lines = inline_lines(tok)
    if len(lines) < 2 or not all(_TYPED_BULLET.match(line) for line in lines[1:]):
        return None
    entries = [_TYPED_BULLET.sub("", line) for line in lines]
    if _TYPED_BULLET.match(lines[0]):
        return None, entries
    return (lines[0], all_strong(tok, first_line_only=True)), entries[1:]


def _turns(lines: list[str]) -> list[str]:
    """A paragraph's lines grouped into speaker turns: a line opening with a speaker or a record starts one."""
    turns: list[str] = []
    for line in lines:
        if turns and not (speaker(line) or is_record(line)):
            turns[-1] += " " + line
        else:
            turns.append(line)
    return turns


class _Walk:
    """Walks the token stream once, feeding the builder."""

    def __init__(self, builder: DocumentBuilder, tokens: list[Token], title: str | None = None) -> None:
        self.b, self.tokens, self.title = builder, tokens, title
        levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
        self.top = min(levels) if levels else 1
        self.last_level = self.top - 1
        self.list_depth = 0
        # The open list item's paragraphs, joined into one item when the item closes.
        self.item_parts: list[list[str]] = []
        self.item_bullets: list[str | None] = []
        # Whether each open item's text is all set in bold: a bold label over nested bullets heads them.
        self.item_bold: list[bool] = []
        self.folded: str | None = None  # a point whose detail is folded under it, until that detail comes
        self.item_aside: str | None = None  # its last paragraph's closing line set apart in italics
        self.bullets: list[str | None] = []
        self.dropped: dict[str, int] = {}
        self.quotes = 0  # block quotes open: a chat's replies are quoted under the message
        # Minutes written as speaker turns put one turn on each line of a paragraph.
        self.turns = has_turns(line for t in tokens if t.type == "inline" for line in inline_lines(t))

    def drop(self, what: str) -> None:
        self.dropped[what] = self.dropped.get(what, 0) + 1

    def run(self) -> None:
        toks = self.tokens
        footer = page_footer(toks)
        if footer is not None:
            self.dropped["page footer line"] = sum(t.type == "inline" for t in toks[footer:])
            toks = toks[:footer]
        i = 0
        while i < len(toks):
            t = toks[i]
            typ = t.type
            if typ == "heading_open":
                text = _HEADING_ATTRS.sub("", inline_text(toks[i + 1]))
                self._flush_item()
                self.last_level = int(t.tag[1])
                if text and text == self.title:  # the heading restating the page's title is the title
                    self.b.add(text, BlockKind.PARAGRAPH, title=True)
                    self.title = None
                elif text:
                    self.b.add(text, BlockKind.HEADING, level=max(1, self.last_level - self.top + 1))
                i += 3
                continue
            if typ == "inline" and t.content.startswith(FOLDED_POINT):
                self._unfold()
                self.folded = inline_text(t).lstrip(FOLDED_POINT)
                i += 1
                continue
            if typ != "inline" and typ not in ("paragraph_open", "paragraph_close", "html_block"):
                self._unfold()
            if typ == "inline" and t.content.startswith(ADMONITION_TITLE):
                # An admonition's title: a heading one level below the section it sits in.
                self._flush_item()
                level = min(6, self.last_level + 1) - self.top + 1
                self.b.add(inline_text(t).lstrip(ADMONITION_TITLE), BlockKind.HEADING, level=max(1, level))
                i += 1
                continue
            if typ in ("blockquote_open", "blockquote_close"):
                self.quotes += 1 if typ == "blockquote_open" else -1
            if typ in ("bullet_list_open", "ordered_list_open"):
                self._flush_item()
                self.list_depth += 1
                self.bullets.append("•" if typ == "bullet_list_open" else None)
            elif typ in ("bullet_list_close", "ordered_list_close"):
                self._flush_item()
                self.list_depth -= 1
                self.bullets.pop()
            elif typ == "list_item_open":
                self._flush_item()
                self.item_parts.append([])
                self.item_bold.append(True)
                self.item_bullets.append(self.bullets[-1] or (t.info + "." if t.info else "1."))
            elif typ == "list_item_close":
                self._flush_item()
                self.item_parts.pop()
                self.item_bold.pop()
                self.item_bullets.pop()
            elif typ == "inline":
                lines = inline_lines(t)
                if self.folded and not self.item_parts:
                    # what a point folds away under it, set apart from it ("Treatment: …"): under risks, its answer
                    text, point, self.folded = inline_text(t), self.folded, None
                    self._text(f"{point} {text}", aside=text)
                elif not self.item_parts and is_field_paragraph(lines):
                    for line in lines:
                        self._text(line)
                elif not self.item_parts and links_elsewhere(t):
                    self.drop("link to another page")
                elif not self.item_parts and jumps_in_page(t):
                    self.drop("link within the page")
                elif not self.item_parts and is_table_caption(toks, i):
                    self.drop("table caption")
                elif not self.item_parts and is_picture_caption(toks, i):
                    self.drop("picture caption")
                elif not self.item_parts and (head := chat_head(t)):
                    # a chat message: its writer's name in bold and the time, then what they wrote
                    self._text(head)
                    if len(lines) > 1:
                        self._text(" ".join(lines[1:]))
                elif self.turns and not self.item_parts:
                    for turn in _turns(lines):
                        self._text(turn)
                elif not self.item_parts and (typed := _typed_list(t)):
                    self._typed_list(*typed)
                else:
                    self._text(inline_text(t), all_strong(t), set_apart(t))
            elif typ in ("fence", "code_block"):
                self.drop("code block")
            elif typ == "html_block":
                self._html_block(t.content)
            elif typ == "table_open":
                i = self._table(i)
                continue
            i += 1
        self._unfold()
        self._flush_item()

    def _unfold(self) -> None:
        """A folded point with nothing folded under it is a paragraph of its own."""
        if self.folded:
            self._text(self.folded)
        self.folded = None

    def _text(self, text: str, bold: bool = False, aside: str | None = None) -> None:
        if not text:
            return
        if self.item_parts:
            self.item_parts[-1].append(text)
            self.item_bold[-1] = self.item_bold[-1] and bold
            self.item_aside = aside
        else:
            marks: dict[str, Any] = {"indent": 4 * self.quotes} if self.quotes else {}
            if aside:
                marks["aside"] = aside  # set apart in italics: under risks, the parser reads it as the answer
            self.b.add(text, BlockKind.PARAGRAPH, **({"bold": True} if bold else {}), **marks)

    def _typed_list(self, head: tuple[str, bool] | None, entries: list[str]) -> None:
        """A list typed with bullet glyphs on the lines of one paragraph, under the line that heads it."""
        if head is not None and head[1]:
            # set in bold over the list it heads, a heading one level below the section it sits in
            self.b.add(head[0], BlockKind.HEADING, level=max(1, self.last_level - self.top + 2))
        elif head is not None:
            self._text(head[0])
        for entry in entries:
            self.b.add(entry, BlockKind.ITEM, level=1, bullet="•")

    def _flush_item(self) -> None:
        """Emit the open list item (its paragraphs as one text) before anything nested or following."""
        if not self.item_parts:
            return
        parts = self.item_parts[-1]
        if parts:
            bold: dict[str, Any] = {"bold": True} if self.item_bold[-1] else {}
            if self.item_aside:
                bold["aside"] = self.item_aside
            text, bullet = " ".join(parts), self.item_bullets[-1]
            if bullet and opens_with_day(f"{bullet} {text}"):
                # "8. avgusta 2025": a date written day first, which Markdown takes for a numbered list
                self.b.add(f"{bullet} {text}", BlockKind.PARAGRAPH)
            else:
                self.b.add(text, BlockKind.ITEM, level=max(1, self.list_depth), bullet=bullet, **bold)
            # Written once: nested items and later paragraphs of the entry start blocks of their own.
            parts.clear()
            self.item_bold[-1] = True
            self.item_aside = None

    def _html_block(self, html: str) -> None:
        if html.lstrip().startswith("<!--"):
            return
        if grid := html_table(html):
            # a table written in HTML (a converter writes tables so) is read as a table, cell by cell
            self._grid(grid)
            return
        text = html_text(html)
        if text and (aside := html_aside(html, text)):
            self.drop(aside)
        elif text:
            self._text(text)
        else:
            self.drop("HTML markup block")

    def _table(self, i: int) -> int:
        """A GFM table: counted in ``tables``; cells that hold sentences stay items, and in a risk register
        (Risk | RAG | Mitigation …) each row is one risk item carrying its mitigation cell."""
        grid: list[list[str]] = []
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].type != "table_close":
            tok = self.tokens[j]
            if tok.type == "tr_open":
                grid.append([])
            elif tok.type == "inline" and self.tokens[j - 1].type in ("th_open", "td_open") and grid:
                grid[-1].append(inline_text(tok))
            j += 1
        self._grid(grid)
        return j + 1

    def _grid(self, grid: list[list[str]]) -> None:
        """A table's rows, its first the header: counted in ``tables``; see ``_table``. A details table's fields
        ("Date | Monday 11 May 2026") go to the masthead, left out and counted."""
        if (details := details_table(grid)) is not None:
            for line in details.masthead_lines():
                self.b.add(line, BlockKind.PARAGRAPH, title=True, masthead=True, field=True)
            self.dropped["details table field"] = self.dropped.get("details table field", 0) + len(details.fields)
            return
        roles = column_roles(grid[0]) if grid else None
        sections = section_rows(grid) if roles is None else None
        named = None
        for label, text in sections or ():
            # a table of sections: each name over the updates beside it and under it, one level under the heading
            if label and label != named:
                self.b.add(label, BlockKind.HEADING, level=max(1, self.last_level - self.top + 2), in_table=True)
            named = label or named
            self.b.add(text, BlockKind.ITEM, in_table=True)
        for row in grid[1:] if sections is None else ():
            if roles is not None:
                risk = " ".join(t for t, r in zip(row, roles, strict=False) if r is Column.RISK and t)
                mitigation = " ".join(t for t, r in zip(row, roles, strict=False) if r is Column.MITIGATION and t)
                if risk:
                    self.b.add(risk, BlockKind.ITEM, mitigation=mitigation or None, in_table=True)
                continue
            for text in row:
                if len(text.split()) >= 6 and re.search(r"[^\W\d_]{3}", text):
                    self.b.add(text, BlockKind.PARAGRAPH, in_table=True)
        self.b.doc.tables.append(TableInfo(None, len(grid), max((len(r) for r in grid), default=0)))


class MarkdownExtractor:
    """Markdown files (CommonMark, GFM tables, Jekyll/Kramdown front matter and tags)."""

    name = "markdown"

    def score(self, head: bytes, filename: str) -> float:
        return 0.6 if filename.lower().endswith(MARKDOWN_SUFFIXES) else 0.0

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        text = decode_text(data, source)
        check_is_text(text, source)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        meta, body, warning = front_matter(text)
        if not meta:
            meta, body = page_properties(body)
        buttons = len(_BUTTON.findall(body))
        body = _BUTTON.sub("", body)
        body, left_out = rewrite(body)  # (before the template tags go: a hint box is marked by them)
        liquid = len(_LIQUID.findall(body))
        body = _LIQUID.sub("", _LIQUID_BLOCK.sub("", body))
        # A line holding only a Kramdown attribute list belongs to the block above: remove it.
        body = re.sub(r"(?m)^[ \t]*\{:[^}\n]*\}[ \t]*$", "", body)
        tokens = markdown_parser().parse(body)
        builder = DocumentBuilder(source, "md")
        walk = _Walk(builder, tokens, str(meta["title"]).strip() if meta.get("title") else None)
        walk.run()
        doc = builder.build()
        title = meta.get("title")
        doc.title = str(title).strip() if title else None
        strip_chat(doc)  # a chat channel's post saved as Markdown: the post, not the app's lines around it
        if meta:
            doc.meta["front_matter"] = {k: str(v) for k, v in meta.items()}
        if d := meta_date(meta):
            doc.meta["date"] = d
        if warning:
            doc.warnings.append(warning)
        if liquid:
            doc.warnings.append(f"{liquid} template tag(s) left out")
        if buttons:
            doc.warnings.append(f"{buttons} button(s) left out")
        for what, n in (left_out + Counter(walk.dropped)).items():
            doc.warnings.append(f"{n} {what}(s) left out")
        if not doc.blocks:
            raise EmptyDocument(source, "the Markdown file holds no text")
        return doc
