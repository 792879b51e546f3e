"""A Markdown report's foot set apart by its last rule: the signature's lines broken by hand (two spaces at a line's
end), the approval, whom it goes to and the note on the figures' source. None of it is a point of the last section.

A single paragraph under the last rule (who wrote this month's report) is no signature and stays as it was read.

Layouts: Spanish, English and French, with the note in italics and not.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

FOOTS = {
    "es": ["**Claudia Riquelme Fuentes**  \nDirector(a) Comunal de Gestión del Riesgo  \nMunicipalidad de Santa Juana",
           "V°B° Héctor Salgado Muñoz, Alcalde",
           "Distribución: SENAPRED Biobío; Delegación Presidencial; Concejo Municipal; archivo.",
           "*Las cifras de viviendas corresponden al Informe ALFA N° 1.*"],
    "en": ["**Helen Marsh**  \nHead of Emergency Planning  \nNorthfield Council",
           "Approved: Jo Patel, Chief Executive", "Distribution: Gold group; Police; Fire and Rescue.",
           "Figures on homes are from the council's damage survey."],
    "fr": ["**Hélène Martin**  \nDirectrice générale des services  \nCommune de Saint-Pierre",
           "Vu : le Maire, Paul Durand", "Diffusion : Préfecture ; SDIS ; ARS.", "*Chiffres arrêtés à 18 h.*"],
}  # fmt: skip
SECTIONS = [
    ("1. Resumen", ["Los incendios afectan a tres sectores rurales de la comuna."]),
    ("2. Próximos pasos", ["Próximo informe el 4 de febrero.", "Catastro de viviendas el 5 de febrero."]),
]


def _md(foot: list[str]) -> bytes:
    lines = ["# Informe de situación N° 1", ""]
    for name, points in SECTIONS:
        lines += [f"## {name}", "", *(f"- {p}" for p in points), ""]
    lines += ["---", ""]
    for para in foot:
        lines += [para, ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("lang", sorted(FOOTS))
def test_the_foot_under_the_last_rule_is_no_point(lang: str) -> None:
    report = parse_bytes(_md(FOOTS[lang]), f"informe-{lang}.md")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS


def test_one_paragraph_under_the_last_rule_stays() -> None:
    credit = "This month's report was written by Ana, Bo and Chris. It was reviewed on the mailing list."
    report = parse_bytes(_md([credit]), "monthly.md")[0]
    assert credit in [i.text for s in report.sections for i in s.items]
