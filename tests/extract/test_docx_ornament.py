"""A paragraph of a character or three typed in a picture font (Wingdings, Webdings, Tacteing) is an ornament, not
text: left out and counted. The same characters in a text font stay."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes


def _letter(ornament: str, font: str) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Flood report 2").bold = True
    run = d.add_paragraph().add_run(ornament)
    run.font.name, run.font.size = font, Pt(24)
    d.add_paragraph().add_run("Summary").bold = True
    d.add_paragraph("Flooding closed 3 roads.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("ornament", "font"), [("v", "Wingdings"), ("3", "Tacteing"), ("ÊÊÊ", "Webdings")])
def test_an_ornament_is_no_text(ornament: str, font: str) -> None:
    report = parse_bytes(_letter(ornament, font), "r.docx")[0]
    texts = [s.heading for s in report.sections] + [i.text for s in report.sections for i in s.items]
    assert ornament not in texts and "1 ornament(s) left out" in report.warnings


def test_the_same_characters_in_a_text_font_stay() -> None:
    report = parse_bytes(_letter("3", "Arial"), "r.docx")[0]
    assert "1 ornament(s) left out" not in report.warnings
