"""A letter to parents or residents asks how a risk is handled and answers it: "How we are managing this:",
"How we're addressing it:", "How this is being managed:" after a risk lead its mitigation, as "What we're doing
about it:" does. Two layouts: a Word letter (List Bullet points under heading-styled headings) and a plain-text
e-mail body ("- " points under capitals headings)."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

RISK = "Pupils falling behind with coursework while laptops are offline."
DONE = "Catch-up sessions every Wednesday after school."
LEADS = ["How we are managing this:", "How we're addressing it:", "How this is being managed:"]


def _word(lead: str) -> Report:
    d = docx.Document()
    d.add_heading("Laptop outage – update 2", level=0)
    d.add_heading("What has happened", level=1)
    d.add_paragraph("The laptop network has been down since Monday.", style="List Bullet")
    d.add_heading("Risks we are managing", level=1)
    d.add_paragraph(f"{RISK} {lead} {DONE}", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return parse_bytes(buf.getvalue(), "letter.docx")[0]


def _text(lead: str) -> Report:
    text = (
        "Laptop outage – update 2\n\nWHAT HAS HAPPENED\n- The laptop network has been down since Monday.\n\n"
        f"RISKS WE ARE MANAGING\n- {RISK} {lead} {DONE}\n"
    )
    return parse_text(text, "letter.txt")


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("layout", [_word, _text], ids=["docx", "text"])
def test_how_a_risk_is_managed_is_its_mitigation(layout, lead: str) -> None:
    report = layout(lead)
    risks = report.sections[-1]
    assert risks.key == "risks"
    assert [(i.text, i.mitigation) for i in risks.items] == [(f"{RISK} {lead} {DONE}", DONE)]
    assert report.sections[0].key == "situation"
