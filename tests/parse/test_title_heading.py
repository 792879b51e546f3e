"""A document's first and only top-level heading over deeper sections is its title, however it is written."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract import extract_bytes
from sitroom.parse import parse_document

TITLE = "Adult Social Care situation report 7"
SECTIONS = {
    "Progress": ["Cases are being reported by 20 care homes.", "Respite beds are open at two sites."],
    "Risks and mitigations": ["Some providers report difficulty in getting staff tested quickly."],
}


def _heading(text: str, level: int, style: str) -> list[str]:
    if style == "atx":
        return ["#" * level + " " + text]
    return [text, ("=" if level == 1 else "-") * len(text)]


def _document(style: str, between: list[str]) -> str:
    lines = [*_heading(TITLE, 1, style), ""]
    for line in between:
        lines += [line, ""]
    for name, items in SECTIONS.items():
        lines += [*_heading(name, 2, style), ""]
        lines += [f"* {item}" for item in items] + [""]
    return "\n".join(lines)


LAYOUTS = [("setext", "sitrep.md"), ("atx", "sitrep.md"), ("setext", "sitrep.txt")]
BETWEEN = {"nothing": [], "emphasised date": ["*Published 20 April 2020*"], "plain date": ["Published 20 April 2020"]}


@pytest.mark.parametrize(("style", "name"), LAYOUTS)
@pytest.mark.parametrize("between", sorted(BETWEEN))
def test_the_lone_top_heading_is_the_title(style, name, between):
    report = parse_document(extract_bytes(_document(style, BETWEEN[between]).encode(), name))
    assert report.title == TITLE
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    if between != "nothing":
        assert report.date == date(2020, 4, 20)


@pytest.mark.parametrize(("style", "name"), LAYOUTS)
def test_a_second_top_level_heading_makes_them_sections(style, name):
    text = _document(style, []) + "\n".join(["", *_heading("Situation report annex", 1, style), "", "* More."])
    text = text.replace(TITLE, "Adult Social Care").replace("=" * len(TITLE), "=" * len("Adult Social Care"))
    report = parse_document(extract_bytes(text.encode(), name))
    assert "Adult Social Care" in [s.heading for s in report.sections]
    assert "Situation report annex" in [s.heading for s in report.sections]


@pytest.mark.parametrize(("style", "name"), LAYOUTS)
def test_a_numbered_report_name_over_the_first_section_stays_the_title(style, name):
    text = _document(style, []) + "\n".join(["", *_heading("Situation report annex", 1, style), "", "* More."])
    report = parse_document(extract_bytes(text.encode(), name))
    assert report.title == TITLE
    assert "Situation report annex" in [s.heading for s in report.sections]
