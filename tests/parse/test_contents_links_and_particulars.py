"""An Estonian rescue board's overview: under its title the time it stands at ("Seisuga 14.01.2025 kell 09:00"),
the incident it is about ("Sündmus: torm …") and the next overview's time; a contents list whose lines are links
to the headings' "_Toc" bookmarks, each with its page number after a tab; the sign-off "Koostas:" with the name
and the post. None of it is an item, and the contents lines are no fields ("Olukorra kokkuvõte: 1").

Layouts: a Word document with the contents as a field's links, one with them in plain paragraphs without links
(the contents then read by their page numbers), and a Markdown page (particulars and sign-off only).
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sitroom.read import parse_bytes

TITLE = "Olukorra ülevaade nr 2"
UNDER = ["Seisuga 14.01.2025 kell 09:00", "Sündmus: torm ja ulatuslikud elektrikatkestused"]
NEXT = "Järgmine ülevaade: 15. jaanuar kell 09:00"
SECTIONS = {
    "Olukorra kokkuvõte": ["Elektrita on 12 400 majapidamist.", "Tormi tipp on möödas."],
    "Riskid": ["Kütuse puudus generaatoritele."],
}
CLOSE = ["Koostas:", "Kadri Tamm", "staabi infoosakonna juht"]


def _toc_line(d: docx.Document, text: str, page: int, linked: bool) -> None:
    p = d.add_paragraph()
    if not linked:
        p.add_run(f"{text}\t{page}")
        return
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), f"_Toc18740{page}{len(text)}")
    for part in (text, "\t", str(page)):
        run = OxmlElement("w:r")
        if part == "\t":
            run.append(OxmlElement("w:tab"))
        else:
            t = OxmlElement("w:t")
            t.text = part
            run.append(t)
        link.append(run)
    p._p.append(link)


def _word(linked: bool) -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, 0)
    for line in [*UNDER, NEXT]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("Sisukord").bold = True
    for n, heading in enumerate(SECTIONS, start=1):
        _toc_line(d, heading, n, linked)
    for heading, points in SECTIONS.items():
        d.add_heading(heading, 1)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in CLOSE:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> bytes:
    lines = [f"# {TITLE}", "", UNDER[0], "", UNDER[1], "", NEXT, ""]
    for heading, points in SECTIONS.items():
        lines += [f"## {heading}", "", *(f"- {p}" for p in points), ""]
    lines += [f"{c}  " for c in CLOSE]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("make", "name"),
    [(lambda: _word(True), "ylevaade.docx"), (lambda: _word(False), "ylevaade.docx"), (_markdown, "ylevaade.md")],
    ids=["word-contents-links", "word-contents-lines", "markdown"],
)
def test_particulars_contents_and_sign_off_are_no_items(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == TITLE
    assert report.date == date(2025, 1, 14)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == list(SECTIONS.items())
