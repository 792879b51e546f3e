"""A report sent in the body of a mail is the report without the letter around it, in the languages of
the writers who send them: the greeting ("Hei alle,", "Hej alla,", "Hallo zusammen,", "Dzień dobry,", "Geachte …,"),
the line handing the report over ("Her er situasjonsrapport nr. 1 …", "W załączeniu raport …") and the
sign-off with the name under it ("Mvh", "Med vänliga hälsningar", "Viele Grüße", "Pozdrawiam")."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Konsekvenser": ["42 personer er evakuert.", "Fylkesvei 17 er stengt."],
    "Videre plan": ["Nytt møte i kriseledelsen kl. 16.00."],
}
LETTERS = [
    ("Hei alle,", "Her er situasjonsrapport nr. 1 fra kriseledelsen, mandag 5. februar kl. 12.00.", "Mvh", "Kari"),
    ("Hej alla,", "Här är lägesbilden från länsstyrelsen.", "Med vänliga hälsningar", "Anna Berg"),
    ("Hallo zusammen,", "Anbei der Lagebericht Nr. 2.", "Viele Grüße", "Jonas Keller"),
    ("Dzień dobry,", "W załączeniu raport sytuacyjny nr 3.", "Pozdrawiam", "Marta Nowak"),
    ("Geachte leden van de raad,", "Hierbij het situatierapport nr. 4.", "Met vriendelijke groet", "Sanne de Vries"),
]


def _mail(greeting: str, handover: str, sign_off: str, name: str) -> bytes:
    lines = [greeting, "", handover, ""]
    for heading, items in SECTIONS.items():
        lines += [heading, *(f"- {i}" for i in items), ""]
    lines += [sign_off, name]
    msg = EmailMessage()
    msg["From"] = f"{name} <post@example.no>"
    msg["To"] = "kriseledelse@example.no"
    msg["Subject"] = "Situasjonsrapport"
    msg["Date"] = "Mon, 05 Feb 2024 12:05:00 +0100"
    msg.set_content("\n".join(lines))
    return msg.as_bytes()


@pytest.mark.parametrize("letter", LETTERS, ids=lambda t: t[0])
def test_the_letter_around_a_report_is_left_out(letter: tuple[str, str, str, str]) -> None:
    report = parse_bytes(_mail(*letter), "sitrep.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
