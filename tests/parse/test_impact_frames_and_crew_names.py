"""Section names a reader keys at sight: an impact on something is an impact, whatever it falls on ("Impact on service
delivery", "Impacto en la población", "Conséquences sur le réseau", "Auswirkungen auf den Betrieb"), not what it
falls on; the crews a service puts out are its workforce ("Our firefighters", "Resources on scene", Georgian
"ბრიგადები"), and so are a sitrep's "Resources" where its points say no more (but "Useful resources" guide); the
help it gives is assistance (Armenian "Աջակցություն բնակչությանը", Maltese "Servizz lill-konsumaturi"); a storm's
"Service disruption" is an impact and a police paper's "Future action" its next steps; the weather as it is
("Weather and on-scene conditions", "Hidrometeorološka situacija") is the situation, its outlook the forecast. Read
from a Word report and a web page."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Impact on service delivery", "impacts"),
    ("Impacto en la población", "impacts"),
    ("Conséquences sur le réseau", "impacts"),
    ("Auswirkungen auf den Betrieb", "impacts"),
    ("Service disruption", "impacts"),
    ("Future action", "next-steps"),
    ("Weather and on-scene conditions", "situation"),
    ("Hidrometeorološka situacija", "situation"),
    ("Weather outlook", "forecast"),
    ("Our firefighters", "workforce"),
    ("Resources on scene", "workforce"),
    ("Resources", "workforce"),
    ("Recursos", "workforce"),
    ("Useful resources", "guidance"),
    ("ბრიგადები", "workforce"),
    ("Աջակցություն բնակչությանը", "assistance"),
    ("Servizz lill-konsumaturi", "assistance"),
]
POINT = "Figures are given as at 18:00 on 4 November."


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Situation Report No. 4", style="Title")
    for heading, _ in SECTIONS:
        d.add_paragraph(heading, style="Heading 1")
        d.add_paragraph(POINT, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(f"<h2>{h}</h2><ul><li>{POINT}</li></ul>" for h, _ in SECTIONS)
    return f"<html><body><main><h1>Situation Report No. 4</h1>{body}</main></body></html>".encode()


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_impacts_crews_and_help_take_their_keys(fmt: str) -> None:
    data = _docx() if fmt == "docx" else _html()
    report = parse_bytes(data, f"sitrep.{fmt}")[0]
    assert [(s.heading, s.key) for s in report.sections if s.heading] == SECTIONS
