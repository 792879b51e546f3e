"""A report filled in on a web reporting system and downloaded as PDF: the system's header (the state, the agency and
the system's name) over the report's name ("Raport situate", "Situation report"), the numbered sections, and the
sign-off side by side at the end: who filled it in and who approved it ("Plotësuar nga:" / "Miratuar nga:"), each
with a name and a post under the label. The header names who sends it and the name under it names the report; the
sign-off's lines are left out and counted, none of them a point of the last section. In Albanian and English,
with the sign-off on the last page alone or under the last section."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LANG = {
    "albanian": {
        "header": ["REPUBLIKA E SHQIPËRISË", "AGJENCIA KOMBËTARE E MBROJTJES CIVILE"],
        "system": "Sistemi i raportimit të emergjencave civile",
        "name": "Raport situate",
        "sections": [
            ("1. Përmbledhje", ["Reshjet e dendura që nga 20 nëntor kanë përmbytur zonat fushore të bashkisë."]),
            ("2. Rreziqet", ["Rreziku i sëmundjeve nga uji i ndotur po rritet."]),
            ("3. Hapat e mëtejshëm", ["Pritet që uji të tërhiqet nga zonat e banuara deri më 26 nëntor."]),
        ],
        "signoff": [["Plotësuar nga:", "Gjergj Marku", "Përgjegjës i Sektorit të Emergjencave"],
                    ["Miratuar nga:", "Pjerin Ndreu", "Kryetar i Bashkisë Lezhë"]],
    },
    "english": {
        "header": ["REPUBLIC OF RIVERLAND", "NATIONAL CIVIL PROTECTION AGENCY"],
        "system": "Civil emergency reporting system",
        "name": "Situation report",
        "sections": [
            ("1. Summary", ["Heavy rain since 20 November has flooded the low-lying parts of the municipality."]),
            ("2. Risks", ["The risk of disease from polluted water is rising."]),
            ("3. Next steps", ["Water is expected to leave the inhabited areas by 26 November."]),
        ],
        "signoff": [["Prepared by:", "George Marks", "Head of the Emergencies Unit"],
                    ["Approved by:", "Peter Andrews", "Mayor of Riverton"]],
    },
}  # fmt: skip


def _pdf(lang: dict, signoff_alone: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, h - 50, lang["header"][0])
    c.drawString(60, h - 66, lang["header"][1])
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 84, lang["system"])
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(35, h - 115, lang["name"])
    y = h - 160
    for heading, points in lang["sections"]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(41, y, heading)
        c.setFont("Helvetica", 11)
        for p in points:
            y -= 20
            c.drawString(52, y, "•")
            c.drawString(62, y, p)
        y -= 34
    if signoff_alone:
        c.showPage()
        y = h - 60
    for col, lines in enumerate(lang["signoff"]):
        for n, text in enumerate(lines):
            c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 10)
            c.drawString(35 + 280 * col, y - 14 * n, text)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("signoff_alone", [False, True], ids=["under the last section", "on a page alone"])
@pytest.mark.parametrize("language", list(LANG))
def test_the_system_header_names_the_sender_and_the_sign_off_is_left_out(language: str, signoff_alone: bool) -> None:
    lang = LANG[language]
    report = parse_bytes(_pdf(lang, signoff_alone), "raport.pdf")[0]
    assert report.title == lang["name"]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == lang["sections"]
    assert "signature block line" in " ".join(report.warnings)
