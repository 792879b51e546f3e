"""A picture's caption set beside it without ``<figure>``: a page builder's image card (``<img>`` and a
``<div class="caption">``), a post's photo with its credit ("Photo: a slip on a rural road"). It describes the
picture; it reports nothing."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.markup import _children

_PICTURES = ("img", "picture", "svg")
_CAPTION_CLASS = re.compile(r"caption|credit", re.I)
_CAPTION_LEAD = re.compile(
    r"^(?:photo(?:graph)?|picture|pictured|image|credit|photo\s+credit|image\s+credit|foto(?:graf[ií]a)?|imagen"
    r"|bild|immagine)\s*[:–—-]\s*\S",
    re.I,
)
CAPTION_CHARS = 200


def _is_caption(node: LexborNode) -> bool:
    text = node.text(deep=True).strip()
    if not text or len(text) > CAPTION_CHARS or node.css_first("ul, ol, table, h1, h2, h3, h4, h5, h6"):
        return False
    return bool(_CAPTION_CLASS.search(node.attributes.get("class") or "")) or bool(_CAPTION_LEAD.match(text))


def drop_picture_captions(root: LexborNode) -> int:
    """Take out of ``root`` each caption set right beside a picture in the same box; return how many."""
    found: list[LexborNode] = []
    for picture in root.css(", ".join(_PICTURES)):
        box = picture.parent
        if box is None:
            continue
        siblings = [c for c in _children(box) if c.tag != "-comment"]
        at = next((i for i, n in enumerate(siblings) if n.mem_id == picture.mem_id), None)
        if at is None:
            continue
        found.extend(n for n in siblings[at + 1 : at + 2] + siblings[max(0, at - 1) : at] if _is_caption(n))
    seen: set[int] = set()
    for node in found:
        if node.mem_id not in seen and node.parent is not None:
            seen.add(node.mem_id)
            node.decompose()
    return len(seen)
