"""A report sent as a French or Spanish letter closes with the formula of politeness ("Veuillez agréer, Monsieur le
Président, l'expression de notre haute considération."), the signer's post and name set centred in bold and the
list of whom copies go to under "Copie :" or "Copia a:": none of it is a point of the last section. In Word."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from sitroom.read import parse_bytes

SECTIONS = [
    ("Synthèse", ["Abonnés recevant moins de douze heures d'eau par semaine : 4 911."]),
    ("Suites à donner", ["Réunion de coordination avec les unions de municipalités le 6 août."]),
]
FORMULAS = [
    "Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.",
    "Je vous prie d'agréer, Madame la Préfète, l'expression de mes salutations distinguées.",
    "Recevez, Monsieur le Maire, l'assurance de ma considération distinguée.",
]
COPIES = ["Copie :", "Copies :", "Copie à :", "Copia a:"]


def _letter(formula: str, copies: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Objet : Rapport de situation n° 1 – approvisionnement en eau potable")
    d.add_paragraph("Monsieur le Président,")
    for heading, points in SECTIONS:
        d.add_paragraph(heading, style="Heading 2")
        for point in points:
            d.add_paragraph(f"– {point}")
    d.add_paragraph(formula)
    for line in ("Le Directeur général", "Ing. Rami Sleiman"):
        p = d.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(copies)
    for entry in ("Ministère de l'Énergie et de l'Eau", "Mohafazat de la Békaa", "Archives"):
        d.add_paragraph(f"– {entry}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("copies", COPIES)
@pytest.mark.parametrize("formula", FORMULAS)
def test_the_formula_signature_and_copies_close_the_letter(formula: str, copies: str) -> None:
    report = parse_bytes(_letter(formula, copies), "lettre.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS
