"""A paragraph opening with an ellipsis carries on the writer's words before it ("… should we need more
time?"), but after a quotation it carries on the writer's sentence around the quote ("X posted that: > …
… referencing an article …"), not the quotation: the quote and the paragraph after it stay two items.

Two layouts: a monthly report in Markdown (``>`` quotes) and the same report as an HTML page
(``<blockquote>``).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

INTRO = "The county's chief officer posted on the intranet that:"
QUOTE = "Every depot will keep a reserve of grit for the whole of February, whatever the forecast says."
AFTER = "... referencing the winter plan agreed in October, which sets out the reserve."
MINUTE = ["The chair asked whether the reserve would last.", "... and whether the depots had room for it."]


def _markdown() -> str:
    lines = ["# Highways report, January", "", "## News", "", INTRO, "", f"> {QUOTE}", "", AFTER, ""]
    lines += ["## Discussion", "", MINUTE[0], "", MINUTE[1], ""]
    return "\n".join(lines)


def _html() -> str:
    return (
        "<html><body><main><h1>Highways report, January</h1><h2>News</h2>"
        f"<p>{INTRO}</p><blockquote><p>{QUOTE}</p></blockquote><p>{AFTER}</p>"
        f"<h2>Discussion</h2><p>{MINUTE[0]}</p><p>{MINUTE[1]}</p></main></body></html>"
    )


@pytest.mark.parametrize("name,text", [("report.md", _markdown()), ("report.html", _html())])
def test_an_ellipsis_after_a_quotation_opens_an_item_of_its_own(name: str, text: str) -> None:
    sections = {s.heading: [i.text for i in s.items] for s in parse_bytes(text.encode(), name)[0].sections}
    assert sections["News"] == [INTRO, QUOTE, AFTER]
    assert sections["Discussion"] == [" ".join(MINUTE)]
