"""A web page gives each heading an anchor made of its own words ("mosquito-surveillance-and-control" on
"Mosquito surveillance and control"). A word a page's machinery is named by ("control", "related", "nav") may end
such an anchor: it names what the heading says, and the heading and its section stay. A part of the page whose id
names its machinery ("site-navigation", "share-toolbar") is still the page's, not the report's."""

from __future__ import annotations

import re

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Mosquito surveillance and control", "36 mosquito traps are checked each week."),
    ("Flood control", "The barrier at the quay was closed at 14:00."),
    ("Heat-related", "41 people were treated for heat exhaustion."),
    ("Traffic management and navigation", "Ferries run every 20 minutes from the north quay."),
]


def _slug(text: str) -> str:
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-")


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_a_heading_s_own_anchor_is_no_machinery(tag: str) -> None:
    body = "".join(f'<{tag} id="{_slug(h)}">{h}</{tag}><ul><li>{p}</li></ul>' for h, p in SECTIONS)
    page = (
        '<html><body><nav id="site-navigation"><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main><h1>Heat and flood update 2</h1>{body}"
        '<div id="share-toolbar">Share this page on social media</div></main></body></html>'
    )
    report = parse_bytes(page.encode(), "update.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [(h, [p]) for h, p in SECTIONS]
