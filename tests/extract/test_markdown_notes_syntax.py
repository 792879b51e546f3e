"""A notes app's own Markdown syntax is no part of the report: a file embedded alone on its line
("![[epi-curve.png|600]]"), a comment kept out of the rendered note ("%% … %%", on one line or several) and
a line of tags ("#outbreak #week-05") are left out and counted, wherever they stand."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Key points": ["12 confirmed cases this week.", "Two schools affected."],
    "Risks": ["Low MMR uptake in the north ward."],
}


def _note(tags_first: bool, comment_lines: int) -> bytes:
    comment = "%% checked against the case system" + "\nbefore sending" * (comment_lines - 1) + " %%"
    lines = ["#outbreak #measles-outbreak #week-05", ""] if tags_first else []
    lines += ["# Measles outbreak – sitrep 2", ""]
    for heading, items in SECTIONS.items():
        lines += [f"## {heading}", "", *(f"- {i}" for i in items), ""]
        if heading == "Key points":
            lines += ["![[epi-curve-week-05.png|600]]", "", comment, ""]
    if not tags_first:
        lines += ["#outbreak #measles-outbreak #week-05", ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(("tags_first", "comment_lines"), [(False, 1), (True, 3)])
def test_a_notes_apps_syntax_is_no_item(tags_first: bool, comment_lines: int) -> None:
    report = parse_bytes(_note(tags_first, comment_lines), "sitrep 2.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
    warnings = " ".join(report.warnings)
    for what in ("embedded file", "comment", "tag line"):
        assert what in warnings


def test_a_heading_and_a_hashtag_in_a_sentence_stay() -> None:
    text = "# Update\n\n## Comms\n\n- Posts tagged #floodaware reached 5,000 people.\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert [i.text for i in report.items()] == ["Posts tagged #floodaware reached 5,000 people."]
