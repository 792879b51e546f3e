"""A letter's running header numbers its pages with the count in brackets, as Nordic letters do ("1 (2)", "2 (2)"),
and its footer sets the office's details in columns under small labels, the telephone number alone under
"Telefon". Neither is a point of the report: the page number is furniture, and a line of nothing but a telephone
number in the footer is the office's contact details.

A count in brackets that is no page's ("40 (7)", more than the pages counted) and a figure with no leading "0" or
"+" ("1 250 000") stay where the text has them.

Layouts: Swedish and English letters of two pages, the footer's columns in three places.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.extract.pdf.furniture import is_contact
from sitroom.extract.pdf.text import is_page_number
from sitroom.read import parse_bytes

SV = ("FÖGLÖ KOMMUN", "Postadress", "PB 20, AX-22710 Föglö", "Telefon", "018 50 310", "E-post", "kansliet@foglo.ax")
EN = ("NORTHFIELD COUNCIL", "Post", "PO Box 20, Northfield NF1 2AB", "Telephone", "+44 1632 960 000", "E-mail",
      "info@northfield.example")  # fmt: skip
SECTIONS = [
    ("1 Summary", ["The storm has caused wide power cuts and cancelled ferries.", "Homes without power: 412."]),
    ("2 Roads", ["Roads closed by fallen trees: 14.", "Crews clear the main road first."]),
    ("3 Support", ["The school is open as a warm room.", "Residents who visited the warm room: 129."]),
    ("4 Next steps", ["Clearing of the roads is to be done by 27.10."]),
]


def _pdf(head: tuple[str, ...], column: float) -> bytes:
    name, l1, v1, l2, v2, l3, v3 = head
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    per_page = [SECTIONS[:2], SECTIONS[2:]]
    for n, sections in enumerate(per_page, 1):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, 800, name)
        c.setFont("Helvetica", 11)
        c.drawString(300, 800, "SITUATION REPORT")
        c.drawRightString(540, 800, f"{n} ({len(per_page)})")
        y = 740.0
        if n == 1:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(57, y, "Situation report no 1 – the storm")
            y -= 30
        for heading, points in sections:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(57, y, heading)
            y -= 18
            c.setFont("Helvetica", 11)
            for p in points:
                c.drawString(column - 12, y, "–")
                c.drawString(column, y, p)
                y -= 16
            y -= 10
        c.setFont("Helvetica", 7.5)
        for x, (label, value) in zip((57, 230, 400), ((l1, v1), (l2, v2), (l3, v3)), strict=True):
            c.drawString(x, 58, label)
            c.drawString(x, 48, value)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("column", [70.0, 120.0, 200.0])
@pytest.mark.parametrize("head", [SV, EN], ids=["sv", "en"])
def test_page_count_and_footer_phone_are_furniture(head: tuple[str, ...], column: float) -> None:
    report = parse_bytes(_pdf(head, column), "letter.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS


def test_counts_that_number_no_page() -> None:
    assert is_page_number("1 (2)") and is_page_number("2 (2)")
    assert not is_page_number("40 (7)") and not is_page_number("3 (0)")
    assert is_contact("018 50 310") and is_contact("+44 1632 960 000")
    assert not is_contact("1 250 000") and not is_contact("2026")
