"""A trail of stages or places printed over a record or page — a case system's process bar ("Report › Assess ›
Respond › Recover"), a site's breadcrumbs ("Home › News ›") — is no point and no section: left out and counted, its
last stage too where it stands alone over the first section. A point with a chevron in its sentence stays.

Layouts: the bar on one line, the bar broken over lines (as a print lays out its boxes), and breadcrumbs over a
Markdown page.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["A fire in a ground-floor flat led to the evacuation of the block.", "Prices › up 5% this week."],
    "Residents": ["27 hardship payments have been made to residents."],
}


def _page(trail: list[str]) -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {i}\n" for i in items) + "\n" for h, items in SECTIONS.items())
    return ("# Linden Court fire – update 2\n\n" + "\n\n".join(trail) + "\n\n" + body).encode()


@pytest.mark.parametrize(
    "trail",
    [["Report › Assess › Respond › Recover"], ["Report ›", "Assess › Respond ›", "Recover"], ["Home › News ›"]],
    ids=["one-line", "broken", "breadcrumbs"],
)
def test_a_trail_is_left_out(trail: list[str]) -> None:
    report = parse_bytes(_page(trail), "update.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
    assert [s.heading for s in report.sections if s.heading][-2:] == list(SECTIONS)
    assert any("trail" in w for w in report.warnings)
