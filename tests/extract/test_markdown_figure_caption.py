"""A documentation site writes a picture into its Markdown as a figure of HTML, its caption closed by the photo's
credit ("<figure><img …><figcaption><p>The Thorvaldson Building on March 2. Photo: University Relations</p>
</figcaption></figure>"). The caption describes the picture; it is no point of the report, wherever the figure
stands, and it is counted among what was left out."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

FIGURES = [
    '<figure><img src="../.gitbook/assets/building.jpg" alt=""><figcaption><p>The Thorvaldson Building on March 2. '
    "Photo: University Relations</p></figcaption></figure>",
    '<figure>\n  <picture><img src="/img/levee.png" alt="Levee"></picture>\n  <figcaption>Sandbags on the levee at '
    "Riverside, 4 May</figcaption>\n</figure>",
]


@pytest.mark.parametrize("figure", FIGURES)
@pytest.mark.parametrize("where", ["under the title", "in a section"])
def test_a_figure_s_caption_is_no_point(figure: str, where: str) -> None:
    top = [figure, ""] if where == "under the title" else []
    inside = [figure, ""] if where == "in a section" else []
    text = "\n".join(
        ["# Building fire – update 2", "", *top, "## Summary", "", "- 41 labs remain closed.", "", *inside,
         "## Next steps", "", "- Air sampling continues on Friday."]
    )  # fmt: skip
    report = parse_bytes(text.encode(), "update-2.md")[0]
    assert [[i.text for i in s.items] for s in report.sections] == [
        ["41 labs remain closed."],
        ["Air sampling continues on Friday."],
    ]
    assert any("caption" in w for w in report.warnings)
