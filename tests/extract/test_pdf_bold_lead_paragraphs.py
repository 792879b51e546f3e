"""A newsletter opens its first section with lead paragraphs set in bold, a sentence wrapped over two lines, the
picture and its caption under them. A bold sentence wrapped over lines is a paragraph, not a heading over its last
words, and standing over a picture it is no caption of it; the small caption under the picture is.

Layouts: the lead over a picture and not, in two sizes, and a lead whose sentence ends in brackets."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.read import parse_bytes

LEADS = [
    ("The volunteers were called out 86 times this week,", "more than in any week since 2019."),
    ("The operations centre has been open day and night", "since 31 October (last bulletin: 28 October)."),
]
POINTS = {"Situation": ["15 villages are cut off."], "Damage": ["1,555 hectares of forest are down."]}


def _page(picture: bool, size: float) -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    s = Sheet(size=size)
    s.heading("Storm bulletin 2", size=22)
    s.heading("In brief", size=size + 1)
    for first, rest in LEADS:
        s.line(first, font=BOLD)
        s.line(rest, font=BOLD)
        s.gap(0.4)
    if picture:
        s.c.drawImage(ImageReader(Image.new("RGB", (200, 80), (90, 120, 90))), s.left, s.y - 70, width=220, height=80)
        s.y -= 82
        s.line("Fallen trees above the village (photo: civil protection)", font=REGULAR, size=size - 2.5)
    for heading, points in POINTS.items():
        s.heading(heading, size=size + 1)
        for p in points:
            s.bullet([p])
    return s.pdf()


@pytest.mark.parametrize("picture", [True, False], ids=["over-picture", "no-picture"])
@pytest.mark.parametrize("size", [9.5, 11])
def test_bold_leads_are_paragraphs_of_the_first_section(picture: bool, size: float) -> None:
    report = parse_bytes(_page(picture, size), "bulletin.pdf")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert got["In brief"] == [f"{a} {b}" for a, b in LEADS]
    assert {h: got[h] for h in POINTS} == POINTS
    assert not any("photo" in i.text for i in report.items())
