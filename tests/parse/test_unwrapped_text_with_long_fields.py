"""Plain text typed with no wrapping (TextEdit, Notepad with word wrap off): each paragraph is one line, however long.
A long field among the head's lines ("Destinataires : Sous-préfecture …, Préfecture …, ARS Guyane"), which ends on a
word with no stop, is a list of values, not a sentence wrapped at a margin: the text shows no margin, so two lines
each ending a sentence are two points, not one point wrapped. The writer's field ("Rédacteur : DGS", "Author: …") is
the byline.

Layouts: French, English and Spanish, LF and CRLF line ends.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

HEADS = {
    "fr": ["Destinataires : Sous-préfecture de Saint-Laurent-du-Maroni (cellule de crise), Préfecture de la Guyane "
           "(EMIZ), CTG, ARS Guyane", "Rédacteur : DGS"],
    "en": ["Distribution: District Emergency Management Office (duty desk), Regional Council, Water Authority, "
           "Health Board", "Author: Chief Executive"],
    "es": ["Destinatarios: Coordinación Estatal de Protección Civil (mesa de guardia), Presidencia Municipal, "
           "Comisión del Agua, Jurisdicción Sanitaria", "Redactor: Dirección de Protección Civil"],
}  # fmt: skip
SECTIONS = [
    ("1) RÉSUMÉ", ["The river level has been falling since 29 September and boats can hardly travel between the "
                   "village and the outlying hamlets upstream.", "People cut off by the low river: 848."]),
    ("2) WATER", ["Homes without running water: 373.", "The council delivers water to older and sick people in the "
                  "hamlets every morning with the two boats that can still pass."]),
]  # fmt: skip


def _text(lang: str, newline: str) -> bytes:
    lines = ["COMMUNE DE MARIPASOULA", "POINT DE SITUATION N° 1", "", *HEADS[lang], "", ""]
    for name, points in SECTIONS:
        lines += [name, *points, ""]
    return newline.join(lines).encode()


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("lang", sorted(HEADS))
def test_each_sentence_line_is_a_point(lang: str, newline: str) -> None:
    report = parse_bytes(_text(lang, newline), f"point-{lang}.txt")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS
