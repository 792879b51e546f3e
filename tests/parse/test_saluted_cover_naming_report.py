"""An official letter carrying a report, printed to PDF or written in Word: the letterhead, its reference lines, the
place and day, the addressee at the right, the subject line, the salutation, and a covering sentence that names the
report it hands over ("u nastavku dostavljamo izvješće o stanju …", "Please find below Flood Situation Report No.
3 …"). Under a salutation stands the letter's text, so that sentence is the cover, not the report's title: the
letter's head is left out and the report's sections read whole. Under the signature, "M.P." (where the stamp goes)
stands alone at the left: a line of its own, never the end of the last point; the list of whom copies go to
("Dostaviti:", "Доставено до:", "Copy to:") closes the letter. Checked in Croatian, Slovenian,
Macedonian and English."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
LANG = {
    "croatian": {
        "head": ["HRVATSKE VODE", "Vodnogospodarski odjel za Dunav i donju Dravu", "KLASA: 325-08/26-01/01",
                 "URBROJ: 374-23-1-26-1", "Osijek, 14. svibnja 2026."],
        "to": ["MINISTARSTVO GOSPODARSTVA", "Uprava vodnoga gospodarstva", "10000 Zagreb"],
        "subject": "PREDMET: Izvješće o stanju obrane od poplava br. 3 – dostavlja se",
        "salutation": "Poštovani,",
        "cover": "u nastavku dostavljamo izvješće o stanju obrane od poplava na području odjela sa stanjem na dan "
                 "14. svibnja 2026.",
        "sections": [
            ("1. Sažetak", ["Zbog obilnih oborina proglašene su izvanredne mjere obrane od poplava."]),
            ("2. Posljedice", ["Poplavljene poljoprivredne površine u hektarima: 3.129."]),
            ("3. Daljnje aktivnosti", ["Sljedeće izvješće bit će dostavljeno 15. svibnja."]),
        ],
        "close": ["S poštovanjem,", "RUKOVODITELJ OBRANE OD POPLAVA", "Josip Kovačević"],
        "copies": ["Dostaviti:", "1. Arhiva", "2. Regional office"],
    },
    "slovenian": {
        "head": ["DIREKCIJA RS ZA VODE", "Sektor območja srednje Save", "Številka: 35500-12/2026-4",
                 "Datum: 14. 5. 2026"],
        "to": ["UPRAVA RS ZA ZAŠČITO IN REŠEVANJE", "Vojkova cesta 61", "1000 Ljubljana"],
        "subject": "Zadeva: Poročilo o stanju ob poplavah št. 3",
        "salutation": "Spoštovani,",
        "cover": "v nadaljevanju vam pošiljamo poročilo o stanju na poplavnem območju na dan 14. maja 2026.",
        "sections": [
            ("1. Povzetek", ["Reka Sava je ponoči presegla opozorilni pretok na dveh postajah."]),
            ("2. Posledice", ["Poplavljenih je 212 stanovanjskih objektov."]),
            ("3. Nadaljnje aktivnosti", ["Naslednje poročilo bo poslano 15. maja."]),
        ],
        "close": ["S spoštovanjem,", "VODJA SEKTORJA", "mag. Ana Kranjc"],
        "copies": ["Vročiti:", "1. Arhiva", "2. Regional office"],
    },
    "macedonian": {
        "head": ["РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", "Регионален центар за управување со кризи – Кавадарци",
                 "Бр. 13-425/1", "10.08.2026 година", "Кавадарци"],
        "to": ["ДО: Центар за управување со кризи", "Оперативно-комуникациски центар", "Скопје"],
        "subject": "ПРЕДМЕТ: Информација за состојбата со пожарите, бр. 1",
        "salutation": "Почитувани,",
        "cover": "Ве известуваме за состојбата со пожарите на подрачјето на Регионалниот центар заклучно со "
                 "10.08.2026 година во 15:00 часот.",
        "sections": [
            ("1. Резиме", ["Активни пожари на отворен простор: 3."]),
            ("2. Последици", ["Изгорена површина во хектари: 7.696."]),
            ("3. Наредни активности", ["Следната информација ќе биде доставена на 11 август."]),
        ],
        "close": ["Со почит,", "РАКОВОДИТЕЛ НА РЕГИОНАЛЕН ЦЕНТАР", "Зоран Трајков"],
        "copies": ["Доставено до:", "1. Arhiva", "2. Regional office"],
    },
    "english": {
        "head": ["RIVERSIDE DISTRICT COUNCIL", "Emergency Planning Unit", "Our ref: EPU/FL/2026/03",
                 "14 May 2026"],
        "to": ["The Chief Executive", "Regional Resilience Forum", "Northtown NT1 4AB"],
        "subject": "Subject: Flood response",
        "salutation": "Dear Sir,",
        "cover": "Please find below Flood Situation Report No. 3 for the district as at 14 May 2026.",
        "sections": [
            ("1. Summary", ["River levels fell overnight at all three gauges."]),
            ("2. Impacts", ["212 homes have been flooded since Saturday."]),
            ("3. Next steps", ["The next report will be sent on 15 May."]),
        ],
        "close": ["Yours faithfully,", "HEAD OF EMERGENCY PLANNING", "Dr Jane Holt"],
        "copies": ["Copy to:", "1. Arhiva", "2. Regional office"],
    },
}  # fmt: skip


def _pdf(lang: dict) -> bytes:
    pdfmetrics.registerFont(TTFont("SalutedCoverSans", f"{FONT_DIR}/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("SalutedCoverSansBold", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    y = h - 60
    for n, line in enumerate(lang["head"]):
        c.setFont("SalutedCoverSansBold" if n == 0 else "SalutedCoverSans", 11 if n == 0 else 10)
        c.drawString(56, y, line)
        y -= 14
    y -= 10
    c.setFont("SalutedCoverSans", 10)
    for line in lang["to"]:
        c.drawRightString(w - 56, y, line)
        y -= 14
    y -= 14
    c.setFont("SalutedCoverSansBold", 10.5)
    c.drawString(56, y, lang["subject"])
    y -= 26
    c.setFont("SalutedCoverSans", 10.5)
    c.drawString(56, y, lang["salutation"])
    y -= 14
    words, line = lang["cover"].split(), ""
    for word in words:
        if c.stringWidth(f"{line} {word}", "SalutedCoverSans", 10.5) > w - 112:
            c.drawString(56, y, line)
            y, line = y - 14, word
        else:
            line = f"{line} {word}".strip()
    c.drawString(56, y, line)
    y -= 30
    for heading, points in lang["sections"]:
        c.setFont("SalutedCoverSansBold", 11)
        c.drawString(56, y, heading)
        c.setFont("SalutedCoverSans", 10.5)
        for p in points:
            y -= 18
            c.drawString(62, y, "–")
            c.drawString(74, y, p)
        y -= 30
    for line in lang["close"]:
        c.drawRightString(w - 56, y, line)
        y -= 16
    c.drawString(56, y - 10, "M.P.")
    y -= 40
    for line in lang["copies"]:
        c.drawString(56, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx(lang: dict) -> bytes:
    d = docx.Document()
    for n, line in enumerate(lang["head"]):
        d.add_paragraph(line).runs[0].bold = n == 0
    for line in lang["to"]:
        d.add_paragraph(line).alignment = 2
    d.add_paragraph(lang["subject"]).runs[0].bold = True
    d.add_paragraph(lang["salutation"])
    d.add_paragraph(lang["cover"])
    for heading, points in lang["sections"]:
        d.add_paragraph(heading).runs[0].bold = True
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in lang["close"]:
        d.add_paragraph(line).alignment = 2
    d.add_paragraph("M.P.")
    for line in lang["copies"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("name", sorted(LANG))
def test_cover_naming_the_report_under_a_salutation_is_no_title(name, fmt):
    lang = LANG[name]
    data = _pdf(lang) if fmt == "pdf" else _docx(lang)
    report = parse_bytes(data, f"letter.{fmt}")[0]
    assert [s.heading for s in report.sections] == [h for h, _ in lang["sections"]]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, points in lang["sections"] for p in points]
