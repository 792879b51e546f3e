"""An official report from a prefecture: the approval block ("APROB," / "PREFECT," / the prefect's name), the
letterhead (the state, the ministry, the office, the committee), the registration number with its date, then
the report's name in capitals ("INFORMARE"), a line saying what it is about ("privind …"), Roman-numbered
sections, and the signature ("Întocmit," / the post / the officer). The letterhead and the subject line are the
masthead, the name is the title, the signature is left out; each section keeps its points.

Two layouts: a Word document and a web page.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

LETTERHEAD = [
    "APROB,",
    "PREFECT,",
    "Ion-Sorin Dumitrescu",
    "ROMÂNIA",
    "MINISTERUL AFACERILOR INTERNE",
    "INSTITUȚIA PREFECTULUI – JUDEȚUL BUZĂU",
    "Nr. 1.317 din 20.01.2025",
]
TITLE = "INFORMARE"
REGARDING = "privind situația operativă generată de viscol și întreruperile în alimentarea cu energie electrică"
SECTIONS = {
    "I. Situația generală": ["Viscolul afectează 14 localități din județ.", "Sunt închise 7 drumuri județene."],
    "II. Riscuri identificate": ["Riscul de îngheț al conductelor crește."],
}
SIGNATURE = ["Întocmit,", "Șef Centru Operațional", "lt. col. Andrei Marin"]


def _word() -> bytes:
    d = docx.Document()
    for line in LETTERHEAD:
        d.add_paragraph().add_run(line).bold = line.isupper()
    d.add_paragraph().add_run(TITLE).bold = True
    d.add_paragraph(REGARDING)
    for heading, points in SECTIONS.items():
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in SIGNATURE:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(f"<p>{line}</p>" for line in LETTERHEAD) + f"<p><b>{TITLE}</b></p><p>{REGARDING}</p>"
    for heading, points in SECTIONS.items():
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    body += "".join(f"<p>{line}</p>" for line in SIGNATURE)
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize(("make", "name"), [(_word, "informare.docx"), (_html, "informare.html")])
def test_a_letterhead_over_the_reports_name_is_its_masthead(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == list(SECTIONS.items())
