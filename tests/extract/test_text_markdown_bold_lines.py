"""A line typed between double stars ("**Synthèse**") is a chat's Markdown for a bold line: in a plain-text export of
the chat, a saved text file or a mail's plain text, it names the section under it, its stars being markup."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

BODY = """**Synthèse**
- 1 793 habitations ont été inondées.
- L'épisode du 10 octobre a touché 77 communes du département.

**Moyens engagés**
- 284 sapeurs-pompiers sont engagés.

**Points de vigilance**
- Des pillages dans les zones évacuées. Mesure : Patrouilles de gendarmerie renforcées la nuit.
"""
SECTIONS = {
    "Synthèse": ["1 793 habitations ont été inondées.", "L'épisode du 10 octobre a touché 77 communes du département."],
    "Moyens engagés": ["284 sapeurs-pompiers sont engagés."],
    "Points de vigilance": ["Des pillages dans les zones évacuées. Mesure : Patrouilles de gendarmerie renforcées la "
                            "nuit."],
}  # fmt: skip


def _chat() -> bytes:
    return (
        "12/10/2026 17:18:40 - Capitaine Morel [Intérieur]: Reconnaissance hélico terminée\n"
        "12/10/2026 18:33:33 - Claire Roussel [Intérieur]: **Point de situation n°1 – COD de l'Aude**\n"
        f"Arrêté à 18h00\n\n{BODY}\n"
        "12/10/2026 18:44:50 - Sophie Laurent [ARS]: Pour info l'ARS envoie une équipe demain matin.\n"
    ).encode()


def _file() -> bytes:
    return f"Point de situation n°1 – COD de l'Aude\n\n{BODY}".encode()


def _mail() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "cod@aude.example", "coz@example.org", "Point de situation n°1"
    msg.set_content(BODY)
    return msg.as_bytes()


@pytest.mark.parametrize(
    ("make", "name"), [(_chat, "salon.txt"), (_file, "point.txt"), (_mail, "point.eml")], ids=["chat", "file", "mail"]
)
def test_double_starred_lines_head_their_sections(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
