"""A runbook's Markdown page puts a link back to its top (or to its contents) after each section: a paragraph of
nothing but a link to a place in the page is a way about the page, as its contents are, no point of the section.
A sentence linking to another part of the page is the writer's point, and stays.

Layouts: "[↑ Back to top](#markdown-header-…)" as a hosting site's anchors are named, "[Back to contents](#contents)",
and a bare "[Top](#top)".
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["14 reference stations went offline after the firmware update on 16 March.",
                 "See [the risks](#risks) for what could slow the recovery."]),
    ("Current status", ["9 stations have been rolled back to the earlier firmware."]),
    ("Risks", ["The risk of a second faulty update is being monitored."]),
]  # fmt: skip
LINKS = {
    "hosting anchors": lambda name: f"[↑ Back to top](#markdown-header-{name.lower().replace(' ', '-')})",
    "contents": lambda name: "[Back to contents](#contents)",
    "bare": lambda name: "[Top](#top)",
}


def _page(link) -> bytes:
    parts = ["# GNSS network outage – update 1", "[TOC]"]
    for name, points in SECTIONS:
        parts += [f"## {name}", "\n".join(f"- {p}" for p in points), link(name)]
    return ("\n\n".join(parts) + "\n").encode()


@pytest.mark.parametrize("layout", LINKS)
def test_a_link_back_up_the_page_is_no_point(layout: str) -> None:
    report = parse_bytes(_page(LINKS[layout]), "update.md")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    want = [(h, [p.replace("[the risks](#risks)", "the risks") for p in points]) for h, points in SECTIONS]
    assert got == want
    assert any("link within the page" in w for w in report.warnings), report.warnings
