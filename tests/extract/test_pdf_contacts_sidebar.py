"""A notebook page exported to PDF sets a narrow box of contacts and links beside the first sections ("Contacts and
links" over "Supply desk (24/7): ext. 4471", "Pharmacy on call: pager 3320" and link labels), level with the
section headings, while a pasted line further down runs across under it. The box says how to reach people; it is
left out whole and counted, and the sections beside it keep their headings and points. With extensions and pagers,
with phone numbers and an e-mail, and with the box's heading set in another print."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = [
    ("Bottom line", ["Our main supplier's plant has been closed since September 26."]),
    ("Supply status", ["Use of large-volume IV bags is down 14% from normal.",
                       "Deliveries are capped at 40 percent of our usual order."]),
    ("Clinical impact", ["Oral hydration is now the default for stable patients."]),
    ("Next steps", ["Review of the elective surgery schedule by October 9."]),
]  # fmt: skip
BOXES = {
    "extensions": ("Contacts and links", ["Supply desk (24/7): ext. 4471", "Pharmacy on call: pager 3320",
                                          "Supplier allocation portal", "Conservation guidance (intranet)"]),
    "phones": ("Key contacts", ["Duty manager: 0161 496 0731", "supply.desk@example.org", "Incident log (intranet)"]),
}  # fmt: skip


def _page(box: str, heading_font: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 20)
    c.drawString(54, 740, "IV Fluid Shortage – Sitrep 2")
    c.setFont("Helvetica", 9)
    c.drawString(54, 722, "Wednesday, October 7, 2026")
    title, lines = BOXES[box]
    c.setFont(heading_font, 10)
    c.drawString(440, 690, title)
    c.setFont("Helvetica", 9)
    for n, line in enumerate(lines):
        c.drawString(440, 676 - 14 * n, line)
    y = 690
    for heading, points in SECTIONS:
        c.setFont("Helvetica", 14)
        c.drawString(54, y, heading)
        c.setFont("Helvetica", 11)
        for point in points:
            y -= 18
            c.drawString(70, y, f"• {point}")
        if heading == "Supply status":
            y -= 22
            c.setFont("Helvetica", 8)
            c.drawString(70, y, "Pasted from <https://www.example.org/drug-shortages/current-shortages/detail.aspx"
                                "?id=908&loginreturnUrl=SSOCheckOnly>")  # fmt: skip
        y -= 30
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("heading_font", ["Helvetica-Bold", "Helvetica"])
@pytest.mark.parametrize("box", list(BOXES))
def test_the_contacts_box_is_left_out_and_the_sections_keep_their_points(box: str, heading_font: str) -> None:
    report = parse_bytes(_page(box, heading_font), "sitrep-2.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("contact details" in w for w in report.warnings)


def test_a_pages_property_labels_beside_their_values_are_left_out_with_them() -> None:
    # a notes page exported to PDF: its properties under the title, a label column beside the values ("Date" beside
    # "@November 10, 2026", "Author" beside a name), in the same small print
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(54, 740, "Sitrep #2 – Tarakot valley earthquake")
    properties = [("Date", "@November 10, 2026"), ("Author", "Priya Raman"), ("Status", "Final")]
    c.setFont("Helvetica", 8)
    for n, (label, value) in enumerate(properties):
        c.drawString(54, 712 - 14 * n, label)
        c.drawString(140, 712 - 14 * n, value)
    y = 650
    for heading, points in SECTIONS[:2]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, y, heading)
        c.setFont("Helvetica", 10)
        for point in points:
            y -= 16
            c.drawString(64, y, f"• {point}")
        y -= 28
    c.save()
    report = parse_bytes(buf.getvalue(), "sitrep.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS[:2]
