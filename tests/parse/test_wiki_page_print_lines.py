"""A wiki page as printed or saved: the link back to its parent page and the site's tagline under the title ("< Exam
season 2026", "From Exams Ops Wiki"), the page describing itself ("This page is the daily operational sitrep of …
The duty manager updates it by 17:00 on each exam day.") and its numbered contents box read as one paragraph
("1 Summary 2 Papers and sessions …") are no points. In HTML, Word and plain text."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Exam season 2026/Daily sitrep 2"
UNDER = [
    "< Exam season 2026 From Exams Ops Wiki",
    "This page is the daily operational sitrep of the Waimara Examinations Authority for the end-of-year"
    " examinations. The duty manager updates it by 17:00 on each exam day.",
    "Contents",
    "1 Summary 2 Papers and sessions 3 Paper security",
]
SECTIONS = [
    ("Summary", ["Attendance across all sessions is 93%."]),
    ("Papers and sessions", ["2 sessions ran today in 166 exam centres."]),
    ("Paper security", ["281 sealed script bags were returned by courier today."]),
]


def _html() -> bytes:
    under = "".join(f"<p>{line}</p>" for line in UNDER)
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><h1>{TITLE}</h1>{under}{body}</body></html>".encode()


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for line in UNDER:
        d.add_paragraph(line)
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text() -> bytes:
    out = [TITLE, ""]
    for line in UNDER:
        out += [line, ""]
    for h, items in SECTIONS:
        out += [h, *[f"• {t}" for t in items], ""]
    return "\n".join(out).encode()


@pytest.mark.parametrize("make,name", [(_html, "p.html"), (_docx, "p.docx"), (_text, "p.txt")])
def test_a_wiki_page_gives_only_its_sections(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.title == TITLE
