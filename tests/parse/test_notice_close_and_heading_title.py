"""A notice written as a letter to families or passengers: its one line set as a heading over a date line is
its name, its sections are set in bold; it closes with thanks, the writer's name over their post, a line
asking for questions with the number to call and when the next update comes, and a note on whom it was sent to.
None of that close is an item, and nothing of the report is lost with it. A link to the notice in another
language under the title is no item either.

Three layouts: Markdown exported from a word processor, a web page, and a Word document.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "District Closure Notice"
DATE_LINE = "Update 3 - Wednesday, January 8, 2025, 5:30 a.m."
LANGUAGE = "Lea este aviso en español"
SECTIONS = [
    ("Where things stand", ["All schools and district offices are closed today.", "1,204 homes are without power."]),
    ("Meals for students", ["Grab-and-go meals are handed out at 4 sites from 11 a.m. to 1 p.m."]),
    ("How we'll let you know", ["14,160 families have signed up for text alerts."]),
]
CLOSE = [
    "Thank you for your patience and for keeping our students safe.",
    "Dr. Angela Ruiz",
    "Superintendent",
    "Questions? Call the district hotline at (555) 014-2200. The next update will be sent by 8 p.m. on Thursday.",
    "This notice was sent to all families and staff of the district.",
]


def _markdown() -> bytes:
    lines = [f"# {TITLE}", "", f"**{DATE_LINE}**", "", f"[{LANGUAGE}](https://example.org/es)", ""]
    for heading, items in SECTIONS:
        lines += [f"**{heading}**", "", *(f"* {i}" for i in items), ""]
    lines += [*(f"{c}\n" for c in CLOSE[:4]), "---", "", f"*{CLOSE[4]}*", ""]
    return "\n".join(lines).encode()


def _html() -> bytes:
    body = f"<h1>{TITLE}</h1><p><b>{DATE_LINE}</b></p><p><a href='/es'>{LANGUAGE}</a></p>"
    for heading, items in SECTIONS:
        body += f"<p><b>{heading}</b></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    body += "".join(f"<p>{c}</p>" for c in CLOSE[:4]) + f"<hr><p><i>{CLOSE[4]}</i></p>"
    return f"<html><body>{body}</body></html>".encode()


def _word() -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph().add_run(DATE_LINE).bold = True
    d.add_paragraph(LANGUAGE)
    for heading, items in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    for c in CLOSE:
        d.add_paragraph(c)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name"), [(_markdown, "notice.md"), (_html, "notice.html"), (_word, "notice.docx")])
def test_a_notice_closed_as_a_letter_keeps_its_points_and_drops_its_close(make, name: str) -> None:
    report: Report = parse_bytes(make(), name)[0]
    assert report.title == TITLE
    assert [s.heading for s in report.sections] == [h for h, _ in SECTIONS]
    assert [[i.text for i in s.items] for s in report.sections] == [items for _, items in SECTIONS]
    assert [s.key for s in report.sections] == ["situation", "assistance", "communications"]
    assert report.date is not None and report.date.isoformat() == "2025-01-08"
