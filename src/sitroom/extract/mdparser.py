"""The CommonMark parser the Markdown reader uses: GFM tables and strikethrough on, inline HTML kept for the
reader to judge, and links read for their text only."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The one parser, made once."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    # Only the text of links is read: skip the per-link URL normalisation (a quarter of the parse).
    md.normalizeLink = _same  # type: ignore[method-assign]
    md.normalizeLinkText = _same  # type: ignore[method-assign]
    md.validateLink = _any_link  # type: ignore[method-assign]
    return md


def _same(url: str) -> str:
    return url


def _any_link(url: str) -> bool:
    return True
