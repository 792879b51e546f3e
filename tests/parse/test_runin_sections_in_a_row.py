"""A return written as labelled paragraphs, one per section ("Personale: …", "Finanze: …", "Rischi: …"),
in a web page and in Word: each label naming a section's meaning heads its section even when every
paragraph is labelled, and a mitigation label in the report's own language gives the risk its mitigation.
Speakers' turns in a row stay items."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

PARAS = [
    ("Personale", "tre assenze per malattia questa settimana nel servizio."),
    ("Finanze", "la spesa aggiuntiva è di 12.000 euro fino ad oggi."),
    ("Rischi", "la carenza di personale potrebbe aumentare. Mitigazione: turni extra del personale interno."),
    ("Comunicazione", "il sito web del comune è aggiornato ogni giorno."),
]
TURNS = [("Alice", "the pumps at the quay are running."), ("Bob", "can we stand the rest centre down?")] * 2


def _html(paras: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<p><b>{label}:</b> {text}</p>" for label, text in paras)
    return f"<html><body><h1>Rapporto settimanale 3</h1>{body}</body></html>".encode()


def _docx(paras: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_heading("Rapporto settimanale 3", 0)
    for label, text in paras:
        p = d.add_paragraph()
        p.add_run(f"{label}:").bold = True
        p.add_run(f" {text}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _sections(report: Report) -> list[tuple[str | None, str | None, list[str]]]:
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


@pytest.mark.parametrize(("name", "make"), [("r.html", _html), ("r.docx", _docx)])
def test_labelled_paragraphs_naming_sections_head_them(name: str, make) -> None:
    report = parse_bytes(make(PARAS), name)[0]
    sections = _sections(report)
    assert [(h, k) for h, k, _ in sections] == [
        ("Personale", "workforce"),
        ("Finanze", "finance"),
        ("Rischi", "risks"),
        ("Comunicazione", "communications"),
    ]
    risk = report.sections[[s.heading for s in report.sections].index("Rischi")].items[0]
    assert risk.mitigation == "turni extra del personale interno."


@pytest.mark.parametrize(("name", "make"), [("m.html", _html), ("m.docx", _docx)])
def test_speakers_turns_in_a_row_stay_items(name: str, make) -> None:
    report = parse_bytes(make(TURNS), name)[0]
    assert not [s.heading for s in report.sections if s.heading]
    assert len(report.items()) == len(TURNS)
