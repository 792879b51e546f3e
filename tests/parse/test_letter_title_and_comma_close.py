"""A report sent as a letter in Word: the place and date, the addressee and the subject over the report's name in
Word's Title style are its masthead, not a section; the close on a line ending in a comma, the writer's post and
name under it and the thanks over it are its signature, in any language. In Kabyle, Sango, Arabic and English."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from sitroom.read import parse_bytes

LETTERS = {
    "kabyle": (
        ["Tewrirt Mimun, ass n 12 Ɣuct 2026", ("Ɣer:", " Aqerru n Tɣiwant n At Yenni"), ("Asentel:", " Aneqqis")],
        "Aneqqis n tegnit wis 1",
        [
            ("Agzul", ["Times yeṭṭef tizgwa d yigran i d-yezzin i taddart."]),
            ("Idrimen", ["Agraw yessuter 3 570 000 DA."]),
        ],
        ["Tanemmirt.", "S yisem n ugraw,", "Aselway n ugraw", "**Saïd Hamoum"],
    ),
    "sango": (
        ["Bangui, 14 Mvuka 2026", ("Na:", " Maire ti Bangui")],
        "Rapôro ti kobela ti kolera nimero 1",
        [("ÂKOTA TËNË", ["Kobela ti kolera so ato nda ni na 4 Mvuka."]), ("NGINZA", ["Nginza: 15 960 000 FCFA."])],
        ["Singîla mingi,", "Gervais Ndakala", "Chargé de la santé", "+236 72 50 31 18"],
    ),
    "arabic": (
        ["عدن، 6 يوليو 2026", ("إلى:", " مدير عام مكتب الصحة العامة"), ("الموضوع:", " تقرير الوضع")],
        "تقرير الوضع الوبائي رقم 1",
        [
            ("ملخص الوضع", ["ارتفع عدد الحالات المشتبه بها في المديريات الساحلية."]),
            ("الجانب المالي", ["المصروف: 4,500,000 ر.ي."]),
        ],
        ["وتقبلوا خالص التحية والتقدير،،", "د. فاطمة أحمد باشراحيل", "ضابطة الترصد الوبائي", "هاتف: 02 231 845"],
    ),
    "english": (
        ["Riverside, 3 March 2026", ("To:", " The Chief Executive"), ("Subject:", " Flood report")],
        "Flood situation report 4",
        [("Summary", ["The river fell below the warning level overnight."]), ("Finance", ["Spend to date: £42,000."])],
        ["Thank you.", "Yours sincerely,", "Jane Okafor", "Emergency Planning Officer"],
    ),
}


def _letter(head, title, sections, close) -> bytes:
    d = docx.Document()
    for line in head:
        p = d.add_paragraph()
        if isinstance(line, tuple):
            p.add_run(line[0]).bold = True
            p.add_run(line[1])
        else:
            p.add_run(line)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(title, style="Title")
    for heading, points in sections:
        d.add_paragraph(heading, style="Heading 2")
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in close:
        p = d.add_paragraph()
        p.add_run(line.removeprefix("**")).bold = line.startswith("**")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_a_letters_head_and_close_are_not_the_report(language: str) -> None:
    head, title, sections, close = LETTERS[language]
    report = parse_bytes(_letter(head, title, sections, close), "letter.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
    assert report.title == title
