"""A Word report's masthead laid out as a table of one row, the sender's name beside the report's ("Agencia de
Emergencias …" over "Centro de Coordinación 112" | "INFORME DE SITUACIÓN Nº 2"), is its masthead: the
report's name is the title and the sender no item. At the close, the signer's post set over "Fdo.: …"
("EL DIRECTOR DE LA AGENCIA") belongs to the signature, not a heading.

Two layouts: the sender on the left of the banner and a post in capitals over "Fdo.:", and the report's name
on the left and a post in plain case over "Signed:".
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SENDER = ["Agencia de Emergencias del Levante", "Centro de Coordinación de Emergencias 112"]
NAME = "INFORME DE SITUACIÓN Nº 2"
SECTIONS = [
    ("I. SITUACIÓN ACTUAL", ["Los embalses de la cuenca se encuentran al 64 % de su capacidad."]),
    ("II. INCIDENCIAS", ["Cortadas al tráfico 21 carreteras de la red autonómica.", "562 personas desalojadas."]),
]


def _word(name_first: bool) -> bytes:
    d = docx.Document()
    row = d.add_table(rows=1, cols=2).rows[0]
    sender, name = (row.cells[1], row.cells[0]) if name_first else (row.cells[0], row.cells[1])
    sender.paragraphs[0].add_run(SENDER[0]).bold = True
    sender.add_paragraph(SENDER[1])
    name.paragraphs[0].add_run(NAME).bold = True
    for heading, points in SECTIONS:
        d.add_heading(heading, level=1)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    d.add_paragraph("")
    if name_first:
        d.add_paragraph("Director of Emergency Services")
        d.add_paragraph("Signed: Luis Martín Herrero")
    else:
        d.add_paragraph("EL DIRECTOR DE LA AGENCIA")
        d.add_paragraph("Fdo.: Luis Martín Herrero")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("name_first", [False, True])
def test_a_banner_row_is_the_masthead_and_the_signer_s_post_is_the_signature(name_first: bool) -> None:
    report = parse_bytes(_word(name_first), "informe-2.docx")[0]
    assert report.title == NAME
    assert report.number == 2
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[1].key == "impacts"
    assert any("signature" in w for w in report.warnings)
