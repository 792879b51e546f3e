"""Text never wrapped (each paragraph typed on a line of its own, as a phone's mail or a chat sends it): every line
is ended by its writer, so sentences on lines of their own are points of their own however long the lines run.
Text wrapped at a margin still joins its wrapped lines. In a plain-text file and a plain-text e-mail."""

from __future__ import annotations

import textwrap
from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SUMMARY = [
    "Children's social care is working on paper and clean devices under the continuity plan agreed on Monday.",
    "The council's network was shut down after the ransomware attack on 6 May.",
    "Staff are logging every contact on paper forms that are scanned each evening at the hub.",
]
SECTIONS = [
    ("SUMMARY", SUMMARY),
    ("SYSTEMS", ["- The case management system is still offline.",
                 "- Read-only access to the backup of case records is expected by 14 May."]),
    ("STAFF", ["- 837 hours of overtime were worked since the attack began last week."]),
    ("RISKS", ["- The risk of missing a safeguarding contact while systems are down is increasing."]),
    ("NEXT STEPS", ["- Restore the case management system from the clean backup."]),
]  # fmt: skip


def _text(wrap: int | None) -> str:
    out = ["Sitrep 1 – children's services", ""]
    for heading, lines in SECTIONS:
        out.append(heading)
        for line in lines:
            indent = "  " if line.startswith("-") else ""
            out.extend(textwrap.wrap(line, wrap, subsequent_indent=indent) if wrap else [line])
        out.append("")
    return "\n".join(out)


def _mail(wrap: int | None) -> bytes:
    m = EmailMessage()
    m["Subject"], m["From"], m["To"] = "Sitrep 1 – children's services", "dcs@council.example", "scg@council.example"
    m["Date"] = "Tue, 12 May 2026 17:00:00 +0100"
    m.set_content(_text(wrap))
    return m.as_bytes()


LAYOUTS = {"text": (lambda w: _text(w).encode(), "s.txt"), "mail": (_mail, "s.eml")}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_unwrapped_lines_are_points_of_their_own(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(None), name)[0]
    summary = next(s for s in report.sections if s.heading == "SUMMARY")
    assert [i.text for i in summary.items] == SUMMARY


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_lines_wrapped_at_a_margin_still_join(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(40), name)[0]
    systems = next(s for s in report.sections if s.heading == "SYSTEMS")
    assert [i.text for i in systems.items] == [t.removeprefix("- ") for t in SECTIONS[1][1]]
