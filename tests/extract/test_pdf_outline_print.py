"""A presentation printed as its outline: each slide's title in bold, its points a level in, a risk's treatment a
level further in and smaller. The first slide is the title slide: its title names the report, the lines under it its
issue, day and issuer (each a line its writer ended, however short), so none is a point. A treatment ends where the
next risk opens in the risks' larger print, though both lines run about as wide.

Layouts: three sizes and issue lines ("Briefing 3", "Update 3", "Report No. 3").
"""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, HEIGHT, REGULAR, Sheet

from sitroom.read import parse_bytes

SLIDES = {
    "Key points": ["Five beaches remain closed across the branch."],
    "Situation": [
        "Seven rescues were made by our lifesavers this week.",
        "Large surf and erosion continue along the whole coast.",
    ],
    "Risks": [
        ("The risk of a drowning at a closed beach is being monitored.", "Roving patrols at the closed beaches."),
        ("The risk of injury to lifesavers in big surf is rising.", "Only crews with two years' experience go out."),
    ],
    "Next steps": ["Branch council meeting on 7 July."],
}


def _outline(title: str, issue: str, sizes: tuple[float, float, float], lead: str) -> bytes:
    head, point, detail = sizes
    s = Sheet()
    y = HEIGHT - 60
    slides = [(title, [issue, "6 July 2026", "Surf Life Saving NSW"]), *SLIDES.items()]
    for n, (name, points) in enumerate(slides, 1):
        s.text(40, y, str(n), REGULAR, 8)
        s.text(115, y, name, BOLD, head)
        y -= head * 1.05
        for p in points:
            text, treatment = p if isinstance(p, tuple) else (p, None)
            s.text(132, y, text, REGULAR, point)
            y -= point * 1.05
            if treatment:
                s.text(155, y, f"{lead}: {treatment}", REGULAR, detail)
                y -= detail * 1.05
        y -= head * 0.4
    return s.pdf()


@pytest.mark.parametrize(
    ("issue", "sizes", "lead"),
    [
        ("Briefing 3", (16, 14.7, 13.3), "Treatment"),
        ("Update 3", (14, 12, 10.5), "Treatment"),
        ("Report No. 3", (13, 11, 9.5), "Mitigation"),
    ],
)
def test_the_title_slide_names_the_report_and_each_treatment_its_risk(
    issue: str, sizes: tuple[float, float, float], lead: str
) -> None:
    title = "Hunter Branch – East Coast Low briefing"
    report = parse_bytes(_outline(title, issue, sizes, lead), "briefing.pdf")[0]
    assert report.title == title
    assert report.number == 3
    assert str(report.date) == "2026-07-06"
    got = {s.heading: s.items for s in report.sections if s.heading}
    assert list(got) == list(SLIDES)
    everything = " ".join(i.text for s in report.sections for i in s.items)
    for line in (issue, "Surf Life Saving NSW"):
        assert line not in everything
    risks = [(i.text.split(f" {lead}:")[0], i.mitigation) for i in got["Risks"]]
    assert risks == list(SLIDES["Risks"])
    assert [i.text for i in got["Situation"]] == SLIDES["Situation"]
