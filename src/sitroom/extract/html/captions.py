"""A picture's caption set beside it without ``<figure>``: a page builder's image card (``<img>`` and a
``<div class="caption">``, or a box holding nothing but the picture, perhaps in its link, and one short line under
it), a post's photo with its credit ("Photo: a slip on a rural road", "Fallen trees on a power line. Kuva: City of
Mikkeli"). It describes the picture; it reports nothing. A small picture (an icon beside a line) has no caption: its
line is the text."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.markup import _children

_PICTURES = ("img", "picture", "svg")
_CAPTION_CLASS = re.compile(r"caption|credit", re.I)
_CAPTION_LEAD = re.compile(
    r"^(?:photo(?:graph)?|picture|pictured|image|credit|photo\s+credit|image\s+credit|foto(?:graf[ií]a)?|imagen"
    r"|bild|immagine|kuva|zdj[eę]cie|fot\.|nuotr\.|nuotrauka|fotografia)\s*[:–—-]\s*\S",
    re.I,
)
# ... or closing its line with the credit: "Fallen trees on a power line. Photo: City of Mikkeli", "… Kuva: …"
_CREDIT_CLOSE = re.compile(
    r"(?:[.!)]|\s[–—|])\s+(?:photo|photograph|picture|image|credit|foto|bild|kuva|zdj[eę]cie|fot\.|nuotr\.|nuotrauka"
    r"|фото|снимка)"
    r"\s*[:–—-]\s*[^.:]{2,60}\.?$",
    re.I,
)
CAPTION_CHARS = 200
# an icon is set this small, or named so
ICON_PIXELS = 64
_ICON = re.compile(r"icon|emoji|glyph|bullet|logo", re.I)


def _is_caption(node: LexborNode, card: bool = False) -> bool:
    """``node`` captions the picture beside it: marked as a caption or a credit, or (``card``: the box holds the
    picture and it alone) any short line of text."""
    text = node.text(deep=True).strip()
    if not text or len(text) > CAPTION_CHARS or node.css_first("ul, ol, table, h1, h2, h3, h4, h5, h6"):
        return False
    marked = bool(_CAPTION_CLASS.search(node.attributes.get("class") or "")) or bool(
        _CAPTION_LEAD.match(text) or _CREDIT_CLOSE.search(text)
    )
    return marked or (card and node.tag not in ("p", "li") and "\n" not in text)


def _icon(picture: LexborNode) -> bool:
    """A small picture, or one named an icon (its class, its file or its alternative text)."""
    attrs = picture.attributes
    named = " ".join(attrs.get(k) or "" for k in ("class", "src", "alt"))
    sizes = [int(v) for k in ("width", "height") if (v := (attrs.get(k) or "").strip()).isdigit()]
    return bool(_ICON.search(named)) or any(v < ICON_PIXELS for v in sizes)


def _box(picture: LexborNode) -> tuple[LexborNode | None, LexborNode, bool]:
    """The box the picture stands in, what stands for it there (the picture, or a link holding it alone), and whether
    that is a box of its own holding nothing but the picture ("media_wrap" beside its caption's box)."""
    holder = picture
    parent = picture.parent
    if parent is not None and parent.tag == "a" and not parent.text(deep=True).strip():
        holder, parent = parent, parent.parent
    wrapped = False
    for _ in range(2):
        if parent is None or parent.parent is None or parent.text(deep=True).strip():
            break
        if len([c for c in _children(parent) if c.tag not in ("-text", "-comment")]) != 1:
            break
        holder, parent, wrapped = parent, parent.parent, True
    return parent, holder, wrapped


def drop_picture_captions(root: LexborNode) -> int:
    """Take out of ``root`` each caption set right beside a picture in the same box; return how many."""
    found: list[LexborNode] = []
    for picture in root.css(", ".join(_PICTURES)):
        box, holder, wrapped = _box(picture)
        if box is None:
            continue
        siblings = [c for c in _children(box) if c.tag != "-comment" and (c.tag != "-text" or c.text().strip())]
        at = next((i for i, n in enumerate(siblings) if n.mem_id == holder.mem_id), None)
        if at is None:
            continue
        # beside a picture's own box, only a line marked as its caption or closed by its credit is one: a post's text
        # beside its writer's picture is the post
        card = len(siblings) == 2 and not _icon(picture) and not wrapped
        near = siblings[at + 1 : at + 2] + siblings[max(0, at - 1) : at]
        found.extend(n for n in near if _is_caption(n, card))
    seen: set[int] = set()
    for node in found:
        if node.mem_id not in seen and node.parent is not None:
            seen.add(node.mem_id)
            node.decompose()
    return len(seen)
