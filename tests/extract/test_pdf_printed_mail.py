"""An e-mail printed to PDF by the mail program: the mailbox owner's name over a rule is the printer's, the
header fields (label in bold, value at a tab stop) are the message's header, whose subject names the report
and whose sent line dates it, and the body is the report. Drawn on a canvas in English, French, Bulgarian and
Polish (its fields labelled "От:", "Изпратено:", "Тема:", "Прикачени файлове:"; "Od:", "Wysłano:", "Temat:").
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

MAILS = {
    "en": (
        [
            ("From:", "Crisis staff <crisis@town.example>"),
            ("Sent:", "Monday, 8 September 2025 08:41"),
            ("To:", "Regional administration; Police"),
            ("Subject:", "Flood situation report No 3"),
        ],
        {"Summary": ["Flooding hit five villages.", "No deaths."], "Next steps": ["Survey the damage on Monday."]},
    ),
    "fr": (
        [
            ("De :", "Cellule de crise <crise@ville.example>"),
            ("Envoyé :", "lundi 8 septembre 2025 08:41"),
            ("À :", "Préfecture; Gendarmerie"),
            ("Objet :", "Point de situation crue n° 3"),
        ],
        {"Synthèse": ["La crue a touché cinq villages.", "Aucun décès."], "Suites": ["Bilan des dégâts lundi."]},
    ),
    "bg": (
        [
            ("От:", "Общински кризисен щаб <krizisen.shtab@miziya.example>"),
            ("Изпратено:", "понеделник, 8 септември 2025 г. 8:41"),
            ("До:", "Областна администрация – Враца; ОДМВР – Враца"),
            ("Копие:", "Кмет на община Мизия"),
            ("Тема:", "Информация за обстановката № 3 – наводнение"),
            ("Прикачени файлове:", "Snimki_0809.zip"),
        ],
        {"Обобщение": ["Наводнения в пет села.", "Няма загинали."], "Предстоящи действия": ["Оглед в понеделник."]},
    ),
    "pl": (
        [
            ("Od:", "Gminne Centrum Zarządzania Kryzysowego <gczk@gmina.example>"),
            ("Wysłano:", "poniedziałek, 8 września 2025 08:41"),
            ("Do:", "Starostwo Powiatowe; Policja"),
            ("Temat:", "Raport sytuacyjny nr 3 – powódź"),
        ],
        {
            "Podsumowanie": ["Powódź dotknęła pięć wsi.", "Brak ofiar."],
            "Dalsze działania": ["Oględziny w poniedziałek."],
        },
    ),
}
# Type with Cyrillic and Polish letters, for the mails printed in those languages
_TTF = Path("/usr/share/fonts/truetype/liberation")


def _fonts(lang: str) -> tuple[str, str]:
    if lang in ("en", "fr"):
        return "Helvetica", "Helvetica-Bold"
    if not (_TTF / "LiberationSans-Regular.ttf").exists():
        pytest.skip("Liberation fonts (fonts-liberation) are not installed")
    pdfmetrics.registerFont(TTFont("Liberation", str(_TTF / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Liberation-Bold", str(_TTF / "LiberationSans-Bold.ttf")))
    return "Liberation", "Liberation-Bold"


def _print(lang: str) -> bytes:
    fields, sections = MAILS[lang]
    regular, bold = _fonts(lang)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont(bold, 13)
    c.drawString(55, h - 55, "Maria Petrova")
    c.line(55, h - 62, w - 55, h - 62)
    y = h - 82
    for label, value in fields:
        c.setFont(bold, 10.5)
        c.drawString(55, y, label)
        c.setFont(regular, 10.5)
        c.drawString(178, y, value)
        y -= 14
    y -= 24
    for heading, items in sections.items():
        c.setFont(bold, 12)
        c.drawString(55, y, heading)
        y -= 18
        c.setFont(regular, 10.5)
        for item in items:
            c.drawString(70, y, "•")
            c.drawString(82, y, item)
            y -= 14
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", sorted(MAILS))
def test_a_printed_mail_is_named_and_dated_by_its_header(lang: str) -> None:
    report = parse_bytes(_print(lang), "mail.pdf")[0]
    assert (
        report.title
        == dict(MAILS[lang][0])[next(k for k, _ in MAILS[lang][0] if k.startswith(("Sub", "Obj", "Тем", "Tem")))]
    )
    assert report.date == date(2025, 9, 8)
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == MAILS[lang][1]
    assert any("mail program" in w for w in report.warnings)


def test_a_reports_details_table_under_its_title_is_no_mail_header() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _w, h = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(55, h - 55, "Flood Report")
    y = h - 82
    for label, value in (("Date:", "8 September 2025"), ("To:", "Gold Command"), ("Subject:", "River levels")):
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(55, y, label)
        c.setFont("Helvetica", 10.5)
        c.drawString(178, y, value)
        y -= 14
    c.setFont("Helvetica-Bold", 12)
    c.drawString(55, y - 24, "Summary")
    c.setFont("Helvetica", 10.5)
    c.drawString(82, y - 42, "The river is falling.")
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "report.pdf")[0]
    assert not any("mail program" in w for w in report.warnings)
    assert "Flood Report" in (report.title or "")
