"""A page's own title, date and author, as its head states them: the ``<title>``, and the date and author its metadata
gives."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from sitroom.extract.html.markup import _COVER_DATE_META, _DATE_META, _attr, clean_text
from sitroom.model import BlockKind, DocumentBuilder

# The title an app gives every page it saves or exports, naming none: "Exported Data" (a chat export), "Untitled
# document", "Document", "New Tab"
_DEFAULT_TITLE = re.compile(
    r"^(?:exported\s+data|(?:chat\s+)?export|untitled(?:\s+(?:document|page|note|post))?|document\d*|new\s+tab"
    r"|sans\s+titre|sin\s+t[íi]tulo|ohne\s+titel|senza\s+titolo|naamloos)$",
    re.I,
)


def head_title(tree: LexborHTMLParser) -> str | None:
    """The page's ``<title>``, unless it is an app's default title for any page."""
    node = tree.css_first("title")
    title = clean_text(node.text()) if node is not None and node.text().strip() else None
    return None if title is None or _DEFAULT_TITLE.match(title) else title


def head_date(tree: LexborHTMLParser) -> str | None:
    """The date the page's metadata gives (a cover date first), or its first ``<time datetime>``."""
    metas: dict[str, str] = {}
    for m in tree.css("meta"):
        key = (_attr(m, "name") or _attr(m, "property")).lower()
        if key and key not in metas and _attr(m, "content").strip():
            metas[key] = _attr(m, "content").strip()
    cover = next((v for k, v in metas.items() if _COVER_DATE_META.search(k)), None)
    if cover:
        return cover
    for key in _DATE_META:
        if key in metas:
            return metas[key]
    node = tree.css_first("time[datetime]")
    return _attr(node, "datetime") or None if node is not None else None


def head_author(tree: LexborHTMLParser) -> str | None:
    """Who the page's metadata says wrote it (``<meta name="author">``)."""
    node = tree.css_first('meta[name="author"]')
    return clean_text(_attr(node, "content")) or None if node is not None else None


def mark_byline(builder: DocumentBuilder, author: str) -> None:
    """A line above the first heading giving only the page's author, as its metadata names them, is the byline
    under the title: the masthead's, not a point."""
    for block in builder.doc.blocks:
        if block.kind is BlockKind.HEADING:
            return
        if block.text.strip().casefold() == author.casefold():
            block.style.update(title=True, masthead=True)


HEADER_WORDS = 12


def header_only(builder: DocumentBuilder) -> bool:
    """What was read so far is a line or two of a few words each: a page's header, over its title."""
    blocks = builder.doc.blocks
    return 0 < len(blocks) <= 2 and all(len(b.text.split()) <= HEADER_WORDS for b in blocks)


def mark_header(builder: DocumentBuilder) -> None:
    """The short lines read so far, over the page's title (the publication's name, a date), are its header."""
    for block in builder.doc.blocks:
        if len(block.text.split()) <= HEADER_WORDS:
            block.style.update(title=True, masthead=True)
