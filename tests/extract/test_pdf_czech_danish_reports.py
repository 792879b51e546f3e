"""A Czech, Slovak or Danish situation report in PDF, read as a reader of the language reads it.

Over the body: the sender's lines (the regional authority and its crisis staff, set no larger than the
report's name) over the report's name with its number ("SITUAČNÍ ZPRÁVA č. 3", "SITUAČNÁ SPRÁVA č. 3") and
a table of its particulars with labels closed by a colon, one an abbreviation ("Č. j.:"), the date written
day first with its full stop ("15. září 2024, 06:00 hod."): the masthead, with no heading or item of it, and
the report's date and number read from it. In the body, a risk table of one row (Riziko | Opatření) gives
the risk its mitigation; a line opening with such a date opens with its day, not a list number; the
approving officer's "Schválil: …" closes the report. A Danish report's details line under its title
("Rapport nr. 3 · 21. oktober 2024, kl. 07.00 · Udarbejdet af: …") dates it and is no part of its name, its
risks carry their "Tiltag:" and its closing "Fordeling: …" (who receives it) is no item.

Two layouts each: a page drawn line by line (bold labels beside values, the sender centred, numbered bold
headings, "–" points, a ruled risk table), and a flowed page of paragraphs and ruled tables as a word
processor exports it. The letters are outside the PDF's standard fonts: they are set in DejaVu Sans.
"""

from __future__ import annotations

import io
from datetime import date
from html import escape

import pytest
from pdf_sheets import dejavu

from sitroom.model import Report
from sitroom.read import parse_bytes

CZECH = {
    "sender": ["KRAJSKÝ ÚŘAD PARDUBICKÉHO KRAJE", "KRIZOVÝ ŠTÁB KRAJE"],
    "name": "SITUAČNÍ ZPRÁVA č. 3",
    "fields": [("Událost:", "Povodeň na Labi"), ("Datum a čas:", "15. září 2024, 06:00 hod."),
               ("Zpracoval:", "sekretariát krizového štábu"), ("Č. j.:", "KrÚ 5112/2024")],
    "sections": [
        ("1. Popis situace", ["Hladina Labe v Pardubicích klesá.", "Kulminace v Kolíně se očekává 16. září."]),
        ("2. Dopady na obyvatelstvo", ["Evakuováno 412 obyvatel.", "Uzavřeno 17 silnic II. a III. třídy."]),
        ("3. Rizika", []),
        ("4. Předpověď počasí", ["Výstraha před povodněmi platí do odvolání."]),
    ],
    "risk": ("Riziko", "Opatření", "Protržení hráze rybníka Buňkov.", "Nepřetržitý dozor na hrázi."),
    "close": "Schválil: předseda krizového štábu kraje",
    "date": date(2024, 9, 15),
}  # fmt: skip
SLOVAK = {
    **CZECH,
    "sender": ["OKRESNÝ ÚRAD ŽILINA", "KRÍZOVÝ ŠTÁB OKRESU"],
    "name": "SITUAČNÁ SPRÁVA č. 3",
    "fields": [("Udalosť:", "Povodeň na Váhu"), ("Dátum a čas:", "3. októbra 2024, 07:00 hod."),
               ("Spracoval:", "sekretariát krízového štábu"), ("Č. j.:", "OU-ZA 812/2024")],
    "sections": [
        ("1. Popis situácie", ["Hladina Váhu v Žiline klesá."]),
        ("2. Dopady na obyvateľstvo", ["Evakuovaných 96 obyvateľov."]),
        ("3. Riziká", []),
    ],
    "risk": ("Riziko", "Opatrenia", "Zosuv svahu nad obcou Strečno.", "Hliadky a uzávierka cesty."),
    "close": "Schválil: prednosta okresného úradu",
    "date": date(2024, 10, 3),
}  # fmt: skip


def _drawn(report: dict, details: bool = True) -> bytes:
    """A4 drawn line by line: the sender and the name centred, bold labels beside values between rules,
    bold numbered headings, "–" points, a ruled two-column risk table, the approval and the page footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = dejavu()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, y = A4[0], A4[1] - 60
    for line in report["sender"]:
        c.setFont(bold, 11)
        c.drawCentredString(width / 2, y, line)
        y -= 14
    y -= 10
    c.setFont(bold, 15)
    c.drawCentredString(width / 2, y, report["name"])
    y -= 26
    if details:
        for label, value in report["fields"]:
            c.line(56, y + 12, width - 56, y + 12)
            c.setFont(bold, 9)
            c.drawString(62, y, label)
            c.setFont(regular, 9)
            c.drawString(172, y, value)
            y -= 17.5
        c.line(56, y + 12, width - 56, y + 12)
        y -= 14
    for heading, items in report["sections"]:
        c.setFont(bold, 11)
        c.drawString(62, y, heading)
        y -= 17
        for item in items:
            c.setFont(regular, 10)
            if report.get("glyph", "–"):
                c.drawString(66, y, "–")
            c.drawString(77, y, item)
            y -= 15.5
        if not items:  # the risks, as a table
            head_risk, head_mitigation, risk, mitigation = report["risk"]
            c.line(56, y + 12, width - 56, y + 12)
            for font, left, right in ((bold, head_risk, head_mitigation), (regular, risk, mitigation)):
                c.setFont(font, 9)
                c.drawString(62, y, left)
                c.drawString(328, y, right)
                y -= 17.5
                c.line(56, y + 12, width - 56, y + 12)
        y -= 10
    c.setFont(regular, 9)
    c.drawString(62, y - 20, report["close"])
    c.setFont(regular, 8)
    c.drawCentredString(width / 2, 30, "Strana 1 / 1")
    c.save()
    return buf.getvalue()


def _flowed(report: dict, details: bool = True) -> bytes:
    """A4 from a word processor: centred paragraphs, the particulars and the risks as ruled tables of
    paragraphs, headings as bold paragraphs and points as paragraphs with a "–" bullet."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    regular, bold = dejavu()
    st = {
        "sender": ParagraphStyle("s", fontName=bold, fontSize=11, leading=14, alignment=1),
        "name": ParagraphStyle("n", fontName=bold, fontSize=15, leading=19, alignment=1, spaceBefore=8, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4),
        "li": ParagraphStyle("li", fontName=regular, fontSize=10, leading=13, leftIndent=14, bulletIndent=4),
        "cell": ParagraphStyle("c", fontName=regular, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=9, leading=11),
        "close": ParagraphStyle("cl", fontName=regular, fontSize=9, leading=11, spaceBefore=18),
    }  # fmt: skip

    def table(rows: list[tuple[str, str]], bold_first_row: bool, widths: list[float]) -> Table:
        # the particulars' labels in bold beside plain values; the risk table's header row in bold
        def style(n: int, column: int) -> ParagraphStyle:
            return st["cellb"] if (n == 0 if bold_first_row else column == 0) else st["cell"]

        cells = [
            [Paragraph(escape(a), style(n, 0)), Paragraph(escape(b), style(n, 1))] for n, (a, b) in enumerate(rows)
        ]
        t = Table(cells, colWidths=widths, hAlign="LEFT")
        t.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        return t

    story: list = [Paragraph(escape(line), st["sender"]) for line in report["sender"]]
    story.append(Paragraph(escape(report["name"]), st["name"]))
    if details:
        story.append(table(report["fields"], False, [110, 260]))
    for heading, items in report["sections"]:
        story.append(Paragraph(escape(heading), st["h"]))
        story += [Paragraph(escape(item), st["li"], bulletText=report.get("glyph", "–") or None) for item in items]
        if not items:
            head_risk, head_mitigation, risk, mitigation = report["risk"]
            story.append(table([(head_risk, head_mitigation), (risk, mitigation)], True, [240, 240]))
    story.append(Paragraph(escape(report["close"]), st["close"]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


LAYOUTS = {"drawn": _drawn, "flowed": _flowed}
LANGUAGES = {"cs": CZECH, "sk": SLOVAK}


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "zprava.pdf")[0]


def _texts(report: Report) -> list[str]:
    return [s.heading or "" for s in report.sections] + [i.text for s in report.sections for i in s.items]


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_sender_name_and_particulars_are_the_masthead(layout: str, language: str) -> None:
    """No heading or item of the sender's lines, the report's name or its particulars ("Č. j.:" among them);
    the date written "15. září 2024" and the number after "č." are read; the approval closes the report."""
    source = LANGUAGES[language]
    report = _parse(LAYOUTS[layout](source))
    assert [s.heading for s in report.sections] == [h for h, _ in source["sections"]]
    assert report.title == source["name"]
    assert report.date == source["date"]
    assert report.number == 3
    texts = _texts(report)
    for label, value in source["fields"]:
        assert not any(label.rstrip(":") in t or value in t for t in texts)
    assert not any(t in texts for t in source["sender"])
    assert source["close"] not in texts
    assert [[i.text for i in s.items] for s in report.sections if s.key != "risks"] == [
        items for _, items in source["sections"] if items
    ]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_senders_lines_over_the_name_are_the_masthead_without_particulars(layout: str) -> None:
    """Without a table of particulars, the sender's lines opening the page over the report's name are
    still the sender's: no section of them."""
    report = _parse(LAYOUTS[layout](CZECH, details=False))
    assert [s.heading for s in report.sections] == [h for h, _ in CZECH["sections"]]
    assert report.title == CZECH["name"]


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_risk_table_of_one_row_gives_the_risk_its_mitigation(layout: str, language: str) -> None:
    """Riziko | Opatření over a single row is a register: the risk cell the item, the other its mitigation."""
    source = LANGUAGES[language]
    report = _parse(LAYOUTS[layout](source))
    _, _, risk, mitigation = source["risk"]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [(i.text, i.mitigation) for i in risks.items] == [(risk, mitigation)]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_an_english_risk_table_of_one_row_is_a_register_too(layout: str) -> None:
    risk, mitigation = "Dam breach at Bunkov pond.", "Dam watched day and night."
    report = _parse(LAYOUTS[layout]({**CZECH, "risk": ("Risk", "Mitigation", risk, mitigation)}))
    assert [(i.text, i.mitigation) for i in report.sections[2].items] == [(risk, mitigation)]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_line_opening_with_a_day_and_its_full_stop_keeps_its_day(layout: str) -> None:
    """A paragraph "16. září 2024, 14:00 hod. se sejde …" opens with a date: its "16." is the day, not a list
    number; "1. Popis situace" is still a numbered heading."""
    points = [
        "16. září 2024, 14:00 hod. se sejde krizový štáb kraje v zasedací místnosti krajského úřadu.",
        "5. März 2024, 10:00 Uhr findet die nächste Lagebesprechung im Stabsraum der Feuerwehr statt.",
    ]
    sections = [("1. Popis situace", ["Hladina Labe v Pardubicích i v Kolíně od včerejšího večera klesá."]),
                ("5. Další postup", points)]  # fmt: skip
    source = {**CZECH, "sections": sections, "glyph": ""}
    report = _parse(LAYOUTS[layout](source))
    assert [s.heading for s in report.sections] == ["1. Popis situace", "5. Další postup"]
    assert [i.text for i in report.sections[1].items] == points
