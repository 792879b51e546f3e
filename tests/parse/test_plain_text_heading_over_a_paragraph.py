"""A plain-text report whose headings are short lines after a blank line, each over its list: a line of the same
shape over a paragraph instead is a heading too; and a to-do's box typed as text ("[ ] Meeting at 10:00") marks
a list entry. A text whose short lines stand over no list gives them no such reading.

Layouts: a .txt file, and the plain-text part of an e-mail (as a note app's "Email page" sends it).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

TEXT = """Camp report No. 1

Summary
  *   People in the camps: 1,019.
  *   Ash keeps falling on the villages.

Current situation
The volcano stays at alert level three.

Impacts
  *   Houses damaged by ash: 145.

Next steps
[ ] Coordination meeting on 11 November.
[x] Masks handed out.
"""
SECTIONS = {
    "Summary": ["People in the camps: 1,019.", "Ash keeps falling on the villages."],
    "Current situation": ["The volcano stays at alert level three."],
    "Impacts": ["Houses damaged by ash: 145."],
    "Next steps": ["Coordination meeting on 11 November.", "Masks handed out."],
}


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "post@example.org", "group@example.org", "Camp report No. 1"
    msg.set_content(TEXT)
    return msg.as_bytes()


@pytest.mark.parametrize(("data", "name"), [(TEXT.encode(), "camp.txt"), (_eml(), "camp.eml")], ids=["txt", "eml"])
def test_a_heading_over_a_paragraph_like_the_others(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS


def test_short_lines_over_no_list_stay_text() -> None:
    text = "Notes from the call\n\nThe river\nis falling slowly since the morning.\n\nRoads\nare open again.\n"
    report = parse_bytes(text.encode(), "notes.txt")[0]
    assert not any(s.heading in ("The river", "Roads") for s in report.sections)
