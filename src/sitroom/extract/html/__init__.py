"""Web pages: the main content only (no menus, footers, share widgets) as headings, items and paragraphs.

Saved pages are mostly site chrome: a saved news page can hold a few hundred menu ``<li>`` around
a dozen real bullets. So the extractor first picks the element that holds the
prose (a semantic container such as ``<main>`` or ``#primary`` when it holds most of the prose,
otherwise the densest block), drops navigation-like parts inside it, then walks it in document
order. Footnote markers (``<sup>2</sup>``), figure captions and footnotes are left out because a
reader does not count them as content; number tables go to ``Document.tables``.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.html.captions import drop_picture_captions
from sitroom.extract.html.chrome import _inside_chrome, find_main, furniture_kind
from sitroom.extract.html.fieldlists import head_field_lists
from sitroom.extract.html.markup import (
    _CAPTION,
    _CHARSET,
    HEADING_SELECTOR,
    HTML_SUFFIXES,
    HtmlContent,
    captions_figure,
    clean_text,
    heading_rank,
)
from sitroom.extract.html.pagemeta import head_author, head_date, head_title, mark_byline
from sitroom.extract.html.postheads import drop_post_heads
from sitroom.extract.html.stylesheet import break_kept_lines, inline_bold_classes
from sitroom.extract.html.unseen import drop_unseen, open_panels
from sitroom.extract.html.walker import _Walker
from sitroom.extract.htmldepth import MAX_NESTING, flatten_deep_nesting
from sitroom.extract.rowtable import is_question, is_row_label
from sitroom.extract.text import check_is_text, decode_text
from sitroom.model import Document, DocumentBuilder

__all__ = [
    "HtmlContent",
    "HtmlExtractor",
    "clean_text",
    "decode_html",
    "find_main",
    "html_to_blocks",
    "is_label_table_body",
]
# A body laid out as a table of labels beside their values: this many such rows at least, holding this
# share of the body's text.
LABEL_ROWS = 3
LABEL_SHARE = 0.5


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


def _heading_levels(container: LexborNode, title_rank: int | None) -> dict[int, int]:
    """Map the h-tags used for body headings to levels 1 (top) and 2 (below)."""
    used = sorted(
        {
            heading_rank(h) or 2
            for h in container.css(HEADING_SELECTOR)
            if not _CAPTION.match(clean_text(h.text())) and not captions_figure(h)
        }
    )
    if title_rank is not None and used and used[0] == title_rank and len(container.css(f"h{title_rank}")) <= 1:
        used = used[1:]
    return {rank: (1 if i == 0 else 2) for i, rank in enumerate(used)}


def html_to_blocks(
    builder: DocumentBuilder, html: str, source: str, *, main_only: bool = True, title: str | None = None
) -> HtmlContent:
    """Add the blocks of a page to ``builder``; return its title, date, tables and warnings.

    ``main_only`` picks the main content container first (web pages); e-mail bodies pass False
    because everything in them is content, and their subject as ``title`` (the page's own title
    when it has none), so a body restating it over the text is read as the title.
    """
    html, flattened = flatten_deep_nesting(html)
    tree = LexborHTMLParser(html)
    if tree.body is None or not tree.body.text(deep=True).strip():
        raise EmptyDocument(source, "the page has no text")
    inline_bold_classes(tree)
    break_kept_lines(tree)
    content = HtmlContent(date=head_date(tree))
    if flattened:
        content.warnings.append(f"{flattened:,} elements nested deeper than {MAX_NESTING} were flattened")
    if opened := open_panels(tree):
        content.warnings.append(f"{opened} collapsed section(s) opened and read")
    if unseen := drop_unseen(tree):
        content.warnings.append(f"{unseen} part(s) of the page no reader sees left out")
    if fields := head_field_lists(tree):
        content.warnings.append(f"{fields} list(s) of labelled fields read as sections")
    page_title = head_title(tree) or title
    container = _main(tree) if main_only else tree.body
    if container is None:
        raise EmptyDocument(source, "the page has no body")
    if captions := drop_picture_captions(container):
        content.warnings.append(f"{captions} picture caption(s) left out")
    # An <h1> just outside the chosen container (a page header above the article) is still the title; one in a link
    # (the site's name beside its logo, linking home) names the site.
    h1 = container.css_first("h1") or next((h for h in tree.body.css("h1") if not _in_link(h)), None)
    title_rank = 1 if h1 is not None else None
    walker = _Walker(builder, content, page_title, _heading_levels(container, title_rank))
    if h1 is not None and container.css_first("h1") is None and not _inside_chrome(h1):
        walker.heading(h1)
    walker.container_size = len(container.text(deep=True)) or 1
    walker.walk(container)
    if heads := drop_post_heads(builder.doc.blocks):
        content.warnings.append(f"{heads} line(s) of the posts' heads left out")
    if author := head_author(tree):
        mark_byline(builder, author)
    if container is not tree.body:
        _count_outside(container, walker.container_size, walker.dropped)
    content.warnings.extend(f"{n} {kind}(s) left out" for kind, n in sorted(walker.dropped.items()))
    if content.title is None:
        content.title = page_title
    return content


def _in_link(node: LexborNode) -> bool:
    anc = node.parent
    while anc is not None and anc.tag not in ("body", "html"):
        if anc.tag == "a":
            return True
        anc = anc.parent
    return False


# a leaf of prose holding less than this share of the page's text is one part of the content, not all of it
LEAF_SHARE = 1 / 3


def _main(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the main content (``find_main``); but where the only prose found is a line broken in a
    division (no paragraph, no list, no heading in it) among the plain divisions of a form's rows, holding little of
    the page's text, the content is the page's: its ``<main>`` where it names one."""
    container, body = find_main(tree), tree.body
    if container is None or body is None or container.css_first("p, li, dd, table, h1, h2, h3, h4") is not None:
        return container
    if len(container.text(deep=True)) >= LEAF_SHARE * len(body.text(deep=True)):
        return container
    return body.css_first("main, [role=main]") or body


def _count_outside(container: LexborNode, size: int, dropped: dict[str, int]) -> None:
    """Count the parts of the page around the main content, by what they are, for the warnings."""
    node = container
    while node.parent is not None and node.tag != "body":
        for sib in node.parent.iter():
            if sib.mem_id == node.mem_id or sib.tag in ("script", "style", "noscript", "template", "link", "meta"):
                continue
            if not sib.text(deep=True).strip():
                continue
            kind = furniture_kind(sib, size) or "other page part"
            dropped[kind] = dropped.get(kind, 0) + 1
        node = node.parent


def is_label_table_body(html: str) -> bool:
    """The body is mostly one table of labels beside their values (a form's questions beside its answers,
    as a form service e-mails them): a table whose rows, three at least, pair a short label cell with a
    value cell, holding most of the body's text."""
    tree = LexborHTMLParser(html)
    if tree.body is None:
        return False
    total = len(clean_text(tree.body.text(deep=True))) or 1
    for table in tree.body.css("table"):
        if len(table.css("table")) > 1:  # the match includes the table itself
            continue  # a layout table around others; its inner tables are judged on their own
        pairs = 0
        for tr in table.css("tr"):
            cells = [clean_text(c.text(deep=True)) for c in tr.iter() if c.tag in ("td", "th")]
            cells = [c for c in cells if c]
            pairs += len(cells) == 2 and (is_row_label(cells[0]) or is_question(cells[0]))
        if pairs >= LABEL_ROWS and len(clean_text(table.text(deep=True))) >= LABEL_SHARE * total:
            return True
    return False


# A grid of data: rows of this many cells at least, this many rows alike, each cell a few words.
GRID_COLUMNS = 3
GRID_ROWS = 3
GRID_CELL_WORDS = 6


# Headings the HTML gives a body, at least, for it to head the report's sections
MIN_SECTION_HEADINGS = 3


# a line under a heading's name that rules it off, as a mail program's plain text underlines a heading
_RULE = re.compile(r"^\s*[-=_*~]{3,}\s*$")


def heads_sections(html: str, plain: str) -> bool:
    """The body's HTML marks its sections' names as headings (``<h2>``…), three at least, and the plain text beside
    it sets most of them as lines like any other, with no rule under them, no "#" and no capitals of their own: there
    a name over a paragraph reads as one more paragraph."""
    tree = LexborHTMLParser(html)
    if tree.body is None:
        return False
    names = [" ".join(h.text().split()) for h in tree.body.css("h1, h2, h3, h4, h5, h6")]
    if len(names) < MIN_SECTION_HEADINGS:
        return False
    lines = plain.splitlines()
    where = {" ".join(line.split()).casefold(): n for n, line in reversed(list(enumerate(lines)))}

    def marked(name: str) -> bool:
        n = where.get(name.casefold())
        if n is None:
            return True  # set otherwise ("## Summary", "*Summary*"): the plain text marks it its own way
        line = lines[n].strip()
        return (
            line.startswith("#")
            or (line.isupper() and not name.isupper())
            or (n + 1 < len(lines) and _RULE.match(lines[n + 1]) is not None)
        )

    return sum(not marked(name) for name in names) * 2 > len(names)


# a plain part holding less than this share of the words its HTML part shows is a stand-in for it
STUB_SHARE = 0.25
STUB_HTML_WORDS = 40


def says_more(html: str, plain: str) -> bool:
    """The HTML part shows far more than the plain text beside it, a stand-in the sending program wrote ("This
    report is best viewed in an HTML-enabled email client."): the message is its HTML."""
    body = LexborHTMLParser(html).body
    if body is None:
        return False
    shown = len(body.text(separator=" ").split())
    return shown >= STUB_HTML_WORDS and len(plain.split()) < STUB_SHARE * shown


def has_data_grid(html: str) -> bool:
    """The body holds a table of data (a header row and rows of figures or statuses, cells of a few words,
    three rows of three cells or more alike): a plain-text rendering of it runs its cells together."""
    tree = LexborHTMLParser(html)
    if tree.body is None:
        return False
    for table in tree.body.css("table"):
        if len(table.css("table")) > 1:
            continue  # a layout table around others
        widths: list[int] = []
        for tr in table.css("tr"):
            cells = [clean_text(c.text(deep=True)) for c in tr.iter() if c.tag in ("td", "th")]
            if len(cells) >= GRID_COLUMNS and all(len(c.split()) <= GRID_CELL_WORDS for c in cells):
                widths.append(len(cells))
        if any(widths.count(w) >= GRID_ROWS for w in set(widths)):
            return True
    return False


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
