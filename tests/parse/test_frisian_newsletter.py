"""A municipality's update to residents in West Frisian: the greeting "Bêste ynwenner,", the covering line
"Hjirûnder fine jo de lêste ynformaasje oer …", the date line "woansdei 18 febrewaris 2026" (a Frisian weekday and
month), the sections keyed ("Gearfetting", "Stân fan saken", "Meiwurkers", "Folgjende stappen") and the close "Mei
freonlike groetnis". The date is read; none of the greeting, covering line, date line or close is an item. As a
plain-text mail, an HTML mail and a Markdown page."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("GEARFETTING", "highlights", ["By in pluimveebedriuw yn Jirnsum is fûgelgryp fêststeld."]),
    (
        "STÂN FAN SAKEN",
        "situation",
        ["De 42.000 hinnen op it bedriuw binne rûme.", "De ophokplicht jildt yn hiel Fryslân."],
    ),
    ("MEIWURKERS", "workforce", ["Tolve meiwurkers fan de gemeente helpe by de kontrôles."]),
    ("FOLGJENDE STAPPEN", "next-steps", ["Wy kontrolearje de bedriuwen yn de 10-kilometersône."]),
]
OPENING = ["Bêste ynwenner,", "Hjirûnder fine jo de lêste ynformaasje oer de fûgelgryp yn ús gemeente.",
           "woansdei 18 febrewaris 2026"]  # fmt: skip
CLOSE = ["Mei freonlike groetnis,", "Gemeente Súdwest-Fryslân"]


def _plain() -> str:
    body = "\n\n".join(OPENING) + "\n\n"
    for heading, _, points in SECTIONS:
        body += heading + "\n" + "".join(f"- {p}\n" for p in points) + "\n"
    return body + "\n".join(CLOSE) + "\n"


def _html() -> str:
    body = "".join(f"<p>{line}</p>" for line in OPENING)
    for heading, _, points in SECTIONS:
        body += f"<h2>{heading.capitalize()}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    return f"<html><body>{body}" + "".join(f"<p>{c}</p>" for c in CLOSE) + "</body></html>"


def _mail(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Gemeente <nijs@gemeente.example>"
    msg["To"] = "ynwenner@example.org"
    msg["Subject"] = "Fûgelgryp: update 3"
    msg["Date"] = "Wed, 18 Feb 2026 09:00:00 +0100"
    if html:
        msg.set_content(_html(), subtype="html")
    else:
        msg.set_content(_plain())
    return msg.as_bytes()


def _markdown() -> bytes:
    body = "\n\n".join(OPENING) + "\n"
    for heading, _, points in SECTIONS:
        body += f"\n## {heading.capitalize()}\n\n" + "".join(f"- {p}\n" for p in points)
    return (f"# Fûgelgryp: update 3\n\n{body}\n" + "\n\n".join(CLOSE) + "\n").encode()


@pytest.mark.parametrize("make,name", [(lambda: _mail(False), "u.eml"), (lambda: _mail(True), "u.eml"),
                                       (_markdown, "u.md")])  # fmt: skip
def test_a_frisian_update_is_read_and_keyed(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    got = [(s.heading.upper(), s.key, [i.text for i in s.items]) for s in report.sections]
    assert got == SECTIONS
    assert report.date == date(2026, 2, 18)
