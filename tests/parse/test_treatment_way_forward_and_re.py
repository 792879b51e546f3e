"""A risk's "Treatment:" (as risk management standards name its mitigation), a challenge's "Way forward:",
"Current mitigation:", "Actions to mitigate:" and "What's being done:" are its mitigation; a memo's "Re: …"
line under the report's name is its subject, not an item.

Two layouts each: the lead inside the risk's point or on a line of its own under it; the subject line in
lower case ("re:") and in capitals ("RE:").
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from sitroom.read import parse_bytes, parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
_sheets = importlib.import_module("pdf_sheets")

RISK = "Fatigue of volunteers after five days of operations."
REMEDY = "Crew rotations of no more than 12 hours and interstate relief teams."


@pytest.mark.parametrize(
    "lead",
    ["Treatment:", "Way forward:", "TREATMENT:", "Current mitigation:", "Actions to mitigate:", "What's being done:"],
)
@pytest.mark.parametrize("own_line", [False, True])
def test_treatment_and_way_forward_are_the_mitigation(lead: str, own_line: bool) -> None:
    point = f"- {RISK}\n  {lead} {REMEDY}" if own_line else f"- {RISK} {lead} {REMEDY}"
    text = f"Operational Update 3\n\nSITUATION\n\n- 563 people are registered.\n\nRISKS\n\n{point}\n"
    [risk] = parse_text(text).sections[-1].items
    assert risk.text.startswith(RISK) and risk.mitigation == REMEDY


@pytest.mark.parametrize("re_,size", [("re:", 10), ("RE:", 11)])
def test_a_subject_line_under_the_title_is_no_item(re_: str, size: float) -> None:
    s = _sheets.Sheet(size=size)
    s.line("PROVINCIAL DISASTER RISK REDUCTION AND MANAGEMENT OFFICE", size=size)
    s.line("SITUATIONAL REPORT NO. 03", font=_sheets.BOLD, size=16)
    s.line(f'{re_} Preparedness Measures and Effects of Severe Tropical Storm "DALISAY"', size=size)
    s.line("as of 6:00 AM, 23 October 2024", size=size)
    s.heading("I. SITUATION OVERVIEW")
    s.bullet(["Signal No. 2 is raised over the province."], glyph="1.")
    report = parse_bytes(s.pdf(), "sitrep-3.pdf")[0]
    assert [(sec.heading, [i.text for i in sec.items]) for sec in report.sections] == [
        ("I. SITUATION OVERVIEW", ["Signal No. 2 is raised over the province."])
    ]
