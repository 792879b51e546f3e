"""Paragraphs of one line each, with no bullet and no full stop, set apart only by the space after each
paragraph ("Flera vägar är blockerade" / "Mobiltäckningen är nedsatt i 4 kommuner"): each is a point of its
own. The page's spacing of wrapped lines is known from a sentence that runs on in lower case under a line
that did not end it, even where only one paragraph on the page wraps; more space than that starts a new
paragraph, and the wrapped paragraph stays whole.

Two layouts: a county board's situation picture in Helvetica 10/13.5 with 5 pt after each paragraph, and a
crisis team's note in Times 11/14 with 6 pt after, its headings in capitals.
"""

from __future__ import annotations

import io
import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

ACTION = '<font size="11"><i>Action:</i></font>'
POINTS = {
    "Current situation": [
        "Several roads inland are blocked by fallen trees",
        "Mobile coverage is reduced in 4 municipalities",
        "The network company expects most homes to have power again on 18 January",
    ],
    "Consequences": [
        "Home care cannot reach all clients on the blocked roads",
        "300 households have no municipal water because of the power cut",
    ],
    "Risks": [
        f"Accidents while clearing fallen trees in gardens and on the roads. {ACTION} guidance on safe clearing "
        "on the county's pages.",
        f"Older people getting cold in homes without heating is being watched. {ACTION} home care calls all "
        "its clients.",
        "Shortage of fuel for the standby generators is being watched",
    ],
}


def _pdf(font: str, size: float, leading: float, after: float, capitals: bool) -> bytes:
    """The risks' actions in italics a point larger: a line holding one is not of one print with the next."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60)
    head = ParagraphStyle("h", fontName=f"{font}-Bold", fontSize=size + 1, leading=leading + 1, spaceBefore=10,
                          spaceAfter=3)  # fmt: skip
    body = ParagraphStyle("p", fontName=font, fontSize=size, leading=leading, spaceAfter=after)
    story = [Paragraph("Situation picture no. 2 – storm and power cut", head)]
    for heading, points in POINTS.items():
        story.append(Paragraph(heading.upper() if capitals else heading, head))
        story += [Paragraph(p, body) for p in points]
    doc.build(story)
    return buf.getvalue()


@pytest.mark.parametrize(
    "font,size,leading,after,capitals",
    [("Helvetica", 10, 12.5, 3.5, False), ("Times", 11, 13.5, 4, True)],
)
def test_one_line_paragraphs_set_apart_by_their_spacing_are_points_of_their_own(
    font: str, size: float, leading: float, after: float, capitals: bool
) -> None:
    report = parse_bytes(_pdf(font, size, leading, after, capitals), "lagesbild-2.pdf")[0]
    got = {(s.heading or "").lower(): [i.text for i in s.items] for s in report.sections}
    for heading, points in POINTS.items():
        assert got[heading.lower()] == [re.sub(r"<[^>]+>", "", p) for p in points]
