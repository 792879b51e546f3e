"""A report's own administration — its "Document control" table (prepared by, approved by, distribution), its
"Version history" — is no section of the report: left out and counted, wherever it stands. A section whose name
only starts like it ("Distribution of food parcels") stays.

Three layouts: a Word report with the control table under a heading at its end, a web page with a version
history table at its top, and a Markdown note with a "Document control" list in French ("Contrôle du document").
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "1. Summary": ["Industrial action by resident doctors runs from 07:00 on Monday."],
    "2. Distribution of food parcels": ["1,240 parcels were delivered to shielding households."],
    "3. Risks": ["Cancelled elective operations are rising."],
}
CONTROL = [("Prepared by", "Sarah Whitcombe, Incident Co-ordinator"), ("Approved by", "Tactical Commander")]


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Industrial Action – Situation Report 2", style="Title")
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for text in items:
            d.add_paragraph(text, style="List Bullet")
    d.add_heading("Document control", level=1)
    table = d.add_table(rows=0, cols=2)
    for label, value in CONTROL:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    rows = "".join(f"<tr><td>0.{n}</td><td>{who}</td><td>{what}</td></tr>" for n, (what, who) in enumerate(CONTROL))
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for h, items in SECTIONS.items())
    return (
        "<html><body><main><h1>Industrial Action – Situation Report 2</h1><h2>Version history</h2>"
        f"<table><tr><th>Version</th><th>Author</th><th>Change</th></tr>{rows}</table>{body}</main></body></html>"
    ).encode()


def _markdown() -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {i}\n" for i in items) + "\n" for h, items in SECTIONS.items())
    control = "".join(f"- {label} : {value}\n" for label, value in CONTROL)
    return f"# Industrial Action – Situation Report 2\n\n{body}## Contrôle du document\n\n{control}".encode()


@pytest.mark.parametrize(("make", "name"), [(_docx, "r.docx"), (_html, "r.html"), (_markdown, "r.md")])
def test_document_control_is_left_out_and_counted(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
    assert any("control, version history and glossary" in w for w in report.warnings), report.warnings


GLOSSARY = [
    ("Flood Watch", "flooding is possible in specific watercourses or municipalities."),
    ("Flood Warning", "flooding is imminent or already occurring in specific watercourses."),
]


def _glossary_mail() -> bytes:
    body = "".join(f"<h3>{h}</h3><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for h, items in SECTIONS.items())
    terms = "<ul>" + "".join(f"<li><b>{term}:</b> {meaning}</li>" for term, meaning in GLOSSARY) + "</ul>"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "duty@example.org", "partners@example.org", "Flood Message 2"
    msg.set_content(f"<p>Flood Message 2</p>{body}<h3>Flood Message Terminology</h3>{terms}", subtype="html")
    return msg.as_bytes()


def _glossary_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Industrial Action – Situation Report 2", style="Title")
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for text in items:
            d.add_paragraph(text, style="List Bullet")
    d.add_heading("Glossary", level=1)
    for term, meaning in GLOSSARY:
        d.add_paragraph(f"{term} – {meaning}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name"), [(_glossary_mail, "r.eml"), (_glossary_docx, "r.docx")])
def test_a_glossary_of_terms_is_left_out_and_counted(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
    assert any("glossary" in w for w in report.warnings), report.warnings


def test_a_section_on_definitions_that_is_no_glossary_stays() -> None:
    md = "# Minutes 4\n\n## Common definitions\n\n- The group agreed to merge the two drafts.\n- Ege writes it up.\n"
    report = parse_bytes(md.encode(), "minutes.md")[0]
    assert [i.text for s in report.sections for i in s.items] == [
        "The group agreed to merge the two drafts.",
        "Ege writes it up.",
    ]
