"""The line giving the place and the day, with the hour ("Община Мизия, 8 септември 2025 г., 08:00 ч.", "ონის
მუნიციპალიტეტი, 14 ივლისი 2025, 08:00", "Northfield Council, 6 April 2020, 08:00") is the masthead's, in scripts
with and without capitals; and a letter's sign-off run together with the name, post, office and phone under it
("С уважение, инж. Петър Николов Секретар … тел.: …") closes the report. In Word, HTML and plain text."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Flood situation report No. 3"
SECTIONS = [("Situation", ["Five villages are flooded."]), ("Next steps", ["Damage survey on Monday."])]
DATELINES = [
    "Община Мизия, 8 септември 2025 г., 08:00 ч.",
    "ონის მუნიციპალიტეტი, 14 ივლისი 2025, 08:00",
    "Northfield Council, 6 April 2020, 08:00",
]
SIGNOFFS = [
    "С уважение, инж. Петър Николов Секретар на Общинския кризисен щаб Община Мизия тел.: 0915 / 2 12 34",
    "Kind regards, Jo Patel Emergency Planning Officer Northfield Council tel.: 01632 960 123",
]


def _docx(under: str, close: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(under)
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(close)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(under: str, close: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><h1>{TITLE}</h1><p>{under}</p>{body}<p>{close}</p></body></html>".encode()


def _text(under: str, close: str) -> bytes:
    out = [TITLE, "", under, ""]
    for h, items in SECTIONS:
        out += [h.upper(), *[f"- {t}" for t in items], ""]
    return "\n".join([*out, close, ""]).encode()


LAYOUTS = {"word": (_docx, "r.docx"), "html": (_html, "r.html"), "text": (_text, "r.txt")}


@pytest.mark.parametrize("close", SIGNOFFS, ids=["bg", "en"])
@pytest.mark.parametrize("under", DATELINES, ids=["bg", "ka", "en"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_dateline_and_the_run_on_signoff_are_no_points(layout: str, under: str, close: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(under, close), name)[0]
    got = [(s.heading.capitalize() if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == SECTIONS
    assert report.title == TITLE
    assert report.date is not None
