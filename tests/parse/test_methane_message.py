"""A METHANE message (the JESIP major incident format) sent as text: each letter's part is a section, the
letter printed with it as a number is; "Major incident", "Type of incident" are the situation, "Hazards"
the risks, "Number of casualties" the impacts, "Emergency services" the response, while "Exact location"
and "Access" have no key. Checked with "M –", "M -" and "M:" labels and the ETHANE form (no "M")."""

from __future__ import annotations

import pytest

from sitroom.read import parse_text

PARTS = [
    ("M", "Major incident declared", "situation", ["Major incident declared at 0642 by the tactical commander"]),
    ("E", "Exact location", None, ["Holme Cutting, 400 m east of the Station Road bridge"]),
    ("T", "Type of incident", "situation", ["Passenger train derailed on a bend"]),
    ("H", "Hazards", "risks", ["Overhead lines may still be live", "Diesel leaking from the fuel tank"]),
    ("A", "Access", None, ["Egress via Holme Lane to the north"]),
    ("N", "Number of casualties", "impacts", ["4 fatalities confirmed", "6 P2 casualties"]),
    ("E", "Emergency services", "response", ["On scene: 30 ambulances and 2 HART teams"]),
]


def _message(sep: str, parts: list[tuple[str, str, str | None, list[str]]]) -> str:
    lines = ["FROM:     AMBULANCE SERVICE EOC", "SUBJECT:  MAJOR INCIDENT – RAIL DERAILMENT – UPDATE 1", ""]
    for letter, name, _, items in parts:
        lines += [f"{letter}{sep}{name}", *(f"   - {t}" for t in items), ""]
    return "\n".join(lines)


@pytest.mark.parametrize("sep", [" – ", " - ", ": "])
@pytest.mark.parametrize("form", ["methane", "ethane"])
def test_each_part_of_the_message_takes_its_key(sep: str, form: str) -> None:
    parts = PARTS if form == "methane" else PARTS[1:]
    report = parse_text(_message(sep, parts), "methane.txt")
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == [(f"{letter}{sep}{name}", key, items) for letter, name, key, items in parts]
