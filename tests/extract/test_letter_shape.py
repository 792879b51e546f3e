"""A mail's greeting and close in a language sitroom has no words for, known by their shape: a word or three closed
by a comma opens it; a word or three closed by a comma closes it when only the writer's short lines follow (a name, a
post, an office). Neither is a point. A comma line with a sentence under it, or a point after it, closes nothing.

Layouts: plain text and HTML, in Luganda, Malagasy and Tok Pisin."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

LANGUAGES = {
    "luganda": ("Ssebo/Nnyabo,", "Webale nnyo,"),
    "malagasy": ("Tompoko,", "Misaotra betsaka,"),
    "tok-pisin": ("Gude olgeta,", "Tenkyu tru,"),
}
SECTIONS = [
    ("1. Summary", ["Flood waters covered 12 villages on 3 May."]),
    ("2. Next steps", ["The district team meets on 6 May."]),
]
SIGNATURE = ["Nakato Sarah", "Disaster Management Focal Person", "Wakiso District Local Government"]


def _message(language: str, html: bool) -> bytes:
    greeting, close = LANGUAGES[language]
    body = [line for h, items in SECTIONS for line in (h, *(f"- {i}" for i in items))]
    lines = [greeting, *body, close, *SIGNATURE]
    msg = EmailMessage()
    msg["From"] = "Nakato Sarah <s.nakato@district.example>"
    msg["To"] = "ndmc@opm.example"
    msg["Subject"] = "Flood report 1"
    if html:
        parts = [f"<p>{greeting}</p>"]
        for heading, items in SECTIONS:
            parts.append(f"<p><b>{heading}</b></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>")
        parts += [f"<p>{line}</p>" for line in (close, *SIGNATURE)]
        msg.set_content("<html><body>" + "".join(parts) + "</body></html>", "html")
    else:
        msg.set_content("\n\n".join(lines) + "\n")
    return msg.as_bytes()


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_greeting_and_close_are_known_by_their_shape(language: str, html: bool) -> None:
    report = parse_bytes(_message(language, html), "report.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS


def test_a_comma_line_over_a_sentence_closes_nothing() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Flood report 1"
    lines = ["Summary", "- Flood waters covered 12 villages.", "Meanwhile,", "The bridge at Kasubi reopened today."]
    msg.set_content("\n\n".join(lines) + "\n")
    report = parse_bytes(msg.as_bytes(), "report.eml")[0]
    assert "The bridge at Kasubi reopened today." in [i.text for i in report.items()]
