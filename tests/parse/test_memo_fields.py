"""A memo template sets its header fields without colons under the report's name ("Onderwerp  Overbezetting …",
"Aan  Raad van Bestuur", "Subject  Flooding at Riverside", "To  Strategic group"), and a house style may set the
sender's particulars in small print in a frame at the page's margin (a colophon: directorate, contact, date,
reference). Neither is an item: the fields address the memo, the colophon is its letterhead. In Word, HTML, Markdown
and PDF (the colophon in Word, where its frame sets it apart), in Dutch and English. A first point that happens to
open with such a word stays an item."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

MEMOS = {
    "dutch": (
        "Situatierapportage",
        [("Onderwerp", "Overbezetting opvanglocatie Dijkhuizen, rapportage nr. 3"), ("Aan", "Raad van Bestuur")],
        [
            (
                "Samenvatting",
                [
                    "Sinds 19 augustus slapen nieuwkomers in de wachtruimte omdat er geen bedden vrij zijn.",
                    "Op de locatie verblijven 1.151 asielzoekers.",
                ],
            ),
            ("Personeel", ["Het ziekteverzuim is 7,5%.", "Er zijn 12 uitzendkrachten ingezet."]),
        ],
        ["Directie Opvang en Wonen", "Contactpersoon", "A. van Dijk", "T 088 715 8666", "Kenmerk", "COA-2026-2176"],
    ),
    "english": (
        "Situation report",
        [("To", "Strategic coordinating group"), ("From", "Housing recovery cell"), ("Subject", "Riverside floods")],
        [
            (
                "Summary",
                [
                    "42 homes in the Riverside and Mill Lane streets remain without power after the second night.",
                    "The rest centre closed at 18:00.",
                ],
            ),
            ("Staffing", ["Two surveyors are off sick.", "Agency cover starts on Monday."]),
        ],
        ["Housing Directorate", "Contact", "J. Patel", "T 01632 960 118", "Reference", "HRC/2026/31"],
    ),
}


def _frame(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    for key, value in (("w:w", "2268"), ("w:wrap", "around"), ("w:hAnchor", "page"), ("w:vAnchor", "page")):
        frame.set(qn(key), value)
    frame.set(qn("w:x"), "9356")
    frame.set(qn("w:y"), "2978")
    ppr.insert(0, frame)


def _docx(lang: str, colophon: bool = True) -> bytes:
    title, fields, sections, particulars = MEMOS[lang]
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9)
    if colophon:
        p = d.add_paragraph()
        _frame(p)
        for n, line in enumerate(particulars):
            run = p.add_run(line)
            run.font.size = Pt(7.5)
            if n < len(particulars) - 1:
                run.add_break()
    d.add_paragraph().add_run(title).font.size = Pt(14)
    for n, (label, value) in enumerate(fields):
        p = d.add_paragraph()
        p.add_run(label + ("\t" if n % 2 else " ")).bold = bool(n % 2 == 0)
        p.add_run(value)
    for heading, points in sections:
        d.add_heading(heading, 1)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(lang: str) -> bytes:
    title, fields, sections, _ = MEMOS[lang]
    head = "".join(f"<p><strong>{label}</strong> {value}</p>" for label, value in fields)
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in sections)
    return f"<html><body><main><h1>{title}</h1>{head}{body}</main></body></html>".encode()


def _markdown(lang: str) -> bytes:
    title, fields, sections, _ = MEMOS[lang]
    head = "".join(f"**{label}** {value}\n\n" for label, value in fields)
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {t}\n" for t in items) for h, items in sections)
    return f"# {title}\n\n{head}\n{body}".encode()


def _pdf(lang: str) -> bytes:
    title, fields, sections, _ = MEMOS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = A4[1] - 90
    c.setFont("Helvetica", 15)
    c.drawString(56, y, title)
    y -= 30
    for label, value in fields:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, label)
        c.setFont("Helvetica", 9)
        c.drawString(60 + c.stringWidth(label, "Helvetica-Bold", 9), y, value)
        y -= 14
    y -= 12
    for heading, points in sections:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, y, heading)
        y -= 17
        c.setFont("Helvetica", 9)
        for point in points:
            c.drawString(60, y, "–")
            c.drawString(72, y, point)
            y -= 13
        y -= 10
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "word": (_docx, "r.docx"),
    "html": (_html, "r.html"),
    "markdown": (_markdown, "r.md"),
    "pdf": (_pdf, "r.pdf"),
}


@pytest.mark.parametrize("lang", list(MEMOS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_memo_fields_and_colophon_are_no_items(layout: str, lang: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(lang), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == MEMOS[lang][2]


def test_the_colophon_is_counted_in_the_warnings() -> None:
    report = parse_bytes(_docx("dutch"), "r.docx")[0]
    assert any("colophon" in w for w in report.warnings)


def test_a_framed_paragraph_in_the_body_size_stays() -> None:
    d = docx.Document(io.BytesIO(_docx("english", colophon=False)))
    note = d.add_paragraph("Sandbags are available at the depot until 20:00.")
    _frame(note)
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "r.docx")[0]
    assert "Sandbags are available at the depot until 20:00." in [i.text for i in report.items()]


@pytest.mark.parametrize("layout", ["html", "markdown"])
def test_points_opening_with_a_field_label_stay_items(layout: str) -> None:
    title, _, sections, _ = MEMOS["english"]
    fields = [("To date", "40 homes have been pumped out."), ("From", "Monday the depot opens at 07:00.")]
    make, name = LAYOUTS[layout]
    original = MEMOS["english"]
    MEMOS["english"] = (title, fields, sections, original[3])
    try:
        report = parse_bytes(make("english"), name)[0]
    finally:
        MEMOS["english"] = original
    texts = [i.text for i in report.items()]
    assert "To date 40 homes have been pumped out." in texts
