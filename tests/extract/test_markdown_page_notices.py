"""An untitled info, note or warning box over a page's first section, or after its last points, speaks to the reader
about the page (who it is for, when it was updated, whom to ask): it is left out and counted, in each way wikis and
site generators write one. The same box among the sections is read as its content; a titled box is a section."""

from __future__ import annotations

import pytest

from sitroom.extract import extract_bytes
from sitroom.read import parse_bytes

TOP = "This page is for the incident team and partners. Updated 9 November at 16:00."
BOTTOM = "Questions to the duty coordinator on 0160 555 0199."
SECTIONS = {
    "Summary": ["Crews worked through the night to clear the main roads."],
    "Risks": ["More rain is forecast for Friday.", "Volunteers are tired after five days."],
    "Next steps": ["The next meeting of the cell is on 12 November."],
}


def _box(style: str, text: str) -> list[str]:
    if style == "colon":
        return [":::info", text, ":::"]
    if style == "spaced warn":  # a notes app's box of the kind "warn", a space after its colons
        return ["::: warn", text, ":::"]
    if style == "hint":  # a documentation site's hint box, marked by template tags
        return ['{% hint style="info" %}', text, "{% endhint %}"]
    if style == "alert":
        return ["> [!NOTE]", f"> {text}"]
    if style == "bang":
        return ["!!! warning", "", f"    {text}"]
    return [f"> **Note:** {text}", "{.is-warning}"]  # a quote styled as a box by its attribute line


def _page(style: str, title: bool, middle: bool = False) -> str:
    lines = ["# Flood update 4", ""] if title else []
    lines += [*_box(style, TOP), ""]
    for n, (heading, points) in enumerate(SECTIONS.items()):
        lines += [f"## {heading}", "", *(f"- {p}" for p in points), ""]
        if middle and n == 0:
            lines += [*_box(style, "The library car park is closed to the public until Monday."), ""]
    lines += [*_box(style, BOTTOM), ""]
    return "\n".join(lines)


STYLES = ["colon", "spaced warn", "hint", "alert", "bang", "wikijs"]


@pytest.mark.parametrize("title", [True, False], ids=["titled-page", "untitled-page"])
@pytest.mark.parametrize("style", STYLES)
def test_the_page_notes_over_the_first_section_and_after_the_last_are_left_out(style: str, title: bool) -> None:
    text = _page(style, title)
    report = parse_bytes(text.encode(), "update.md")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert {h: got.get(h) for h in SECTIONS} == SECTIONS
    everything = " ".join(i.text for i in report.items())
    assert "Updated 9 November" not in everything and "duty coordinator" not in everything
    assert "2 page notice(s) left out" in " ".join(extract_bytes(text.encode(), "update.md").warnings)


@pytest.mark.parametrize("style", STYLES)
def test_a_box_among_the_sections_is_content(style: str) -> None:
    report = parse_bytes(_page(style, True, middle=True).encode(), "update.md")[0]
    summary = next(s for s in report.sections if s.heading == "Summary")
    assert [i.text for i in summary.items][-1].endswith("closed to the public until Monday.")


def test_a_titled_box_over_the_sections_is_a_section_of_its_own() -> None:
    text = "# Flood update 4\n\n:::info Key messages\nSchools reopen on Monday.\n:::\n\n"
    text += "## Summary\n\n- Roads are clear.\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert ("Key messages", ["Schools reopen on Monday."]) in [
        (s.heading, [i.text for i in s.items]) for s in report.sections
    ]


@pytest.mark.parametrize("size", ["=500x", "=640x480", "=x300"])
def test_an_image_with_its_size_after_the_address_is_no_text(size: str) -> None:
    text = f"# Update\n\n## Masts\n\n- 19 links are up.\n\n![Antenna on the school roof](/img/mast.jpg {size})\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert [i.text for s in report.sections for i in s.items] == ["19 links are up."]
