"""A bilingual service's report printed to PDF: the logo's names in small print, in both languages side by side
(three columns of two lines, as a government's signature sets them), then the report's name in bold at the size
of the section headings, and right under it the same name in the other language in the body's print, then the
sections. The small print is the sender's letterhead and the two names are the title, however many lines the logo
holds: none of them is a section or an item. Checked in English and French, Welsh and English, Finnish and
Swedish, with the logo's names in two or three columns."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LANG = {
    "english-french": {
        "logo": [["Fisheries and Oceans", "Canada"], ["Pêches et Océans", "Canada"],
                 ["Canadian Coast Guard", "Garde côtière canadienne"]],
        "title": "Environmental Response – Incident Situation Report",
        "again": "Intervention environnementale – Rapport de situation",
        "sections": [
            ("Key points", ["Containment boom deployed in metres: 4,612."]),
            ("Environmental impacts", ["Oiled birds collected by wildlife responders: 86."]),
            ("Planned activities", ["The next situation report will be issued on September 9."]),
        ],
    },
    "welsh-english": {
        "logo": [["Llywodraeth Cymru", "Welsh Government"], ["Cyfoeth Naturiol Cymru", "Natural Resources Wales"]],
        "title": "Adroddiad Sefyllfa rhif 3",
        "again": "Situation Report No. 3",
        "sections": [
            ("Crynodeb", ["Mae 212 eiddo wedi dioddef llifogydd ers dydd Sadwrn."]),
            ("Effeithiau", ["Mae 14 ffordd ar gau yn y sir."]),
            ("Camau nesaf", ["Cyhoeddir yr adroddiad nesaf am 18:00."]),
        ],
    },
    "finnish-swedish": {
        "logo": [["Sisäministeriö", "Inrikesministeriet"], ["Pelastuslaitos", "Räddningsverket"],
                 ["Länsi-Uusimaa", "Västra Nyland"]],
        "title": "Tilannekatsaus nro 3",
        "again": "Lägesrapport nr 3",
        "sections": [
            ("Yleiskuva", ["Tulvan vuoksi on evakuoitu 38 kotitaloutta."]),
            ("Vaikutukset", ["Kuusi tietä on suljettu liikenteeltä."]),
            ("Seuraavat toimet", ["Seuraava katsaus julkaistaan klo 16."]),
        ],
    },
}  # fmt: skip


def _pdf(lang: dict, columns: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(56, h - 80, 18, 14, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 8)
    names = lang["logo"][:columns]
    for n, pair in enumerate(names):
        for k, line in enumerate(pair):
            c.drawString(90 + 110 * n, h - 70 - 10 * k, line)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, h - 130, lang["title"])
    c.setFont("Helvetica-Oblique", 10.5)
    c.drawString(56, h - 145, lang["again"])
    y = h - 185
    for heading, points in lang["sections"]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, y, heading)
        c.setFont("Helvetica", 10.5)
        for p in points:
            y -= 18
            c.drawString(66, y, "•")
            c.drawString(76, y, p)
        y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(56, 40, "Page 1 of 1")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("columns", [2, 3])
@pytest.mark.parametrize("name", sorted(LANG))
def test_logo_small_print_and_both_names_are_the_head(name, columns):
    lang = LANG[name]
    report = parse_bytes(_pdf(lang, columns), "sitrep.pdf")[0]
    headings = [s.heading for s in report.sections]
    assert headings == [h for h, _ in lang["sections"]]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, points in lang["sections"] for p in points]
    assert report.title.startswith(lang["title"])
    assert lang["again"] in report.title
