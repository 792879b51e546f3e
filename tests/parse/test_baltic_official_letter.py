"""A report sent as a Lithuanian or Latvian administration's official letter: the letterhead (the administration's
name over one long line of its address, numbers and registration), a row laying out whom it is addressed to beside
its date and registration number ("2026-10-13 Nr. (E)-4.15-4634"), the subject in capitals opening with "about"
("DĖL …", "PAR …") and the covering paragraph ("Informuojame apie …", "Informējam, ka …"), then the sections; under
them the signer's post and name on one line, parted by tabs, and the preparer's name with how to reach them. The
subject is the title, the date the letter's, and none of the letter's frame is a section or a point. In Word and in
a PDF."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LETTERS = {
    "lt": {
        "head": ["ŠIAULIŲ MIESTO SAVIVALDYBĖS ADMINISTRACIJA",
                 "Biudžetinė įstaiga, Vasario 16-osios g. 62, LT-76295 Šiauliai, tel. (8 41) 59 63 00, el. p. "
                 "info@siauliai.lt, https://www.siauliai.lt. Duomenys kaupiami ir saugomi Juridinių asmenų registre, "
                 "kodas 188771865"],
        "to": ["Šiaulių miesto savivaldybės tarybos nariams", "Nacionaliniam visuomenės sveikatos centrui"],
        "dated": ["2026-10-13 Nr. (E)-4.15-4634", "Į ____________ Nr. ____________"],
        "subject": "DĖL EKSTREMALIOSIOS SITUACIJOS PADĖTIES",
        "cover": "Informuojame apie ekstremaliosios situacijos, paskelbtos dėl padangų perdirbimo įmonėje kilusio "
                 "gaisro, padėtį 2026 m. spalio 13 d. 11 val. (informacija Nr. 2).",
        "sections": [("Svarbiausia informacija", ["Gaisras lokalizuotas, degančių padangų plotas – 4 585 kv. m."]),
                     ("Tolesni veiksmai", ["Ugdymo įstaigų veiklą planuojama atnaujinti spalio 18 d."])],
        "sign": ("Administracijos direktorius", "Antanas Bartulis"),
        "preparer": "Rasa Mockienė, tel. (8 41) 59 63 44, el. p. rasa.mockiene@siauliai.lt",
        "day": date(2026, 10, 13),
    },
    "lv": {
        "head": ["RĪGAS DOMES ĀRKĀRTAS SITUĀCIJU KOMISIJA",
                 "Rātslaukums 1, Rīga, LV-1539, tālrunis 67012345, e-pasts ark@riga.lv, www.riga.lv. Reģistrēts "
                 "Valsts ieņēmumu dienestā, nodokļu maksātāja kods 90011524360"],
        "to": ["Rīgas domes deputātiem", "Valsts ugunsdzēsības un glābšanas dienestam"],
        "dated": ["2026-10-13 Nr. ARK-26-114", "Uz ____________ Nr. ____________"],
        "subject": "PAR ĀRKĀRTAS SITUĀCIJU RIEPU PĀRSTRĀDES UZŅĒMUMĀ",
        "cover": "Informējam, ka ugunsgrēks riepu pārstrādes uzņēmumā ir lokalizēts (informācija Nr. 2).",
        "sections": [("Kopsavilkums", ["Ugunsgrēka platība ir 4 585 kvadrātmetri."]),
                     ("Turpmākā rīcība", ["Skolas darbu atsāks 18. oktobrī."])],
        "sign": ("Komisijas priekšsēdētājs", "Jānis Ozols"),
        "preparer": "Anna Kalniņa, tālr. 67012346, e-pasts anna.kalnina@riga.lv",
        "day": date(2026, 10, 13),
    },
}  # fmt: skip


def _word(r: dict) -> tuple[bytes, str]:
    d = docx.Document()
    for n, line in enumerate(r["head"]):
        d.add_paragraph().add_run(line).bold = n == 0
    row = d.add_table(rows=1, cols=2).rows[0]
    for cell, lines in zip(row.cells, (r["to"], r["dated"]), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    d.add_paragraph().add_run(r["subject"]).bold = True
    d.add_paragraph(r["cover"])
    for heading, points in r["sections"]:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(f"– {point}")
    d.add_paragraph(f"{r['sign'][0]}\t\t\t\t{r['sign'][1]}")
    d.add_paragraph(r["preparer"])
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "rastas.docx"


FONTS = {
    "liberation": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                   "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
}  # fmt: skip


def _pdf(r: dict, family: str = "liberation") -> tuple[bytes, str]:
    regular, bold = FONTS[family]
    pdfmetrics.registerFont(TTFont(f"Baltic-{family}", regular))
    pdfmetrics.registerFont(TTFont(f"Baltic-{family}-Bold", bold))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(f"Baltic-{family}-Bold", 12)
    c.drawCentredString(297, 790, r["head"][0])
    c.setFont(f"Baltic-{family}", 7)
    c.drawCentredString(297, 776, r["head"][1][:150])
    c.setFont(f"Baltic-{family}", 10)
    for n, (left, right) in enumerate(zip(r["to"], r["dated"], strict=True)):
        c.drawString(60, 740 - 14 * n, left)
        c.drawString(330, 740 - 14 * n, right)
    c.setFont(f"Baltic-{family}-Bold", 10)
    c.drawString(60, 690, r["subject"])
    c.setFont(f"Baltic-{family}", 10)
    c.drawString(90, 670, r["cover"][:95])
    c.drawString(60, 656, r["cover"][95:])
    y = 630
    for heading, points in r["sections"]:
        c.setFont(f"Baltic-{family}-Bold", 10)
        c.drawString(90, y, heading)
        c.setFont(f"Baltic-{family}", 10)
        for point in points:
            y -= 16
            c.drawString(90, y, f"– {point}")
        y -= 24
    c.drawString(60, y - 20, r["sign"][0])
    c.drawRightString(535, y - 20, r["sign"][1])
    c.setFont(f"Baltic-{family}", 8)
    c.drawString(60, y - 70, r["preparer"])
    c.save()
    return buf.getvalue(), "rastas.pdf"


def _pdf_dejavu(r: dict) -> tuple[bytes, str]:
    """The same letter printed in another typeface: its lines fall at other widths, the signature's post and name
    apart on their line."""
    return _pdf(r, "dejavu")


@pytest.mark.parametrize("make", [_word, _pdf, _pdf_dejavu])
@pytest.mark.parametrize("lang", list(LETTERS))
def test_the_letter_s_frame_is_no_part_of_the_report(lang: str, make) -> None:
    letter = LETTERS[lang]
    report = parse_bytes(*make(letter))[0]
    assert report.title == letter["subject"]
    assert report.date == letter["day"]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == letter["sections"]
