"""A page that names its main content (``<main>``, ``role=main``) is read whole: every section in it is
content however short beside a long one; only a page naming none is searched for its largest block."""

from __future__ import annotations

import pytest

from sitroom.extract import extract_bytes
from sitroom.model import BlockKind

LONG = [
    f"Item {i}: the crews cleared the culvert on road {i} and the water is draining from the fields."
    for i in range(1, 16)
]
SHORT_A = ("Actions agreed", ["Review the rest centre rota on Friday."])
SHORT_B = ("Next meeting", ["Thursday at ten, by telephone."])
MENU = "".join(f'<li><a href="/p{i}">Menu entry {i}</a></li>' for i in range(30))


def _section(tag: str, heading: str, items: list[str], level: int) -> str:
    lis = "".join(f"<li>{t}</li>" for t in items)
    return f"<{tag}><h{level}>{heading}</h{level}><ul>{lis}</ul></{tag}>"


def _page(main_open: str, main_close: str, part: str, level: int) -> bytes:
    sections = (
        _section(part, SHORT_A[0], SHORT_A[1], level)
        + _section(part, "Flooding", LONG, level)
        + _section(part, SHORT_B[0], SHORT_B[1], level)
    )
    return (
        "<html><head><title>Storm cell meeting 4</title></head><body>"
        f"<nav><ul>{MENU}</ul></nav>{main_open}<h1>Storm cell meeting 4</h1>{sections}{main_close}"
        "<footer><p>Published by the county resilience forum for its partners.</p></footer></body></html>"
    ).encode()


LAYOUTS = {
    "main with sections": _page("<main id=meeting>", "</main>", "section", 2),
    "role=main with sections": _page('<div role="main" class="wrap">', "</div>", "section", 3),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_section_of_a_named_main_is_content(name: str) -> None:
    doc = extract_bytes(LAYOUTS[name], "meeting.html")
    headings = [b.text for b in doc.blocks if b.kind == BlockKind.HEADING]
    assert headings[-3:] == [SHORT_A[0], "Flooding", SHORT_B[0]]
    items = [b.text for b in doc.blocks if b.kind == BlockKind.ITEM]
    assert items == SHORT_A[1] + LONG + SHORT_B[1]
    assert not any("Menu entry" in b.text or "resilience forum" in b.text for b in doc.blocks)


def test_a_page_naming_no_main_is_still_read_from_its_largest_block() -> None:
    # No <main>: the block with most of the prose is the content, the link menu and the promotion
    # beside it are not.
    paras = "".join(f"<p>{t}</p>" for t in LONG)
    html = (
        "<html><body>"
        f'<div class="top"><ul>{MENU}</ul></div>'
        f'<div class="wrap"><div class="col"><h1>Storm cell meeting 4</h1><h2>Flooding</h2>{paras}</div>'
        '<div class="col2"><p>Sign up to receive the newsletter of the forum every month.</p></div></div>'
        "</body></html>"
    ).encode()
    doc = extract_bytes(html, "page.html")
    texts = [b.text for b in doc.blocks]
    assert LONG[0] in texts and LONG[-1] in texts
    assert not any("newsletter" in t or "Menu entry" in t for t in texts)
