"""A page kept in an outliner and shared as its Markdown file: the page's properties atop it ("title:: …",
"tags:: …") name and date it, each block's properties under it ("id:: …", "collapsed:: true") are the
outliner's own, and a byline block ("Logged by … Sources: …") says who wrote it. None of them is a point; the
page's title is the report's.

Two layouts: blocks indented by tabs with properties under them, and by two spaces with a property written as a
block of its own ("- collapsed:: true").
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["The hospital remains at Code Yellow for heat.", "ED presentations for heat illness: 57."],
    "Risks": ["Heat stress among staff in wards without cooling."],
    "Next steps": ["Debrief with the emergency manager on 25 January."],
}


def _page(indent: str, own_block: bool) -> bytes:
    lines = [
        "title:: Heatwave sitrep 2025-01-20",
        "tags:: [[Heatwave 2025]], [[EOC]]",
        "author:: [[Sam Whitford]]",
        "",
        "- Logged by [[Sam Whitford]] (emergency manager) at 07:30, update 1. Sources: [[ED dashboard]], bed meeting.",
        "  id:: 7a216565-77c1-4e1a-9a3b-000000000001",
    ]
    for heading, points in SECTIONS.items():
        lines.append(f"- ## {heading}")
        if heading == "Risks":
            lines.append(f"{indent}- collapsed:: true" if own_block else "  collapsed:: true")
        lines += [f"{indent}- {p}" for p in points]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(("indent", "own_block"), [("\t", False), ("  ", True)])
def test_outliner_properties_and_byline_are_no_points(indent: str, own_block: bool) -> None:
    report = parse_bytes(_page(indent, own_block), "heatwave.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == "Heatwave sitrep 2025-01-20"


def test_a_double_colon_inside_a_sentence_is_text() -> None:
    md = b"## Summary\n\n- The log says: see note:: at the foot of the page.\n"
    items = [i.text for s in parse_bytes(md, "note.md")[0].sections for i in s.items]
    assert items == ["The log says: see note:: at the foot of the page."]
