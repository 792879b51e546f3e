"""A page's own title and date, as its head states them: the ``<title>``, and the date its metadata gives."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from sitroom.extract.html.markup import _COVER_DATE_META, _DATE_META, _attr, clean_text


def head_title(tree: LexborHTMLParser) -> str | None:
    """The page's ``<title>``."""
    node = tree.css_first("title")
    return clean_text(node.text()) if node is not None and node.text().strip() else None


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
