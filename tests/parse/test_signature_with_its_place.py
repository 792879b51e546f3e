"""A report closed by the thanks over the signer's name, their post and the office's place, each on a line of its
own ("Muchas gracias y que Dios bendici con todos." over "Hon. Ramon C. Atilano", "Punong Barangay / Chairman,
BDRRMC", "Barangay Tetuan, Zamboanga City"), then the telephone and who prepared it: the chair of a committee and a
village's chief are posts, and the place under the post belongs to the signature. None of it is a point.

A last point naming two places ("Water delivered to Tetuan, Tumaga") stays.

Layouts: plain text and HTML, in Chavacano, English and Spanish.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

CLOSES = {
    "cbk": ["Muchas gracias y que Dios bendici con todos.", "Hon. Ramon C. Atilano",
            "Punong Barangay / Chairman, BDRRMC", "Barangay Tetuan, Zamboanga City", "Cel.: 0917 712 3340",
            "BDRRMC Hotline: 0935 476 9476",
            "Prepared by: Rosalinda F. Climaco, Barangay Secretary"],
    "en": ["Many thanks to all our volunteers.", "Cllr Helen Marsh", "Chair, Resilience Committee",
           "Northfield Council, Town Hall", "Mobile: 07700 900 123", "Prepared by: Jo Patel, Duty Officer"],
    "es": ["Muchas gracias a todos.", "Ing. Rolando Toledo", "Presidente del Comité Municipal",
           "Salina Cruz, Oaxaca", "Tel.: 971 123 4567", "Elaboró: Protección Civil Municipal"],
}  # fmt: skip
SECTIONS = [
    ("Resumen", ["Rotating power cuts of four hours continue in the barangay."]),
    ("Next steps", ["Water delivered to the upland puroks every morning.", "Next report on 9 April."]),
]


def _text(close: list[str]) -> bytes:
    lines = []
    for name, points in SECTIONS:
        lines += [name.upper(), "", *(f"- {p}" for p in points), ""]
    return "\n".join([*lines, close[0], "", *close[1:]]).encode()


def _html(close: list[str]) -> bytes:
    parts = [f"<h2>{n}</h2><ul>" + "".join(f"<li>{p}</li>" for p in pts) + "</ul>" for n, pts in SECTIONS]
    parts += [f"<p>{line}</p>" for line in close]
    return f"<html><body>{''.join(parts)}</body></html>".encode()


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("lang", sorted(CLOSES))
def test_thanks_name_post_and_place_close_the_report(lang: str, fmt: str) -> None:
    data = _text(CLOSES[lang]) if fmt == "txt" else _html(CLOSES[lang])
    report = parse_bytes(data, f"close-{lang}.{fmt}")[0]
    assert [i.text for s in report.sections for i in s.items] == [p for _, pts in SECTIONS for p in pts]


def test_a_last_point_naming_places_stays() -> None:
    data = _html(["Water delivered to Tetuan, Tumaga"])
    items = [i.text for s in parse_bytes(data, "points.html")[0].sections for i in s.items]
    assert items[-1] == "Water delivered to Tetuan, Tumaga"
