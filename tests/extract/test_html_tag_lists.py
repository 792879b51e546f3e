"""A web page's list of tags (a short label, then only short links: "Topics: Flooding · Storms") is the
page's way to other pages, not an item; a paragraph that links in running text stays. Written in two
layouts: a chip row after the article (label in a span) and a "Tags:" line with commas under a post."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

ITEMS = {
    "Situation": ["Rivers fell overnight across the county and two roads reopened this morning."],
    "Response": [
        "Crews cleared debris from fourteen roads.",
        "Read the <a href='#'>flood guidance</a> and the <a href='#'>shelter list</a> before travelling.",
    ],
}


def _page(tags: str) -> bytes:
    body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{t}</p>" for t in items) for h, items in ITEMS.items())
    return f"<html><body><main><article><h1>Storm update 4</h1>{body}{tags}</article></main></body></html>".encode()


CHIPS = (
    "<div class='topics'><span>Argomenti</span><a class='chip' href='#'>Maltempo</a>"
    "<a class='chip' href='#'>Allerta meteo</a><a class='chip' href='#'>Rischio idrogeologico</a></div>"
)
TAGS = "<div class='post-footer'>Tags: <a href='#'>Flooding</a>, <a href='#'>Storms</a>, <a href='#'>Roads</a></div>"


@pytest.mark.parametrize("tags", [CHIPS, TAGS])
def test_a_tag_list_is_no_item(tags: str) -> None:
    report = parse_bytes(_page(tags), "update.html")[0]
    items = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert items["Situation"] == ITEMS["Situation"]
    assert items["Response"] == [
        "Crews cleared debris from fourteen roads.",
        "Read the flood guidance and the shelter list before travelling.",
    ]
    assert any("tag list" in w for w in report.warnings)


def test_a_label_and_links_with_words_between_them_stay() -> None:
    links = "<div>Contacts: <a href='#'>Ops room</a> by day and <a href='#'>Duty officer</a> by night</div>"
    report = parse_bytes(_page(links), "update.html")[0]
    texts = [i.text for i in report.items()]
    assert "Contacts: Ops room by day and Duty officer by night" in texts
