"""A heading whose frame stands after a word of time ("Present position", "Current status") frames the present, not a
topic: it is the situation, not the people present at a meeting. A frame after a topic ("Risk summary") still means
its topic, and "Present" alone, or "Members present", still lists who attended. Checked on the heading alone and on
a report whose second section is "2. Present position"."""

from __future__ import annotations

import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_text

HEADINGS = [
    ("Present position", "situation"), ("2. Present position", "situation"), ("Current status", "situation"),
    ("Present situation", "situation"), ("Risk summary", "risks"), ("Present", "attendees"),
    ("Members present", "attendees"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), HEADINGS)
def test_a_frame_after_a_word_of_time_frames_the_present(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


def test_a_reports_present_position_is_its_situation() -> None:
    report = parse_text(
        "# Monsoon disruption report 2\n\n1. Highlights\n\n- 14 trains cancelled on the coastal line.\n\n"
        "2. Present position\n\n- Traffic resumed on the main line at 06:40.\n\n3. Next steps\n\n"
        "- The track will be inspected again tonight.\n"
    )
    assert [(s.heading, s.key) for s in report.sections if s.heading] == [
        ("1. Highlights", "highlights"), ("2. Present position", "situation"), ("3. Next steps", "next-steps"),
    ]  # fmt: skip
