"""The masthead runs down to the date line: between a report's title and its date or meeting line, a short
line naming the incident ("Severe Weather – Storm Fionnuala") is the masthead's, and so is the date line
itself however it is set ("Date: 23/01/2024  Time: 08:30  Chair: Chief Executive" in bold). Neither is a
section. A heading with points under it right under the title stays a heading.

Two layouts: a crisis team's update in Word (bold Normal paragraphs for the title lines and headings, the
fields parted by tabs) and the same as Markdown (a ``#`` title, bold lines, ``##`` headings).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "Crisis Management Team Update No. 3"
EVENT = "Severe Weather – Storm Fionnuala"
FIELDS = ("Date: 23/01/2024", "Time: 08:30", "Chair: Chief Executive")
SECTIONS = [
    ("1.0 Situation", ["74 calls to the emergency line overnight.", "Coastal flooding at the pier at high tide."]),
    ("2.0 Community Welfare", ["Community centre open as a warm hub.", "183 vulnerable people checked on."]),
]


def _word(event: bool = True) -> bytes:
    d = docx.Document()
    for text in ("Ardmore County Council", TITLE, *([EVENT] if event else []), "\t".join(FIELDS)):
        d.add_paragraph().add_run(text).bold = True
    for heading, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> str:
    lines = [f"# {TITLE}", "", f"**{EVENT}**", "", f"**{'  '.join(FIELDS)}**", ""]
    for heading, points in SECTIONS:
        lines += [f"## {heading}", "", *(f"- {p}" for p in points), ""]
    return "\n".join(lines)


def _check(report: Report) -> None:
    assert [s.heading for s in report.sections] == [h for h, _ in SECTIONS]
    assert [[i.text for i in s.items] for s in report.sections] == [p for _, p in SECTIONS]
    assert report.sections[1].key == "assistance"
    assert str(report.date) == "2024-01-23"


def test_the_incident_and_meeting_lines_under_a_word_update_s_title_are_its_masthead() -> None:
    _check(parse_bytes(_word(), "cmt-update-3.docx")[0])


def test_a_bold_meeting_line_right_under_the_title_is_the_masthead_s() -> None:
    _check(parse_bytes(_word(event=False), "cmt-update-3.docx")[0])


def test_the_incident_and_meeting_lines_under_a_markdown_update_s_title_are_its_masthead() -> None:
    _check(parse_bytes(_markdown().encode(), "cmt-update-3.md")[0])


def test_a_first_section_right_under_the_title_stays_a_section() -> None:
    text = f"# {TITLE}\n\n## Situation\n\n- Roads closed.\n\n## Risks\n\n- Power cuts.\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert [s.heading for s in report.sections] == ["Situation", "Risks"]
