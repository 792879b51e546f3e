"""A risk register saved as text with tabs between its cells, in a report whose headings are plain lines with no
blank line around them (Word's "Plain Text" save, a mail's text part): the line over the register is the risks'
heading, not the last point's end, and the line under it heads the next section."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

REGISTER = [
    "Risk\tLikelihood\tImpact\tControls\tOwner",
    "The risk of the courier contract failing is being monitored.\tLow\tMedium\tA second courier is on standby.\tOps",
    "The risk of customers missing travel is increasing.\tMedium\tHigh\t–\tCustomer Services",
]
MARKS = {"word": ("•\t", "1.\t", "\r\n"), "mail": ("- ", "1. ", "\n")}


def _text(layout: str, heading: str) -> bytes:
    bullet, number, eol = MARKS[layout]
    steps = [f"{number}Recruit 39 more examiners by 15 June.", f"{number}Review the plan."]
    lines = ["Weekly operational sitrep 1", "", "Costs", f"{bullet}Courier costs this week are 50,000.", heading,
             *REGISTER, "Next steps", *steps]  # fmt: skip
    return eol.join(lines).encode("cp1252" if layout == "word" else "utf-8")


@pytest.mark.parametrize("heading", ["Key risks", "Risks and issues", "Risk register"])
@pytest.mark.parametrize("layout", list(MARKS))
def test_the_lines_around_a_tab_register_are_headings(layout: str, heading: str) -> None:
    report = parse_bytes(_text(layout, heading), "sitrep.txt")[0]
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections]
    assert got == [
        ("Costs", [("Courier costs this week are 50,000.", None)]),
        (heading, [("The risk of the courier contract failing is being monitored.", "A second courier is on standby."),
                   ("The risk of customers missing travel is increasing.", None)]),
        ("Next steps", [("Recruit 39 more examiners by 15 June.", None), ("Review the plan.", None)]),
    ]  # fmt: skip
