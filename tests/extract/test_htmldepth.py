"""Deeply nested HTML is flattened before parsing: its text is kept, the page is read, a warning says so."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from sitroom.extract import extract_bytes
from sitroom.extract.htmldepth import flatten_deep_nesting


def _depth(html: str) -> int:
    deepest = 0
    for node in LexborHTMLParser(html).body.traverse():
        depth, anc = 0, node.parent
        while anc is not None:
            depth, anc = depth + 1, anc.parent
        deepest = max(deepest, depth)
    return deepest


def _page(nesting: int, opener: str = "<div class='x'>", closer: str = "</div>") -> str:
    return (
        "<html><body><h1>Flood sitrep</h1><p>Relief goods were delivered to every evacuation centre today.</p>"
        + opener * nesting
        + "<p>Water levels are falling along the river in the northern districts.</p>"
        + closer * nesting
        + "<p>Road access to the coastal towns was restored this afternoon.</p></body></html>"
    )


def test_deeply_nested_page_is_read_with_its_text_and_a_warning() -> None:
    doc = extract_bytes(_page(3000).encode(), "deep.html")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Flood sitrep"
    assert "Relief goods were delivered to every evacuation centre today." in texts
    assert any("Water levels are falling along the river" in t for t in texts)
    assert texts[-1] == "Road access to the coastal towns was restored this afternoon."
    assert any(re.fullmatch(r"2,744 elements nested deeper than 256 were flattened", w) for w in doc.warnings)


def test_flattening_caps_the_depth_and_keeps_ordinary_pages_as_they_are() -> None:
    for opener, closer in (("<div>", "</div>"), ("<ul><li>", "</li></ul>"), ("<blockquote>", "</blockquote>")):
        flat, removed = flatten_deep_nesting(_page(1000, opener, closer), max_depth=50)
        assert removed > 0 and _depth(flat) < 60 + 2 * 50  # list items are not counted, their lists are
        assert "Water levels are falling" in flat
    ordinary = _page(20)
    assert flatten_deep_nesting(ordinary, max_depth=50) == (ordinary, 0)


def test_only_markup_is_counted_not_comments_scripts_or_attribute_text() -> None:
    html = (
        "<body><!-- <div><div><div> --><script>var s = '<div><div><div>';</script>"
        "<div title='a > b'><div data-x=\"<div>\"><p>kept</p></div></div>"
        + "<li>unclosed item" * 10  # closed by the parser itself: no nesting
        + "</span></span>"  # stray end tags
        + "</body>"
    )
    assert flatten_deep_nesting(html, max_depth=3) == (html, 0)
    flat, removed = flatten_deep_nesting(html, max_depth=1)
    assert removed == 1
    assert "<div title='a > b'> <p>kept</p> </div>" in flat  # the inner div and its end tag are gone
    assert "<!-- <div><div><div> -->" in flat and "'<div><div><div>'" in flat
