"""A risk whose mitigation's label ends its paragraph, the mitigation opening the next ("… neem toe.
Teenmaatreëls:" over "Watertenks is …"), as a column or page breaks after the label: one risk with its
mitigation, not a risk and a point. A paragraph after a risk that states its mitigation stays its own.

Two layouts: plain text and a web page.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

RISKS = [
    ("Water pressure in the upper suburbs is falling.", "Mitigation:", "Tankers stand at the fire line."),
    ("Smoke may close the coastal road.", "Teenmaatreëls:", "Traffic officers are on standby."),
]
OTHER = "Walls may collapse on the pavements."


def _text() -> bytes:
    body = "".join(f"{risk} {lead}\n\n{answer}\n\n" for risk, lead, answer in RISKS)
    return f"RISKS\n\n{body}{OTHER}\n".encode()


def _html() -> bytes:
    body = "".join(f"<p>{risk} <b>{lead}</b></p><p>{answer}</p>" for risk, lead, answer in RISKS)
    return f"<html><body><h2>Risks</h2>{body}<p>{OTHER}</p></body></html>".encode()


@pytest.mark.parametrize(("make", "name"), [(_text, "risks.txt"), (_html, "risks.html")], ids=["text", "html"])
def test_a_label_ending_a_paragraph_takes_the_next_as_its_mitigation(make, name: str) -> None:
    items = parse_bytes(make(), name)[0].sections[0].items
    assert [(i.text, i.mitigation) for i in items] == [
        *((f"{risk} {lead} {answer}", answer) for risk, lead, answer in RISKS),
        (OTHER, None),
    ]
