"""The foot of a page a site builder adds: its footer named by its class ("footer7", "site-footer"), and the builder's
badge ending the page, a part holding nothing but one short link to the builder's own site ("Website Maker", "Made
with …")."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.markup import _attr, clean_text

# a class naming the page's footer: "footer", "footer7", "site-footer", "footer-widgets"
_FOOTER_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*[-_])?footer(?:\d+|[-_][\w-]*)?(?:\s|$)", re.I)
# a badge's link is a few words, and the part holding it little more
BADGE_WORDS = 4
BADGE_CHARS = 60


def is_footer_part(node: LexborNode) -> bool:
    """A division or section whose class names it the page's footer."""
    return node.tag in ("div", "section") and _FOOTER_CLASS.search(_attr(node, "class")) is not None


def is_builder_badge(node: LexborNode) -> bool:
    """A part after the page's content holding nothing but one short link to another site: the site builder's badge
    or credit, not the report's."""
    if node.tag not in ("section", "div", "p"):
        return False
    text = clean_text(node.text(deep=True)).replace("\u200c", "").strip()
    if not text or len(text) > BADGE_CHARS:
        return False
    links = [a for a in node.css("a") if clean_text(a.text(deep=True)).strip()]
    if len(links) != 1:
        return False
    label = clean_text(links[0].text(deep=True)).strip()
    href = _attr(links[0], "href").lower()
    outbound = href.startswith(("http://", "https://")) and not label.startswith(("http", "www."))
    return label == text and len(label.split()) <= BADGE_WORDS and outbound and _ends_page(node)


def _ends_page(node: LexborNode) -> bool:
    """Nothing the reader sees follows ``node`` on the page: no text after it, in it or in any part around it."""
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("body", "html"):
        sib = cur.next
        while sib is not None:
            if sib.tag not in ("script", "style", "noscript", "-comment") and clean_text(sib.text(deep=True)).strip():
                return False
            sib = sib.next
        cur = cur.parent
    return True
