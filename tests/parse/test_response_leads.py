"""Under a risk, what is done or advised in answer to it leads its mitigation as "Mitigation:" does:
"What we're doing:", "Our response:", "Recommended action:", and in Spanish, Italian and Portuguese the
actions taken ("Acciones:", "Azioni:", "Ações:") as "Action:" does in English.

Two layouts: a council's web page (``<h2>`` headings, each risk a paragraph with its lead in bold) and a
service's return in Word (Heading styles, each risk a bulleted point with its lead in the same run).
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

RISKS = [
    ("Rivers may rise again on Friday.", "What we're doing:", "sandbags stocked at three depots."),
    ("Care homes may lose power.", "Our response:", "generators loaned to the four homes most at risk."),
    ("Schools may stay closed next week.", "Recommended action:", "agree remote learning with head teachers."),
]
OPENING = ("Situation", ["Flood warnings remain in force on the Ouse."])


def _html(rows: list[tuple[str, str, str]] = RISKS) -> bytes:
    risks = "".join(f"<p>{risk} <strong>{lead}</strong> {mitigation}</p>" for risk, lead, mitigation in rows)
    body = f"<h2>{OPENING[0]}</h2><p>{OPENING[1][0]}</p><h2>Risks</h2>{risks}"
    return f"<html><head><title>Flood update 4</title></head><body><h1>Flood update 4</h1>{body}</body></html>".encode()


def _word(rows: list[tuple[str, str, str]] = RISKS) -> bytes:
    d = docx.Document()
    d.add_heading("Flood update 4", level=1)
    d.add_heading(OPENING[0], level=2)
    d.add_paragraph(OPENING[1][0], style="List Bullet")
    d.add_heading("Risks", level=2)
    for risk, lead, mitigation in rows:
        d.add_paragraph(f"{risk} {lead} {mitigation}", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("write,name", [(_html, "update.html"), (_word, "update.docx")])
def test_what_is_done_in_answer_to_a_risk_is_its_mitigation(write, name) -> None:
    report = parse_bytes(write(), name)[0]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [(i.text.split(".")[0] + ".", i.mitigation) for i in risks.items] == [(r, m) for r, _, m in RISKS]


ACTIONS = [
    ("El riesgo de propagación hacia El Roble aumenta.", "Acciones:", "cortafuegos construidos en el perímetro."),
    ("Il fiume potrebbe salire ancora venerdì.", "Azioni:", "sacchi di sabbia pronti in tre depositi."),
    ("As escolas podem ficar fechadas.", "Ações:", "ensino à distância acordado com as escolas."),
]


@pytest.mark.parametrize("write,name", [(_html, "update.html"), (_word, "update.docx")])
def test_actions_taken_against_a_risk_in_other_languages_are_its_mitigation(write, name) -> None:
    report = parse_bytes(write(ACTIONS), name)[0]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == [m for _, _, m in ACTIONS]


NORDIC_AND_POLISH = [
    ("Risk för översvämning längs Dalälven.", "Åtgärd:", "vallar byggs vid Avesta."),
    ("Flere veier kan bli stengt av ras.", "Tiltak:", "omkjøring er skiltet."),
    ("Możliwe przerwanie wału w Brzegu.", "Działania:", "worki z piaskiem na wale."),
]


@pytest.mark.parametrize("write,name", [(_html, "update.html"), (_word, "update.docx")])
def test_measures_against_a_risk_in_nordic_languages_and_polish_are_its_mitigation(write, name) -> None:
    report = parse_bytes(write(NORDIC_AND_POLISH), name)[0]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == [m for _, _, m in NORDIC_AND_POLISH]
