"""Under a heading of risks, a run-in label after the risk's sentence introduces what is done about it,
whatever words the publisher chose ("Actions in hand:", "Countermeasures:", "Mesures de gestion :", "Ações
adotadas:"). A label naming a part of the risk itself ("Owner:", "Review date:", "Likelihood:") gives no
mitigation, and under any other heading the same line is just a point.

Two layouts: a service's return in Word (bold headings, bulleted points) and a bulletin in Markdown.
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

RISKS = [
    ("The risk of moving to a Red Alert is being monitored.", "Actions in hand:", "Daily stock calls."),
    ("Oil reaching the seabird colonies.", "Countermeasures:", "Deflection boom laid off the cliffs."),
    ("Le risque de saturation des urgences fait l'objet d'un suivi.", "Mesures de gestion :", "Lits ouverts."),
    ("Rompimento de diques na região metropolitana.", "Ações adotadas:", "Reforço dos diques com sacos de areia."),
]
PARTS = [
    "Staff absence may rise above 15% next week. Owner: Head of Service.",
    "Fuel deliveries could be delayed by snow. Review date: 14 March.",
]
ELSEWHERE = "Two rest centres opened. Still open: Elm Hall."


def _texts() -> list[str]:
    return [f"{risk} {label} {mit}" for risk, label, mit in RISKS]


def _word() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Service return – week 8").bold = True
    for heading, items in (("Key activity", [ELSEWHERE]), ("Risks", [*_texts(), *PARTS])):
        d.add_paragraph().add_run(heading).bold = True
        for text in items:
            d.add_paragraph(text, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> str:
    lines = ["# Incident bulletin 3", "", "## Key activity", "", f"- {ELSEWHERE}", "", "## Risks", ""]
    lines += [f"- {text}" for text in [*_texts(), *PARTS]]
    return "\n".join(lines) + "\n"


def _check(report: Report) -> None:
    work, risks = report.sections[-2], report.sections[-1]
    assert risks.key == "risks"
    assert [i.mitigation for i in risks.items] == [mit for _, _, mit in RISKS] + [None, None]
    assert [(i.text, i.mitigation) for i in work.items] == [(ELSEWHERE, None)]


def test_a_run_in_label_after_a_risk_in_word_introduces_its_mitigation() -> None:
    _check(parse_bytes(_word(), "return-week-08.docx")[0])


def test_a_run_in_label_after_a_risk_in_markdown_introduces_its_mitigation() -> None:
    _check(parse_text(_markdown(), "bulletin.md"))


def test_an_arrow_after_a_risk_points_to_its_mitigation() -> None:
    """ "Buses cannot reach the rural routes. → Routes are checked before 4 a.m.": the arrow points to what
    is done about the risk; under another heading it is just a point."""
    text = (
        "# Closure notice\n\n## Where things stand\n\n* Schools closed. → Meals go out from the high school.\n\n"
        "## What could delay reopening\n\n* Buses unable to reach the rural routes. → Routes are checked with "
        "the road crews before 4 a.m.\n"
    )
    report = parse_text(text, "notice.md")
    got = {s.heading: [i.mitigation for i in s.items] for s in report.sections}
    assert got["What could delay reopening"] == ["Routes are checked with the road crews before 4 a.m."]
    assert got["Where things stand"] == [None]
