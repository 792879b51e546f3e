"""A text typed with no wrapping (TextEdit, Notepad with word wrap on, a phone's mail): lines run far past any
margin, and none carries its sentence on to the next line in lower case. Each line is then a point of its own, the
one ending a sentence at the text's longest line too; a text wrapped at a margin still has its wrapped lines joined.
The place and the date with the hour the French way ("Maripasoula, le 19 octobre 2026 à 16h00") are the masthead's.
In plain text (Unix and Windows line ends) and in a mail's plain text."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

HEAD = [
    "COMMUNE DE GRAND-SANTI",
    "CELLULE DE CRISE COMMUNALE",
    "",
    "POINT DE SITUATION N° 2",
    "Grand-Santi, le 20 octobre 2026 à 16h00",
    "",
]
SECTIONS = [
    (
        "1) RÉSUMÉ",
        [
            "Le niveau du fleuve baisse depuis la fin septembre et la navigation en pirogue est très difficile entre"
            " le bourg et les écarts.",
            "Habitants des écarts isolés par la baisse du fleuve : 612.",
        ],
    ),
    (
        "2) EAU POTABLE",
        [
            "Foyers sans eau au robinet : 373.",
            "La distribution de bouteilles d'eau se poursuit chaque matin au bourg et dans les deux écarts les plus"
            " éloignés.",
        ],
    ),
]
WRAPPED = [
    ("SUMMARY", ["The river level has been falling since the end of September and travel by canoe between the town"
                 " and the outlying villages is now very difficult for everyone."]),
    ("WATER", ["Households without running water: 373."]),
]  # fmt: skip


def _unwrapped(newline: str) -> bytes:
    lines = list(HEAD)
    for heading, points in SECTIONS:
        lines += [heading, *points, ""]
    return newline.join(lines).encode()


def _mail() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "mairie@example.org", "cellule@example.org", "Point de situation n° 2"
    msg["Date"] = "Tue, 20 Oct 2026 16:05:00 -0300"
    msg.set_content(_unwrapped("\n").decode())
    return msg.as_bytes()


LAYOUTS = {"txt-lf": (lambda: _unwrapped("\n"), "r.txt"), "txt-crlf": (lambda: _unwrapped("\r\n"), "r.txt"),
           "eml": (_mail, "r.eml")}  # fmt: skip


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_line_typed_without_wrapping_is_a_point(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert str(report.date) == "2026-10-20"


def test_a_text_wrapped_at_a_margin_is_joined_again() -> None:
    lines = []
    for heading, points in WRAPPED:
        lines.append(heading)
        for point in points:
            words, line = point.split(), ""
            for word in words:
                if line and len(line) + 1 + len(word) > 72:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
        lines.append("")
    report = parse_bytes("\n".join(lines).encode(), "r.txt")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == WRAPPED
