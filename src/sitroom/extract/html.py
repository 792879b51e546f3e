"""Web pages: the main content only (no menus, footers, share widgets) as headings, items and paragraphs.

Saved pages are mostly site chrome: the WHO outbreak-news pages in the corpus hold a few hundred
menu ``<li>`` around ~15 real bullets. So the extractor first picks the element that holds the
prose (a semantic container such as ``<main>`` or ``#primary`` when it holds most of the prose,
otherwise the densest block), drops navigation-like parts inside it, then walks it in document
order. Footnote markers (``<sup>2</sup>``), figure captions and footnotes are left out because a
reader does not count them as content; number tables go to ``Document.tables``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.htmldepth import MAX_NESTING, flatten_deep_nesting
from sitroom.extract.text import check_is_text, decode_text
from sitroom.model import BlockKind, Document, DocumentBuilder, TableInfo

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

INLINE_TAGS = frozenset(
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
        "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip
# Never content: dropped wherever they are.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
        "audio", "map", "button", "select", "input", "textarea", "nav", "aside", "head", "link", "meta",
        "figure", "picture",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend",
    }
)  # fmt: skip
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS = frozenset({"ul", "ol", "menu"})
# A class/id token that starts or ends with one of these words ("share-buttons", "site-nav",
# "addthis_inline_share_toolbox" does not end with it, so "addthis" is listed). Words in the middle
# ("template_sidebar-marginal", a page layout class) do not count.
_BOILERPLATE = re.compile(
    r"(?:^|\s)(?:(?:share|sharing|social|related|breadcrumbs?|nav|navbar|navigation|menu|menubar|sidebar|"
    r"comments?|cookies?|subscribe|newsletter|pagination|pager|skip|addthis|toolbar|pageactions|print|"
    r"languages?|language-?selector)(?:[-_]\S*)?|\S*[-_](?:share|sharing|social|related|breadcrumbs?|nav|"
    r"navbar|navigation|menu|menubar|sidebar|comments|cookies|subscribe|newsletter|pagination|pager|"
    r"toolbar|pageactions|languages?))(?:\s|$)",
    re.I,
)
_BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}
)
_MASTHEAD = re.compile(
    r"(?:^|[-_\s])(?:meta|dateline|byline|date|posted|published|timestamp|author)"
    r"(?:[-_\s]|$)",
    re.I,
)
_CAPTION = re.compile(
    r"^(?:figure|fig\.?|table|map|chart|graph|graphic|photo|image|annex\s+figure)\s*\d+[a-z]?\s*[:.\-–—]",
    re.I,
)
_SKIP_HEADINGS = re.compile(
    r"^(?:related(?: links| articles| content| stories| news| pages| resources)?|share(?: this)?"
    r"(?: page| article| story)?|more on this topic|you may also like|read more)\s*:?$",
    re.I,
)
_BULLET = re.compile(r"^\s*([•·▪●◦‣∙○■□➢➤►▶✓✔\-–—*]|\d{1,2}[.)])\s+")
_MSO_LIST = re.compile(r"mso-list:\s*\S+\s+level(\d)", re.I)
# Word's HTML writes the bullet as text: "·" (Symbol font) or "o" (Courier New) and a run of spaces.
_MSO_BULLET = re.compile(r"^\s*([·•▪§o\uf0b7\uf0a7]|\d{1,2}[.)]|[a-z][.)])[\s\u00a0]{2,}")
_FOOTNOTE_START = re.compile(r"^(?:\x00|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]|\*(?=[^\s*])|\[\d+\])")
_NUMERIC_CELL = re.compile(r"^[\s\d.,%()+\-–—/:$€£₱#]*\d[\s\d.,%()+\-–—/:$€£₱#a-zA-Z]{0,3}$")
_SUP_MARKER = re.compile(r"^\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[*†‡§a-z]{1,2})\s*$")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_DATE_META = (
    "webit_cover_date",
    "dc.date",
    "dcterms.date",
    "date",
    "article:published_time",
    "citation_date",
    "dc.date.issued",
    "publication_date",
    "dc.date.published",
)
_MAX_DEPTH = 150  # deeper nesting is flattened rather than recursed into


def decode_html(data: bytes, source: str) -> str:
    """Decode a page: UTF-8 when the bytes are valid UTF-8, else the declared charset, else a guess."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:4096])
    if m:
        label = m.group(1).decode("ascii", "replace").lower()
        # Browsers read these labels as windows-1252 (WHATWG encoding standard), and so do we.
        if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
            label = "cp1252"
        try:
            return data.decode(label, errors="replace")
        except LookupError:
            pass
    return decode_text(data, source)


def clean_text(text: str) -> str:
    """Normalise spaces (``&nbsp;`` included), drop footnote-marker sentinels, collapse whitespace."""
    text = _SPACES.sub(" ", text.replace("\u200b", "").replace("\ufeff", ""))
    # A dropped marker right before punctuation leaves "September ." otherwise.
    text = re.sub(r"\s*\x00\s*(?=[.,;:!?)])", "", text)
    text = text.replace("\x00", "")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(slots=True)
class HtmlContent:
    """What a page states about itself besides its blocks."""

    title: str | None = None
    date: str | None = None
    tables: list[TableInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Run:
    """Inline text gathered from a block: the text, and how much of it is bold."""

    parts: list[str] = field(default_factory=list)
    bold: int = 0
    list_level: int = 0  # > 0 when the markup says this paragraph is a list entry (Word HTML)

    def text(self) -> str:
        return "".join(self.parts)


def _attr(node: LexborNode, name: str) -> str:
    return (node.attributes.get(name) or "") if node.attributes else ""


def _is_boilerplate(node: LexborNode) -> bool:
    """Menus, share widgets, related-links boxes and hidden parts, by their markup."""
    if _attr(node, "role").lower() in _BOILERPLATE_ROLES:
        return True
    if _attr(node, "aria-hidden").lower() == "true" or "hidden" in (node.attributes or {}):
        return True
    if re.search(r"display\s*:\s*none", _attr(node, "style"), re.I):
        return True
    return bool(_BOILERPLATE.search(_attr(node, "class")) or _BOILERPLATE.search(_attr(node, "id")))


def _children(node: LexborNode, text: bool = False):
    return node.iter(include_text=text)


def _prose_length(p: LexborNode) -> int:
    """Characters of a paragraph that are not link text (menus are all links)."""
    total = len(p.text(deep=True).strip())
    links = sum(len(a.text(deep=True).strip()) for a in p.css("a"))
    return max(0, total - links)


def _inside_chrome(node: LexborNode) -> bool:
    anc = node.parent
    while anc is not None and anc.tag not in ("body", "html", "-undef"):
        if anc.tag in ("nav", "footer", "aside", "header") or _attr(anc, "role") in _BOILERPLATE_ROLES:
            return True
        anc = anc.parent
    return False


def find_main(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the main content: the most specific one with most of the page's prose."""
    body = tree.body
    if body is None:
        return None
    prose: dict[int, int] = {}  # mem_id of each paragraph's ancestors → prose inside it
    total = 0
    best, best_score = None, 0.0
    direct: dict[int, float] = {}
    for p in body.css("p"):
        length = _prose_length(p)
        if length < 20 or _inside_chrome(p):
            continue
        total += length
        anc = p.parent
        depth = 0
        while anc is not None and anc.tag != "-undef":
            key = anc.mem_id
            prose[key] = prose.get(key, 0) + length
            if depth < 2:  # readability-style: parent gets it all, grandparent half
                direct[key] = direct.get(key, 0.0) + length / (depth + 1)
                if direct[key] > best_score:
                    best, best_score = anc, direct[key]
            depth += 1
            anc = anc.parent
    if total == 0:
        return body
    selectors = (
        "main",
        "[role=main]",
        "article",
        "#primary",
        "#content",
        "#main",
        "#main-content",
        "#maincontent",
        ".main-content",
        ".article",
        ".post",
        ".entry-content",
        ".story",
    )
    candidates: list[LexborNode] = []
    for sel in selectors:
        candidates.extend(body.css(sel))
    anc = best
    while anc is not None and anc.tag != "-undef":
        candidates.append(anc)
        anc = anc.parent
    candidates.append(body)
    chosen, chosen_size = body, len(body.text(deep=True))
    for c in candidates:
        if prose.get(c.mem_id, 0) >= 0.6 * total:
            size = len(c.text(deep=True))
            if size < chosen_size:
                chosen, chosen_size = c, size
    return chosen


def _page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    return clean_text(node.text()) if node is not None and node.text().strip() else None


def _page_date(tree: LexborHTMLParser) -> str | None:
    metas: dict[str, str] = {}
    for m in tree.css("meta"):
        key = (_attr(m, "name") or _attr(m, "property")).lower()
        if key and key not in metas and _attr(m, "content").strip():
            metas[key] = _attr(m, "content").strip()
    for key in _DATE_META:
        if key in metas:
            return metas[key]
    node = tree.css_first("time[datetime]")
    return _attr(node, "datetime") or None if node is not None else None


class _Walker:
    """Walks the main container in document order and adds blocks to the builder."""

    def __init__(
        self, builder: DocumentBuilder, content: HtmlContent, page_title: str | None, heading_levels: dict[int, int]
    ) -> None:
        self.b = builder
        self.content = content
        self.page_title = page_title
        self.levels = heading_levels
        self.body_started = False
        self.footnote_zone = False
        self.skip_level: int | None = None  # inside a "Related links" part, until a heading this high
        self.pending_caption: str | None = None
        self.container_size = 1
        self.nesting = 0  # block recursion depth across walk/list/table, to flatten absurd nesting

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
            t = child.text_content or ""
            run.parts.append(t)
            n = len(t.strip())
            run.bold += n if bold else 0
        elif tag == "br":
            run.parts.append("\n")
        elif tag == "sup" and _SUP_MARKER.match(child.text(deep=True)):
            run.parts.append("\x00")
        elif tag in DROP_TAGS or tag in ("img", "-comment") or child.is_comment_node:
            return
        elif tag == "hr":
            run.parts.append("\n\n")
        else:
            self._gather(child, run, bold or tag in ("b", "strong"), depth + 1)

    def _has_block(self, node: LexborNode, depth: int = 0) -> bool:
        return depth <= _MAX_DEPTH and any(self._is_block_child(c, depth + 1) for c in _children(node))

    # -- emitting -------------------------------------------------------------------------------
    def _add(self, text: str, kind: BlockKind, level: int = 1, bullet: str | None = None, **style) -> None:
        if self.skip_level is not None:
            return
        if kind != BlockKind.HEADING and not style.get("title"):
            self.body_started = True
        self.b.add(text, kind, level=level, bullet=bullet, **style)

    def _flush_run(self, run: _Run) -> None:
        raw = run.text()
        if not raw.strip(" \t\r\n\x00"):
            return
        chunks = [c for c in re.split(r"\n[ \t\u00a0\x00]*\n", raw) if c.strip()]
        for chunk in chunks:
            text = clean_text(chunk)
            if not text:
                continue
            if _FOOTNOTE_START.match(chunk.strip()) or (self.footnote_zone and re.match(r"^\d{1,2}\s?[A-Z]", text)):
                continue  # a footnote (or a figure note "*Data in recent weeks…"): not content
            if _CAPTION.match(text):
                continue
            lines = [clean_text(line) for line in chunk.split("\n")]
            lines = [line for line in lines if line]
            if len(lines) > 1 and sum(bool(_BULLET.match(line)) for line in lines) >= 2:
                self._bulleted_lines(lines)
                continue
            m = _BULLET.match(text) or _MSO_BULLET.match(chunk)
            if m and len(chunks) == 1 and (len(lines) == 1 or run.list_level):
                glyph = m.group(1)
                self._add(
                    clean_text(chunk[m.end() :]) if m.re is _MSO_BULLET else text[m.end() :],
                    BlockKind.ITEM,
                    level=max(1, run.list_level),
                    bullet=glyph,
                )
                continue
            if run.list_level:
                self._add(text, BlockKind.ITEM, level=run.list_level)
                continue
            if self._is_bold_heading(run, text, len(chunks)):
                level = 2 if self.levels else 1
                self._add(text, BlockKind.HEADING, level=level, bold=True)
                continue
            self._add(text, BlockKind.PARAGRAPH)

    def _bulleted_lines(self, lines: list[str]) -> None:
        """Lines joined by <br> that carry their own bullet glyphs (common in e-mail): one item each."""
        items: list[tuple[str | None, str]] = []
        for line in lines:
            m = _BULLET.match(line)
            if m:
                items.append((m.group(1), line[m.end() :]))
            elif items and items[-1][0] is not None:
                items[-1] = (items[-1][0], items[-1][1] + " " + line)
            else:
                items.append((None, line))
        for glyph, text in items:
            self._add(text, BlockKind.ITEM if glyph else BlockKind.PARAGRAPH, bullet=glyph)

    @staticmethod
    def _is_bold_heading(run: _Run, text: str, chunks: int) -> bool:
        visible = len(re.sub(r"\s", "", text))
        return (
            chunks == 1
            and visible > 0
            and run.bold >= 0.95 * visible
            and len(text) <= 100
            and len(text.split()) <= 12
            and not text.endswith((".", ",", ";"))
        )

    # -- blocks ---------------------------------------------------------------------------------
    def walk(self, node: LexborNode, depth: int = 0) -> None:
        """Emit the blocks of ``node``'s children in order; inline runs become paragraphs."""
        # Word/Outlook HTML marks list paragraphs in the style ("mso-list:l0 level2 lfo1").
        m = _MSO_LIST.search(_attr(node, "style"))
        self.walk_children(list(_children(node, text=True)), depth, int(m.group(1)) if m else 0)

    def walk_children(self, children: list[LexborNode], depth: int, list_level: int = 0) -> None:
        run = _Run()
        run.list_level = list_level
        for child in children:
            tag = child.tag
            if child.is_comment_node or tag == "-comment":
                continue
            if child.is_text_node or (not self._is_block_child(child)):
                self._gather_one(child, run, False, 0)
                continue
            self._flush_run(run)
            run = _Run()
            self.block(child, depth + 1)
        self._flush_run(run)

    def block(self, node: LexborNode, depth: int) -> None:
        tag = node.tag
        if tag in DROP_TAGS:
            return
        # A layout class that happens to match ("has-sidebar") must not drop most of the page.
        if (
            tag not in ("tr", "td", "th", "li")
            and _is_boilerplate(node)
            and (len(node.text(deep=True)) < 0.3 * self.container_size)
        ):
            return
        if tag in ("footer", "form") and not node.css_first("p"):
            return
        if tag == "header" and not node.css_first("h1, h2"):
            return
        if depth > _MAX_DEPTH or self.nesting > _MAX_DEPTH:
            self._flatten(node)
            return
        self.nesting += 1
        try:
            self._block(node, tag, depth)
        finally:
            self.nesting -= 1

    def _block(self, node: LexborNode, tag: str, depth: int) -> None:
        if tag in HEADING_TAGS:
            self.heading(node)
        elif tag in LIST_TAGS:
            self.list(node, 1)
        elif tag == "table":
            self.table(node, depth)
        elif tag == "hr":
            self.footnote_zone = True
        elif tag == "pre":
            for line in node.text(deep=True).split("\n"):
                if clean_text(line):
                    self._add(clean_text(line), BlockKind.LINE)
        elif tag == "figcaption":
            return
        elif tag in ("p", "dt", "dd", "address", "summary", "caption"):
            if not self.body_started and _MASTHEAD.search(_attr(node, "class")):
                self.masthead(node)
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

    def masthead(self, node: LexborNode) -> None:
        """Date line / byline under the title: part of the masthead, not an item."""
        run = _Run()
        self._gather(node, run)
        text = clean_text(run.text())
        if text:
            self.b.add(text, BlockKind.PARAGRAPH, title=True, masthead=True)

    def heading(self, node: LexborNode) -> None:
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
        self._heading_text(node, clean_text(run.text()))
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
        rank = HEADING_TAGS[node.tag]
        if self.skip_level is not None:
            if rank > self.skip_level:
                return
            self.skip_level = None
        if _SKIP_HEADINGS.match(text):
            self.skip_level = rank
            return
        if _CAPTION.match(text) or self._captions_figure(node):
            self.pending_caption = text
            return
        is_title = (
            self.content.title is None
            and not self.body_started
            and (rank == 1 or (self.page_title is not None and text.lower() in self.page_title.lower()))
        )
        if is_title:
            self.content.title = text
            self.b.add(text, BlockKind.PARAGRAPH, title=True, heading_tag=node.tag)
            return
        self.footnote_zone = False
        self._add(text, BlockKind.HEADING, level=self.levels.get(rank, 2), heading_tag=node.tag)

    @staticmethod
    def _captions_figure(node: LexborNode) -> bool:
        """An <h4> right before an image with no text of its own is that image's caption."""
        sib = node.next
        while sib is not None and (
            (sib.is_text_node and not (sib.text_content or "").strip()) or sib.is_comment_node or sib.tag == "-comment"
        ):
            sib = sib.next
        if sib is None or sib.is_text_node:
            return False
        if sib.tag in ("img", "figure", "picture", "svg"):
            return True
        return bool(sib.css_first("img, svg, picture")) and len(sib.text(deep=True).strip()) < 40

    def _flatten(self, node: LexborNode) -> None:
        run = _Run()
        run.parts.append(node.text(deep=True))
        self._flush_run(run)

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
        if self._is_menu(node, items):
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
            text = clean_text(run.text().replace("\n", " "))
            glyph = f"{number}." if ordered else "•"
            m = _BULLET.match(text)
            if m:  # a glyph typed into the text ("–\tEbola virus…") duplicates the list bullet
                glyph, text = m.group(1), text[m.end() :]
            if text:
                self._add(text, BlockKind.ITEM, level=level, bullet=glyph)
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
            elif child.tag == "sup" and _SUP_MARKER.match(child.text(deep=True)):
                run.parts.append("\x00")
            elif child.tag in DROP_TAGS or child.is_comment_node or child.tag in ("img", "-comment"):
                continue
            elif child.tag in INLINE_TAGS:
                self._gather(child, run, child.tag in ("b", "strong"))
            else:
                run.parts.append(" ")
                self._gather_item(child, run, nested, depth + 1)
                run.parts.append(" ")

    @staticmethod
    def _is_menu(node: LexborNode, items: list[LexborNode]) -> bool:
        """A long list of short links only: a menu that slipped into the content."""
        if len(items) < 8:
            return False
        texts = [li.text(deep=True).strip() for li in items]
        total = sum(len(t) for t in texts) or 1
        links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
        return links / total >= 0.9 and total / len(items) < 60

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
        cells = [c for row in rows for c in row]
        ncols = max((len(r) for r in rows), default=0)
        texts = [clean_text(c.text(deep=True)) for c in cells]
        layout = (
            _attr(node, "role").lower() == "presentation"
            or len(rows) <= 1
            or ncols <= 1
            or any(c.css_first("p, ul, ol, div, table, h1, h2, h3, h4") for c in cells)
        )
        values = [t for row in rows for t in (clean_text(c.text(deep=True)) for c in row[1:]) if t]
        numeric = sum(bool(_NUMERIC_CELL.match(t)) for t in values)
        if values and numeric >= 0.4 * len(values) and not any(len(t) > 120 for t in texts):
            self.content.tables.append(TableInfo(None, len(rows), ncols, caption))
            return
        for row in rows:
            filled = [c for c in row if clean_text(c.text(deep=True))]
            if not filled:
                continue
            if len(filled) > 1 and all(c.tag == "th" for c in filled):
                continue  # column headers
            label = clean_text(filled[0].text(deep=True))
            if (
                (not layout or len(filled) > 1)
                and len(filled) > 1
                and len(label) <= 80
                and not label.endswith((".", ";"))
                and not filled[0].css_first("ul, ol, p")
            ):
                self._add(label, BlockKind.HEADING, level=2, row_label=True)
                rest = filled[1:]
            else:
                rest = filled
            for cell in rest:
                self.walk(cell, depth + 1)


def _heading_levels(container: LexborNode, title_rank: int | None) -> dict[int, int]:
    """Map the h-tags used for body headings to levels 1 (top) and 2 (below)."""
    used = sorted(
        {
            HEADING_TAGS[h.tag]
            for h in container.css("h1, h2, h3, h4, h5, h6")
            if not _CAPTION.match(clean_text(h.text())) and not _Walker._captions_figure(h)
        }
    )
    if title_rank is not None and used and used[0] == title_rank and len(container.css(f"h{title_rank}")) <= 1:
        used = used[1:]
    return {rank: (1 if i == 0 else 2) for i, rank in enumerate(used)}


def html_to_blocks(builder: DocumentBuilder, html: str, source: str, *, main_only: bool = True) -> HtmlContent:
    """Add the blocks of a page to ``builder``; return its title, date, tables and warnings.

    ``main_only`` picks the main content container first (web pages); e-mail bodies pass False
    because everything in them is content.
    """
    html, flattened = flatten_deep_nesting(html)
    tree = LexborHTMLParser(html)
    if tree.body is None or not tree.body.text(deep=True).strip():
        raise EmptyDocument(source, "the page has no text")
    content = HtmlContent(date=_page_date(tree))
    if flattened:
        content.warnings.append(f"{flattened:,} elements nested deeper than {MAX_NESTING} were flattened")
    page_title = _page_title(tree)
    container = find_main(tree) if main_only else tree.body
    if container is None:
        raise EmptyDocument(source, "the page has no body")
    # An <h1> just outside the chosen container (a page header above the article) is still the title.
    h1 = container.css_first("h1") or tree.body.css_first("h1")
    title_rank = 1 if h1 is not None else None
    walker = _Walker(builder, content, page_title, _heading_levels(container, title_rank))
    if h1 is not None and container.css_first("h1") is None and not _inside_chrome(h1):
        walker.heading(h1)
    walker.container_size = len(container.text(deep=True)) or 1
    walker.walk(container)
    if content.title is None:
        content.title = page_title
    return content


def looks_like_html(head: bytes) -> bool:
    """True when the bytes start (after a BOM, XML declaration, comments, spaces) with HTML markup."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    start = re.sub(rb"^(<\?xml[^>]*>|<!--.*?-->|\s)+", b"", start[:2048], flags=re.S)
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title"))


class HtmlExtractor:
    """HTML pages and fragments; the main content only."""

    name = "html"

    def score(self, head: bytes, filename: str) -> float:
        lower = filename.lower()
        if looks_like_html(head):
            return 0.9
        probe = head[:4096].lower()
        has_tags = b"<html" in probe or b"<body" in probe or b"<p>" in probe or b"<div" in probe
        if lower.endswith(HTML_SUFFIXES):
            # A name alone is a weak hint; with no markup at all the text extractor reads it better.
            return 0.7 if has_tags else (0.3 if b"<" in probe else 0.0)
        return 0.4 if b"<html" in probe and b"<body" in probe else 0.0

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        text = decode_html(data, source)
        check_is_text(text, source)
        if "<" not in text:
            raise CorruptDocument(source, "no HTML markup in the file")
        builder = DocumentBuilder(source, "html")
        content = html_to_blocks(builder, text, source)
        doc = builder.build()
        if not any(not b.style.get("title") for b in doc.blocks):
            raise EmptyDocument(source, "no main content text found in the page")
        doc.title = content.title
        doc.tables = content.tables
        doc.warnings.extend(content.warnings)
        if content.date:
            doc.meta["date"] = content.date
        return doc
