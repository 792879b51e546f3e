"""A web page's notes set as a list under its text, each opening with its raised number ("³ http://…"), are
footnotes, as the same notes set as paragraphs are: left out and counted, not points of the last section.

Two layouts: a news page whose last note is a link in a ``<ul>`` after the noted paragraphs, and a page
whose notes are all an ``<ol>`` of raised numbers.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

POINTS = ["Vaccination of contacts continues in all affected health zones.", "Exit screening is in place."]


def _news_page() -> str:
    return (
        "<html><body><main><h1>Ebola virus disease – update</h1><h2>Advice</h2><ul>"
        + "".join(f"<li>{p}</li>" for p in POINTS)
        + "</ul><hr><p><span><sup>1</sup>Case numbers may change as results come in.</span></p>"
        '<ul class="list"><li><a href="/policy/"><sup>2</sup>http://www.example.org/policy/</a></li></ul>'
        "</main></body></html>"
    )


def _notes_list() -> str:
    return (
        "<html><body><main><h1>Outbreak update 4</h1><h2>Response</h2><ul>"
        + "".join(f"<li>{p}</li>" for p in POINTS)
        + "</ul><ol class='notes'><li><sup>1</sup>Figures from the district teams.</li>"
        "<li><sup>2</sup>http://www.example.org/figures/</li></ol></main></body></html>"
    )


@pytest.mark.parametrize("page", [_news_page, _notes_list])
def test_notes_listed_under_the_text_are_footnotes(page) -> None:
    report = parse_bytes(page().encode(), "update.html")[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS
    assert any("footnote" in w for w in report.warnings)
