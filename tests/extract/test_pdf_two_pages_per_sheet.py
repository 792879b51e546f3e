"""A report printed two pages to a sheet: each half of the sideways sheet has its own running header and page
number, which are furniture even on a single sheet, and a point broken across the two halves is one point.
Drawn on a canvas: two pages on one sheet, and three pages on two sheets; the points in several runs of type,
the mitigation's lead in bold."""

from __future__ import annotations

import io
import textwrap

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

HEADER = "Kano State Emergency Agency – Situation Report No 2"
SECTIONS = [
    ("Summary", ["Floods reached eleven villages along the river after two nights of rain."]),
    ("Situation", ["Water levels are still rising at the dam.", "Camps open: 14."]),
    ("Response", ["Boats moved 412 people from the islands.", "Food went to 1,250 households."]),
    ("Staff", ["Volunteers deployed: 86."]),
    (
        "Risks",
        [
            "More rain may flood the camps near the river banks. Mitigation: the water level is watched day and "
            "night and people are warned by radio.",
        ],
    ),
    ("Next steps", ["Move the lowest camp to the school grounds.", "Next meeting: 21 August."]),
]
SCALE = 0.68


def _lines() -> list[tuple[str, str, bool]]:
    """The report as lines of the original page: (kind, text, opens a point), kind "h" or "i"."""
    out: list[tuple[str, str, bool]] = []
    for heading, items in SECTIONS:
        out.append(("h", heading, False))
        for item in items:
            out.extend(("i", line, k == 0) for k, line in enumerate(textwrap.wrap(item, 60)))
    return out


def _pdf(pages_per_report: int) -> bytes:
    lines = _lines()
    # the risk's point breaks across two pages: the page ends after its first line
    risk = next(n for n, (kind, text, _) in enumerate(lines) if kind == "i" and text.startswith("More rain"))
    cuts = [risk + 1] if pages_per_report == 2 else [risk - 6, risk + 1]
    pages = [lines[a:b] for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    w, _h = landscape(A4)
    for n, page in enumerate(pages):
        if n % 2 == 0 and n:
            c.showPage()
        c.saveState()
        c.translate(20 + (n % 2) * w / 2, 11)
        c.scale(SCALE, SCALE)
        c.setFont("Helvetica", 9)
        c.drawString(60, 780, HEADER)
        c.drawCentredString(297, 40, f"Page {n + 1} of {len(pages)}")
        y = 740
        for kind, text, first in page:
            if kind == "h":
                c.setFont("Helvetica-Bold", 13)
                c.drawString(60, y - 8, text)
                y -= 30
                continue
            if first:
                c.setFont("Helvetica", 12)
                c.drawString(64, y, "•")
            x = 78.0
            for word in text.split():  # a run of type to a word, as some printers write a scaled page
                font = "Helvetica-Bold" if word == "Mitigation:" else "Helvetica"
                c.setFont(font, 12)
                c.drawString(x, y, word)
                x += c.stringWidth(word + " ", font, 12)
            y -= 18
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("pages", [2, 3])
def test_a_report_printed_two_pages_to_a_sheet_reads_as_printed(pages: int) -> None:
    report = parse_bytes(_pdf(pages), "two-up.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == SECTIONS
    assert any("running header" in w for w in report.warnings)
