"""A greeting run together with the line handing the update over, with thanks after it at most ("Hi everyone, here
is today's update on the payments incident. Thank you for all you are doing.") is the writer speaking to the
readers, left out and counted, in a web post, an e-mail and a Word file; a greeting run into news stays."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Current position", ["30,364 payments are still outstanding."]), ("Next steps", ["Rerun the batch."])]
OPENINGS = [
    "Hi everyone, here is today's update on the payments incident. Thank you for all you are doing for our customers.",
    "Hello team, please find this week's sitrep below.",
    "Dear colleagues, here is the latest situation report on the floods. Many thanks for your patience.",
]


def _html(opening: str) -> bytes:
    body = "".join(f"<h3>{h}</h3><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    return f"<html><body><article><p>{opening}</p>{body}</article></body></html>".encode()


def _eml(opening: str) -> bytes:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Payments incident update 3", "ops@example.org", "all@example.org"
    text = "\n\n".join([opening, *(h.upper() + "\n" + "\n".join(f"- {t}" for t in it) for h, it in SECTIONS)])
    msg.set_content(text + "\n")
    return bytes(msg)


def _docx(opening: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Payments incident update 3", style="Title")
    d.add_paragraph(opening)
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


LAYOUTS = {"html": (_html, "post.html"), "eml": (_eml, "update.eml"), "word": (_docx, "update.docx")}


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_greeting_run_into_the_handover_is_no_point(layout: str, opening: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(opening), name)[0]
    assert [i.text for i in report.items()] == [t for _, items in SECTIONS for t in items]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_greeting_run_into_news_stays(layout: str) -> None:
    make, name = LAYOUTS[layout]
    opening = "Hi everyone, 2,000 more payments were made overnight."
    report = parse_bytes(make(opening), name)[0]
    assert any("2,000 more payments" in i.text for i in report.items())
