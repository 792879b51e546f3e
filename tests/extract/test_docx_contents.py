"""A contents list in a Word document: typed by hand (a tab or dot leaders before the page number) or
the result of a TOC field in Word's "toc 1" style. Navigation, not items: left out and counted."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sitroom.read import parse_bytes

SECTIONS = [
    ("1 Current position", ["Twelve care homes report cases among residents or staff."]),
    ("2 Risks and issues", ["The home care market is fragile and is being monitored."]),
    ("3 Workforce", ["Staff can book a test at the regional site."]),
]


def _field_char(par, kind: str, instruction: str | None = None) -> None:
    run = par.add_run()._r
    if instruction:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = instruction
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    run.append(el)


def _docx(contents_title: str, entries: str) -> bytes:
    d = Document()
    d.add_paragraph("Children's Services Operational Position Report 1", style="Title")
    d.add_paragraph("6 April 2020")
    toc = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH) if entries == "field" else None
    d.add_paragraph(contents_title, style="Heading 1" if entries == "tab" else None)
    for n, (heading, _) in enumerate(SECTIONS):
        if entries == "field":
            p = d.add_paragraph(style=toc)
            if n == 0:
                _field_char(p, "begin")
                _field_char(p, "instr", ' TOC \\o "1-3" \\h \\z \\u ')
                _field_char(p, "separate")
            p.add_run(f"{heading}\t{2 + n}")
            if n == len(SECTIONS) - 1:
                _field_char(p, "end")
        elif entries == "tab":
            d.add_paragraph(f"{heading}\t{2 + n}")
        else:
            d.add_paragraph(f"{heading} {'.' * 40} {2 + n}")
    for heading, items in SECTIONS:
        d.add_heading(heading, 1)
        for text in items:
            d.add_paragraph(text, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("entries", ["tab", "leaders", "field"])
@pytest.mark.parametrize("contents_title", ["Contents", "Sommaire", "Inhalt"])
def test_a_contents_list_in_word_is_left_out_and_counted(contents_title, entries):
    report = parse_bytes(_docx(contents_title, entries), "position.docx")[0]
    assert report.date == date(2020, 4, 6)
    assert [s.heading for s in report.sections] == [h for h, _ in SECTIONS]
    assert [[i.text for i in s.items] for s in report.sections] == [b for _, b in SECTIONS]
    assert any("contents" in w for w in report.warnings)


def test_figures_beside_labels_that_are_not_headings_stay_items():
    d = Document()
    d.add_paragraph("Weekly position", style="Title")
    d.add_heading("Cases", 1)
    for line in ("Northfield 12", "Southfield 15", "Eastfield 19"):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Northfield", 1)
    d.add_paragraph("The ward reopened on Monday.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "position.docx")[0]
    assert [i.text for i in report.sections[0].items] == ["Northfield 12", "Southfield 15", "Eastfield 19"]
