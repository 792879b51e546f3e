"""A government department's daily report as a PDF: the sender's lines (the government, the department,
its address in small print, the reference and date) over the report's name ("DAILY FLOOD SITUATION
REPORT") are its letterhead and the name its title; each point is a hanging "(i)" or "a)" paragraph,
however its text opens (with a figure: "(i)  18 districts …"); a plain line ending in a colon right over a
table leads into it; and the close — "Sd/-" over the signer's name and post, the memo line, the label
"Copy forwarded to:" over its numbered list of recipients — is no item.

Two layouts: an Indian state's report in Times with Roman "(i)" markers set in smaller type, and a
regional authority's in Helvetica with "a)" markers and "Copies to:".
"""

from __future__ import annotations

import pytest
from pdf_sheets import Sheet

from sitroom.read import parse_bytes

LAYOUTS = {
    "in": dict(font=("Times-Roman", "Times-Bold"), marks=("(i)", "(ii)", "(iii)"), copy="Copy forwarded to:",
               sender=("GOVERNMENT OF KOSALA PRADESH", "DISASTER MANAGEMENT DEPARTMENT"),
               title="DAILY FLOOD SITUATION REPORT"),
    "gb": dict(font=("Helvetica", "Helvetica-Bold"), marks=("a)", "b)", "c)"), copy="Copies to:",
               sender=("NORTHERN REGIONAL AUTHORITY", "EMERGENCY PLANNING DIRECTORATE"),
               title="Daily Situation Report"),
}  # fmt: skip
SECTIONS = {
    "1. General Situation": ["18 districts and 353 villages are affected by floods.",
                             "Heavy rainfall was recorded in 11 districts in the last 24 hours."],
    "2. Extent of Damage": ["6,230 houses have been fully or partially damaged.", "1,932 cattle heads have been lost."],
    "3. Relief Operations": ["599 community kitchens are running in the affected districts."],
}  # fmt: skip


def _pdf(layout: str) -> bytes:
    spec = LAYOUTS[layout]
    regular, bold = spec["font"]
    s = Sheet(size=11)
    for line in spec["sender"]:
        s.line(line, x=170, font=bold, size=12)
    s.line("Old Secretariat, Kosala Pradesh – 800 015 Tel: 0612-2294204 E-mail: seoc@state.example.in", x=110, size=9)
    s.gap()
    s.text(s.right - 90, s.y, "Date: 12.07.2024", regular)
    s.line("No. SEOC/FLOOD/2024/001", font=regular)
    s.gap()
    s.line(spec["title"], x=185, font=bold, size=12)
    s.line("(As on 12.07.2024 at 10:00 hrs)", x=220, font=regular, size=10.5)
    for heading, points in SECTIONS.items():
        s.gap()
        s.line(heading, font=bold, size=11.5)
        for mark, point in zip(spec["marks"], points, strict=False):
            s.text(s.left + 22, s.y, mark, regular, 10)
            s.line(point, x=s.left + 52, font=regular)
        if heading.startswith("2."):
            s.line("District-wise details are given below:", x=s.left + 22, font=regular)
            for row in (("Sl. No.", "District", "Houses"), ("1", "Rajghat", "1,933"), ("2", "Nirmali", "1,495"),
                        ("3", "Baltara", "2,802"), ("", "Total", "6,230")):  # fmt: skip
                for x, cell in zip((s.left + 30, s.left + 120, s.left + 260), row, strict=True):
                    s.text(x, s.y, cell, regular, 9)
                s.y -= 14
    s.gap(2)
    s.text(s.right - 40, s.y, "Sd/-", regular)
    s.y -= 15
    s.line("(Ramesh Kumar Sinha, IAS)", x=s.right - 150, font=regular)
    s.line("Special Relief Commissioner-cum-Secretary", x=s.right - 210, font=regular)
    s.gap()
    s.text(s.left + 300, s.y, "Date: 12.07.2024", regular)
    s.line("Memo No. SEOC/FLOOD/2024/001/407", font=regular)
    s.line(spec["copy"], font=regular)
    copies = (
        "The Chief Secretary, Government of Kosala Pradesh.",
        "All District Magistrates of the flood affected districts.",
        "The Commandant, 9th Battalion NDRF, for information and necessary action.",
    )
    for n, who in enumerate(copies, 1):
        s.text(s.left, s.y, f"{n}.", regular)
        s.line(who, x=s.left + 22, font=regular)
    return s.pdf()


@pytest.mark.parametrize("layout", ["in", "gb"])
def test_letterhead_points_table_lead_in_and_close(layout: str) -> None:
    report = parse_bytes(_pdf(layout), f"flood-report-{layout}.pdf")[0]
    assert report.title == LAYOUTS[layout]["title"]
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert got == SECTIONS
    assert len(report.tables) == 1
