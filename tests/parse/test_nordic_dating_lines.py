"""A Nordic situation report dates itself in a line under its title ("Gäller: 2024-01-15 kl. 08.00. Nästa
lägesbild: se nedan.", "Tilanne 12.8.2024 kello 10.00. Katsaus on laadittu …", "Status pr. 16. februar
2024"): the line says when the report stands, not what happened, and is no item; a sentence that opens with
the same word but states the situation ("Tilanne on vakava …") stays.

Two layouts: a Word report (a bold title, the dating line, Heading 1 sections) and plain text.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

CASES = {
    "sv": ("Lägesbild nr 1 – Stormen", "Gäller: 2024-01-15 kl. 08.00. Nästa lägesbild: se nedan.", "Aktuellt läge",
           ["4 823 hushåll är fortfarande utan el", "Flera vägar är blockerade av nedfallna träd"]),
    "fi": ("Tilannekatsaus 2 – Tulva", "Tilanne 12.8.2024 kello 10.00. Katsaus on laadittu johtoryhmän kokouksessa.",
           "Tilannekuva", ["Tilanne on vakava 12 kunnassa", "Evakuoituja on 340"]),
    "da": ("Situationsrapport nr. 3", "Status pr. 16. februar 2024", "Situationen",
           ["Vandstanden er steget 1,2 meter", "Tre veje er lukket"]),
}  # fmt: skip


def _word(lang: str) -> bytes:
    title, dated, heading, points = CASES[lang]
    d = docx.Document()
    d.add_paragraph().add_run(title).bold = True
    d.add_paragraph(dated)
    d.add_heading(heading, level=1)
    for point in points:
        d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(lang: str) -> str:
    title, dated, heading, points = CASES[lang]
    return "\n".join([title, dated, "", heading, "", *(f"- {p}" for p in points), ""])


def _check(report: Report, lang: str) -> None:
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [(CASES[lang][2], CASES[lang][3])]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_nordic_dating_line_under_a_word_report_s_title_is_no_item(lang: str) -> None:
    _check(parse_bytes(_word(lang), "rapport.docx")[0], lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_nordic_dating_line_under_a_plain_text_title_is_no_item(lang: str) -> None:
    _check(parse_text(_text(lang), "rapport.txt"), lang)
