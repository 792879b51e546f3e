"""Section names of a utility's and a health office's reports: the help to customers ("Customer service", "Atención al
cliente", "Huduma kwa wateja") is assistance, what the utility invests ("Inversión") its finance, an outbreak's
"Cases and deaths" its impacts; the customers themselves ("Impact on customers") stay impacts. Read from the heading
alone and from a Word report whose sections they name."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

NAMES = [
    ("Customer service", "assistance"), ("Customer care", "assistance"), ("Atención al cliente", "assistance"),
    ("6. HUDUMA KWA WATEJA", "assistance"), ("Inversión", "finance"), ("Investments", "finance"),
    ("3. CASES AND DEATHS", "impacts"), ("Deaths", "impacts"), ("Impact on customers", "impacts"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), NAMES)
def test_the_heading_gets_its_key(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


def test_a_utility_reports_sections_are_keyed() -> None:
    d = docx.Document()
    d.add_heading("Boletín de cortes de energía N.º 2", 0)
    for heading, point in [("Atención al cliente", "Las agencias atienden de 08:00 a 17:00."),
                           ("Inversión", "Se han invertido 1,2 millones en la red.")]:  # fmt: skip
        d.add_heading(heading, 1)
        d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "boletin.docx")[0]
    assert [(s.heading, s.key) for s in report.sections if s.items] == [
        ("Atención al cliente", "assistance"), ("Inversión", "finance"),
    ]  # fmt: skip
