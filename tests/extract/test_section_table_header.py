"""A report written as a table of sections, the section's name in the left column and its points beside it, often
carries a first row naming the columns ("Thema | Stand 08:00 Uhr", "Topic | Update"): that row is the columns'
names, no section. Set in <th>, in bold cells as a mail program writes them, in HTML, in a mail and in Word."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Lage", ["Das Landeskriminalamt ermittelt.", "Die Zentrale Ansprechstelle Cybercrime ist eingebunden."]),
    ("Personal", ["Das Rechenzentrum hat 2.916 Überstunden geleistet."]),
    ("Kosten", ["Für neue Hardware wurden 70.000 € freigegeben.", "Externe Dienstleister kosten bisher 1,64 Mio. €."]),
]
HEADER = ("Thema", "Stand 08:00 Uhr")


def _table_html(th: bool) -> str:
    tag = "th" if th else "td"
    head = "".join(f"<{tag}><b>{h}</b></{tag}>" if not th else f"<th>{h}</th>" for h in HEADER)
    rows = "".join(
        f"<tr><td><b>{h}</b><br></td><td><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul></td></tr>"
        for h, points in SECTIONS
    )
    return f"<table border='1'><tbody><tr>{head}</tr>{rows}</tbody></table>"


def _html(th: bool) -> bytes:
    return f"<html><body><main><h1>Lagebericht Nr. 1</h1>{_table_html(th)}</main></body></html>".encode()


def _mail(th: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jana Weber <weber@uni.example>"
    msg["To"] = "krisenstab@uni.example"
    msg["Subject"] = "Lagebericht Nr. 1"
    msg.set_content(f"<html><body><p>Liebe Mitglieder des Krisenstabs,</p>{_table_html(th)}</body></html>", "html")
    return msg.as_bytes()


def _docx(th: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph("Lagebericht Nr. 1", style="Title")
    t = d.add_table(rows=1, cols=2)
    for cell, text in zip(t.rows[0].cells, HEADER, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for heading, points in SECTIONS:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(heading).bold = True
        cells[1].paragraphs[0].text = points[0]
        cells[1].paragraphs[0].style = "List Bullet"
        for p in points[1:]:
            cells[1].add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("th", [True, False])
@pytest.mark.parametrize("make,name", [(_html, "r.html"), (_mail, "r.eml"), (_docx, "r.docx")])
def test_the_columns_names_over_a_table_of_sections_are_no_section(make, name: str, th: bool) -> None:
    report = parse_bytes(make(th), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
